package org.newsmark.suggest;

import java.util.Objects;

/**
 * Whether one recommender runs for a layer, and the least score of the suggestions it keeps (a row
 * of the project's {@code suggest.csv}: {@code layer,recommender,enabled,min_score}).
 */
public record RecommenderSetting(String layer, String recommender, boolean enabled, double minScore) {
    public RecommenderSetting {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(recommender, "recommender");
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException(
                    "min_score of " + recommender + " must be between 0 and 1, not " + minScore);
        }
    }
}
