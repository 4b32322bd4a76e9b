package org.newsmark.model;

import java.util.Objects;

/** One article with one annotator's annotations of it, as corpus-wide searches and checks read it. */
public record AnnotatedArticle(Article article, AnnotationSet set) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(set, "set");
    }

    public String doc() {
        return article.id();
    }
}
