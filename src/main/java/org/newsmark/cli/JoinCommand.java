package org.newsmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newsmark.service.team.JoinService;
import org.newsmark.service.team.SyncProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmark join URL DIR --annotator NAME}: gets a shared project and records who works in it. */
@Command(
        name = "join",
        mixinStandardHelpOptions = true,
        description = {
            "Get a shared project into a new folder and record (in DIR/.newsmark/, never shared) who works",
            "in it: the annotator opens as that name, and sync commits as it."
        })
public final class JoinCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URL", description = "The project's remote, as the lead gave it.")
    String url;

    @Parameters(index = "1", paramLabel = "DIR", description = "A new (or empty) folder for the project.")
    Path dir;

    @Option(names = "--annotator", required = true, paramLabel = "NAME", description = "Your name in the team.")
    String annotator;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        JoinService.Result r = new JoinService().join(url, dir, annotator, SyncProgress.NONE);
        out.println("joined as " + r.annotator()
                + r.role().map(role -> " (" + role.word() + ")").orElse("") + ": " + r.articles() + " articles in "
                + r.project());
        r.warnings().forEach(w -> out.println("warning: " + w));
        out.println("Annotate with: newsmark gui " + r.project() + "   then share your work with: newsmark sync "
                + r.project());
        return 0;
    }
}
