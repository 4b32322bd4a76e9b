package org.newsmark.agreement.attribute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
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
import org.newsmark.model.AttributeDef;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.Schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AttributeAgreementTest {
    private static final List<String> MODALITIES = List.of("asserted", "negated", "future");
    private static final Schema SCHEMA = new Schema(List.of(new Layer(
            "EVENT",
            "V",
            List.of(new Label("ATTACK", "1", "#D00000", ""), new Label("OTHER", "2", "#ADB5BD", "")),
            List.of(),
            List.of(new AttributeDef("modality", "O", MODALITIES, false, "")),
            Layer.Scope.SPAN)));

    private static Annotation event(int i, String label, String modality) {
        // Every event is a one-letter span at 2i; asserted is also given by leaving the attribute out.
        Map<String, String> attributes =
                modality.equals("asserted") && i % 2 == 0 ? Map.of() : Map.of("modality", modality);
        return new Annotation("V" + i, "EVENT", label, 2 * i, 2 * i + 1, "x", List.of(), attributes, "");
    }

    private static AgreementReport report(
            List<Article> articles, List<String> annotators, Map<String, Map<String, AnnotationSet>> sets) {
        return AgreementCalculator.calculate(
                new AnnotatedCorpus(SCHEMA, articles, annotators, sets), AgreementOptions.all());
    }

    private static double value(AgreementReport r, String measure, String annotators) {
        return r.find("EVENT", "@modality", measure, annotators, Measurement.ALL)
                .orElseThrow()
                .score()
                .value();
    }

    /**
     * The Wikipedia worked example of Cohen's kappa (20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no: p_o
     * 0.7, p_e 0.5, kappa 0.4), as the modality of 50 events two annotators marked alike.
     */
    @Test
    void wikipediaKappaExampleOnTheModalityOfMatchedEvents() {
        String text = "x ".repeat(60);
        Article article = new Article("d", text);
        List<Annotation> a = new ArrayList<>();
        List<Annotation> b = new ArrayList<>();
        int[][] cells = {{20, 0, 0}, {5, 0, 1}, {10, 1, 0}, {15, 1, 1}};
        int i = 0;
        for (int[] cell : cells) {
            for (int k = 0; k < cell[0]; k++, i++) {
                a.add(event(i, "ATTACK", cell[1] == 0 ? "asserted" : "negated"));
                b.add(event(i, "ATTACK", cell[2] == 0 ? "asserted" : "negated"));
            }
        }
        // Spans only one of them marked, or marked with another label, are not items.
        a.add(event(55, "ATTACK", "future"));
        b.add(event(56, "OTHER", "future"));
        AgreementReport r = report(
                List.of(article),
                List.of("ana", "ben"),
                Map.of("d", Map.of("ana", new AnnotationSet("d", "ana", a), "ben", new AnnotationSet("d", "ben", b))));
        assertThat(value(r, Measurement.COHEN_KAPPA, "ana+ben")).isCloseTo(0.4, within(1e-12));
        assertThat(value(r, Measurement.OBSERVED_AGREEMENT, "ana+ben")).isCloseTo(0.7, within(1e-12));
        Measurement kappa = r.find("EVENT", "@modality", Measurement.COHEN_KAPPA, "ana+ben", Measurement.ALL)
                .orElseThrow();
        assertThat(kappa.units()).isEqualTo(50);
        assertThat(r.unitName(kappa)).isEqualTo("matched spans");
    }

    /** Random studies of three annotators against DKPro Statistics, which gets the item table directly. */
    @RepeatedTest(20)
    void equalsDkproOnRandomStudies(RepetitionInfo rep) {
        Random random = new Random(9100 + rep.getCurrentRepetition());
        List<String> annotators = List.of("a", "b", "c");
        List<Article> articles = new ArrayList<>();
        Map<String, Map<String, AnnotationSet>> sets = new HashMap<>();
        // What each annotator gave each matched span, as DKPro will see it: null where not marked.
        Map<String, String[]> table = new LinkedHashMap<>();
        for (int d = 0; d < 4; d++) {
            String doc = "d" + d;
            articles.add(new Article(doc, "x ".repeat(40)));
            Map<String, AnnotationSet> perAnnotator = new HashMap<>();
            for (int r = 0; r < 3; r++) {
                if (random.nextInt(8) == 0) {
                    continue;
                }
                List<Annotation> events = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    if (random.nextInt(4) == 0) {
                        continue;
                    }
                    String label = random.nextInt(5) == 0 ? "OTHER" : "ATTACK";
                    String modality = MODALITIES.get(random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2));
                    events.add(event(i, label, modality));
                    table.computeIfAbsent(doc + " " + label + " " + i, k -> new String[3])[r] = modality;
                }
                perAnnotator.put(annotators.get(r), new AnnotationSet(doc, annotators.get(r), events));
            }
            sets.put(doc, perAnnotator);
        }
        AgreementReport report = report(articles, annotators, sets);
        List<String[]> all = new ArrayList<>(table.values());
        List<String[]> complete = all.stream()
                .filter(v -> v[0] != null && v[1] != null && v[2] != null)
                .toList();
        List<String[]> pairable = all.stream()
                .filter(v -> (v[0] != null ? 1 : 0) + (v[1] != null ? 1 : 0) + (v[2] != null ? 1 : 0) >= 2)
                .toList();
        List<String[]> ab = all.stream()
                .filter(v -> v[0] != null && v[1] != null)
                .map(v -> new String[] {v[0], v[1]})
                .toList();
        assertThat(value(report, Measurement.COHEN_KAPPA, "a+b"))
                .isCloseTo(Dkpro.cohen(Dkpro.coding(2, ab)), within(1e-9));
        assertThat(value(report, Measurement.FLEISS_KAPPA, "*"))
                .isCloseTo(Dkpro.fleiss(Dkpro.coding(3, complete)), within(1e-9));
        assertThat(value(report, Measurement.KRIPPENDORFF_ALPHA, "*"))
                .isCloseTo(Dkpro.alpha(Dkpro.coding(3, pairable)), within(1e-9));
    }
}
