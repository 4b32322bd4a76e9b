package org.newsmark.service.team;

/**
 * Told where a share, join or sync stands, on the thread that runs it (for the annotator, a
 * background worker: hand it to the event thread). Returning false asks to stop at the next point
 * where stopping leaves the clone whole (before the network is used, or between attempts); the
 * operation then ends with {@link java.util.concurrent.CancellationException}.
 */
@FunctionalInterface
public interface SyncProgress {
    /** A listener that only lets things run. */
    SyncProgress NONE = (stage, fraction) -> true;

    /** The steps of a sync, in order (a share or join uses some of them). */
    enum Stage {
        REPAIRING("repairing what an interrupted sync left"),
        COMMITTING("committing your changes"),
        FETCHING("fetching"),
        CHECKING("checking what came in"),
        MERGING("merging"),
        UPDATING_FILES("updating files"),
        PUSHING("pushing"),
        DONE("done");

        private final String text;

        Stage(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * @param stage where the operation is
     * @param fraction how much of this stage is done, 0 to 1
     * @return true to go on
     */
    boolean stage(Stage stage, double fraction);
}
