package org.newsmark;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

import org.newsmark.cli.NewsmarkCommand;
import org.newsmark.service.GuiLauncher;
import picocli.CommandLine;

/**
 * The training run of the class-data-sharing archive that the build writes beside the jar
 * ({@code newsmark.jsa}, see {@link ColdStart}): runs {@code validate} and {@code agree} on a
 * project with their output discarded, so that the JVM started with
 * {@code -XX:ArchiveClassesAtExit} stores every class the two commands load, already parsed
 * and verified.
 */
public final class ClassArchive {
    private ClassArchive() {}

    public static void main(String[] args) {
        for (String command : List.of("validate", "agree")) {
            CommandLine cl = NewsmarkCommand.commandLine((project, annotator) -> {
                throw new GuiLauncher.UnavailableException("no annotator while the class archive is made");
            });
            cl.setOut(new PrintWriter(Writer.nullWriter()));
            cl.setErr(new PrintWriter(Writer.nullWriter()));
            cl.execute(command, args[0]);
        }
    }
}
