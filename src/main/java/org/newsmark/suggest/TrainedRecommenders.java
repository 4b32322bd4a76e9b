package org.newsmark.suggest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The learned recommenders of a project, as {@link SuggestionTrainer} built them, and how: from how
 * many articles and in what time. Immutable; {@link #suggester} combines them with the rule-based
 * quote recommender under given settings.
 */
public record TrainedRecommenders(
        StringMatchRecommender strings,
        NameFinderRecommender names,
        EventTriggerRecommender triggers,
        int articles,
        Duration took) {

    /** The engine with every recommender: entity strings, name finder, quotes, event triggers. */
    public Suggester suggester(SuggestionSettings settings) {
        List<Recommender> all = new ArrayList<>();
        all.add(strings);
        all.add(names);
        all.add(new QuoteRecommender());
        all.add(triggers);
        return new Suggester(all, settings);
    }
}
