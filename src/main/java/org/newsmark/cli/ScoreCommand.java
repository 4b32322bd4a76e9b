package org.newsmark.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsmark.io.OutputFile;
import org.newsmark.report.ScorecardCsv;
import org.newsmark.report.ScorecardTable;
import org.newsmark.report.SuggestedAnnotationsText;
import org.newsmark.service.ScoringService;
import org.newsmark.training.Scorecard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsmark score PROJECT --annotator NAME ...}: a trainee scored against gold or another annotator. */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Score an annotator against the gold standard or another annotator: precision,",
            "recall and F1 per layer and label (exact and overlap), speaker accuracy, argument",
            "F1, Cohen's kappa and unitizing alpha; then every error, classified, with its",
            "context, what the reference has, a hint and the guideline section that decides it.",
            "Exit code 1 if a file has problems (run 'newsmark validate' first)."
        })
public final class ScoreCommand implements Callable<Integer> {
    /** The formats of the scorecard. */
    enum Format {
        table,
        csv
    }

    @Mixin
    ProjectArgument project = new ProjectArgument();

    @Option(names = "--annotator", required = true, paramLabel = "NAME", description = "The annotator to score.")
    String annotator;

    @Option(names = "--against", paramLabel = "NAME", description = "gold (default) or another annotator.")
    String against = "gold";

    @Option(
            names = "--docs",
            split = ",",
            paramLabel = "DOC",
            description = "Articles to score, comma separated (default: all that both have a file for).")
    List<String> docs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or csv.")
    Format format = Format.table;

    @Option(
            names = "--xlsx",
            paramLabel = "FILE",
            description =
                    "Also write the scorecard as an Excel workbook (Scores, Agreement, Errors; - for standard output).")
    Path xlsx;

    @Option(
            names = "--exclude-suggested",
            description = "Score unaided work: leave out the annotator's annotations that"
                    + " came from accepted suggestions (source=suggest), the reference's annotations they overlap in the same"
                    + " layer, and the links to them.")
    boolean excludeSuggested;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ScoringService service = new ScoringService(project.open());
        if (xlsx != null) {
            service.checkOutput(Outputs.of(xlsx));
        }
        ScoringService.Result result =
                service.run(new ScoringService.Request(annotator, against, docs, excludeSuggested));
        CommandFailure.requireNone(
                result.problems(), "scoring needs files without problems; run 'newsmark validate " + project + "'");
        Scorecard card = result.scorecard().orElseThrow();
        if (xlsx != null) {
            service.writeWorkbook(card, Outputs.of(xlsx));
            if (OutputFile.isStandardOutput(xlsx)) {
                return 0; // the workbook went to standard output: the table would spoil it
            }
        }
        spec.commandLine()
                .getOut()
                .print(
                        format == Format.csv
                                ? ScorecardCsv.format(card) + SuggestedAnnotationsText.scorecardCsv(result.suggested())
                                : ScorecardTable.format(card) + SuggestedAnnotationsText.table(result.suggested()));
        return 0;
    }
}
