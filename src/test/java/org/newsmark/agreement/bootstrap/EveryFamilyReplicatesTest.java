package org.newsmark.agreement.bootstrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsmark.TestData;
import org.newsmark.agreement.AgreementOptions;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.ConfidenceInterval;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.coref.CorefAgreement;
import org.newsmark.agreement.corpus.AgreementCalculator;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.bench.CorpusGenerator;
import org.newsmark.io.SchemaCsv;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The measures added after the first bootstrap, family by family, against the straightforward
 * recomputation (as {@link ArticleReplicatesTest}): coreference, agreement by identity, typed
 * attributes and a layer that labels whole articles. The generated corpus gets attribute values
 * (annotators agree on most) and genre labels (now and then none, or two), so that every value
 * of these families is defined and varies between replicates.
 */
class EveryFamilyReplicatesTest {
    private static final List<String> GENRES = List.of("NEWS", "OPINION", "INTERVIEW");
    private static final List<String> MENTIONS = List.of("name", "nominal", "pronoun");
    private static final List<String> MODALITIES = List.of("asserted", "negated", "future");
    private static AnnotatedCorpus corpus;
    private static AgreementReport report;
    private static AgreementBootstrap bootstrap;

    private static final Predicate<Measurement> COREF = m -> CorefAgreement.MEASURES.contains(m.measure());
    private static final Predicate<Measurement> IDENTITY = m -> m.measure().endsWith(Measurement.IDENTITY_SUFFIX);
    private static final Predicate<Measurement> ATTRIBUTES = m -> m.label().startsWith(Measurement.ATTRIBUTE_PREFIX);
    private static final Predicate<Measurement> ARTICLE_LABELS = m -> m.layer().equals("GENRE");

    static Schema schema() throws Exception {
        StringBuilder text = new StringBuilder(TestData.schemaText());
        for (int g = 0; g < GENRES.size(); g++) {
            text.append("GENRE,G,label,")
                    .append(GENRES.get(g))
                    .append(',')
                    .append(g + 1)
                    .append(",#112233,,,\n");
        }
        text.append("GENRE,G,scope,article,,,,,\n");
        return SchemaCsv.parse(text.toString(), "schema.csv");
    }

    @BeforeAll
    static void corpus() throws Exception {
        Random random = new Random(2024);
        List<Article> articles = new ArrayList<>();
        Map<String, Map<String, AnnotationSet>> sets = new HashMap<>();
        for (int i = 0; i < 9; i++) {
            CorpusGenerator.Doc d = CorpusGenerator.generate(5, i, 3, 24, 1400);
            articles.add(d.article());
            String genre = GENRES.get(random.nextInt(GENRES.size()));
            Map<String, AnnotationSet> perAnnotator = new HashMap<>();
            for (AnnotationSet s : d.sets()) {
                // annotator3 has no file for article 4, and marked nothing in article 6
                if (i == 4 && s.annotator().equals("annotator3")) {
                    continue;
                }
                perAnnotator.put(
                        s.annotator(),
                        i == 6 && s.annotator().equals("annotator3")
                                ? AnnotationSet.empty(s.doc(), s.annotator())
                                : decorated(s, genre, random));
            }
            sets.put(d.article().id(), perAnnotator);
        }
        corpus = new AnnotatedCorpus(schema(), articles, List.of("annotator1", "annotator2", "annotator3"), sets);
        report = AgreementCalculator.calculate(corpus, AgreementOptions.all());
        bootstrap = new AgreementBootstrap(corpus, report, BootstrapOptions.level(0.95));
    }

