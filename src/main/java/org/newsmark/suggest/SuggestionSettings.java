package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which recommenders run for which layer and with what least score: the model of a project's
 * {@code suggest.csv}, one {@link RecommenderSetting} per row. A recommender without a row runs
 * with its default.
 */
public record SuggestionSettings(List<RecommenderSetting> rows) {
    /** The columns of {@code suggest.csv}, in order. */
    public static final List<String> CSV_COLUMNS = List.of("layer", "recommender", "enabled", "min_score");

    public SuggestionSettings {
        rows = List.copyOf(rows);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (RecommenderSetting r : rows) {
            if (!seen.add(r.layer() + "\0" + r.recommender())) {
                throw new IllegalArgumentException("recommender " + r.recommender() + " is set twice for " + r.layer());
            }
        }
    }

    /**
     * Every built-in recommender on. The least scores were chosen on the bundled gold (leave one
     * article out) so that entity and event suggestions keep a precision of about 0.8.
     */
    public static SuggestionSettings defaults() {
        return new SuggestionSettings(List.of(
                new RecommenderSetting(Layers.ENTITY, StringMatchRecommender.ID, true, 0.5),
                new RecommenderSetting(Layers.ENTITY, NameFinderRecommender.ID, true, 0.55),
                new RecommenderSetting(Layers.QUOTE, QuoteRecommender.ID, true, 0.0),
                new RecommenderSetting(Layers.EVENT, EventTriggerRecommender.ID, true, 0.5)));
    }

    public Optional<RecommenderSetting> row(String recommender) {
        return rows.stream().filter(r -> r.recommender().equals(recommender)).findFirst();
    }

    /** Whether the recommender runs: its row says so, or it has no row. */
    public boolean enabled(String recommender) {
        return row(recommender).map(RecommenderSetting::enabled).orElse(true);
    }

    public double minScore(String recommender) {
        return row(recommender).map(RecommenderSetting::minScore).orElse(0.0);
    }

    /** These settings with the row for the same layer and recommender replaced (or added). */
    public SuggestionSettings with(RecommenderSetting setting) {
        List<RecommenderSetting> out = new ArrayList<>();
        boolean replaced = false;
        for (RecommenderSetting r : rows) {
            if (r.layer().equals(setting.layer()) && r.recommender().equals(setting.recommender())) {
                out.add(setting);
                replaced = true;
            } else {
                out.add(r);
            }
        }
        if (!replaced) {
            out.add(setting);
        }
        return new SuggestionSettings(out);
    }

    /** These settings with only the named recommenders on (the others off). */
    public SuggestionSettings only(String... recommenders) {
        List<String> on = List.of(recommenders);
        List<RecommenderSetting> out = new ArrayList<>();
        for (RecommenderSetting r : rows) {
            out.add(new RecommenderSetting(r.layer(), r.recommender(), on.contains(r.recommender()), r.minScore()));
        }
        return new SuggestionSettings(out);
    }
}
