package org.newsmark.suggest;

import java.util.Locale;
import java.util.Objects;

/**
 * A proposed link from an annotation that already exists in the set: the {@code coref} link of a
 * name to the nearest earlier mention of the same name ("Peskov" after "Dmitry Peskov"), where the
 * annotator marked both and chained neither. Its target is an annotation or a suggestion of the
 * same batch. {@code key} names it within its batch, as a suggestion's key does.
 */
public record LinkSuggestion(String key, String annotationId, SuggestedLink link, String recommender, double score) {
    public LinkSuggestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(annotationId, "annotationId");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(recommender, "recommender");
    }

    public String role() {
        return link.role();
    }

    @Override
    public String toString() {
        return key + " " + annotationId + " " + link + " " + recommender + String.format(Locale.ROOT, " %.2f", score);
    }
}
