package org.newsmark.suggest;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsmark.model.Article;

import static org.assertj.core.api.Assertions.assertThat;

/** Pairing of quotation marks, on the cases that guidelines/quotes.md names. */
class QuotationMarksTest {

    private static List<String> quoted(String text) {
        TextAnalysis a = new TextAnalysis(new Article("t", text));
        return QuotationMarks.find(a).stream()
                .map(q -> a.slice(q.start(), q.end()))
                .toList();
    }

    @Test
    void straightCurlyAndMismatchedMarksPair() {
        assertThat(quoted("He said \"yes\" and “no” and then \"maybe.”"))
                .containsExactly("\"yes\"", "“no”", "\"maybe.”");
    }

    @Test
    void apostrophesAreNotMarksButSingleQuotesInsideDoubleOnesAre() {
        assertThat(quoted("“A lot of people said, ‘Don’t waste the call. You’re not going to get that.’” Trump said."))
                .containsExactly(
                        "“A lot of people said, ‘Don’t waste the call. You’re not going to get that.’”",
                        "‘Don’t waste the call. You’re not going to get that.’");
        assertThat(quoted("Thomas' sister said Russia's and the Sams' plans were fine."))
                .isEmpty();
    }

    @Test
    void singleQuotesOutsideDoubleOnes() {
        assertThat(quoted("North Korea puts military in 'quasi-state of war'")).containsExactly("'quasi-state of war'");
    }

    @Test
    void quotationOverParagraphsWhereEachParagraphReopensTheMarkIsOne() {
        String text = "She said: \"First part.\n\n\"Second part.\n\n\"Third part.\"\n\nNo quote here.";
        assertThat(quoted(text)).containsExactly("\"First part.\n\n\"Second part.\n\n\"Third part.\"");
    }

    @Test
    void anUnclosedMarkRunsToTheEndOfItsParagraph() {
        List<String> q = quoted("He said \"this never closes.\n\nNext paragraph.");
        assertThat(q).containsExactly("\"this never closes.");
    }
}
