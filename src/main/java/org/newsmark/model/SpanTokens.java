package org.newsmark.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for where a span may start and end when the annotator snaps: the tokens of
 * {@link WordTokenizer} (Unicode word boundaries, so {@code US-aided} is {@code US}, {@code -},
 * {@code aided}), with two changes that guidelines/entities.md asks for: a possessive {@code 's}
 * or {@code ’s} is a token of its own ({@code Russia's} is {@code Russia} + {@code 's}), and an
 * abbreviation's last period belongs to it ({@code U.S.}, {@code D.C.}). Double-click selects one
 * token, a drag is widened to whole tokens, and the boundary keys move by tokens.
 */
public final class SpanTokens {
    /** How far around an offset the text is tokenized; a token is never longer. */
    private static final int WINDOW = 300;

    private SpanTokens() {}

    /** The token at an offset, or an empty range there when the offset is on white space or outside. */
    public static Spans.Range tokenAt(Article article, int offset) {
        if (offset < 0 || offset >= article.length()) {
            return new Spans.Range(offset, offset);
        }
        int[] t = tokens(article, offset, offset + 1);
        for (int i = 0; i < t.length; i += 2) {
            if (t[i] <= offset && offset < t[i + 1]) {
                return new Spans.Range(t[i], t[i + 1]);
            }
        }
        return new Spans.Range(offset, offset);
    }

    /** A selection widened so that both ends fall on token boundaries, without white space at either end. */
    public static Spans.Range snap(Article article, int start, int end) {
        Spans.Range trimmed = Spans.trim(article, start, end);
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        int s = trimmed.start();
        int e = trimmed.end();
        int[] t = tokens(article, s, e);
        for (int i = 0; i < t.length; i += 2) {
            if (t[i] < s && s < t[i + 1]) {
                s = t[i];
            }
            if (t[i] < e && e < t[i + 1]) {
                e = t[i + 1];
            }
        }
        return new Spans.Range(s, e);
    }

    /**
     * Where a boundary goes one token to the left ({@code direction < 0}) or right: an end moves
     * to the end of the token before or after it, a start to the start of one.
     */
    public static int step(Article article, int offset, int direction, boolean isEnd) {
        int[] t = tokens(article, offset - 1, offset + 1);
        int best = offset;
        for (int i = 0; i < t.length; i += 2) {
            int b = isEnd ? t[i + 1] : t[i];
            if (direction < 0 && b < offset && (best == offset || b > best)) {
                best = b;
            } else if (direction > 0 && b > offset && (best == offset || b < best)) {
                best = b;
            }
        }
        return best;
    }

    /**
     * The tokens around [from, to) as start, end pairs of code point offsets: the text from white
     * space before to white space after, at least {@link #WINDOW} code points each way when there is no
     * white space sooner.
     */
    static int[] tokens(Article article, int from, int to) {
        int n = article.length();
        int s = Math.max(0, Math.min(from, n));
        int e = Math.max(s, Math.min(to, n));
        s = outward(article, s, -1);
        e = outward(article, e, 1);
        int[] local = WordTokenizer.bounds(article.slice(s, e));
        return refine(article, local, s);
    }

    /**
     * Moves outwards to the end of the word the offset is in, over the white space after it and
     * over the next word, so that the neighbouring token is included (at most WINDOW code points).
     */
    private static int outward(Article article, int offset, int direction) {
        int o = offset;
        int budget = WINDOW;
        for (int phase = 0; phase < 3; phase++) {
            boolean wantSpace = phase == 1;
            while (budget > 0) {
                int next = direction < 0 ? o - 1 : o;
                if (next < 0 || next >= article.length() || isSpace(article.codePointAt(next)) != wantSpace) {
                    break;
                }
                o += direction;
                budget--;
            }
        }
        return o;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Splits possessives off and joins an abbreviation's final period, on offsets moved by {@code base}. */
    private static int[] refine(Article article, int[] local, int base) {
        List<int[]> out = new ArrayList<>(local.length / 2 + 4);
        for (int i = 0; i < local.length; i += 2) {
            int s = local[i] + base;
            int e = local[i + 1] + base;
            if (e - s > 2
                    && isApostrophe(article.codePointAt(e - 2))
                    && (article.codePointAt(e - 1) | 0x20) == 's'
                    && Character.isLetterOrDigit(article.codePointAt(e - 3))) {
                out.add(new int[] {s, e - 2});
                out.add(new int[] {e - 2, e});
                continue;
            }
            if (i + 2 < local.length
                    && local[i + 2] + base == e
                    && e < article.length()
                    && article.codePointAt(e) == '.'
                    && local[i + 3] - local[i + 2] == 1
                    && isDottedAbbreviation(article, s, e)) {
                out.add(new int[] {s, e + 1});
                i += 2;
                continue;
            }
            out.add(new int[] {s, e});
        }
        int[] flat = new int[out.size() * 2];
        for (int i = 0; i < out.size(); i++) {
            flat[2 * i] = out.get(i)[0];
            flat[2 * i + 1] = out.get(i)[1];
        }
        return flat;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    /** Letters with periods between them: U.S, D.C, e.g. */
    private static boolean isDottedAbbreviation(Article article, int s, int e) {
        boolean period = false;
        for (int o = s; o < e; o++) {
            int cp = article.codePointAt(o);
            if (cp == '.') {
                period = true;
            } else if (!Character.isLetter(cp)) {
                return false;
            }
        }
        return period;
    }
}
