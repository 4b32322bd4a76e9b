package org.newsmark.agreement.bootstrap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsmark.TestData;
import org.newsmark.agreement.AgreementOptions;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.ConfidenceInterval;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.corpus.AgreementCalculator;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Link;
import org.newsmark.model.Schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Replicates of small corpora of two annotators, a and b, worked out by hand, one family at a
 * time: coreference (a, sorting first, is the key), speaker agreement by identity, a typed
 * attribute and a layer that labels whole articles. Weights say how often each article is drawn.
 */
class HandComputedReplicatesTest {
    private static final String TEXT = "x".repeat(60);

    /** Articles d1, d2, ... with the annotations of a and of b (null: b has no file). */
    private static AnnotatedCorpus corpus(Schema schema, List<List<Annotation>> a, List<List<Annotation>> b) {
        List<Article> articles = new ArrayList<>();
        Map<String, Map<String, AnnotationSet>> sets = new HashMap<>();
        for (int d = 0; d < a.size(); d++) {
            String doc = "d" + (d + 1);
            articles.add(new Article(doc, TEXT));
            Map<String, AnnotationSet> perAnnotator = new HashMap<>();
            perAnnotator.put("a", new AnnotationSet(doc, "a", a.get(d)));
            if (b.get(d) != null) {
                perAnnotator.put("b", new AnnotationSet(doc, "b", b.get(d)));
            }
            sets.put(doc, perAnnotator);
        }
        return new AnnotatedCorpus(schema, articles, List.of("a", "b"), sets);
    }

    private static Annotation entity(String id, int start, String... corefTargets) {
        List<Link> links = new ArrayList<>();
        for (String t : corefTargets) {
            links.add(new Link("coref", t));
        }
        return Annotation.span(id, "ENTITY", "PERSON", start, start + 4, "xxxx").withLinks(links);
    }

    private static Annotation quote(String id, int start, String speaker) {
        return Annotation.span(id, "QUOTE", "DIRECT", start, start + 8, "xxxxxxxx")
                .withLinks(List.of(new Link("speaker", speaker)));
    }

    /**
     * The value of one row of the pair a+b in a replicate (its mean over the one pair must be the
     * same); for Fleiss' kappa, the row of all annotators.
     */
    private static double value(
            AgreementBootstrap bootstrap, String layer, String label, String measure, int... weights) {
        double[] values = bootstrap.replicate(weights);
        List<Measurement> rows = bootstrap.rowMeasurements();
        Double pair = null;
        Double mean = null;
        for (int row = 0; row < rows.size(); row++) {
            Measurement m = rows.get(row);
            if (m.layer().equals(layer)
                    && m.label().equals(label)
                    && m.measure().equals(measure)) {
                if (m.annotators().equals("a+b")) {
                    pair = values[row];
                } else {
                    mean = values[row];
                }
            }
        }
        if (pair == null) {
            assertThat(mean)
                    .as(layer + " " + label + " " + measure + " has a row")
                    .isNotNull();
            return mean;
        }
        if (mean != null) {
            assertThat(mean).isEqualTo(pair);
        }
        return pair;
    }

    private static AgreementBootstrap bootstrap(AnnotatedCorpus corpus) {
        return new AgreementBootstrap(
                corpus, AgreementCalculator.calculate(corpus, AgreementOptions.all()), BootstrapOptions.level(0.95));
    }

