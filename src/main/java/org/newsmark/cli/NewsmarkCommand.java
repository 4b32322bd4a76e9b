package org.newsmark.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.newsmark.service.GuiLauncher;
import org.newsmark.service.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** The {@code newsmark} command: without a subcommand it opens the annotator on the bundled project. */
@Command(
        name = "newsmark",
        mixinStandardHelpOptions = true,
        versionProvider = NewsmarkCommand.VersionProvider.class,
        description = {
            "Annotate entities, quotes with their speakers and events with their participants in news articles;",
            "measure how far annotators agree; train annotators against a gold standard.",
            "",
            "Without a command, opens the annotator on the last project or ./annotations."
        },
        synopsisSubcommandLabel = "[COMMAND]",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done, nothing wrong",
            "  1  problems found (validate), or the command failed",
            "  2  usage error, or no display for the annotator"
        })
public final class NewsmarkCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    private final GuiLauncher launcher;

    public NewsmarkCommand(GuiLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        return GuiCommand.open(
                launcher, Optional.empty(), Optional.empty(), spec.commandLine().getErr());
    }

    /** The command line with every subcommand, exit codes and error handling set up. */
    public static CommandLine commandLine(GuiLauncher launcher) {
        CommandLine cl = new CommandLine(new NewsmarkCommand(launcher));
        cl.addSubcommand("gui", new GuiCommand(launcher));
        cl.addSubcommand("validate", new ValidateCommand());
        cl.addSubcommand("import", new ImportCommand());
        cl.addSubcommand("convert", new ConvertCommand());
        cl.addSubcommand("agree", new AgreeCommand());
        cl.addSubcommand("score", new ScoreCommand());
        cl.addSubcommand("merge", new MergeCommand());
        cl.addSubcommand("export", new ExportCommand());
        cl.addSubcommand("adjudicate", new AdjudicateCommand());
        cl.addSubcommand("search", new SearchCommand());
        cl.addSubcommand("check", new CheckCommand());
        cl.addSubcommand("quotes", new QuotesCommand());
        cl.addSubcommand("suggest", new SuggestCommand());
        cl.addSubcommand("share", new ShareCommand());
        cl.addSubcommand("join", new JoinCommand());
        cl.addSubcommand("sync", new SyncCommand());
        cl.addSubcommand("assign", new AssignCommand());
        cl.addSubcommand("status", new StatusCommand());
        Failures failures = new Failures();
        cl.setExecutionExceptionHandler(failures);
        cl.setExitCodeExceptionMapper(failures);
        // Every command's output reaches the terminal (or the pipe) whether it ends well or not.
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        cl.setExecutionStrategy(parseResult -> {
            try {
                return run.execute(parseResult);
            } finally {
                cl.getOut().flush();
                cl.getErr().flush();
            }
        });
        return cl;
    }

    /** Reads the version from the build. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsmark " + Version.get()};
        }
    }
}
