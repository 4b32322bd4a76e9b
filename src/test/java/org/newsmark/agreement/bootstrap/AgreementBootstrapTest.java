package org.newsmark.agreement.bootstrap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsmark.TestData;
import org.newsmark.agreement.AgreementOptions;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.ConfidenceInterval;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.corpus.AgreementCalculator;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.bench.CorpusGenerator;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.WordTokenizer;

import static org.assertj.core.api.Assertions.assertThat;

/** Intervals on a report: which values get one, how replicates without a value count, and determinism. */
class AgreementBootstrapTest {
    private static AnnotatedCorpus corpus;

    /** 10 generated articles, three annotators; annotator3 has a file for the first article only. */
    @BeforeAll
    static void corpus() {
        List<Article> articles = new ArrayList<>();
        Map<String, Map<String, AnnotationSet>> sets = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            CorpusGenerator.Doc d = CorpusGenerator.generate(11, i, 3, 30, 1500);
            articles.add(d.article());
            Map<String, AnnotationSet> perAnnotator = new HashMap<>();
            for (AnnotationSet s : d.sets()) {
                if (i == 0 || !s.annotator().equals("annotator3")) {
                    perAnnotator.put(s.annotator(), s);
                }
            }
            sets.put(d.article().id(), perAnnotator);
        }
        corpus = new AnnotatedCorpus(
                TestData.schema(), articles, List.of("annotator1", "annotator2", "annotator3"), sets);
    }

    private static AgreementReport intervals(AgreementOptions what, BootstrapOptions options) {
        return AgreementBootstrap.withIntervals(corpus, AgreementCalculator.calculate(corpus, what), options);
    }

    private static Measurement find(AgreementReport r, String layer, String label, String measure, String annotators) {
        return r.find(layer, label, measure, annotators, Measurement.ALL).orElseThrow();
    }

    @Test
    void theSameSeedGivesTheSameIntervalsAndAnotherSeedOthers() {
        BootstrapOptions seven = new BootstrapOptions(0.95, 200, 7);
        AgreementReport a = intervals(AgreementOptions.all(), seven);
        AgreementReport b = intervals(AgreementOptions.all(), seven);
        assertThat(a.measurements()).isEqualTo(b.measurements());
        AgreementReport c = intervals(AgreementOptions.all(), new BootstrapOptions(0.95, 200, 8));
        Measurement kappa = find(a, "ENTITY", "*", Measurement.COHEN_KAPPA, "annotator1+annotator2");
        Measurement other = find(c, "ENTITY", "*", Measurement.COHEN_KAPPA, "annotator1+annotator2");
        assertThat(kappa.score()).isEqualTo(other.score());
        assertThat(kappa.interval().low()).isNotEqualTo(other.interval().low());
    }

    @Test
    void intervalsDoNotDependOnTheOtherLayersMeasured() {
        BootstrapOptions options = new BootstrapOptions(0.9, 200, 3);
        AgreementReport all = intervals(AgreementOptions.all(), options);
        AgreementReport entities = intervals(new AgreementOptions(List.of("ENTITY"), false), options);
        for (Measurement m : entities.corpus()) {
            assertThat(m.interval())
                    .as(m.toString())
                    .isEqualTo(find(all, m.layer(), m.label(), m.measure(), m.annotators())
                            .interval());
        }
    }

    @Test
    void everyCorpusValueGetsAnIntervalOrSaysWhyNot() {
        AgreementReport r = AgreementBootstrap.withIntervals(
                corpus,
                AgreementCalculator.calculate(corpus, new AgreementOptions(List.of(), true)),
                new BootstrapOptions(0.95, 200, 1));
        for (Measurement m : r.measurements()) {
            if (!m.doc().equals(Measurement.ALL)) {
                assertThat(m.interval())
                        .as("per-article values have none: %s", m)
                        .isNull();
                continue;
            }
            assertThat(m.interval()).as(m.toString()).isNotNull();
            if (!m.score().defined()) {
                assertThat(m.interval().defined()).as(m.toString()).isFalse();
            } else if (m.interval().defined()) {
                assertThat(m.interval().low())
                        .as(m.toString())
                        .isLessThanOrEqualTo(m.interval().high());
                assertThat(m.interval().low()).isGreaterThanOrEqualTo(-1);
                assertThat(m.interval().high()).isLessThanOrEqualTo(1);
            }
        }
        // values measured on the one article of annotator3 have a value only in the replicates that drew it
        Measurement f1 = find(r, "ENTITY", "*", Measurement.F1_OVERLAP, "annotator1+annotator3");
        assertThat(f1.score().defined()).isTrue();
        int drawn = 0;
        for (int rep = 0; rep < 200; rep++) {
            drawn += AgreementBootstrap.weights(1, rep, 10)[0] > 0 ? 1 : 0;
        }
        assertThat(drawn).isBetween(100, 160);
        assertThat(f1.interval().usable()).isEqualTo(drawn);
        assertThat(f1.interval().replicates()).isEqualTo(200);
        assertThat(f1.interval().describe()).contains(drawn + " of 200 replicates");
        // Fleiss' kappa rests on the same single article, αU too
        assertThat(find(r, "ENTITY", "*", Measurement.FLEISS_KAPPA, "*")
                        .interval()
                        .usable())
                .isEqualTo(drawn);
        assertThat(find(r, "ENTITY", "*", Measurement.UNITIZING_ALPHA, "*")
                        .interval()
                        .usable())
                .isEqualTo(drawn);
        // a pair with every article keeps every replicate
        assertThat(find(r, "ENTITY", "*", Measurement.COHEN_KAPPA, "annotator1+annotator2")
                        .interval()
                        .usable())
                .isEqualTo(200);
    }

    @Test
    void alphaDrawsAsManyPairsAsTheDataHave() {
        AgreementReport r = intervals(AgreementOptions.all(), new BootstrapOptions(0.95, 200, 1));
        Measurement alpha = find(r, "QUOTE", "*", Measurement.KRIPPENDORFF_ALPHA, "*");
        ConfidenceInterval ci = alpha.interval();
        assertThat(ci.method()).isEqualTo(ConfidenceInterval.Method.KRIPPENDORFF);
        assertThat(ci.usable()).isEqualTo(200);
        // (m - 1) n / 2 with m = 3 annotators; n: the pairable values, 3 per token of the first
        // article, 2 per token of the others
        long tokensOfFirst = WordTokenizer.bounds(corpus.articles().get(0).text()).length / 2;
        long n = 3 * tokensOfFirst + 2 * (alpha.units() - tokensOfFirst);
        assertThat(ci.draws()).isEqualTo(n);
        assertThat(ci.describe()).contains("Krippendorff's bootstrap, " + n + " pairs per replicate");
        assertThat(find(r, "QUOTE", "*", Measurement.COHEN_KAPPA, "annotator1+annotator2")
                        .interval()
                        .method())
                .isEqualTo(ConfidenceInterval.Method.ARTICLES);
    }
}
