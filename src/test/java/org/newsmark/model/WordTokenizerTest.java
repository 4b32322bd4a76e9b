package org.newsmark.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordTokenizerTest {
    private static List<String> texts(String text) {
        Article article = new Article("d", text);
        return WordTokenizer.tokens(article).stream()
                .map(t -> article.slice(t.start(), t.end()))
                .toList();
    }

    @Test
    void wordsNumbersAndPunctuationMarks() {
        assertThat(texts("“We will,” said José… 4.5% of U.S. exports, don't."))
                .containsExactly(
                        "“", "We", "will", ",", "”", "said", "José", "…", "4.5", "%", "of", "U.S", ".", "exports", ",",
                        "don't", ".");
    }

    @Test
    void everyPunctuationMarkAndSymbolBetweenWordsIsATokenOfItsOwn() {
        assertThat(texts("e-mail $5,000 (10:30) a/b snake_case COVID19 2026-01-30"))
                .containsExactly(
                        "e",
                        "-",
                        "mail",
                        "$",
                        "5,000",
                        "(",
                        "10",
                        ":",
                        "30",
                        ")",
                        "a",
                        "/",
                        "b",
                        "snake_case",
                        "COVID19",
                        "2026",
                        "-",
                        "01",
                        "-",
                        "30");
    }

    @Test
    void whiteSpaceIsNeverAToken() {
        assertThat(texts("  one\ttwo\n\nthree\u00A0four\u2003 ")).containsExactly("one", "two", "three", "four");
        assertThat(texts(" \n\t ")).isEmpty();
        assertThat(texts("")).isEmpty();
    }

    @Test
    void offsetsAreCodePoints() {
        Article article = new Article("d", "😀 ab 😀c");
        assertThat(WordTokenizer.tokens(article))
                .containsExactly(new Token(0, 1), new Token(2, 4), new Token(5, 6), new Token(6, 7));
    }

    @Test
    void emojiSequencesMarksAndFlagsStayWhole() {
        assertThat(texts("❄️ 👍🏽 👨‍👩‍👧 🇺🇦🇩🇪 éa\u0301"))
                .containsExactly("❄️", "👍🏽", "👨‍👩‍👧", "🇺🇦", "🇩🇪", "éa\u0301");
    }

    @Test
    void otherScripts() {
        assertThat(texts("Дмитрий Песков: «нет». محمد العلي"))
                .containsExactly("Дмитрий", "Песков", ":", "«", "нет", "»", ".", "محمد", "العلي");
        assertThat(texts("東京タワーへ")).containsExactly("東", "京", "タワー", "へ");
    }
}
