package org.newsmark.agreement.attribute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.Measurement;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.AttributeDef;
import org.newsmark.model.Layer;

/**
 * Agreement on the typed attributes of a layer ({@code EVENT @modality}): over the spans that
 * annotators marked alike (same layer, label, start and end), how far they agree on the
 * attribute's value, a missing attribute counting as its default. Rows have the label
 * {@code @NAME}; measures as {@link CategoryStudies} computes them, units the matched spans.
 */
public final class AttributeAgreement {
    private final AnnotatedCorpus corpus;
    private final Layer layer;
    private final boolean byDoc;
    private final List<Measurement> out;

    public AttributeAgreement(AnnotatedCorpus corpus, Layer layer, boolean byDoc, List<Measurement> out) {
        this.corpus = corpus;
        this.layer = layer;
        this.byDoc = byDoc;
        this.out = out;
    }

    public void measure() {
        for (AttributeDef attribute : layer.attributes()) {
            String label = Measurement.ATTRIBUTE_PREFIX + attribute.name();
            List<CategoryStudies.Item> all = new ArrayList<>();
            Map<String, List<CategoryStudies.Item>> perDoc = new LinkedHashMap<>();
            for (Article article : corpus.articles()) {
                List<CategoryStudies.Item> items = items(article, attribute);
                all.addAll(items);
                perDoc.put(article.id(), items);
            }
            CategoryStudies.measure(layer.name(), label, Measurement.ALL, corpus.annotators(), null, all, out);
            if (byDoc) {
                perDoc.forEach((doc, items) -> CategoryStudies.measure(
                        layer.name(), label, doc, corpus.annotators(), corpus.present(doc), items, out));
            }
        }
    }

    /** One item per span (layer, label, start, end) that at least one annotator marked. */
    private List<CategoryStudies.Item> items(Article article, AttributeDef attribute) {
        List<String> annotators = corpus.annotators();
        Map<List<Object>, String[]> spans = new LinkedHashMap<>();
        for (int r = 0; r < annotators.size(); r++) {
            Map<List<Object>, Boolean> seen = new HashMap<>();
            for (Annotation a : corpus.spans(article.id(), annotators.get(r), layer.name())) {
                List<Object> key = List.of(a.label(), a.start(), a.end());
                if (seen.putIfAbsent(key, true) != null) {
                    continue;
                }
                spans.computeIfAbsent(key, k -> new String[annotators.size()])[r] = value(attribute, a);
            }
        }
        List<CategoryStudies.Item> out = new ArrayList<>();
        spans.values().forEach(v -> out.add(new CategoryStudies.Item(article.id(), v)));
        return out;
    }

    /** The value an annotation has (its default when absent); several values in sorted order. */
    static String value(AttributeDef attribute, Annotation a) {
        String v = attribute.valueOf(a);
        if (!attribute.many()) {
            return v;
        }
        return String.join(AttributeDef.SEPARATOR, new TreeSet<>(attribute.split(v)));
    }
}