    /**
     * Attribute values by the span's position (so annotators mostly agree), one in five drawn at
     * random, one in ten left out (the default); the genre, sometimes another, none or two.
     */
    private static AnnotationSet decorated(AnnotationSet s, String genre, Random random) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : s.annotations()) {
            List<String> values =
                    a.layer().equals("ENTITY") ? MENTIONS : a.layer().equals("EVENT") ? MODALITIES : null;
            if (values == null || random.nextInt(10) == 0) {
                out.add(a);
                continue;
            }
            String v = values.get(random.nextInt(5) == 0 ? random.nextInt(values.size()) : a.start() % values.size());
            out.add(a.withAttributes(Map.of(a.layer().equals("ENTITY") ? "mention" : "modality", v)));
        }
        int roll = random.nextInt(12);
        String given = roll < 3 ? GENRES.get(random.nextInt(GENRES.size())) : genre;
        if (roll != 0) {
            out.add(Annotation.span("G1", "GENRE", given, 0, 0, ""));
        }
        if (roll == 1) {
            out.add(Annotation.span("G2", "GENRE", genre.equals("NEWS") ? "OPINION" : "NEWS", 0, 0, ""));
        }
        return new AnnotationSet(s.doc(), s.annotator(), out);
    }

    /** The corpus of the drawn articles, as {@link ArticleReplicatesTest} draws it. */
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

    /** Compares one family's rows; returns how many had a value. */
    private static int assertFamily(Predicate<Measurement> family, int[] weights, AgreementReport expected) {
        double[] values = bootstrap.replicate(weights);
        List<Measurement> rows = bootstrap.rowMeasurements();
        int compared = 0;
        for (int row = 0; row < rows.size(); row++) {
            Measurement m = rows.get(row);
            if (!family.test(m)) {
                continue;
            }
            String what = m.layer() + " " + m.label() + " " + m.measure() + " " + m.annotators();
            if (m.measure().equals(Measurement.KRIPPENDORFF_ALPHA)) {
                assertThat(values[row])
                        .as("alpha is not resampled by article: " + what)
                        .isNaN();
                continue;
            }
            Measurement e = expected.find(m.layer(), m.label(), m.measure(), m.annotators(), Measurement.ALL)
                    .orElseThrow();
            if (e.score().defined()) {
                assertThat(values[row]).as(what).isCloseTo(e.score().value(), within(1e-9));
                compared++;
            } else {
                assertThat(values[row]).as(what + ": " + e.note()).isNaN();
            }
        }
        return compared;
    }

    private static void assertFamily(Predicate<Measurement> family, int atLeast) {
        int[] once = new int[corpus.articles().size()];
        Arrays.fill(once, 1);
        assertThat(assertFamily(family, once, report)).isGreaterThanOrEqualTo(atLeast);
        for (int r = 0; r < 8; r++) {
            int[] weights = AgreementBootstrap.weights(5, r, corpus.articles().size());
            assertFamily(family, weights, AgreementCalculator.calculate(resampled(weights), AgreementOptions.all()));
        }
        int[] alone = {0, 0, 0, 0, 2, 0, 0, 0, 0};
        assertFamily(family, alone, AgreementCalculator.calculate(resampled(alone), AgreementOptions.all()));
        int[] empty = {0, 1, 0, 0, 0, 0, 3, 0, 0};
        assertFamily(family, empty, AgreementCalculator.calculate(resampled(empty), AgreementOptions.all()));
    }

    @Test
    void coreferenceScoresEqualTheReportAndTheDrawnCorpus() {
        // six measures, three pairs and their mean
        assertFamily(COREF, 24);
    }

    @Test
    void agreementByIdentityEqualsTheReportAndTheDrawnCorpus() {
        // speaker_identity for QUOTE *, DIRECT, INDIRECT (MIXED is never generated): pairs and mean
        assertFamily(IDENTITY, 12);
    }

    @Test
    void typedAttributesEqualTheReportAndTheDrawnCorpus() {
        // @mention and @modality: observed agreement (pairs, mean), Cohen's kappa (pairs), Fleiss' kappa
        assertFamily(ATTRIBUTES, 16);
    }

    @Test
    void articleLabelsEqualTheReportAndTheDrawnCorpus() {
        // GENRE *, NEWS, OPINION, INTERVIEW: observed agreement (pairs, mean), Cohen's kappa, Fleiss' kappa
        assertFamily(ARTICLE_LABELS, 24);
    }

    @Test
    void alphaOfAttributesAndArticleLabelsIsKrippendorffsBootstrapAndTheReportKeepsItsArticleLayers() {
        AgreementReport r = AgreementBootstrap.withIntervals(corpus, report, new BootstrapOptions(0.95, 200, 1));
        assertThat(r.articleLayers()).containsExactly("GENRE");
        for (String[] row :
                new String[][] {{"GENRE", "*"}, {"GENRE", "NEWS"}, {"ENTITY", "@mention"}, {"EVENT", "@modality"}}) {
            Measurement alpha = r.find(row[0], row[1], Measurement.KRIPPENDORFF_ALPHA, "*", "*")
                    .orElseThrow();
            assertThat(alpha.score().defined()).as(alpha.toString()).isTrue();
            ConfidenceInterval ci = alpha.interval();
            assertThat(ci.method()).as(alpha.toString()).isEqualTo(ConfidenceInterval.Method.KRIPPENDORFF);
            assertThat(ci.usable()).as(alpha.toString()).isEqualTo(200);
            assertThat(ci.low()).isLessThanOrEqualTo(alpha.score().value());
            assertThat(ci.high()).isGreaterThanOrEqualTo(alpha.score().value());
        }
        // every defined corpus value of the new families has an interval from replicates that have a value
        for (Measurement m : r.corpus()) {
            if (m.score().defined() && (COREF.or(IDENTITY).or(ATTRIBUTES).or(ARTICLE_LABELS)).test(m)) {
                assertThat(m.interval().usable()).as(m.toString()).isPositive();
            }
        }
    }
}
