package org.newsmark.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsmark.model.AnnotationSet;
import org.newsmark.report.ConflictList;
import org.newsmark.service.MergeService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsmark merge PROJECT --annotators a,b,c --out gold}: a gold standard built by vote. */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = {
            "Build a gold standard from several annotators by vote: a span goes in when at",
            "least K annotators marked it exactly (layer, label, start, end; default: a",
            "majority), a link when most of the span's annotators made it to a span in gold.",
            "Everything else is listed as a conflict. Existing files are kept unless --force."
        })
public final class MergeCommand implements Callable<Integer> {
    /** The formats of the conflict list. */
    enum Format {
        text,
        csv
    }

    @Mixin
    ProjectArgument project = new ProjectArgument();

    @Option(
            names = "--annotators",
            split = ",",
            required = true,
            paramLabel = "NAME",
            description = "The annotators to merge, comma separated (gold may be one of them).")
    List<String> annotators = new ArrayList<>();

    @Option(names = "--out", paramLabel = "NAME", description = "gold (default) or an annotator folder to write to.")
    String out = "gold";

    @Option(
            names = "--min-agree",
            paramLabel = "K",
            description = "Annotators who must mark a span exactly (default: a majority, floor(n/2)+1).")
    int minAgree;

    @Option(
            names = "--docs",
            split = ",",
            paramLabel = "DOC",
            description = "Articles (default: all that any of them has).")
    List<String> docs = new ArrayList<>();

    @Option(names = "--force", description = "Overwrite existing files of --out.")
    boolean force;

    @Option(names = "--dry-run", description = "List the conflicts, write nothing.")
    boolean dryRun;

    @Option(names = "--format", paramLabel = "FORMAT", description = "The conflicts as text (default) or csv.")
    Format format = Format.text;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        MergeService service = new MergeService(project.open());
        MergeService.Result result = service.merge(new MergeService.Request(annotators, out, minAgree, docs));
        CommandFailure.requireNone(
                result.problems(), "merging needs files without problems; run 'newsmark validate " + project + "'");
        PrintWriter err = spec.commandLine().getErr();
        boolean blocked = false;
        if (dryRun) {
            List<String> existing = service.existing(result);
            if (!existing.isEmpty() && !force) {
                blocked = true;
                // What the real run would do: refuse, and write nothing.
                err.println("newsmark merge: " + new MergeService.ExistingFilesException(existing).getMessage()
                        + "; a run without --dry-run would write nothing");
            }
        } else {
            try {
                service.write(result, force);
            } catch (MergeService.ExistingFilesException e) {
                throw CommandFailure.failed(e.getMessage() + "; nothing was written");
            }
        }
        int spans = result.merged().stream().mapToInt(AnnotationSet::size).sum();
        err.println((dryRun ? "would write " : "wrote ") + spans + " annotations to " + out + " for "
                + result.merged().size() + " articles (at least " + result.minAgree() + " of "
                + annotators.stream().distinct().count() + " annotators); "
                + result.conflicts().size() + " conflicts");
        spec.commandLine()
                .getOut()
                .print(
                        format == Format.csv
                                ? ConflictList.csv(result.conflicts())
                                : ConflictList.text(result.conflicts()));
        return blocked ? Failures.PROBLEMS : 0;
    }
}
