package org.newsmark.agreement.corpus;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsmark.agreement.Measurement;

/**
 * Every agreement value measured on a corpus, in a stable order (article, layer, label, measure,
 * annotators), with the coverage they rest on: which articles were chosen and how many of them
 * each annotator has a file for.
 */
public record AgreementReport(
        List<String> annotators,
        List<String> docs,
        List<String> layers,
        Map<String, Integer> filesPerAnnotator,
        int articlesAnnotatedByAll,
        List<Measurement> measurements,
        Set<String> articleLayers) {
    public AgreementReport {
        annotators = List.copyOf(annotators);
        docs = List.copyOf(docs);
        layers = List.copyOf(layers);
        filesPerAnnotator = Map.copyOf(filesPerAnnotator);
        measurements = List.copyOf(measurements);
        articleLayers = Set.copyOf(articleLayers);
    }

    /** A report without layers that label whole articles. */
    public AgreementReport(
            List<String> annotators,
            List<String> docs,
            List<String> layers,
            Map<String, Integer> filesPerAnnotator,
            int articlesAnnotatedByAll,
            List<Measurement> measurements) {
        this(annotators, docs, layers, filesPerAnnotator, articlesAnnotatedByAll, measurements, Set.of());
    }

    /**
     * What a value's units are, singular or plural: tokens, spans, matched pairs; matched spans for
     * a typed attribute ({@code @modality}); articles for a layer that labels whole articles.
     */
    public String unitName(Measurement m) {
        if (articleLayers.contains(m.layer())) {
            return m.units() == 1 ? "article" : "articles";
        }
        if (m.label().startsWith(Measurement.ATTRIBUTE_PREFIX)) {
            return m.units() == 1 ? "matched span" : "matched spans";
        }
        return Measurement.unitName(m.measure(), m.units());
    }

    /** The value of one measure for one layer, label, annotator group and article ({@code *} for all). */
    public Optional<Measurement> find(String layer, String label, String measure, String annotators, String doc) {
        return measurements.stream()
                .filter(m -> m.layer().equals(layer)
                        && m.label().equals(label)
                        && m.measure().equals(measure)
                        && m.annotators().equals(annotators)
                        && m.doc().equals(doc))
                .findFirst();
    }

    /** The corpus values ({@code doc = *}). */
    public List<Measurement> corpus() {
        return measurements.stream()
                .filter(m -> m.doc().equals(Measurement.ALL))
                .toList();
    }
}
