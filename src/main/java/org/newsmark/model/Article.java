package org.newsmark.model;

import java.util.Objects;

/**
 * One news article: its document id and its text. All offsets into the text are Unicode code
 * points (what Python, brat and spaCy use); UTF-16 indices only appear inside this class.
 */
public final class Article {
    private final String id;
    private final String text;
    private final int length;
    /** Char index of each code point, or null when the text has no surrogate pairs. */
    private final int[] charIndexOfCodePoint;

    public Article(String id, String text) {
        this.id = Objects.requireNonNull(id, "id");
        this.text = Objects.requireNonNull(text, "text");
        this.length = text.codePointCount(0, text.length());
        if (length == text.length()) {
            charIndexOfCodePoint = null;
        } else {
            charIndexOfCodePoint = new int[length + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                charIndexOfCodePoint[cp++] = i;
            }
            charIndexOfCodePoint[length] = text.length();
        }
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    /** Length in code points. */
    public int length() {
        return length;
    }

    /** The UTF-16 index of a code point offset (0..length). */
    public int charIndex(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > length) {
            throw new IndexOutOfBoundsException("offset " + codePointOffset + " outside 0.." + length);
        }
        return charIndexOfCodePoint == null ? codePointOffset : charIndexOfCodePoint[codePointOffset];
    }

    /**
     * The code point offset of a UTF-16 index; an index inside a surrogate pair maps to the code
     * point it belongs to.
     */
    public int codePointOffset(int charIndex) {
        if (charIndex < 0 || charIndex > text.length()) {
            throw new IndexOutOfBoundsException("index " + charIndex + " outside 0.." + text.length());
        }
        if (charIndexOfCodePoint == null) {
            return charIndex;
        }
        int lo = 0;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (charIndexOfCodePoint[mid] <= charIndex) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The text between two code point offsets, end exclusive. */
    public String slice(int start, int end) {
        if (start > end) {
            throw new IndexOutOfBoundsException("start " + start + " after end " + end);
        }
        return text.substring(charIndex(start), charIndex(end));
    }

    /** Whether the text between two code point offsets (within the article) is {@code expected}, without copying it. */
    public boolean covers(int start, int end, String expected) {
        int from = charIndex(start);
        int to = charIndex(end);
        return to - from == expected.length() && text.regionMatches(from, expected, 0, expected.length());
    }

    /** The code point at a code point offset. */
    public int codePointAt(int offset) {
        return text.codePointAt(charIndex(offset));
    }

    /** The 1-based line number of a code point offset, for messages. */
    public int lineOf(int offset) {
        int end = charIndex(Math.min(Math.max(offset, 0), length));
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    @Override
    public String toString() {
        return "Article[" + id + ", " + length + " code points]";
    }
}
