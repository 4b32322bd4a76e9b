package org.newsmark.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

import org.newsmark.service.ProgressListener;

/**
 * Progress of a long task on standard error: nothing for a task done within a few seconds, then
 * one line each time another tenth is done ({@code newsmark export: 40%}), which a terminal and a
 * log file both show well.
 */
final class ProgressPrinter implements ProgressListener {
    /** A task that ends sooner than this prints nothing. */
    static final long QUIET_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final String what;
    private final LongSupplier clock;
    private final long start;
    private int shown;

    ProgressPrinter(PrintWriter err, String what) {
        this(err, what, System::nanoTime);
    }

    ProgressPrinter(PrintWriter err, String what, LongSupplier clock) {
        this.err = err;
        this.what = what;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    @Override
    public boolean progress(double fraction) {
        int tenth = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 10);
        if (tenth > shown && clock.getAsLong() - start >= QUIET_NANOS) {
            shown = tenth;
            err.println("newsmark " + what + ": " + tenth * 10 + "%");
            err.flush();
        }
        return true;
    }
}
