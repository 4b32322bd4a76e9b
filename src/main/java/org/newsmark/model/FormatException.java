package org.newsmark.model;

import java.util.List;

/** A project file that cannot be used, with the problems that say where and why. */
public class FormatException extends Exception {
    private final List<Problem> problems;

    public FormatException(List<Problem> problems) {
        super(
                problems.isEmpty()
                        ? "unreadable file"
                        : problems.get(0).toString()
                                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public FormatException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
