package org.newsmark.suggest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Rebuilds the learned recommenders from annotated articles: the gold standard and the
 * annotator's own files. Pure computation on immutable data, so it can run on any thread (the
 * annotator runs it in the background); it stops with a {@link CancellationException} between
 * stages when its thread is interrupted.
 */
public final class SuggestionTrainer {
    /** Iterations of the name finder's maximum entropy training (GIS). */
    public static final int NAME_FINDER_ITERATIONS = 100;

    private SuggestionTrainer() {
    }

    /**
     * Trains every learned recommender. One document per article id is used, the first given:
     * pass gold files before the annotator's own so that gold wins where both exist. A recommender
     * that the settings switch off is not trained (it proposes nothing).
     */
    public static TrainedRecommenders train(Collection<TrainingDocument> documents, SuggestionSettings settings) {
        long t0 = System.nanoTime();
        List<TrainingDocument> unique = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TrainingDocument d : documents) {
            if (seen.add(d.article().id())) {
                unique.add(d);
            }
        }
        List<TrainingDocument> none = List.of();
        StringMatchRecommender strings = StringMatchRecommender.train(
                settings.enabled(StringMatchRecommender.ID) ? unique : none);
        checkInterrupted();
        EventTriggerRecommender triggers = EventTriggerRecommender.train(
                settings.enabled(EventTriggerRecommender.ID) ? unique : none);
        checkInterrupted();
        NameFinderRecommender names = NameFinderRecommender.train(
                settings.enabled(NameFinderRecommender.ID) ? unique : none, NAME_FINDER_ITERATIONS);
        checkInterrupted();
        return new TrainedRecommenders(strings, names, triggers, unique.size(), Duration.ofNanos(System.nanoTime() - t0));
    }

    private static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("training stopped");
        }
    }
}
