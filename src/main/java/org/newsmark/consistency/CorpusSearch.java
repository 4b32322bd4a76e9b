package org.newsmark.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.newsmark.model.AnnotatedArticle;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;

/**
 * Every occurrence of a text (or a regular expression) in every article, with the annotations of
 * one annotator that overlap it: brat's corpus search, keyword in context. Offsets are code points.
 */
public final class CorpusSearch {
    /** Code points of context on each side of a hit. */
    public static final int CONTEXT = 40;

    /**
     * What to look for. {@code layer} and {@code label} (null for any) keep the hits that an
     * annotation of that layer and label overlaps; with {@code unannotated}, the hits that no such
     * annotation overlaps.
     */
    public record Query(
            String text,
            boolean regex,
            boolean wholeWord,
            boolean ignoreCase,
            String layer,
            String label,
            boolean unannotated) {
        public Query {
            Objects.requireNonNull(text, "text");
        }

        /** A plain, case-sensitive search for a text anywhere. */
        public static Query of(String text) {
            return new Query(text, false, false, false, null, null, false);
        }
    }

    /** One occurrence: where, the text, its context, and the overlapping annotations (file order). */
    public record Hit(
            String doc, int start, int end, String text, String left, String right, List<Annotation> annotations) {
        public Hit {
            annotations = List.copyOf(annotations);
        }
    }

    private CorpusSearch() {}

    /**
     * The pattern a query searches with.
     *
     * @throws IllegalArgumentException when the text is empty or not a valid regular expression
     */
    public static Pattern compile(Query query) {
        if (query.text().isEmpty()) {
            throw new IllegalArgumentException("the text to search for is empty");
        }
        String body = query.regex() ? query.text() : Pattern.quote(query.text());
        if (query.wholeWord()) {
            body = "(?<![\\p{L}\\p{N}_])(?:" + body + ")(?![\\p{L}\\p{N}_])";
        }
        int flags = query.ignoreCase() ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        try {
            return Pattern.compile(body, flags | Pattern.UNICODE_CHARACTER_CLASS);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "not a valid regular expression: " + e.getDescription() + " near index " + e.getIndex());
        }
    }

    /** Every hit of the query in the corpus, article by article in the given order, in text order. */
    public static List<Hit> search(Query query, List<AnnotatedArticle> corpus) {
        Pattern pattern = compile(query);
        List<Hit> out = new ArrayList<>();
        for (AnnotatedArticle a : corpus) {
            search(query, pattern, a, out);
        }
        return out;
    }

    private static void search(Query query, Pattern pattern, AnnotatedArticle annotated, List<Hit> out) {
        Article article = annotated.article();
        Matcher m = pattern.matcher(article.text());
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            int start = article.codePointOffset(m.start());
            int end = article.codePointOffset(m.end());
            List<Annotation> overlapping = new ArrayList<>();
            boolean chosen = false;
            for (Annotation a : annotated.set().annotations()) {
                if (a.start() >= end) {
                    break;
                }
                if (a.overlaps(start, end)) {
                    overlapping.add(a);
                    chosen |= (query.layer() == null || query.layer().equals(a.layer()))
                            && (query.label() == null || query.label().equals(a.label()));
                }
            }
            boolean filtered = query.layer() != null || query.label() != null;
            if (query.unannotated() ? (filtered ? chosen : !overlapping.isEmpty()) : (filtered && !chosen)) {
                continue;
            }
            out.add(new Hit(
                    article.id(),
                    start,
                    end,
                    article.slice(start, end),
                    article.slice(Math.max(0, start - CONTEXT), start),
                    article.slice(end, Math.min(article.length(), end + CONTEXT)),
                    overlapping));
        }
    }
}
