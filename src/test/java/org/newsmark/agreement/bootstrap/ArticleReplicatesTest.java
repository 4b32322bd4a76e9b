package org.newsmark.agreement.bootstrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsmark.TestData;
import org.newsmark.agreement.AgreementOptions;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.corpus.AgreementCalculator;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.bench.CorpusGenerator;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The article bootstrap adds up per-article counts instead of measuring each replicate again.
 * These tests measure the replicates again, the straightforward way: the drawn articles (an
 * article drawn twice as two articles) go through {@link AgreementCalculator} like any corpus,
 * and every value must equal the replicate's, for every measure except Krippendorff's alpha
 * (which has its own bootstrap), every layer, label and pair, αU with its joined gaps included.
 */
class ArticleReplicatesTest {
    private static AnnotatedCorpus corpus;
    private static AgreementReport report;
    private static AgreementBootstrap bootstrap;

    @BeforeAll
    static void corpus() {
        List<Article> articles = new ArrayList<>();
        Map<String, Map<String, AnnotationSet>> sets = new HashMap<>();
        for (int i = 0; i < 9; i++) {
            CorpusGenerator.Doc d = CorpusGenerator.generate(7, i, 3, 24, 1400);
            articles.add(d.article());
            Map<String, AnnotationSet> perAnnotator = new HashMap<>();
            for (AnnotationSet s : d.sets()) {
                // annotator3 has no file for article 4, and marked nothing in article 6
                if (i == 4 && s.annotator().equals("annotator3")) {
                    continue;
                }
                perAnnotator.put(
                        s.annotator(),
                        i == 6 && s.annotator().equals("annotator3") ? AnnotationSet.empty(s.doc(), s.annotator()) : s);
            }
            sets.put(d.article().id(), perAnnotator);
        }
        corpus = new AnnotatedCorpus(
                TestData.schema(), articles, List.of("annotator1", "annotator2", "annotator3"), sets);
        report = AgreementCalculator.calculate(corpus, AgreementOptions.all());
        bootstrap = new AgreementBootstrap(corpus, report, BootstrapOptions.level(0.95));
    }

    /** The corpus of the drawn articles: copies after the first get ids that sort right after the original. */
    private static AnnotatedCorpus resampled(int[] weights) {
        List<Article> articles = new ArrayList<>();
        Map<String, Map<String, AnnotationSet>> sets = new HashMap<>();
        for (int a = 0; a < weights.length; a++) {
            Article original = corpus.articles().get(a);
            for (int copy = 1; copy <= weights[a]; copy++) {
                String id = copy == 1 ? original.id() : original.id() + "!" + copy;
                articles.add(new Article(id, original.text()));
                Map<String, AnnotationSet> perAnnotator = new HashMap<>();
                for (String annotator : corpus.present(original.id())) {
                    AnnotationSet set = corpus.set(original.id(), annotator).orElseThrow();
                    perAnnotator.put(annotator, new AnnotationSet(id, annotator, set.annotations()));
                }
                sets.put(id, perAnnotator);
            }
        }
        return new AnnotatedCorpus(corpus.schema(), articles, corpus.annotators(), sets);
    }

    private static int assertReplicateEqualsRecomputation(int[] weights) {
        double[] values = bootstrap.replicate(weights);
        AgreementReport again = AgreementCalculator.calculate(resampled(weights), AgreementOptions.all());
        List<Measurement> rows = bootstrap.rowMeasurements();
        int compared = 0;
        for (int row = 0; row < rows.size(); row++) {
            Measurement m = rows.get(row);
            if (m.measure().equals(Measurement.KRIPPENDORFF_ALPHA)) {
                assertThat(values[row]).as("alpha is not resampled by article").isNaN();
                continue;
            }
            Measurement expected = again.find(m.layer(), m.label(), m.measure(), m.annotators(), Measurement.ALL)
                    .orElseThrow();
            String what = m.layer() + " " + m.label() + " " + m.measure() + " " + m.annotators();
            if (expected.score().defined()) {
                assertThat(values[row]).as(what).isCloseTo(expected.score().value(), within(1e-9));
                compared++;
            } else {
                assertThat(values[row]).as(what + ": " + expected.note()).isNaN();
            }
        }
        return compared;
    }

    @Test
    void everyArticleOnceGivesTheReportsValues() {
        int[] once = new int[corpus.articles().size()];
        Arrays.fill(once, 1);
        double[] values = bootstrap.replicate(once);
        List<Measurement> rows = bootstrap.rowMeasurements();
        int compared = 0;
        for (int row = 0; row < rows.size(); row++) {
            if (!rows.get(row).measure().equals(Measurement.KRIPPENDORFF_ALPHA)) {
                assertThat(values[row])
                        .as(rows.get(row).toString())
                        .isCloseTo(rows.get(row).score().value(), within(1e-12));
                compared++;
            }
        }
        // every measure of the report but alpha: 3 layers, their labels, 3 pairs and their mean
        assertThat(compared).isGreaterThan(150);
        assertThat(rows.stream().map(Measurement::measure).distinct())
                .contains(
                        Measurement.OBSERVED_AGREEMENT,
                        Measurement.COHEN_KAPPA,
                        Measurement.FLEISS_KAPPA,
                        Measurement.UNITIZING_ALPHA,
                        Measurement.F1_EXACT,
                        Measurement.F1_OVERLAP,
                        "speaker_agreement",
                        Measurement.ARGUMENT_F1);
    }

    @Test
    void drawnReplicatesEqualTheCorpusOfTheDrawnArticles() {
        for (int r = 0; r < 12; r++) {
            int[] weights = AgreementBootstrap.weights(3, r, corpus.articles().size());
            assertThat(assertReplicateEqualsRecomputation(weights)).isGreaterThan(100);
        }
    }

    @Test
    void articlesDrawnSeveralTimesJoinEndToStart() {
        // the article without annotator3's file drawn alone: every value over the three annotators is undefined
        assertReplicateEqualsRecomputation(new int[] {0, 0, 0, 0, 1, 0, 0, 0, 0});
        // the article in which annotator3 marked nothing, three times, beside two others
        assertReplicateEqualsRecomputation(new int[] {0, 2, 0, 0, 0, 0, 3, 0, 1});
        assertReplicateEqualsRecomputation(new int[] {4, 0, 0, 0, 0, 0, 0, 0, 5});
    }
}
