package org.newsmark.suggest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Rebuilds the learned recommenders from annotated articles: the gold standard and the
 * annotator's own files. Pure computation on immutable data, so it can run on any thread (the
 * annotator runs it in the background); it stops with a {@link CancellationException} between
 * stages when its thread is interrupted.
 */
public final class SuggestionTrainer {
    /**
     * Iterations of the name finder's perceptron at most; on the bundled gold it stops earlier,
     * when its training accuracy no longer changes, and 20, 50 or 100 give the same scores.
     */
    public static final int NAME_FINDER_ITERATIONS = 30;

    private SuggestionTrainer() {}

    /**
     * Trains every learned recommender. One document per article id is used, the first given:
     * pass gold files before the annotator's own so that gold wins where both exist. A recommender
     * that the settings switch off is not trained (it proposes nothing).
     */
    public static TrainedRecommenders train(Collection<TrainingDocument> documents, SuggestionSettings settings) {
        return train(documents, settings, true);
    }

    /**
     * As above; {@code inParallel} false trains on the calling thread alone, for a caller that runs
     * in the background of a window and leaves the other processors to it (the name finder
     * otherwise learns on a thread of its own while the tables are counted).
     */
    public static TrainedRecommenders train(
            Collection<TrainingDocument> documents, SuggestionSettings settings, boolean inParallel) {
        long t0 = System.nanoTime();
        List<TrainingDocument> unique = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TrainingDocument d : documents) {
            if (seen.add(d.article().id())) {
                unique.add(d);
            }
        }
        List<Analyzed> analyzed = Analyzed.all(unique);
        checkInterrupted();
        List<Analyzed> none = List.of();
        // The name finder takes longest: in parallel it learns on another thread while the tables are counted here.
        Supplier<NameFinderRecommender> learnNames = () -> NameFinderRecommender.trainAnalyzed(
                settings.enabled(NameFinderRecommender.ID) ? analyzed : none, NAME_FINDER_ITERATIONS);
        CompletableFuture<NameFinderRecommender> names = inParallel
                ? CompletableFuture.supplyAsync(learnNames)
                : CompletableFuture.completedFuture(learnNames.get());
        StringMatchRecommender strings =
                StringMatchRecommender.trainAnalyzed(settings.enabled(StringMatchRecommender.ID) ? analyzed : none);
        EventTriggerRecommender triggers =
                EventTriggerRecommender.trainAnalyzed(settings.enabled(EventTriggerRecommender.ID) ? analyzed : none);
        try {
            NameFinderRecommender finder = names.get();
            checkInterrupted();
            return new TrainedRecommenders(
                    strings, finder, triggers, unique.size(), Duration.ofNanos(System.nanoTime() - t0));
        } catch (InterruptedException e) {
            names.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("training stopped");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
    }

    private static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("training stopped");
        }
    }
}
