package org.newsmark.model;

import java.util.Comparator;

/**
 * A problem found in a project file: where (path relative to the project, 1-based line, 0 for
 * the whole file) and what. Printed as {@code path:line: error: message}.
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

    @Override
    public String toString() {
        return path + ":" + line + ": " + severity.word() + ": " + message;
    }
}
