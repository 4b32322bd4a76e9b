package org.newsmark.io.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationRules;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.EntityChains;
import org.newsmark.model.Layer;
import org.newsmark.model.Link;
import org.newsmark.model.Problem;
import org.newsmark.model.Severity;
import org.newsmark.model.Violation;

/**
 * Turns one document of a CoNLL-2012 file ({@link Conll2012}) into an article and one annotator's
 * ENTITY mentions, chained by {@code coref} links.
 *
 * <ul>
 * <li>Text: when the project already has the article and its text holds the document's tokens in
 * order, separated by nothing but white space, the mentions are placed on that text (so a file
 * exported by {@code convert --to conll2012} and run through a coreference system comes back onto
 * its articles); otherwise the article is the tokens joined by spaces, a line break between
 * sentences.</li>
 * <li>Mentions: one ENTITY annotation each, ids {@code E1, E2...} in text order. Each mention links
 * to the nearest earlier mention of its entity. A second mention of a span that already has one
 * (another entity, or the same entity twice) cannot be held by a Newsmark file: it is reported
 * with its line and left out.</li>
 * <li>Labels: a mention's type is that of a typed span with exactly its tokens (GUM's ids, or a
 * named entity of OntoNotes' column), else that of a named entity inside it that ends on its last
 * token, where English puts the head ("the United States", "Russian President Vladimir Putin").
 * Types map onto the schema's ENTITY labels ({@link #label}). All mentions of an entity get the
 * label most of its typed mentions map to (the guidelines give a chain one label); an entity none
 * of whose mentions maps gets the fallback label, and the result counts those mentions.</li>
 * </ul>
 */
public final class Conll2012Import {
    /** OntoNotes' named-entity types whose names are not the schema's: their usual labels. */
    private static final Map<String, String> ONTONOTES =
            Map.of("ORG", "ORGANIZATION", "LOC", "LOCATION", "FAC", "LOCATION");

    /**
     * The article (the existing one when the mentions were placed on it), the annotations, what
     * could not be taken over, the number of entities, and how many mentions got the fallback label.
     */
    public record Result(
            Article article,
            boolean onExisting,
            AnnotationSet set,
            List<Problem> problems,
            int entities,
            int fallbackLabelled) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private Conll2012Import() {}

    /**
     * @param existing the project's article of that id, or null; its text is used when it holds the tokens
     * @param mapping maps type names onto labels; its schema must have an ENTITY layer with a {@code coref} role
     * @param fallback the ENTITY label of mentions whose entity has no type that maps
     */
    public static Result read(
            Conll2012.Document doc,
            String docId,
            Article existing,
            String annotator,
            BratMapping mapping,
            String fallback,
            String shownPath) {
        List<Problem> problems = new ArrayList<>();
        Article tokens = new Article(docId, doc.text());
        Article article = tokens;
        int[][] placed = existing == null ? null : align(doc.text(), existing.text());
        boolean onExisting = placed != null;
        if (onExisting) {
            article = existing;
        }
        Layer layer = mapping.schema().requireLayer(EntityChains.LAYER);
        List<Conll2012.Mention> kept = onePerSpan(doc, tokens, problems, shownPath);
        Map<Integer, String> labels = clusterLabels(doc, kept, mapping);
        Map<Integer, String> previous = new HashMap<>();
        List<Annotation> annotations = new ArrayList<>();
        int fallbackLabelled = 0;
        for (Conll2012.Mention m : kept) {
            String id = layer.idPrefix() + (annotations.size() + 1);
            int start = onExisting ? placed[m.firstToken()][0] : m.start();
            int end = onExisting ? placed[m.lastToken()][1] : m.end();
            String label = labels.get(m.cluster());
            if (label == null) {
                label = fallback;
                fallbackLabelled++;
            }
            String earlier = previous.put(m.cluster(), id);
            List<Link> links = earlier == null ? List.of() : List.of(new Link(EntityChains.ROLE, earlier));
            annotations.add(new Annotation(
                    id, layer.name(), label, start, end, article.slice(start, end), links, Map.of(), ""));
        }
        checked(article, mapping, annotations, problems, shownPath, doc.line());
        return new Result(
                article,
                onExisting,
                new AnnotationSet(article.id(), annotator, annotations),
                problems,
                previous.size(),
                fallbackLabelled);
    }

    /** The mentions in text order, the first of each span; the others reported with their line. */
    private static List<Conll2012.Mention> onePerSpan(
            Conll2012.Document doc, Article tokens, List<Problem> problems, String shownPath) {
        List<Conll2012.Mention> kept = new ArrayList<>();
        Map<Long, Conll2012.Mention> bySpan = new HashMap<>();
        for (Conll2012.Mention m : doc.mentions()) {
            Conll2012.Mention first = bySpan.putIfAbsent(((long) m.firstToken() << 32) | m.lastToken(), m);
            if (first == null) {
                kept.add(m);
                continue;
            }
            String what = "the mention \"" + shorten(tokens.slice(m.start(), m.end())) + "\" of entity " + m.cluster();
            problems.add(Problem.error(
                    shownPath,
                    doc.lineOf(m.firstToken()),
                    first.cluster() == m.cluster()
                            ? what + " is given twice; the second is left out"
                            : what + " has the span of a mention of entity " + first.cluster() + "; a Newsmark file"
                                    + " holds one ENTITY annotation per span, so it is left out"));
        }
        return kept;
    }

