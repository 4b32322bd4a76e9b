package org.newsmark.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsmark.service.team.StatusService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsmark status PROJECT [--format table|csv] [--by-article]}: where each annotator stands, who is done with each article. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = {
            "Where each annotator stands on their articles (the assigned ones, or all) and who is done with",
            "each article, from the files of this folder (sync first to see the others' latest work)."
        })
public final class StatusCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format {
        table,
        csv
    }

    @Mixin
    ProjectArgument project = new ProjectArgument();

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default: both views) or csv (one view).")
    Format format = Format.table;

    @Option(
            names = "--by-article",
            description = "Only the per-article view (for csv: doc,assigned,done,in_progress,not_started).")
    boolean byArticle;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        StatusService.Result r = new StatusService().status(project.path);
        if (format == Format.csv) {
            if (byArticle) {
                out.println("doc,assigned,done,in_progress,not_started");
                r.articles()
                        .forEach(a -> out.println(a.doc() + "," + join(a.assigned()) + "," + join(a.done()) + ","
                                + join(a.inProgress()) + "," + join(a.notStarted())));
            } else {
                out.println("annotator,assigned,not_started,in_progress,done,last_sync");
                r.annotators()
                        .forEach(a -> out.println(a.annotator() + "," + a.assigned() + "," + a.notStarted() + ","
                                + a.inProgress() + "," + a.done() + "," + lastSync(a)));
            }
        } else {
            if (!byArticle) {
                out.println(String.format(
                        "%-16s %8s %11s %11s %6s  %s",
                        "annotator", "assigned", "not started", "in progress", "done", "last sync"));
                r.annotators()
                        .forEach(a -> out.println(String.format(
                                "%-16s %8d %11d %11d %6d  %s",
                                a.annotator(),
                                a.assigned(),
                                a.notStarted(),
                                a.inProgress(),
                                a.done(),
                                lastSync(a).isEmpty() ? "-" : lastSync(a))));
                out.println();
            }
            for (StatusService.ArticleRow a : r.articles()) {
                out.println(a.doc() + ": done " + list(a.done()) + "; in progress " + list(a.inProgress())
                        + "; not started " + list(a.notStarted()));
            }
        }
        return 0;
    }

    private static String lastSync(StatusService.AnnotatorRow a) {
        return a.lastSync()
                .map(t -> t.atOffset(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toInstant()
                        .toString())
                .orElse("");
    }

    /** Names inside one CSV field, joined by ';' as links and attributes are. */
    private static String join(List<String> names) {
        return String.join(";", names);
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "-" : String.join(", ", names);
    }
}
