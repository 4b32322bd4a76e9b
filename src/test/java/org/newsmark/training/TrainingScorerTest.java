package org.newsmark.training;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsmark.TestData;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;

import static org.assertj.core.api.Assertions.assertThat;

/** The teaching hints: each check of the text the trainee and the reference disagree on. */
class TrainingScorerTest {
    //                          0         1         2         3         4         5         6         7         8
    //  9         10        11
    //
    // 012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123
    private static final String TEXT =
            "The talks will resume in the U.S. on Monday, Gloria's aide said. He called for \"calm\" and said talks would \"go on\".";
    private static final Article ARTICLE = new Article("d1", TEXT);

    private static Annotation span(String id, String layer, String label, int start, int end) {
        return Annotation.span(id, layer, label, start, end, ARTICLE.slice(start, end));
    }

    /** The hint of the only error when the trainee marks {@code mine} and the reference {@code theirs}. */
    private static TrainingError only(Annotation mine, Annotation theirs) {
        AnnotationSet t = new AnnotationSet("d1", "ana", mine == null ? List.of() : List.of(mine));
        AnnotationSet r = new AnnotationSet("d1", "gold", theirs == null ? List.of() : List.of(theirs));
        ArticleScore score = TrainingScorer.score(TestData.schema(), ARTICLE, t, r);
        assertThat(score.errors()).hasSize(1);
        return score.errors().get(0);
    }

    @Test
    void aTrailingPossessiveIsLeftOut() {
        TrainingError e = only(span("E1", "ENTITY", "PERSON", 45, 53), span("E1", "ENTITY", "PERSON", 45, 51));
        assertThat(e.kind()).isEqualTo(ErrorKind.BOUNDARY_TOO_WIDE);
        assertThat(e.hint()).isEqualTo("the possessive 's is left out");
    }

    @Test
    void thePeriodsOfAnAbbreviationBelongToTheName() {
        TrainingError e = only(span("E1", "ENTITY", "GPE", 29, 32), span("E1", "ENTITY", "GPE", 29, 33));
        assertThat(e.kind()).isEqualTo(ErrorKind.BOUNDARY_TOO_NARROW);
        assertThat(e.hint()).isEqualTo("the periods of an abbreviation belong to the name");
        assertThat(e.context())
                .isEqualTo("The talks will resume in the [U.S]. on Monday, Gloria's aide said. He call…");
    }

    @Test
    void aDeterminerBeforeANameOrATrigger() {
        assertThat(only(span("E1", "ENTITY", "GPE", 25, 33), span("E1", "ENTITY", "GPE", 29, 33))
                        .hint())
                .isEqualTo("determiners such as \"the\" are not part of the name");
        assertThat(only(span("V1", "EVENT", "NEGOTIATION", 0, 9), span("V1", "EVENT", "NEGOTIATION", 4, 9))
                        .hint())
                .startsWith("leave out determiners and modifiers");
    }

    @Test
    void aPhraseTriggerAndAnAuxiliary() {
        assertThat(only(span("V1", "EVENT", "REQUEST", 68, 74), span("V1", "EVENT", "REQUEST", 68, 78))
                        .hint())
                .startsWith("some triggers are phrases");
        assertThat(only(span("V1", "EVENT", "NEGOTIATION", 10, 21), span("V1", "EVENT", "NEGOTIATION", 15, 21))
                        .hint())
                .startsWith("leave out auxiliaries, modals and negation (\"will\")");
    }

    @Test
    void quotationMarksLeftOutOfADirectQuote() {
        TrainingError e = only(span("Q1", "QUOTE", "DIRECT", 80, 84), span("Q1", "QUOTE", "DIRECT", 79, 85));
        assertThat(e.kind()).isEqualTo(ErrorKind.BOUNDARY_TOO_NARROW);
        assertThat(e.hint()).contains("opening quotation mark");
    }

    @Test
    void aVerbatimFragmentMakesAQuoteMixed() {
        TrainingError e = only(span("Q1", "QUOTE", "DIRECT", 95, 114), span("Q1", "QUOTE", "MIXED", 95, 114));
        assertThat(e.kind()).isEqualTo(ErrorKind.WRONG_LABEL);
        assertThat(e.hint()).contains("is MIXED");
        assertThat(e.referenceLabel()).isEqualTo("MIXED");
    }

    @Test
    void aShiftedSpanAndASpuriousCommonNoun() {
        TrainingError shifted = only(span("E1", "ENTITY", "DATE", 40, 45), span("E1", "ENTITY", "DATE", 37, 43));
        assertThat(shifted.kind()).isEqualTo(ErrorKind.BOUNDARY_SHIFTED);
        TrainingError spurious = only(span("E1", "ENTITY", "PERSON", 54, 58), null);
        assertThat(spurious.kind()).isEqualTo(ErrorKind.SPURIOUS);
        assertThat(spurious.hint()).startsWith("a common noun is marked only as the mention of a speaker");
        TrainingError missed = only(null, span("E1", "ENTITY", "DATE", 37, 43));
        assertThat(missed.kind()).isEqualTo(ErrorKind.MISSED);
        assertThat(missed.start()).isEqualTo(37);
        assertThat(missed.hint()).startsWith("the reference marks this as DATE: a calendar date");
    }

    @Test
    void aLongSpanIsShortenedInTheMessageButNotInItsText() {
        String longText = "x".repeat(200);
        assertThat(TrainingScorer.shortened(longText)).hasSize(61).contains("…");
        assertThat(TrainingScorer.shortened("short")).isEqualTo("short");
    }

    @Test
    void aWrongModalityIsAnErrorOfItsOwnAndAMissingOneIsTheDefault() {
        Annotation called = span("V1", "EVENT", "REQUEST", 68, 74);
        TrainingError e = only(called.withAttributes(Map.of("modality", "negated")), called);
        assertThat(e.kind()).isEqualTo(ErrorKind.WRONG_ATTRIBUTE);
        assertThat(e.role()).isEqualTo("modality");
        assertThat(e.hint()).isEqualTo("the reference has modality=asserted, not negated");
        // Leaving the attribute out is the same as its default.
        AnnotationSet t = new AnnotationSet("d1", "ana", List.of(called));
        AnnotationSet r =
                new AnnotationSet("d1", "gold", List.of(called.withAttributes(Map.of("modality", "asserted"))));
        assertThat(TrainingScorer.score(TestData.schema(), ARTICLE, t, r).errors())
                .isEmpty();
    }
}
