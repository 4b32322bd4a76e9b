package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which recommenders run for which layer and with what least score: the model of a project's
 * {@code suggest.csv}, one {@link RecommenderSetting} per row. A row switches a recommender's
 * suggestions in one layer: {@code ENTITY,quotes,false,0} keeps the quote recommender's quotes but
 * not the speaker mentions it proposes. A recommender runs when any of its rows is on or it has
 * none; a layer without a row for it keeps its suggestions whatever their score.
 */
public record SuggestionSettings(List<RecommenderSetting> rows) {
    /** The columns of {@code suggest.csv}, in order. */
    public static final List<String> CSV_COLUMNS = List.of("layer", "recommender", "enabled", "min_score");

    public SuggestionSettings {
        rows = List.copyOf(rows);
        Set<String> seen = new HashSet<>();
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
                new RecommenderSetting(Layers.ENTITY, NameCoreference.ID, true, 0.0),
                new RecommenderSetting(Layers.QUOTE, QuoteRecommender.ID, true, 0.0),
                new RecommenderSetting(Layers.EVENT, EventTriggerRecommender.ID, true, 0.5)));
    }

    /** The built-in recommenders and the layers each proposes annotations in (its own layer first). */
    public static Map<String, List<String>> recommenderLayers() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put(StringMatchRecommender.ID, List.of(Layers.ENTITY));
        out.put(NameFinderRecommender.ID, List.of(Layers.ENTITY));
        out.put(NameCoreference.ID, List.of(Layers.ENTITY));
        out.put(QuoteRecommender.ID, List.of(Layers.QUOTE, Layers.ENTITY));
        out.put(EventTriggerRecommender.ID, List.of(Layers.EVENT, Layers.ENTITY));
        return Collections.unmodifiableMap(out);
    }

    public Optional<RecommenderSetting> row(String layer, String recommender) {
        return rows.stream()
                .filter(r -> r.layer().equals(layer) && r.recommender().equals(recommender))
                .findFirst();
    }

    /** Whether the recommender runs: one of its rows is on, or it has none. */
    public boolean enabled(String recommender) {
        List<RecommenderSetting> own =
                rows.stream().filter(r -> r.recommender().equals(recommender)).toList();
        return own.isEmpty() || own.stream().anyMatch(RecommenderSetting::enabled);
    }

    /** Whether the recommender's suggestions in the layer are kept: its row says so, or it has none. */
    public boolean enabled(String layer, String recommender) {
        return row(layer, recommender).map(RecommenderSetting::enabled).orElse(true);
    }

    /** The least score of the recommender's suggestions in the layer (0 without a row). */
    public double minScore(String layer, String recommender) {
        return row(layer, recommender).map(RecommenderSetting::minScore).orElse(0.0);
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
