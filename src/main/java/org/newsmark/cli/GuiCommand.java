package org.newsmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.newsmark.model.Names;
import org.newsmark.model.Shown;
import org.newsmark.service.GuiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmark gui [PROJECT] [--annotator NAME]}: opens the annotator. */
@Command(
        name = "gui",
        mixinStandardHelpOptions = true,
        description = "Open the annotator on a project (default: the last project, or ./annotations).")
public final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Option(
            names = "--annotator",
            paramLabel = "NAME",
            description = "Who annotates (otherwise asked once and remembered).")
    String annotator;

    @Option(names = "--adjudicate", description = "Edit the gold standard: the annotators' spans are listed to accept.")
    boolean adjudicate;

    @Spec
    CommandSpec spec;

    private final GuiLauncher launcher;

    public GuiCommand(GuiLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        if (adjudicate && annotator != null) {
            throw CommandFailure.usage("--adjudicate edits gold; it takes no --annotator");
        }
        Optional<String> who = adjudicate ? Optional.of(Names.GOLD) : Optional.ofNullable(annotator);
        return open(
                launcher, Optional.ofNullable(project), who, spec.commandLine().getErr());
    }

    static int open(GuiLauncher launcher, Optional<Path> project, Optional<String> annotator, PrintWriter err) {
        try {
            launcher.open(project, annotator);
            return 0;
        } catch (GuiLauncher.UnavailableException e) {
            String why = Shown.line(String.valueOf(e.getMessage()), Shown.MESSAGE);
            err.println("newsmark: cannot open the annotator: " + why);
            if (why.startsWith("no display")) {
                // Only then: another failure (a project that cannot be read) is not a matter of the display.
                err.println("The commands work without a display; see 'newsmark --help'.");
            }
            return Failures.USAGE;
        }
    }
}
