package org.newsmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.newsmark.io.FormatException;
import org.newsmark.io.ProjectFolder;

/** What every command does first: open the project folder, or say why it cannot; and how it stops on an error. */
final class Commands {
    private Commands() {
    }

    /** The project, or null after printing why the folder is not one (a usage error). */
    static ProjectFolder openProject(Path project, PrintWriter err) {
        try {
            return ProjectFolder.open(project);
        } catch (FormatException e) {
            e.problems().forEach(err::println);
            err.flush();
            return null;
        }
    }

    /** Prints {@code message} on standard error and returns {@code code}, the command's exit code. */
    static int fail(PrintWriter err, String message, int code) {
        err.println(message);
        err.flush();
        return code;
    }
}
