package org.newsmark.model;

/** A token of an article: code point offsets, end exclusive. */
public record Token(int start, int end) {
    public Token {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token " + start + "-" + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** True when the span [spanStart, spanEnd) shares at least one code point with the token. */
    public boolean sharesTextWith(int spanStart, int spanEnd) {
        return spanStart < end && start < spanEnd;
    }
}
