package org.newsmark.model;

import java.util.ArrayList;
import java.util.List;

/** Text rules for spans: snapping a selection to whole words, trimming white space, finding occurrences. */
public final class Spans {
    private Spans() {}

    /** A span of code point offsets, end exclusive. */
    public record Range(int start, int end) {
        public boolean isEmpty() {
            return start >= end;
        }
    }

    /** Letters, digits and combining marks make words; hyphens, apostrophes and punctuation do not. */
    public static boolean isWordChar(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The selection without leading and trailing white space (possibly empty). */
    public static Range trim(Article article, int start, int end) {
        int s = Math.max(0, start);
        int e = Math.min(article.length(), end);
        while (s < e && isSpace(article.codePointAt(s))) {
            s++;
        }
        while (e > s && isSpace(article.codePointAt(e - 1))) {
            e--;
        }
        return new Range(s, e);
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** The selection widened to whole words at both ends, then trimmed. */
    public static Range snapToWords(Article article, int start, int end) {
        Range t = trim(article, start, end);
        if (t.isEmpty()) {
            return t;
        }
        int s = t.start();
        int e = t.end();
        while (s > 0 && isWordChar(article.codePointAt(s)) && isWordChar(article.codePointAt(s - 1))) {
            s--;
        }
        while (e < article.length() && isWordChar(article.codePointAt(e - 1)) && isWordChar(article.codePointAt(e))) {
            e++;
        }
        return new Range(s, e);
    }

    /** The word around an offset (for double-click), or an empty range on white space. */
    public static Range wordAt(Article article, int offset) {
        if (offset < 0 || offset >= article.length() || !isWordChar(article.codePointAt(offset))) {
            return new Range(offset, offset);
        }
        return snapToWords(article, offset, offset + 1);
    }

    /** Moves one boundary by one step: a word when {@code byWord}, else one character. */
    public static int step(Article article, int offset, int direction, boolean byWord) {
        int o = Math.max(0, Math.min(article.length(), offset + direction));
        if (!byWord) {
            return o;
        }
        if (direction > 0) {
            while (o < article.length() && !isWordChar(article.codePointAt(o - 1))) {
                o++;
            }
            while (o < article.length()
                    && isWordChar(article.codePointAt(o))
                    && isWordChar(article.codePointAt(o - 1))) {
                o++;
            }
        } else {
            while (o > 0 && !isWordChar(article.codePointAt(o))) {
                o--;
            }
            while (o > 0 && isWordChar(article.codePointAt(o - 1)) && isWordChar(article.codePointAt(o))) {
                o--;
            }
        }
        return o;
    }

    /** Every whole-word occurrence of the text in the article, in order. */
    public static List<Range> occurrences(Article article, String text) {
        List<Range> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        String full = article.text();
        int length = text.codePointCount(0, text.length());
        boolean wordStart = isWordChar(text.codePointAt(0));
        boolean wordEnd = isWordChar(text.codePointBefore(text.length()));
        for (int i = full.indexOf(text); i >= 0; i = full.indexOf(text, i + 1)) {
            int s = article.codePointOffset(i);
            int e = s + length;
            boolean okStart = !wordStart || s == 0 || !isWordChar(article.codePointAt(s - 1));
            boolean okEnd = !wordEnd || e == article.length() || !isWordChar(article.codePointAt(e));
            if (okStart && okEnd) {
                out.add(new Range(s, e));
            }
        }
        return out;
    }
}
