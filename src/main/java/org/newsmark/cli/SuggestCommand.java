package org.newsmark.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.newsmark.service.ProgressListener;
import org.newsmark.service.SuggestionFiles;
import org.newsmark.service.SuggestionService;
import org.newsmark.suggest.EvaluationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsmark suggest PROJECT ...}: suggestions written as an annotator's files, or measured on gold. */
@Command(
        name = "suggest",
        mixinStandardHelpOptions = true,
        description = {
            "Pre-annotate articles: the suggestions of the project's recommenders (quotes and speakers by",
            "rule, entities and events learned from gold and the annotator's own files) written as the",
            "annotator's files, every annotation with source=suggest. An existing file is never replaced",
            "without --force (exit code 1, nothing written).",
            "With --evaluate: leave one article out on gold, per layer and label, speakers, links and the",
            "learning curve."
        })
public final class SuggestCommand implements Callable<Integer> {
    /** The formats of the evaluation. */
    enum Format {
        table,
        csv
    }

    @Mixin
    ProjectArgument project = new ProjectArgument();

    @Option(
            names = "--annotator",
            paramLabel = "NAME",
            description = "Write the suggestions as this annotator's files.")
    String annotator;

    @Option(
            names = "--docs",
            split = ",",
            paramLabel = "DOC",
            description = "Articles, comma separated (default: every article without a file of the annotator).")
    List<String> docs = new ArrayList<>();

    @Option(
            names = "--layers",
            split = ",",
            paramLabel = "LAYER",
            description = "Only suggestions of these layers, with the mentions they link to (default: all).")
    List<String> layers = new ArrayList<>();

    @Option(names = "--force", description = "Replace the annotator's existing files of the chosen articles.")
    boolean force;

    @Option(names = "--evaluate", description = "Measure the suggestions on gold, leaving one article out.")
    boolean evaluate;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Of the evaluation: table (default) or csv.")
    Format format = Format.table;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (evaluate == (annotator != null)) {
            throw CommandFailure.usage("give --annotator NAME to write suggestions, or --evaluate to measure them");
        }
        if (evaluate && (!docs.isEmpty() || !layers.isEmpty() || force)) {
            throw CommandFailure.usage("--docs, --layers and --force go with --annotator, not with --evaluate");
        }
        try (SuggestionService service = new SuggestionService(project.open())) {
            if (evaluate) {
                EvaluationReport report = service.evaluate(ProgressListener.NONE);
                spec.commandLine().getOut().print(format == Format.csv ? report.csv() : report.table());
                return 0;
            }
            return write(service);
        }
    }

    private int write(SuggestionService service) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SuggestionFiles.Result result =
                new SuggestionFiles(service).write(new SuggestionFiles.Request(annotator, docs, layers, force));
        if (!result.existing().isEmpty()) {
            result.existing().forEach(f -> err.println(f + ": exists"));
            throw CommandFailure.failed(
                    result.existing().size() + (result.existing().size() == 1 ? " file exists" : " files exist")
                            + "; nothing written (--force replaces them)");
        }
        if (result.written().isEmpty()) {
            out.println("nothing to write: every article has a file of " + annotator
                    + " (name articles with --docs, and replace their files with --force)");
            return 0;
        }
        SuggestionService.Model model = result.model();
        model.skipped().forEach(p -> err.println("warning: " + p + " (not learned from)"));
        err.printf(
                Locale.ROOT,
                "trained on %d gold %s and %d of %s's own in %.1f s%n",
                model.goldArticles(),
                model.goldArticles() == 1 ? "article" : "articles",
                model.ownArticles(),
                annotator,
                model.took().toMillis() / 1000.0);
        int total = 0;
        for (SuggestionFiles.Written w : result.written()) {
            out.println("wrote " + w.file() + ": " + w.annotations() + " annotations (" + counts(w.perLayer()) + ")");
            total += w.annotations();
        }
        out.println(total + " suggested annotations in " + result.written().size()
                + (result.written().size() == 1 ? " file" : " files"));
        return 0;
    }

    private static String counts(Map<String, Integer> perLayer) {
        List<String> parts = new ArrayList<>();
        perLayer.forEach((layer, n) -> parts.add(layer + " " + n));
        return String.join(", ", parts);
    }
}
