package org.newsmark.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsmark.TestData;
import org.newsmark.agreement.coding.CohenKappa;
import org.newsmark.agreement.coding.DefaultCodingStudy;
import org.newsmark.agreement.coding.FleissKappa;
import org.newsmark.agreement.coding.KrippendorffAlpha;
import org.newsmark.agreement.corpus.AgreementCalculator;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.agreement.unitizing.DefaultUnitizingStudy;
import org.newsmark.agreement.unitizing.KrippendorffUnitizingAlpha;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Schema;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a coefficient has no value, the report says why, and never crashes or invents 0 or 1. */
class UndefinedValuesTest {
    private static final Schema SCHEMA = TestData.schema();
    //                                                  0         1         2
    //                                                  012345678901234567890123456
    private static final Article D1 = new Article("d1", "Peskov spoke in Moscow.");
    private static final Article D2 = new Article("d2", "Kyiv answered.");

    private static AnnotationSet set(Article article, String annotator, Annotation... spans) {
        return new AnnotationSet(article.id(), annotator, List.of(spans));
    }

    private static Annotation entity(Article article, String label, int start, int end) {
        return Annotation.span("E" + start, "ENTITY", label, start, end, article.slice(start, end));
    }

    private static AgreementReport report(List<String> annotators, boolean byDoc, AnnotationSet... sets) {
        Map<String, Map<String, AnnotationSet>> bySet = new HashMap<>();
        for (AnnotationSet s : sets) {
            bySet.computeIfAbsent(s.doc(), d -> new HashMap<>()).put(s.annotator(), s);
        }
        return AgreementCalculator.calculate(
                new AnnotatedCorpus(SCHEMA, List.of(D1, D2), annotators, bySet),
                new AgreementOptions(List.of(), byDoc));
    }

    private static Measurement find(
            AgreementReport r, String layer, String label, String measure, String group, String doc) {
        return r.find(layer, label, measure, group, doc).orElseThrow();
    }

    @Test
    void aSingleAnnotator() {
        AgreementReport r = report(List.of("a"), false, set(D1, "a", entity(D1, "PERSON", 0, 6)));
        assertThat(r.measurements()).allSatisfy(m -> {
            assertThat(m.annotators()).isEqualTo("*");
            assertThat(m.score().defined()).isFalse();
            assertThat(m.note()).isEqualTo("needs at least two annotators");
        });
    }

    @Test
    void nobodyMarkedAnything() {
        AgreementReport r = report(List.of("a", "b"), false, set(D1, "a"), set(D1, "b"), set(D2, "a"), set(D2, "b"));
        // both say "no entity" on every token: they agree, but kappa has nothing to correct
        assertThat(find(r, "ENTITY", "*", "observed_agreement", "a+b", "*")
                        .score()
                        .value())
                .isEqualTo(1.0);
        assertThat(find(r, "ENTITY", "*", "cohen_kappa", "a+b", "*").note()).isEqualTo("one category only");
        assertThat(find(r, "ENTITY", "*", "fleiss_kappa", "*", "*").note()).isEqualTo("one category only");
        assertThat(find(r, "ENTITY", "*", "krippendorff_alpha", "*", "*").note())
                .isEqualTo("one category only");
        assertThat(find(r, "ENTITY", "*", "unitizing_alpha", "*", "*").note()).isEqualTo("no span in this layer");
        assertThat(find(r, "ENTITY", "PERSON", "unitizing_alpha", "*", "*").note())
                .isEqualTo("no span of this label");
        assertThat(find(r, "ENTITY", "*", "f1_exact", "a+b", "*").note()).isEqualTo("no span in this layer");
        assertThat(find(r, "ENTITY", "*", "f1_exact", "*", "*").note()).isEqualTo("no span in this layer");
        assertThat(find(r, "QUOTE", "*", "speaker_agreement", "a+b", "*").note())
                .isEqualTo("no matched pair of QUOTE spans");
        assertThat(find(r, "EVENT", "*", "argument_f1", "a+b", "*").note())
                .isEqualTo("no argument of a matched EVENT span");
        // an undefined value still tells what was looked at
        assertThat(find(r, "ENTITY", "*", "cohen_kappa", "a+b", "*").units()).isEqualTo(8);
    }

