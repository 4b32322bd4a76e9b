package org.newsmark.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleTest {
    // U+1F600 (emoji) and U+20000 (CJK extension B) are outside the BMP: two UTF-16 chars each.
    private static final String TEXT = "\uD83D\uDE00 Kyiv \uD840\uDC00 talks";

    @Test
    void offsetsAreCodePoints() {
        Article a = new Article("d", TEXT);
        assertThat(TEXT.length()).isEqualTo(16);
        assertThat(a.length()).isEqualTo(14);
        assertThat(a.slice(2, 6)).isEqualTo("Kyiv");
        assertThat(a.slice(7, 8)).isEqualTo("\uD840\uDC00");
        assertThat(a.slice(9, 14)).isEqualTo("talks");
        assertThat(a.slice(0, 1)).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void convertsBetweenCharIndicesAndCodePoints() {
        Article a = new Article("d", TEXT);
        assertThat(a.charIndex(2)).isEqualTo(3);
        assertThat(a.charIndex(14)).isEqualTo(16);
        assertThat(a.codePointOffset(3)).isEqualTo(2);
        assertThat(a.codePointOffset(1)).as("inside a surrogate pair").isEqualTo(0);
        assertThat(a.codePointOffset(16)).isEqualTo(14);
        for (int cp = 0; cp <= a.length(); cp++) {
            assertThat(a.codePointOffset(a.charIndex(cp))).isEqualTo(cp);
        }
    }

    @Test
    void plainTextNeedsNoTable() {
        Article a = new Article("d", "plain text");
        assertThat(a.length()).isEqualTo(10);
        assertThat(a.charIndex(5)).isEqualTo(5);
        assertThat(a.slice(6, 10)).isEqualTo("text");
    }

    @Test
    void refusesOffsetsOutside() {
        Article a = new Article("d", TEXT);
        assertThatThrownBy(() -> a.charIndex(15)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> a.slice(5, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void lineOfOffset() {
        Article a = new Article("d", "one\ntwo\nthree");
        assertThat(a.lineOf(0)).isEqualTo(1);
        assertThat(a.lineOf(5)).isEqualTo(2);
        assertThat(a.lineOf(9)).isEqualTo(3);
    }
}
