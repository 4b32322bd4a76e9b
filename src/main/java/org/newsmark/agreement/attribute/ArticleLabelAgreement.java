package org.newsmark.agreement.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.Measurement;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;

/**
 * Agreement on a layer that labels whole articles (genre, topic): each article is an item, its
 * category for an annotator the set of labels they gave it ({@code NONE} when they gave none;
 * missing without a file). For all labels ({@code *}) the set is the category; for one label L, L or
 * {@code O}. Corpus values only: one article is one item.
 */
public final class ArticleLabelAgreement {
    /** The category of an article an annotator gave no label of the layer. */
    public static final String NONE = "NONE";

    private static final String NOT = "O";

    private final AnnotatedCorpus corpus;
    private final Layer layer;
    private final List<Measurement> out;

    public ArticleLabelAgreement(AnnotatedCorpus corpus, Layer layer, List<Measurement> out) {
        this.corpus = corpus;
        this.layer = layer;
        this.out = out;
    }

    public void measure() {
        List<String> annotators = corpus.annotators();
        List<CategoryStudies.Item> sets = new ArrayList<>();
        for (Article article : corpus.articles()) {
            String[] values = new String[annotators.size()];
            for (int r = 0; r < annotators.size(); r++) {
                if (corpus.has(article.id(), annotators.get(r))) {
                    TreeSet<String> labels = new TreeSet<>();
                    corpus.spans(article.id(), annotators.get(r), layer.name()).stream()
                            .map(Annotation::label)
                            .forEach(labels::add);
                    values[r] = labels.isEmpty() ? NONE : String.join("|", labels);
                }
            }
            sets.add(new CategoryStudies.Item(article.id(), values));
        }
        CategoryStudies.measure(layer.name(), Measurement.ALL, Measurement.ALL, annotators, null, sets, out);
        for (Label label : layer.labels()) {
            List<CategoryStudies.Item> binary = new ArrayList<>();
            for (CategoryStudies.Item item : sets) {
                String[] values = new String[annotators.size()];
                for (int r = 0; r < values.length; r++) {
                    String v = item.values()[r];
                    values[r] = v == null ? null : List.of(v.split("\\|")).contains(label.name()) ? label.name() : NOT;
                }
                binary.add(new CategoryStudies.Item(item.article(), values));
            }
            CategoryStudies.measure(layer.name(), label.name(), Measurement.ALL, annotators, null, binary, out);
        }
    }
}
