package org.newsmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;

import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;
import org.newsmark.model.Shown;
import org.newsmark.service.IoMessages;
import org.newsmark.service.team.TeamException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * How every command ends on an exception: what went wrong on standard error, and the exit code
 * (0 ok, 1 problems found or the command failed, 2 usage error or unreadable input). Commands
 * throw; nothing else in the command line catches.
 */
final class Failures implements IExecutionExceptionHandler, IExitCodeExceptionMapper {
    /** Exit code when problems were found or the command failed. */
    static final int PROBLEMS = 1;
    /** Exit code for a usage error or input that cannot be read. */
    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine line, ParseResult parseResult) {
        PrintWriter err = line.getErr();
        String who = line.getCommandSpec().qualifiedName();
        if (ex instanceof TeamException t) {
            err.println(who + ": " + t.getMessage());
        } else if (ex instanceof CommandFailure f) {
            f.problems().forEach(err::println);
            if (f.getMessage() != null && !f.getMessage().isEmpty()) {
                err.println(who + ": " + Shown.line(f.getMessage(), Shown.MESSAGE));
            }
        } else if (ex instanceof FormatException f) {
            for (Problem p : f.problems()) {
                err.println(p);
            }
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            IOException io = ex instanceof IOException e ? e : ((UncheckedIOException) ex).getCause();
            err.println(who + ": " + IoMessages.describe(io));
        } else if (ex instanceof IllegalArgumentException || ex instanceof CancellationException) {
            err.println(who + ": " + Shown.line(String.valueOf(ex.getMessage()), Shown.MESSAGE));
        } else {
            err.println(who + ": internal error: " + Shown.line(String.valueOf(ex), Shown.MESSAGE));
            ex.printStackTrace(err);
        }
        err.flush();
        return getExitCode(ex);
    }

    @Override
    public int getExitCode(Throwable ex) {
        if (ex instanceof CommandFailure f) {
            return f.exitCode();
        }
        if (ex instanceof TeamException t) {
            return t.kind() == TeamException.Kind.BAD_REQUEST ? USAGE : PROBLEMS;
        }
        if (ex instanceof FormatException
                || ex instanceof IllegalArgumentException
                || ex instanceof CommandLine.ParameterException) {
            return USAGE;
        }
        return PROBLEMS;
    }
}
