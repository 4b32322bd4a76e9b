package org.newsmark.agreement.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.newsmark.agreement.AgreementOptions;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.attribute.ArticleLabelAgreement;
import org.newsmark.agreement.attribute.AttributeAgreement;
import org.newsmark.agreement.coding.TokenAgreement;
import org.newsmark.agreement.coref.CorefAgreement;
import org.newsmark.agreement.span.SpanAgreement;
import org.newsmark.agreement.unitizing.UnitizingAgreement;
import org.newsmark.model.Article;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.LinkRole;
import org.newsmark.model.WordTokenizer;

/**
 * Measures every agreement coefficient of a corpus: for each chosen layer, each of its labels and
 * all of them ({@code *}); token level (observed agreement, Cohen's and Fleiss' kappa,
 * Krippendorff's alpha), unitizing (Krippendorff's αU), span level (F1 with exact and overlap
 * matching) and links (agreement on one-target roles such as the speaker, F1 of event arguments);
 * for the corpus and, if asked, each article.
 */
public final class AgreementCalculator {
    private AgreementCalculator() {}

    public static AgreementReport calculate(AnnotatedCorpus corpus, AgreementOptions options) {
        List<Layer> layers = new ArrayList<>();
        for (Layer layer : corpus.schema().layers()) {
            if (options.layers().isEmpty() || options.layers().contains(layer.name())) {
                layers.add(layer);
            }
        }
        for (String name : options.layers()) {
            if (corpus.schema().layer(name).isEmpty()) {
                throw new IllegalArgumentException("no layer " + name + " (the schema has "
                        + corpus.schema().layerNames() + ")");
            }
        }
        List<Measurement> out = new ArrayList<>();
        Map<String, int[]> tokens = corpus.articles().parallelStream()
                .collect(Collectors.toMap(Article::id, a -> WordTokenizer.bounds(a.text())));
        List<Layer> spanLayers = layers.stream().filter(l -> !l.marksArticles()).toList();
        for (Layer layer : layers) {
            if (layer.marksArticles()) {
                new ArticleLabelAgreement(corpus, layer, out).measure();
                continue;
            }
            new TokenAgreement(corpus, layer, tokens, options.byDoc(), out).measure();
            new UnitizingAgreement(corpus, layer, options.byDoc(), out).measure();
            new AttributeAgreement(corpus, layer, options.byDoc(), out).measure();
        }
        new SpanAgreement(corpus, spanLayers, options.byDoc(), out).measure();
        for (Layer layer : spanLayers) {
            if (CorefAgreement.applies(layer)) {
                new CorefAgreement(corpus, layer, options.byDoc(), out).measure();
            }
        }
        out.sort(order(corpus, layers));
        Map<String, Integer> files = new LinkedHashMap<>();
        int all = 0;
        for (String annotator : corpus.annotators()) {
            files.put(annotator, (int) corpus.articles().stream()
                    .filter(a -> corpus.has(a.id(), annotator))
                    .count());
        }
        for (Article a : corpus.articles()) {
            if (!corpus.annotators().isEmpty()
                    && corpus.present(a.id()).size() == corpus.annotators().size()) {
                all++;
            }
        }
        return new AgreementReport(
                corpus.annotators(),
                corpus.articles().stream().map(Article::id).toList(),
                layers.stream().map(Layer::name).toList(),
                files,
                all,
                out,
                layers.stream().filter(Layer::marksArticles).map(Layer::name).collect(Collectors.toSet()));
    }

    /** Article ({@code *} first), layer and label in schema order ({@code *} first), measure, pairs then {@code *}. */
    static Comparator<Measurement> order(AnnotatedCorpus corpus, List<Layer> layers) {
        Map<String, Integer> docs =
                index(corpus.articles().stream().map(Article::id).toList());
        Map<String, Integer> layerIndex = new HashMap<>();
        Map<String, Integer> labelIndex = new HashMap<>();
        Map<String, Integer> measureIndex = new HashMap<>();
        for (String m : Measurement.ORDER) {
            measureIndex.put(m, measureIndex.size() * 100);
        }
        for (String m : CorefAgreement.MEASURES) {
            measureIndex.put(m, measureIndex.size() * 100);
        }
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            layerIndex.put(layer.name(), i);
            List<Label> labels = layer.labels();
            for (int j = 0; j < labels.size(); j++) {
                labelIndex.put(layer.name() + "\0" + labels.get(j).name(), j);
            }
            // Typed attributes after the labels, in schema order.
            for (int k = 0; k < layer.attributes().size(); k++) {
                labelIndex.put(
                        layer.name() + "\0" + Measurement.ATTRIBUTE_PREFIX
                                + layer.attributes().get(k).name(),
                        labels.size() + k);
            }
            int r = 1;
            for (LinkRole role : layer.roles()) {
                measureIndex.putIfAbsent(
                        role.name() + Measurement.ROLE_AGREEMENT_SUFFIX,
                        measureIndex.get(Measurement.F1_OVERLAP) + r++);
                measureIndex.putIfAbsent(
                        role.name() + Measurement.IDENTITY_SUFFIX, measureIndex.get(Measurement.F1_OVERLAP) + r++);
            }
        }
        Map<String, Integer> groups = new HashMap<>();
        List<String> annotators = corpus.annotators();
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++) {
                groups.put(Measurement.pair(annotators.get(i), annotators.get(j)), groups.size());
            }
        }
        return Comparator.<Measurement>comparingInt(m -> m.doc().equals(Measurement.ALL) ? -1 : docs.get(m.doc()))
                .thenComparingInt(m -> layerIndex.get(m.layer()))
                .thenComparingInt(m -> m.label().equals(Measurement.ALL)
                        ? -1
                        : labelIndex.getOrDefault(m.layer() + "\0" + m.label(), Integer.MAX_VALUE))
                .thenComparingInt(m -> measureIndex.getOrDefault(m.measure(), Integer.MAX_VALUE))
                .thenComparingInt(m -> m.annotators().equals(Measurement.ALL)
                        ? Integer.MAX_VALUE
                        : groups.getOrDefault(m.annotators(), Integer.MAX_VALUE - 1));
    }

    private static Map<String, Integer> index(List<String> names) {
        Map<String, Integer> out = new HashMap<>();
        for (String n : names) {
            out.put(n, out.size());
        }
        return out;
    }
}
