package org.newsmark.service;

import java.util.List;
import java.util.Optional;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Edit;
import org.newsmark.model.Edits;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;

/**
 * Labels of a whole article (a layer of scope {@code article}: genre, topic): stored as annotations
 * with start 0, end 0 and no text, as the README's format says; an article may carry several
 * labels of one such layer, and a label key toggles one.
 */
public final class ArticleLabels {
    private ArticleLabels() {}

    /** The labels the article has in the layer, in the order of the schema. */
    public static List<String> of(AnnotationSet set, Layer layer) {
        List<String> have =
                set.inLayer(layer.name()).stream().map(Annotation::label).toList();
        return layer.labels().stream().map(Label::name).filter(have::contains).toList();
    }

    /** The edit that gives the article the label, or takes it away when it has it already. */
    public static Edit toggle(AnnotationSet set, Layer layer, String label) {
        if (!layer.marksArticles() || layer.label(label).isEmpty()) {
            throw new IllegalArgumentException(layer.name() + " has no article label " + label);
        }
        Optional<Annotation> have = set.inLayer(layer.name()).stream()
                .filter(a -> a.label().equals(label))
                .findFirst();
        if (have.isPresent()) {
            return Edits.remove(have.get().id());
        }
        return Edits.add(Annotation.span(set.nextId(layer.idPrefix()), layer.name(), label, 0, 0, ""));
    }
}
