package org.newsmark.cli;

import java.nio.file.Path;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.FormatException;
import picocli.CommandLine.Parameters;

/** The PROJECT argument of the commands that work on a project, and opening it. */
final class ProjectArgument {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path path;

    /**
     * The project folder.
     *
     * @throws FormatException when the folder is not a project (the command then ends with its
     *                         problems and exit code 2)
     */
    ProjectFolder open() throws FormatException {
        return ProjectFolder.open(path);
    }

    /** The folder as the user typed it, for messages such as "run 'newsmark validate PROJECT'". */
    @Override
    public String toString() {
        return String.valueOf(path);
    }
}
