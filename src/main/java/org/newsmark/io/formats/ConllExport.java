package org.newsmark.io.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Tokenizer;

/**
 * CoNLL-2003 style BIO, one token per line and a blank line between sentences, four columns
 * separated by a space: the token, then the entity, quote and event-trigger tags
 * ({@code B-PERSON}, {@code I-DIRECT}, {@code O}). Each article starts with {@code -DOCSTART- O O O}
 * and a blank line. Sentences and tokens come from {@link Tokenizer}; a token is also cut where a
 * span starts or ends inside it ({@code Russia's} with the entity {@code Russia} gives
 * {@code Russia} and {@code 's}), so that every span is whole tokens.
 *
 * <p>A token takes a span's tag when it overlaps the span. BIO has one tag per token and layer,
 * so where spans of a layer overlap the one that starts first (the longer one on a tie) wins and
 * the other is counted in {@link Result#dropped()}. A span that crosses a sentence end goes on
 * with I- tags in the next sentence. Tokens with white space inside (rare: U+00A0 inside a
 * number) have it replaced by '_' so that the columns stay apart.
 */
public final class ConllExport {
    /** The layers of the tag columns, in order. */
    public static final List<String> LAYERS = List.of("ENTITY", "QUOTE", "EVENT");

    public static final String DOCSTART = "-DOCSTART- O O O";

    /** The text of one article and how many spans BIO could not hold. */
    public record Result(String text, int dropped) {}

    private ConllExport() {}

    public static Result document(Article article, AnnotationSet set) {
        TreeSet<Integer> boundaries = new TreeSet<>();
        for (Annotation a : set.annotations()) {
            if (LAYERS.contains(a.layer())) {
                boundaries.add(a.start());
                boundaries.add(a.end());
            }
        }
        List<List<Tokenizer.Token>> sentences = new ArrayList<>();
        List<Tokenizer.Token> tokens = new ArrayList<>();
        for (Tokenizer.Sentence s : Tokenizer.sentences(article)) {
            List<Tokenizer.Token> split = splitAt(article, s.tokens(), boundaries);
            sentences.add(split);
            tokens.addAll(split);
        }
        String[][] tags = new String[LAYERS.size()][tokens.size()];
        int dropped = 0;
        for (int l = 0; l < LAYERS.size(); l++) {
            dropped += tag(tokens, set.inLayer(LAYERS.get(l)), tags[l]);
        }
        StringBuilder b = new StringBuilder(DOCSTART).append("\n\n");
        int t = 0;
        for (List<Tokenizer.Token> s : sentences) {
            for (int i = 0; i < s.size(); i++, t++) {
                b.append(s.get(i).text().replaceAll("[\\s\\u00A0\\u2007\\u202F]", "_"));
                for (String[] column : tags) {
                    b.append(' ').append(column[t] == null ? "O" : column[t]);
                }
                b.append('\n');
            }
            b.append('\n');
        }
        return new Result(b.toString(), dropped);
    }

    /** The tokens, each cut where a span starts or ends inside it ({@code Russia|'s}). */
    static List<Tokenizer.Token> splitAt(Article article, List<Tokenizer.Token> tokens, TreeSet<Integer> boundaries) {
        List<Tokenizer.Token> out = new ArrayList<>(tokens.size());
        for (Tokenizer.Token token : tokens) {
            int start = token.start();
            for (Integer cut = boundaries.higher(start);
                    cut != null && cut < token.end();
                    cut = boundaries.higher(cut)) {
                out.add(new Tokenizer.Token(start, cut, article.slice(start, cut)));
                start = cut;
            }
            out.add(
                    start == token.start()
                            ? token
                            : new Tokenizer.Token(start, token.end(), article.slice(start, token.end())));
        }
        return out;
    }

    private static int tag(List<Tokenizer.Token> tokens, List<Annotation> spans, String[] column) {
        List<Annotation> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparingInt(Annotation::start)
                .thenComparing(Comparator.comparingInt(Annotation::end).reversed()));
        int dropped = 0;
        for (Annotation a : ordered) {
            int first = Tokenizer.firstEndingAfter(tokens, a.start());
            List<Integer> covered = new ArrayList<>();
            for (int i = first; i < tokens.size() && tokens.get(i).start() < a.end(); i++) {
                if (tokens.get(i).end() > a.start()) {
                    covered.add(i);
                }
            }
            if (covered.isEmpty() || covered.stream().anyMatch(i -> column[i] != null)) {
                dropped++;
                continue;
            }
            for (int k = 0; k < covered.size(); k++) {
                column[covered.get(k)] = (k == 0 ? "B-" : "I-") + a.label();
            }
        }
        return dropped;
    }
}