    /**
     * d1: a chains m1-m2-m3, b chains m1-m2 and leaves m3 alone (MUC recall 1/2, precision 1/1;
     * B3 recall (4/3 + 1/3)/3, precision 3/3); d2: both chain m1-m2 (all 1); d3: one mention,
     * no link either side (MUC has no value, B3 is 1); d4: no mention at all.
     */
    @Test
    void coreferenceCountsAddUpAsTheScorerAddsUpDocuments() {
        AnnotatedCorpus corpus = corpus(
                TestData.schema(),
                List.of(
                        List.of(entity("E1", 0), entity("E2", 10, "E1"), entity("E3", 20, "E2")),
                        List.of(entity("E1", 0), entity("E2", 10, "E1")),
                        List.of(entity("E1", 0)),
                        List.of()),
                List.of(
                        List.of(entity("E1", 0), entity("E2", 10, "E1"), entity("E3", 20)),
                        List.of(entity("E1", 0), entity("E2", 10, "E1")),
                        List.of(entity("E1", 0)),
                        List.of()));
        AgreementBootstrap b = bootstrap(corpus);
        // all once: MUC R 2/3, P 2/2; B3 R (5/3 + 2 + 1)/6 = 7/9, P 1
        assertThat(value(b, "ENTITY", "*", "coref_muc", 1, 1, 1, 1)).isCloseTo(0.8, within(1e-12));
        assertThat(value(b, "ENTITY", "*", "coref_b3", 1, 1, 1, 1)).isCloseTo(7.0 / 8, within(1e-12));
        // d1 twice: MUC R 2/4, P 2/2; B3 R (10/3)/6 = 5/9, P 1; CEAFe: the key's one entity aligned
        // with {m1, m2}, 2·2/(3 + 2) = 4/5 each time, R 1.6/2, P 1.6/4; BLANC: the key has coreference
        // links only, 1 of its 3 found, and b's one link right: F1 of 1/3 and 1
        assertThat(value(b, "ENTITY", "*", "coref_muc", 2, 0, 0, 0)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(value(b, "ENTITY", "*", "coref_b3", 2, 0, 0, 0)).isCloseTo(5.0 / 7, within(1e-12));
        assertThat(value(b, "ENTITY", "*", "coref_ceafe", 2, 0, 0, 0)).isCloseTo(8.0 / 15, within(1e-12));
        assertThat(value(b, "ENTITY", "*", "coref_blanc", 2, 0, 0, 0)).isCloseTo(0.5, within(1e-12));
        assertThat(value(b, "ENTITY", "*", "coref_conll", 2, 0, 0, 0))
                .isCloseTo((2.0 / 3 + 5.0 / 7 + 8.0 / 15) / 3, within(1e-12));
        // d3 alone: no coreference link in either file, MUC has no value; the others do
        assertThat(value(b, "ENTITY", "*", "coref_muc", 0, 0, 3, 0)).isNaN();
        assertThat(value(b, "ENTITY", "*", "coref_b3", 0, 0, 3, 0)).isCloseTo(1.0, within(1e-12));
        // d4 alone: no mention, no value at all
        assertThat(value(b, "ENTITY", "*", "coref_b3", 0, 0, 0, 2)).isNaN();
        assertThat(value(b, "ENTITY", "*", "coref_conll", 0, 0, 0, 2)).isNaN();
        // d2 and d3: MUC 1/1 both ways
        assertThat(value(b, "ENTITY", "*", "coref_muc", 0, 1, 1, 0)).isCloseTo(1.0, within(1e-12));
    }

    /**
     * d1: both chain E1-E2; a's quote names E1 as speaker, b's E2: by mention they disagree, by
     * identity they agree. d2: no chains; the first quotes name E1 and E2 (disagree both ways),
     * the second both E1 (agree).
     */
    @Test
    void agreementByIdentityCountsTheMatchedQuotesOfTheDrawnArticles() {
        AnnotatedCorpus corpus = corpus(
                TestData.schema(),
                List.of(
                        List.of(entity("E1", 0), entity("E2", 10, "E1"), quote("Q1", 20, "E1")),
                        List.of(entity("E1", 0), entity("E2", 10), quote("Q1", 20, "E1"), quote("Q2", 40, "E1"))),
                List.of(
                        List.of(entity("E1", 0), entity("E2", 10, "E1"), quote("Q1", 20, "E2")),
                        List.of(entity("E1", 0), entity("E2", 10), quote("Q1", 20, "E2"), quote("Q2", 40, "E1"))));
        AgreementBootstrap b = bootstrap(corpus);
        assertThat(value(b, "QUOTE", "*", "speaker_identity", 1, 1)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(value(b, "QUOTE", "*", "speaker_agreement", 1, 1)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(value(b, "QUOTE", "*", "speaker_identity", 2, 0)).isCloseTo(1.0, within(1e-12));
        assertThat(value(b, "QUOTE", "*", "speaker_identity", 0, 1)).isCloseTo(0.5, within(1e-12));
        assertThat(value(b, "QUOTE", "DIRECT", "speaker_identity", 1, 2)).isCloseTo(3.0 / 5, within(1e-12));
        assertThat(value(b, "QUOTE", "DIRECT", "speaker_agreement", 1, 2)).isCloseTo(2.0 / 5, within(1e-12));
    }

    private static Annotation event(String id, int start, String modality) {
        Annotation a = Annotation.span(id, "EVENT", "ATTACK", start, start + 4, "xxxx");
        return modality == null ? a : a.withAttributes(Map.of("modality", modality));
    }

    /**
     * The events both marked alike: d1 (asserted, asserted), (negated, asserted); d2 (negated,
     * negated), (asserted, asserted), and one event only a marked, which is no item of the pair.
     * All once: A_o = 3/4; a says asserted 2, negated 2, b 3 and 1: A_e = (2·3 + 2·1)/16 = 1/2,
     * kappa 1/2; Fleiss: P = 6/8, P_e = (5/8)² + (3/8)² = 17/32, kappa 7/15.
     */
    @Test
    void aTypedAttributeAddsUpTheTablesOfTheMatchedSpans() {
        AnnotatedCorpus corpus = corpus(
                TestData.schema(),
                List.of(
                        List.of(event("V1", 0, null), event("V2", 10, "negated")),
                        List.of(event("V1", 0, "negated"), event("V2", 10, "asserted"), event("V3", 20, "negated"))),
                List.of(
                        List.of(event("V1", 0, "asserted"), event("V2", 10, null)),
                        List.of(event("V1", 0, "negated"), event("V2", 10, null))));
        AgreementBootstrap b = bootstrap(corpus);
        assertThat(value(b, "EVENT", "@modality", Measurement.OBSERVED_AGREEMENT, 1, 1))
                .isCloseTo(0.75, within(1e-12));
        assertThat(value(b, "EVENT", "@modality", Measurement.COHEN_KAPPA, 1, 1))
                .isCloseTo(0.5, within(1e-12));
        assertThat(value(b, "EVENT", "@modality", Measurement.FLEISS_KAPPA, 1, 1))
                .isCloseTo(7.0 / 15, within(1e-12));
        // d1 twice: (asserted, asserted) and (negated, asserted) twice each: A_o 1/2, b always asserted so
        // A_e = (2·4 + 2·0)/16 = 1/2, kappa 0; Fleiss P = 4/8, P_e = (6/8)² + (2/8)² = 5/8, kappa -1/3
        assertThat(value(b, "EVENT", "@modality", Measurement.OBSERVED_AGREEMENT, 2, 0))
                .isCloseTo(0.5, within(1e-12));
        assertThat(value(b, "EVENT", "@modality", Measurement.COHEN_KAPPA, 2, 0))
                .isCloseTo(0.0, within(1e-12));
        assertThat(value(b, "EVENT", "@modality", Measurement.FLEISS_KAPPA, 2, 0))
                .isCloseTo(-1.0 / 3, within(1e-12));
        // d2 twice: perfect agreement on two categories
        assertThat(value(b, "EVENT", "@modality", Measurement.COHEN_KAPPA, 0, 2))
                .isCloseTo(1.0, within(1e-12));
    }

    /**
     * GENRE on four articles, (a, b): (NEWS, NEWS), (OPINION, NEWS), (OPINION, OPINION),
     * (NEWS, NEWS), and a fifth only a has: the same tables as the attribute above, for all labels
     * and for NEWS against the rest. Alpha: 8 pairable values, (2 − 1)·8/2 = 4 pairs drawn.
     */
    @Test
    void articleLabelsAddUpOneItemPerDrawnArticle() throws Exception {
        Schema schema = EveryFamilyReplicatesTest.schema();
        List<List<Annotation>> a = new ArrayList<>();
        List<List<Annotation>> bs = new ArrayList<>();
        String[][] genres = {
            {"NEWS", "NEWS"}, {"OPINION", "NEWS"}, {"OPINION", "OPINION"}, {"NEWS", "NEWS"}, {"NEWS", null}
        };
        for (String[] g : genres) {
            a.add(List.of(Annotation.span("G1", "GENRE", g[0], 0, 0, "")));
            bs.add(g[1] == null ? null : List.of(Annotation.span("G1", "GENRE", g[1], 0, 0, "")));
        }
        AnnotatedCorpus corpus = corpus(schema, a, bs);
        AgreementBootstrap b = bootstrap(corpus);
        for (String label : List.of("*", "NEWS")) {
            assertThat(value(b, "GENRE", label, Measurement.OBSERVED_AGREEMENT, 1, 1, 1, 1, 1))
                    .isCloseTo(0.75, within(1e-12));
            assertThat(value(b, "GENRE", label, Measurement.COHEN_KAPPA, 1, 1, 1, 1, 1))
                    .isCloseTo(0.5, within(1e-12));
            assertThat(value(b, "GENRE", label, Measurement.FLEISS_KAPPA, 1, 1, 1, 1, 1))
                    .isCloseTo(7.0 / 15, within(1e-12));
            assertThat(value(b, "GENRE", label, Measurement.COHEN_KAPPA, 1, 1, 0, 0, 3))
                    .isCloseTo(0.0, within(1e-12));
            assertThat(value(b, "GENRE", label, Measurement.FLEISS_KAPPA, 1, 1, 0, 0, 3))
                    .isCloseTo(-1.0 / 3, within(1e-12));
        }
        // only the article b has no file for: no item of the pair
        assertThat(value(b, "GENRE", "*", Measurement.OBSERVED_AGREEMENT, 0, 0, 0, 0, 5))
                .isNaN();
        AgreementReport report = AgreementBootstrap.withIntervals(
                corpus,
                AgreementCalculator.calculate(corpus, AgreementOptions.all()),
                new BootstrapOptions(0.95, 200, 1));
        ConfidenceInterval alpha = report.find("GENRE", "*", Measurement.KRIPPENDORFF_ALPHA, "*", "*")
                .orElseThrow()
                .interval();
        assertThat(alpha.method()).isEqualTo(ConfidenceInterval.Method.KRIPPENDORFF);
        assertThat(alpha.draws()).isEqualTo(4);
        ConfidenceInterval kappa = report.find("GENRE", "*", Measurement.COHEN_KAPPA, "a+b", "*")
                .orElseThrow()
                .interval();
        assertThat(kappa.method()).isEqualTo(ConfidenceInterval.Method.ARTICLES);
        assertThat(report.articleLayers()).containsExactly("GENRE");
    }
}
