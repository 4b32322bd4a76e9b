package org.newsmark.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {
    @Test
    void wordsAndPunctuationAreTokensWhiteSpaceIsNot() {
        Article a = new Article("d", "Trump said: \"don't go\", 3.5 times.");
        assertThat(Tokenizer.tokens(a).stream().map(Tokenizer.Token::text))
                .containsExactly("Trump", "said", ":", "\"", "don't", "go", "\"", ",", "3.5", "times", ".");
    }

    @Test
    void offsetsAreCodePointsAndMatchTheText() {
        Article a = new Article("d", "Hi \uD83D\uDE00 Kyiv. Ана пришла!\nNew line");
        List<Tokenizer.Token> tokens = Tokenizer.tokens(a);
        for (Tokenizer.Token t : tokens) {
            assertThat(a.slice(t.start(), t.end())).isEqualTo(t.text());
        }
        Tokenizer.Token kyiv =
                tokens.stream().filter(t -> t.text().equals("Kyiv")).findFirst().orElseThrow();
        assertThat(kyiv.start()).isEqualTo(5);
    }

    @Test
    void sentencesSplitAtSentenceEndsAndLineBreaks() {
        Article a = new Article("d", "Kyiv was hit. Moscow denied it!\nHeadline without a stop\n\nLast one");
        assertThat(Tokenizer.sentences(a).stream().map(s -> a.slice(s.start(), s.end())))
                .containsExactly("Kyiv was hit.", "Moscow denied it!", "Headline without a stop", "Last one");
    }
}
