package org.newsmark.suggest;

import java.util.Objects;

import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;

/** An article with a set of annotations to learn from: a gold file or an annotator's own file. */
public record TrainingDocument(Article article, AnnotationSet annotations) {
    public TrainingDocument {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(annotations, "annotations");
    }
}
