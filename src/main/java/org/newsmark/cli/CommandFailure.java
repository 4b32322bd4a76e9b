package org.newsmark.cli;

import java.util.List;

import org.newsmark.model.Problem;

/**
 * Ends a command with an exit code: the problems behind it, then one line "newsmark COMMAND:
 * message" on standard error. Thrown by a command, printed by {@link Failures}.
 */
final class CommandFailure extends RuntimeException {
    private final int exitCode;
    private final transient List<Problem> problems;

    private CommandFailure(int exitCode, String message, List<Problem> problems) {
        super(message);
        this.exitCode = exitCode;
        this.problems = List.copyOf(problems);
    }

    /** A usage error (exit code 2). */
    static CommandFailure usage(String message) {
        return new CommandFailure(Failures.USAGE, message, List.of());
    }

    /** The command failed or found problems (exit code 1). */
    static CommandFailure failed(String message) {
        return new CommandFailure(Failures.PROBLEMS, message, List.of());
    }

    /** Files with problems kept the command from doing its work (exit code 1). */
    static CommandFailure problems(List<Problem> problems, String message) {
        return new CommandFailure(Failures.PROBLEMS, message, problems);
    }

    /** Fails with the problems when there are any. */
    static void requireNone(List<Problem> problems, String message) {
        if (!problems.isEmpty()) {
            throw problems(problems, message);
        }
    }

    int exitCode() {
        return exitCode;
    }

    List<Problem> problems() {
        return problems;
    }
}
