package org.newsmark.agreement.attribute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.newsmark.agreement.AgreementOptions;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.Dkpro;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.corpus.AgreementCalculator;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.Schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ArticleLabelAgreementTest {
    private static final List<String> GENRES = List.of("NEWS", "OPINION", "INTERVIEW");
    private static final Schema SCHEMA = new Schema(List.of(
            new Layer(
                    "GENRE",
                    "G",
                    GENRES.stream()
                            .map(g -> new Label(g, "" + (GENRES.indexOf(g) + 1), "#112233", ""))
                            .toList(),
                    List.of(),
                    List.of(),
                    Layer.Scope.ARTICLE),
            new Layer("ENTITY", "E", List.of(new Label("PERSON", "1", "#F4A261", "")), List.of())));

    @Test
    void articlesAreTheItemsAndTheValuesEqualDkpro() {
        Random random = new Random(77);
        List<String> annotators = List.of("a", "b", "c");
        List<Article> articles = new ArrayList<>();
        Map<String, Map<String, AnnotationSet>> sets = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
        List<String[]> newsRows = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            String doc = "d" + d;
            articles.add(new Article(doc, "Some text."));
            String truth = GENRES.get(random.nextInt(3));
            String[] row = new String[3];
            String[] news = new String[3];
            Map<String, AnnotationSet> perAnnotator = new HashMap<>();
            for (int r = 0; r < 3; r++) {
                if (d % 9 == r) {
                    continue; // no file: a missing value
                }
                String given = random.nextInt(4) == 0 ? GENRES.get(random.nextInt(3)) : truth;
                boolean none = random.nextInt(15) == 0;
                row[r] = none ? ArticleLabelAgreement.NONE : given;
                news[r] = !none && given.equals("NEWS") ? "NEWS" : "O";
                perAnnotator.put(
                        annotators.get(r),
                        new AnnotationSet(
                                doc,
                                annotators.get(r),
                                none ? List.of() : List.of(Annotation.span("G1", "GENRE", given, 0, 0, ""))));
            }
            rows.add(row);
            newsRows.add(news);
            sets.put(doc, perAnnotator);
        }
        AgreementReport report = AgreementCalculator.calculate(
                new AnnotatedCorpus(SCHEMA, articles, annotators, sets), AgreementOptions.all());
        List<String[]> complete = rows.stream()
                .filter(v -> v[0] != null && v[1] != null && v[2] != null)
                .toList();
        List<String[]> ab = rows.stream()
                .filter(v -> v[0] != null && v[1] != null)
                .map(v -> new String[] {v[0], v[1]})
                .toList();
        assertThat(value(report, "*", Measurement.COHEN_KAPPA, "a+b"))
                .isCloseTo(Dkpro.cohen(Dkpro.coding(2, ab)), within(1e-9));
        assertThat(value(report, "*", Measurement.FLEISS_KAPPA, "*"))
                .isCloseTo(Dkpro.fleiss(Dkpro.coding(3, complete)), within(1e-9));
        assertThat(value(report, "*", Measurement.KRIPPENDORFF_ALPHA, "*"))
                .isCloseTo(Dkpro.alpha(Dkpro.coding(3, rows)), within(1e-9));
        assertThat(value(report, "NEWS", Measurement.KRIPPENDORFF_ALPHA, "*"))
                .isCloseTo(Dkpro.alpha(Dkpro.coding(3, newsRows)), within(1e-9));
        Measurement alpha = report.find("GENRE", "*", Measurement.KRIPPENDORFF_ALPHA, "*", "*")
                .orElseThrow();
        assertThat(report.unitName(alpha)).isEqualTo("articles");
        // The span layer still gets its token measures; the article layer gets none of them.
        assertThat(report.find("GENRE", "*", Measurement.UNITIZING_ALPHA, "*", "*"))
                .isEmpty();
        assertThat(report.find("ENTITY", "*", Measurement.UNITIZING_ALPHA, "*", "*"))
                .isPresent();
    }

    private static double value(AgreementReport r, String label, String measure, String annotators) {
        return r.find("GENRE", label, measure, annotators, Measurement.ALL)
                .orElseThrow()
                .score()
                .value();
    }
}
