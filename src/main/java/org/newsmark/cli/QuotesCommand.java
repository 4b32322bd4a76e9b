package org.newsmark.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.newsmark.report.QuoteSourcesTable;
import org.newsmark.service.QuotesService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsmark quotes PROJECT}: who is quoted, per speaker entity. */
@Command(
        name = "quotes",
        mixinStandardHelpOptions = true,
        description = {
            "Who is quoted: per speaker entity (its canonical name and label) the quotes of each kind,",
            "articles, words quoted and the first and last article date; totals per speaker label; the share",
            "of quotes without a named speaker. Speakers are identified through the coreference chains."
        })
public final class QuotesCommand implements Callable<Integer> {
    /** The formats of the table. */
    enum Format {
        table,
        csv
    }

    @Mixin
    ProjectArgument project = new ProjectArgument();

    @Option(names = "--annotator", paramLabel = "NAME|gold", description = "Whose quotes (default: gold).")
    String annotator;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or csv.")
    Format format = Format.table;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Also write the table as a workbook.")
    Path xlsx;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        QuotesService service = new QuotesService(project.open());
        QuotesService.Result result = service.sources(Optional.ofNullable(annotator));
        result.problems().forEach(p -> spec.commandLine().getErr().println("warning: " + p));
        if (xlsx != null) {
            service.writeWorkbook(result.report(), xlsx);
            spec.commandLine().getErr().println("wrote " + xlsx);
        }
        spec.commandLine()
                .getOut()
                .print(
                        format == Format.csv
                                ? QuoteSourcesTable.csv(result.report())
                                : QuoteSourcesTable.table(result.report()));
        return 0;
    }
}
