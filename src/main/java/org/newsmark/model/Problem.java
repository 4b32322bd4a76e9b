package org.newsmark.model;

import java.util.Comparator;

/**
 * A problem found in a project file: where (path relative to the project, 1-based line, 0 for
 * the whole file) and what. Printed as {@code path:line: error: message}, always on one line.
 */
public record Problem(String path, int line, Severity severity, String message) implements Comparable<Problem> {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public static Problem error(String path, int line, String message) {
        return new Problem(path, line, Severity.ERROR, message);
    }

    public static Problem warning(String path, int line, String message) {
        return new Problem(path, line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Problem o) {
        return ORDER.compare(this, o);
    }

    /** One line, whatever the path and the message hold: control characters escaped, the message cut. */
    @Override
    public String toString() {
        return Shown.line(path, Shown.MESSAGE) + ":" + line + ": " + severity.word() + ": "
                + Shown.line(message, Shown.MESSAGE);
    }
}
