package org.newsmark.agreement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.agreement.corpus.AgreementCalculator;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.io.AnnotationCsv;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.Schema;
import org.newsmark.model.Token;
import org.newsmark.model.WordTokenizer;
import org.newsmark.report.AgreementCsv;
import org.newsmark.service.AgreementService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DKPro Statistics 2.1.0 as the oracle: on seeded random studies (random articles with Unicode,
 * one to four annotators, overlapping, nested and duplicate spans, labels used by some annotators
 * only, empty and missing files), every kappa, alpha and αU of the report, for the corpus and for
 * each article, equals DKPro's on the same data within 1e-9, and rests on as many units; where ours
 * is undefined, DKPro has no value either. The token labels and the merging of overlapping spans
 * are recomputed here naively, independently of the code under test.
 */
class DkproOracleTest {
    private static final Schema SCHEMA = TestData.schema();
    private static final String[] WORDS = {
        "Kyiv", "said", "Песков", "José", "😀", "talks", "4.5%", "“", "”", ",", ".", "don't", "U.S.", "e-mail", "العلي",
        "🇺🇦", "\n", "  ", "👍🏽", "ok"
    };
    private static final double TOLERANCE = 1e-9;

    @TempDir
    Path dir;

    @Test
    void everyKappaAlphaAndUnitizingAlphaEqualsDkpro() {
        Random random = new Random(20260130L);
        int compared = 0;
        for (int c = 0; c < 120; c++) {
            AnnotatedCorpus corpus = randomCorpus(random);
            AgreementReport report = AgreementCalculator.calculate(corpus, new AgreementOptions(List.of(), c % 2 == 0));
            for (Measurement m : report.measurements()) {
                Oracle oracle = oracle(corpus, m);
                if (oracle == null) {
                    continue;
                }
                compared++;
                boolean same = m.score().defined()
                        ? Math.abs(oracle.value - m.score().value()) <= TOLERANCE
                        : Double.isNaN(oracle.value);
                if (!same || m.score().defined() && m.units() != oracle.units) {
                    throw new AssertionError("case " + c + ": " + m + ", DKPro gives " + oracle.value + " on "
                            + oracle.units + " units");
                }
            }
        }
        assertThat(compared).isGreaterThan(10_000);
    }

    @Test
    void theProjectDataPathGivesTheSameReport() throws Exception {
        Random random = new Random(77L);
        for (int c = 0; c < 12; c++) {
            AnnotatedCorpus corpus = randomCorpus(random);
            Path project = write(dir.resolve("p" + c), corpus);
            AgreementService.Result loaded = new AgreementService(ProjectFolder.open(project))
                    .run(new AgreementService.Request(List.of(), List.of(), List.of(), true));
            assertThat(loaded.problems()).isEmpty();
            AgreementReport direct = AgreementCalculator.calculate(corpus, new AgreementOptions(List.of(), true));
            assertThat(AgreementCsv.format(loaded.report().orElseThrow())).isEqualTo(AgreementCsv.format(direct));
        }
    }

    /** The value and units DKPro gives for a measurement, or null for measures DKPro does not have. */
    private record Oracle(double value, long units) {}

