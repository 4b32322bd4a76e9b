package org.newsmark.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.newsmark.io.ProjectFolder;
import org.newsmark.io.ProjectTransaction;
import org.newsmark.model.FormatException;
import org.newsmark.model.Shown;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The PROJECT argument of the commands that work on a project, and opening it. */
final class ProjectArgument {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path path;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * The project folder, after finishing (or undoing) a merge, adjudication or validate --fix
     * that a crash left unfinished, and removing the temporary files of killed saves; what was
     * done is said on standard error.
     *
     * @throws FormatException when the folder is not a project (the command then ends with its
     *                         problems and exit code 2)
     * @throws IOException     when an unfinished write cannot be finished
     */
    ProjectFolder open() throws FormatException, IOException {
        ProjectFolder project = ProjectFolder.open(path);
        ProjectTransaction.recover(project)
                .ifPresent(
                        note -> command.commandLine().getErr().println("newsmark: " + Shown.line(note, Shown.MESSAGE)));
        return project;
    }

    /** The project folder as it is, for validate, which reports an unfinished write instead of finishing it. */
    ProjectFolder openAsIs() throws FormatException {
        return ProjectFolder.open(path);
    }

    /** The folder as the user typed it, for messages such as "run 'newsmark validate PROJECT'". */
    @Override
    public String toString() {
        return Shown.escape(String.valueOf(path));
    }
}
