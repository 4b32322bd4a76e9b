package org.newsmark.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.newsmark.consistency.CorpusSearch;
import org.newsmark.report.ConsistencyReports;
import org.newsmark.service.ConsistencyService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmark search PROJECT TEXT}: every occurrence in every article, in context, with its annotations. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Find a text (or a regular expression) in every article of the project: one line per hit",
            "with its offsets (code points), context and the annotator's annotations that overlap it.",
            "--layer/--label keep the hits inside such annotations; --unannotated the hits outside them."
        })
public final class SearchCommand implements Callable<Integer> {
    /** The formats of the hit list. */
    enum Format {
        table,
        csv
    }

    @Mixin
    ProjectArgument project = new ProjectArgument();

    @Parameters(index = "1", paramLabel = "TEXT", description = "What to look for.")
    String text;

    @Option(names = "--regex", description = "TEXT is a Java regular expression.")
    boolean regex;

    @Option(names = "--whole-word", description = "Only hits that are whole words (not inside a longer word).")
    boolean wholeWord;

    @Option(names = "--ignore-case", description = "Upper and lower case match each other.")
    boolean ignoreCase;

    @Option(names = "--annotator", paramLabel = "NAME|gold", description = "Whose annotations to show and filter by.")
    String annotator;

    @Option(
            names = "--layer",
            paramLabel = "LAYER",
            description = "Only hits that an annotation of this layer overlaps.")
    String layer;

    @Option(
            names = "--label",
            paramLabel = "LABEL",
            description = "Only hits that an annotation with this label overlaps.")
    String label;

    @Option(
            names = "--unannotated",
            description = "Only hits that no annotation (of --layer/--label, if given) overlaps.")
    boolean unannotated;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or csv.")
    Format format = Format.table;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CorpusSearch.Query query =
                new CorpusSearch.Query(text, regex, wholeWord, ignoreCase, layer, label, unannotated);
        ConsistencyService.SearchResult result =
                new ConsistencyService(project.open()).search(query, Optional.ofNullable(annotator));
        result.problems().forEach(p -> spec.commandLine().getErr().println("warning: " + p));
        spec.commandLine()
                .getOut()
                .print(
                        format == Format.csv
                                ? ConsistencyReports.searchCsv(result.hits())
                                : ConsistencyReports.searchTable(result.hits()));
        return 0;
    }
}