    @Test
    void missingIsNotEmpty() {
        // b has no file for d2; c has an empty one
        AgreementReport r = report(
                List.of("a", "b", "c"),
                true,
                set(D1, "a", entity(D1, "PERSON", 0, 6)),
                set(D1, "b", entity(D1, "PERSON", 0, 6)),
                set(D1, "c", entity(D1, "PERSON", 0, 6), entity(D1, "GPE", 16, 22)),
                set(D2, "a", entity(D2, "GPE", 0, 4)),
                set(D2, "c"));
        // d1 has 5 tokens, d2 has 3
        assertThat(find(r, "ENTITY", "*", "cohen_kappa", "a+b", "*").units()).isEqualTo(5);
        assertThat(find(r, "ENTITY", "*", "cohen_kappa", "a+c", "*").units()).isEqualTo(8);
        assertThat(find(r, "ENTITY", "*", "fleiss_kappa", "*", "*").units()).isEqualTo(5);
        assertThat(find(r, "ENTITY", "*", "krippendorff_alpha", "*", "*").units())
                .isEqualTo(8);
        assertThat(find(r, "ENTITY", "*", "cohen_kappa", "a+b", "d2").note())
                .isEqualTo("b has no file for this article");
        assertThat(find(r, "ENTITY", "*", "fleiss_kappa", "*", "d2").note())
                .isEqualTo("b has no file for this article");
        assertThat(find(r, "ENTITY", "*", "krippendorff_alpha", "*", "d2").note())
                .isEqualTo("without b (no file)");
        assertThat(find(r, "ENTITY", "*", "unitizing_alpha", "*", "d2").note()).isEqualTo("without b (no file)");
        assertThat(find(r, "ENTITY", "*", "f1_overlap", "a+c", "d2").score().value())
                .isZero();
        // the corpus continuum holds only d1, which every annotator has
        assertThat(find(r, "ENTITY", "*", "unitizing_alpha", "*", "*").note())
                .isEqualTo("continuum of 23 code points in 1 article");
    }

    @Test
    void noSharedArticle() {
        AgreementReport r = report(
                List.of("a", "b"),
                false,
                set(D1, "a", entity(D1, "PERSON", 0, 6)),
                set(D2, "b", entity(D2, "GPE", 0, 4)));
        assertThat(find(r, "ENTITY", "*", "cohen_kappa", "a+b", "*").note())
                .isEqualTo("no article that both annotated");
        assertThat(find(r, "ENTITY", "*", "observed_agreement", "*", "*").note())
                .isEqualTo("no article that both annotated");
        assertThat(find(r, "ENTITY", "*", "fleiss_kappa", "*", "*").note())
                .isEqualTo("no article that every chosen annotator annotated");
        assertThat(find(r, "ENTITY", "*", "krippendorff_alpha", "*", "*").note())
                .isEqualTo("no article that two annotators annotated");
        assertThat(find(r, "ENTITY", "*", "unitizing_alpha", "*", "*").note())
                .isEqualTo("no article that every chosen annotator annotated");
    }

    @Test
    void emptyAndBlankArticles() {
        Article empty = new Article("e", "");
        Article blank = new Article("f", " \n ");
        Map<String, Map<String, AnnotationSet>> sets = Map.of(
                "e", Map.of("a", AnnotationSet.empty("e", "a"), "b", AnnotationSet.empty("e", "b")),
                "f", Map.of("a", AnnotationSet.empty("f", "a"), "b", AnnotationSet.empty("f", "b")));
        AgreementReport r = AgreementCalculator.calculate(
                new AnnotatedCorpus(SCHEMA, List.of(empty, blank), List.of("a", "b"), sets),
                new AgreementOptions(List.of(), true));
        assertThat(find(r, "ENTITY", "*", "observed_agreement", "a+b", "*").note())
                .isEqualTo("no token that both annotators coded");
        assertThat(find(r, "ENTITY", "*", "cohen_kappa", "a+b", "e").note())
                .isEqualTo("no token that both annotators coded");
        assertThat(find(r, "ENTITY", "*", "unitizing_alpha", "*", "e").note()).isEqualTo("the continuum is empty");
        assertThat(find(r, "ENTITY", "*", "unitizing_alpha", "*", "f").note()).isEqualTo("no span in this layer");
    }

    @Test
    void theMeasuresSayWhatTheyCannotHandle() {
        DefaultCodingStudy three = DefaultCodingStudy.withRaters(3).addItem("x", "y", "x");
        assertThat(new CohenKappa(three).agreement().undefinedReason()).isEqualTo("needs exactly two annotators");
        assertThat(new FleissKappa(DefaultCodingStudy.withRaters(1).addItem("x"))
                        .agreement()
                        .undefinedReason())
                .isEqualTo("needs at least two annotators");
        assertThat(new KrippendorffAlpha(DefaultCodingStudy.withRaters(2).addItem("x", null))
                        .agreement()
                        .undefinedReason())
                .isEqualTo("no token that two annotators coded");
        assertThat(new KrippendorffUnitizingAlpha(
                                DefaultUnitizingStudy.withRaters(1, 0, 10).addUnit(0, 2, 0, "A"))
                        .agreement()
                        .undefinedReason())
                .isEqualTo("needs at least two annotators");
        assertThat(new KrippendorffUnitizingAlpha(DefaultUnitizingStudy.withRaters(2, 0, 0))
                        .agreement()
                        .undefinedReason())
                .isEqualTo("the continuum is empty");
        // one unit over the whole continuum of length 1 for both: nothing could disagree
        assertThat(new KrippendorffUnitizingAlpha(DefaultUnitizingStudy.withRaters(2, 0, 1)
                                .addUnit(0, 1, 0, "A")
                                .addUnit(0, 1, 1, "A"))
                        .agreement()
                        .undefinedReason())
                .isEqualTo("no expected disagreement");
    }
}
