package org.newsmark.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.newsmark.agreement.bootstrap.BootstrapOptions;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.io.OutputFile;
import org.newsmark.model.Shown;
import org.newsmark.report.AgreementCsv;
import org.newsmark.report.AgreementTable;
import org.newsmark.report.SuggestedAnnotationsText;
import org.newsmark.service.AgreementService;
import org.newsmark.service.WorkbookService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsmark agree PROJECT ...}: inter-annotator agreement, every coefficient, with the units behind each value. */
@Command(
        name = "agree",
        mixinStandardHelpOptions = true,
        description = {
            "Measure how far annotators agree, per layer and label: observed agreement,",
            "Cohen's and Fleiss' kappa and Krippendorff's alpha on tokens, Krippendorff's",
            "unitizing alpha on spans, F1 with exact and overlap matching, speaker",
            "agreement and event argument F1. Every value says how many units it rests on;",
            "with --ci, also its bootstrap confidence interval.",
            "Exit code 1 if a file has problems (run 'newsmark validate' first)."
        })
public final class AgreeCommand implements Callable<Integer> {
    /** The formats of the report. */
    enum Format {
        table,
        csv
    }

    @Mixin
    ProjectArgument project = new ProjectArgument();

    @Mixin
    CorpusSelection selection = new CorpusSelection();

    @Option(names = "--by-doc", description = "Also give every value for each article.")
    boolean byDoc;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or csv.")
    Format format = Format.table;

    @Option(
            names = "--xlsx",
            paramLabel = "FILE",
            description =
                    "Also write the agreement workbook (the same as newsmark export --xlsx; - for standard output).")
    Path xlsx;

    @Option(
            names = "--ci",
            paramLabel = "LEVEL",
            description = {
                "Bootstrap confidence intervals of the corpus values"
                        + " at this level (0.95 for 95%%): articles resampled, Krippendorff's bootstrap for alpha."
            })
    Double ci;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed of the bootstrap's random numbers (default: " + BootstrapOptions.DEFAULT_SEED
                    + "); the same seed gives the same intervals.")
    Long seed;

    @Option(
            names = "--replicates",
            paramLabel = "R",
            description = "Bootstrap replicates (default: " + BootstrapOptions.DEFAULT_REPLICATES + ").")
    Integer replicates;

    @Option(
            names = "--exclude-suggested",
            description = "Measure on unaided work: leave out the annotations that came from"
                    + " accepted suggestions (source=suggest) and the links to them.")
    boolean excludeSuggested;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AgreementService.Request request =
                selection.request(byDoc).withConfidence(confidence()).excludingSuggested(excludeSuggested);
        AgreementService.Result result = new WorkbookService(project.open())
                .agreeInto(
                        request,
                        Optional.ofNullable(xlsx).map(Outputs::of),
                        new ProgressPrinter(spec.commandLine().getErr(), "agree --xlsx"));
        CommandFailure.requireNone(
                result.problems(),
                "agreement is only measured on files without problems;" + " run 'newsmark validate " + project
                        + "' (--fix moves spans whose text moved)");
        if (xlsx != null) {
            spec.commandLine().getErr().println("wrote " + Shown.escape(xlsx.toString()));
        }
        AgreementReport report = result.report().orElseThrow();
        if (xlsx != null && OutputFile.isStandardOutput(xlsx)) {
            return 0; // the workbook went to standard output: the report would spoil it
        }
        if (format == Format.csv) {
            String csv = AgreementCsv.format(report);
            spec.commandLine()
                    .getOut()
                    .print(csv
                            + SuggestedAnnotationsText.agreementCsv(
                                    result.suggested(), csv.startsWith(AgreementCsv.HEADER_WITH_INTERVALS)));
        } else {
            spec.commandLine()
                    .getOut()
                    .print(AgreementTable.format(report) + SuggestedAnnotationsText.table(result.suggested()));
        }
        return 0;
    }

    /** The bootstrap options, or null without --ci; --seed and --replicates need --ci. */
    private BootstrapOptions confidence() {
        if (ci == null) {
            if (seed != null || replicates != null) {
                throw CommandFailure.usage("--seed and --replicates go with --ci LEVEL");
            }
            return null;
        }
        try {
            return new BootstrapOptions(
                    ci,
                    replicates == null ? BootstrapOptions.DEFAULT_REPLICATES : replicates,
                    seed == null ? BootstrapOptions.DEFAULT_SEED : seed);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage(e.getMessage());
        }
    }
}
