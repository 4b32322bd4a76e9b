package org.newsmark.agreement.coding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.WordTokenizer;

import static org.assertj.core.api.Assertions.assertThat;

class TokenLabelsTest {
    //                                                0         1         2
    //                                                0123456789012345678901234567
    private static final Article ARTICLE = new Article("d", "Olena Kovalenko met NATO.");
    private static final List<String> LABELS = List.of("PERSON", "ORGANIZATION", "GPE", "LOCATION");

    private static List<String> labels(Annotation... spans) {
        return TokenLabels.labels(WordTokenizer.tokens(ARTICLE), List.of(spans), LABELS);
    }

    private static Annotation span(String label, int start, int end) {
        return Annotation.span("E" + start + label, "ENTITY", label, start, end, ARTICLE.slice(start, end));
    }

    @Test
    void aTokenNoSpanCoversIsO() {
        assertThat(labels()).containsExactly("O", "O", "O", "O", "O");
        assertThat(labels(span("PERSON", 0, 15))).containsExactly("PERSON", "PERSON", "O", "O", "O");
    }

    @Test
    void sharingOneCharacterIsEnough() {
        // "enko met N": the end of Kovalenko, met, and the N of NATO
        assertThat(labels(span("GPE", 11, 21))).containsExactly("O", "GPE", "GPE", "GPE", "O");
    }

    @Test
    void theShortestSpanWins() {
        assertThat(labels(span("PERSON", 0, 15), span("ORGANIZATION", 6, 15)))
                .containsExactly("PERSON", "ORGANIZATION", "O", "O", "O");
        assertThat(labels(span("ORGANIZATION", 6, 15), span("PERSON", 0, 15)))
                .containsExactly("PERSON", "ORGANIZATION", "O", "O", "O");
    }

    @Test
    void thenTheEarliestStartThenTheLabelName() {
        // two spans of length 9 over "Kovalenko": the one starting at 5 (" Kovalenk") before the one at 6
        assertThat(labels(span("GPE", 6, 15), span("LOCATION", 5, 14))).containsExactly("O", "LOCATION", "O", "O", "O");
        // same length, same start: GPE before LOCATION
        assertThat(labels(span("LOCATION", 16, 19), span("GPE", 16, 19))).containsExactly("O", "O", "GPE", "O", "O");
    }
}