    private static Oracle oracle(AnnotatedCorpus corpus, Measurement m) {
        Layer layer = SCHEMA.requireLayer(m.layer());
        List<Article> articles = m.doc().equals(Measurement.ALL)
                ? corpus.articles()
                : corpus.articles().stream().filter(a -> a.id().equals(m.doc())).toList();
        List<String> annotators = corpus.annotators();
        switch (m.measure()) {
            case Measurement.COHEN_KAPPA -> {
                String[] pair = m.annotators().split("\\+");
                List<String[]> rows = tokenRows(corpus, layer, m.label(), articles, List.of(pair), true);
                return new Oracle(Dkpro.cohen(Dkpro.coding(2, rows)), rows.size());
            }
            case Measurement.FLEISS_KAPPA -> {
                List<String[]> rows = tokenRows(corpus, layer, m.label(), articles, annotators, true);
                return new Oracle(
                        annotators.size() < 2 ? Double.NaN : Dkpro.fleiss(Dkpro.coding(annotators.size(), rows)),
                        rows.size());
            }
            case Measurement.KRIPPENDORFF_ALPHA -> {
                List<String[]> rows = tokenRows(corpus, layer, m.label(), articles, annotators, false);
                CodingAnnotationStudy study = Dkpro.coding(annotators.size(), rows);
                long pairable = rows.stream()
                        .filter(r -> Arrays.stream(r).filter(v -> v != null).count() >= 2)
                        .count();
                return new Oracle(Dkpro.alpha(study), pairable);
            }
            case Measurement.UNITIZING_ALPHA -> {
                return unitizing(corpus, layer, m, articles);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * One row per token of the articles, one value per annotator: the token's label (or, for one
     * label L, L or "not"), null for an annotator without a file. With {@code complete}, only the
     * articles every given annotator has; otherwise the articles at least two of them have.
     */
    private static List<String[]> tokenRows(
            AnnotatedCorpus corpus,
            Layer layer,
            String label,
            List<Article> articles,
            List<String> annotators,
            boolean complete) {
        List<String[]> rows = new ArrayList<>();
        for (Article article : articles) {
            long present =
                    annotators.stream().filter(a -> corpus.has(article.id(), a)).count();
            if (complete ? present < annotators.size() : present < 2) {
                continue;
            }
            List<Token> tokens = WordTokenizer.tokens(article);
            List<List<Annotation>> spans = new ArrayList<>();
            for (String annotator : annotators) {
                spans.add(corpus.set(article.id(), annotator)
                        .map(s -> s.inLayer(layer.name()))
                        .orElse(null));
            }
            for (Token t : tokens) {
                String[] row = new String[annotators.size()];
                for (int r = 0; r < annotators.size(); r++) {
                    if (spans.get(r) != null) {
                        String l = naiveLabel(t, spans.get(r));
                        row[r] = label.equals(Measurement.ALL) ? l : l.equals(label) ? label : "not";
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The shortest covering span's label, then the earliest, then the label name; O for none. */
    private static String naiveLabel(Token t, List<Annotation> spans) {
        Annotation best = null;
        for (Annotation a : spans) {
            if (a.start() < t.end() && t.start() < a.end()) {
                if (best == null
                        || a.length() < best.length()
                        || a.length() == best.length()
                                && (a.start() < best.start()
                                        || a.start() == best.start()
                                                && a.label().compareTo(best.label()) < 0)) {
                    best = a;
                }
            }
        }
        return best == null ? "O" : best.label();
    }

    private static Oracle unitizing(AnnotatedCorpus corpus, Layer layer, Measurement m, List<Article> articles) {
        List<String> raters;
        List<Article> continuum;
        if (m.doc().equals(Measurement.ALL)) {
            raters = corpus.annotators();
            continuum = articles.stream()
                    .filter(a -> corpus.present(a.id()).size() == raters.size())
                    .toList();
        } else {
            raters = corpus.present(m.doc());
            continuum = articles;
        }
        long length = continuum.stream().mapToLong(Article::length).sum();
        List<List<long[]>> spans = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        for (String r : raters) {
            spans.add(new ArrayList<>());
            labels.add(new ArrayList<>());
        }
        long offset = 0;
        for (Article a : continuum) {
            for (int r = 0; r < raters.size(); r++) {
                for (Annotation s :
                        corpus.set(a.id(), raters.get(r)).orElseThrow().inLayer(layer.name())) {
                    spans.get(r).add(new long[] {offset + s.start(), offset + s.end()});
                    labels.get(r).add(s.label());
                }
            }
            offset += a.length();
        }
        if (raters.size() < 2 || continuum.isEmpty()) {
            return new Oracle(Double.NaN, 0);
        }
        var study = Dkpro.unitizing(raters.size(), 0, length, spans, labels);
        long units = 0;
        for (var u : study.getUnits()) {
            if (m.label().equals(Measurement.ALL) || m.label().equals(u.getCategory())) {
                units++;
            }
        }
        double value = m.label().equals(Measurement.ALL)
                ? Dkpro.unitizingAlpha(study)
                : Dkpro.unitizingAlpha(study, m.label());
        return new Oracle(value, units);
    }

    static AnnotatedCorpus randomCorpus(Random random) {
        int articleCount = 1 + random.nextInt(4);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < articleCount; i++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(10) == 0 ? 0 : 3 + random.nextInt(40);
            for (int w = 0; w < words; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            articles.add(new Article("doc-" + i, text.length() == 0 ? " " : text.toString()));
        }
        int annotatorCount = 1 + random.nextInt(4);
        List<String> annotators = new ArrayList<>();
        for (int a = 0; a < annotatorCount; a++) {
            annotators.add("ann" + a);
        }
        Map<String, Map<String, AnnotationSet>> sets = new HashMap<>();
        for (Article article : articles) {
            Map<String, AnnotationSet> perAnnotator = new HashMap<>();
            for (String annotator : annotators) {
                int roll = random.nextInt(10);
                if (roll == 0) {
                    continue; // missing: no file
                }
                List<Annotation> spans = new ArrayList<>();
                if (roll > 1 && article.length() > 0) {
                    for (Layer layer : SCHEMA.layers()) {
                        List<Label> labels = layer.labels()
                                .subList(
                                        0,
                                        1
                                                + random.nextInt(Math.min(
                                                        3, layer.labels().size())));
                        int n = random.nextInt(7);
                        for (int s = 0; s < n; s++) {
                            Annotation span;
                            if (!spans.isEmpty() && random.nextInt(8) == 0) {
                                Annotation copy = spans.get(random.nextInt(spans.size()));
                                span = Annotation.span(
                                        layer.key() + (spans.size() + 1),
                                        copy.layer(),
                                        copy.label(),
                                        copy.start(),
                                        copy.end(),
                                        copy.text()); // a duplicate
                            } else {
                                int start = random.nextInt(article.length());
                                int end = Math.min(
                                        article.length(), start + 1 + random.nextInt(Math.min(25, article.length())));
                                String label = labels.get(random.nextInt(labels.size()))
                                        .name();
                                span = Annotation.span(
                                        layer.key() + (spans.size() + 1),
                                        layer.name(),
                                        label,
                                        start,
                                        end,
                                        article.slice(start, end));
                            }
                            spans.add(span);
                        }
                    }
                }
                perAnnotator.put(annotator, new AnnotationSet(article.id(), annotator, spans));
            }
            sets.put(article.id(), perAnnotator);
        }
        return new AnnotatedCorpus(SCHEMA, articles, annotators, sets);
    }

    /** Writes a corpus as a project: articles, annotator folders, one file per present set. */
    static Path write(Path project, AnnotatedCorpus corpus) throws Exception {
        TestData.project(project);
        for (Article a : corpus.articles()) {
            Files.writeString(project.resolve("articles").resolve(a.id() + ".txt"), a.text());
            for (String annotator : corpus.annotators()) {
                Path folder = project.resolve("annotators").resolve(annotator);
                Files.createDirectories(folder);
                var set = corpus.set(a.id(), annotator);
                if (set.isPresent()) {
                    Files.writeString(folder.resolve(a.id() + ".csv"), AnnotationCsv.format(set.get()));
                }
            }
        }
        return project;
    }
}
