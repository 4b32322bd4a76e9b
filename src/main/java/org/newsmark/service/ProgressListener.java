package org.newsmark.service;

/**
 * Told how far a long task has come; returns false to cancel it. Called on the thread that runs
 * the task (for the annotator, a background worker: hand the fraction to the event thread).
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that never cancels. */
    ProgressListener NONE = fraction -> true;

    /**
     * @param fraction how much is done, 0 to 1
     * @return true to go on, false to cancel (the task then throws {@link java.util.concurrent.CancellationException}
     *         and writes nothing)
     */
    boolean progress(double fraction);
}
