package org.newsmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.newsmark.io.FormatException;
import org.newsmark.io.ProjectFolder;

/** What every command does first: open the project folder, or say why it cannot. */
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
}