    /**
     * The ENTITY label a type name stands for: a row of the mapping file, else a label of that
     * name (also ignoring case: GUM's {@code person}), else OntoNotes' {@code ORG}, {@code LOC} and
     * {@code FAC} as ORGANIZATION, LOCATION, LOCATION when the schema has those labels.
     */
    public static Optional<String> label(BratMapping mapping, String type) {
        Optional<BratMapping.Target> target = mapping.type(type);
        if (target.isPresent() && target.get().layer().equals(EntityChains.LAYER)) {
            return Optional.of(target.get().label());
        }
        String alias = ONTONOTES.get(type.toUpperCase(Locale.ROOT));
        if (alias != null && mapping.schema().label(EntityChains.LAYER, alias).isPresent()) {
            return Optional.of(alias);
        }
        return Optional.empty();
    }

    /** Each entity's label: the one most of its typed mentions map to, the earliest on a tie. */
    private static Map<Integer, String> clusterLabels(
            Conll2012.Document doc, List<Conll2012.Mention> mentions, BratMapping mapping) {
        Map<Long, String> exact = new HashMap<>();
        Map<Integer, List<Conll2012.Typed>> byLast = new HashMap<>();
        for (Conll2012.Typed t : doc.types()) {
            exact.putIfAbsent(((long) t.firstToken() << 32) | t.lastToken(), t.type());
            byLast.computeIfAbsent(t.lastToken(), k -> new ArrayList<>()).add(t);
        }
        Map<String, Optional<String>> mapped = new HashMap<>();
        Map<Integer, Map<String, Integer>> votes = new LinkedHashMap<>();
        for (Conll2012.Mention m : mentions) {
            String type = exact.get(((long) m.firstToken() << 32) | m.lastToken());
            if (type == null) {
                int widest = Integer.MAX_VALUE;
                for (Conll2012.Typed t : byLast.getOrDefault(m.lastToken(), List.of())) {
                    if (t.firstToken() >= m.firstToken() && t.firstToken() < widest) {
                        type = t.type();
                        widest = t.firstToken();
                    }
                }
            }
            Optional<String> label =
                    type == null ? Optional.empty() : mapped.computeIfAbsent(type, k -> label(mapping, k));
            label.ifPresent(l -> votes.computeIfAbsent(m.cluster(), k -> new LinkedHashMap<>())
                    .merge(l, 1, Integer::sum));
        }
        Map<Integer, String> labels = new HashMap<>();
        votes.forEach((cluster, counts) -> {
            String best = null;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (best == null || e.getValue() > counts.get(best)) {
                    best = e.getKey();
                }
            }
            labels.put(cluster, best);
        });
        return labels;
    }

    /**
     * The code point span of each token of a document's text within another text, or null when
     * that text does not hold the tokens in order with only white space around them. A {@code _}
     * in a token also matches white space inside it, which export writes as {@code _}.
     */
    static int[][] align(String tokensText, String text) {
        String[] tokens = tokensText.isEmpty() ? new String[0] : tokensText.split("[ \n]");
        int[][] spans = new int[tokens.length][];
        int i = 0;
        int cp = 0;
        for (int t = 0; t < tokens.length; t++) {
            while (i < text.length() && isSpace(text.charAt(i))) {
                cp += Character.isLowSurrogate(text.charAt(i)) ? 0 : 1;
                i++;
            }
            int start = cp;
            String token = tokens[t];
            for (int k = 0; k < token.length(); k++, i++) {
                if (i >= text.length()) {
                    return null;
                }
                char c = text.charAt(i);
                if (c != token.charAt(k) && !(token.charAt(k) == '_' && isSpace(c))) {
                    return null;
                }
                cp += Character.isLowSurrogate(c) ? 0 : 1;
            }
            spans[t] = new int[] {start, cp};
        }
        while (i < text.length()) {
            if (!isSpace(text.charAt(i++))) {
                return null;
            }
        }
        return spans;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Leaves out what the schema's rules still refuse (a fallback label the schema lacks, say), each
     * reported; a link to a mention left out goes to that mention's own earlier mention.
     */
    private static void checked(
            Article article,
            BratMapping mapping,
            List<Annotation> annotations,
            List<Problem> problems,
            String shownPath,
            int line) {
        while (true) {
            List<Violation> errors = AnnotationRules.check(article, mapping.schema(), annotations).stream()
                    .filter(v -> v.severity() == Severity.ERROR)
                    .toList();
            if (errors.isEmpty()) {
                return;
            }
            Annotation bad = annotations.remove(errors.get(0).index());
            problems.add(Problem.error(
                    shownPath,
                    line,
                    bad.id() + " \"" + shorten(bad.text()) + "\": "
                            + errors.get(0).message() + "; it is left out"));
            for (int i = 0; i < annotations.size(); i++) {
                Annotation a = annotations.get(i);
                if (a.targets(EntityChains.ROLE).contains(bad.id())) {
                    annotations.set(
                            i,
                            new Annotation(
                                    a.id(),
                                    a.layer(),
                                    a.label(),
                                    a.start(),
                                    a.end(),
                                    a.text(),
                                    bad.links(),
                                    a.attributes(),
                                    a.note()));
                }
            }
        }
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
