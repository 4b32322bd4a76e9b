package org.newsmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsmark.agreement.AgreementReport;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.io.Problem;
import org.newsmark.io.ProjectFolder;
import org.newsmark.report.AgreementCsv;
import org.newsmark.report.AgreementTable;
import org.newsmark.service.AgreementService;
import org.newsmark.service.ProgressListener;
import org.newsmark.service.WorkbookService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsmark agree PROJECT ...}: inter-annotator agreement, every coefficient, with the units behind each value. */
@Command(name = "agree", mixinStandardHelpOptions = true,
        description = {"Measure how far annotators agree, per layer and label: observed agreement,",
                "Cohen's and Fleiss' kappa and Krippendorff's alpha on tokens, Krippendorff's",
                "unitizing alpha on spans, F1 with exact and overlap matching, speaker",
                "agreement and event argument F1. Every value says how many units it rests on.",
                "Exit code 1 if a file has problems (run 'newsmark validate' first)."})
public final class AgreeCommand implements Callable<Integer> {
    /** The formats of the report. */
    enum Format { table, csv }

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Mixin
    CorpusSelection selection = new CorpusSelection();

    @Option(names = "--by-doc", description = "Also give every value for each article.")
    boolean byDoc;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or csv.")
    Format format = Format.table;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Also write the agreement workbook (the same as newsmark export --xlsx).")
    Path xlsx;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProjectFolder folder = Commands.openProject(project, err);
        if (folder == null) {
            return NewsmarkCommand.USAGE;
        }
        AgreementService.Request request = selection.request(byDoc);
        AgreementService.Result result;
        try {
            // The project is read and checked once, for the report and for the workbook alike.
            AgreementService agreement = new AgreementService(folder);
            AgreementService.Loading loading = agreement.load(request);
            if (loading.corpus().isEmpty()) {
                result = new AgreementService.Result(java.util.Optional.empty(), loading.problems());
            } else {
                AnnotatedCorpus corpus = loading.corpus().get();
                AgreementReport report = agreement.measure(corpus, request);
                if (xlsx != null) {
                    // The workbook holds the corpus values, as export --xlsx writes them.
                    AgreementReport corpusReport = request.byDoc() ? agreement.measure(corpus,
                            selection.request(false)) : report;
                    new WorkbookService(folder).write(corpus, corpusReport, xlsx, ProgressListener.NONE);
                    err.println("wrote " + xlsx);
                }
                result = new AgreementService.Result(java.util.Optional.of(report), List.of());
            }
        } catch (AgreementService.BadRequestException e) {
            return Commands.fail(err, "newsmark agree: " + e.getMessage(), NewsmarkCommand.USAGE);
        } catch (IOException e) {
            return Commands.fail(err, "newsmark agree: cannot read the project: " + e.getMessage(),
                    NewsmarkCommand.PROBLEMS);
        }
        if (result.report().isEmpty()) {
            for (Problem p : result.problems()) {
                err.println(p);
            }
            return Commands.fail(err, "newsmark agree: agreement is only measured on files without problems;"
                    + " run 'newsmark validate " + project + "' (--fix moves spans whose text moved)", NewsmarkCommand.PROBLEMS);
        }
        AgreementReport report = result.report().get();
        out.print(format == Format.csv ? AgreementCsv.format(report) : AgreementTable.format(report));
        out.flush();
        return 0;
    }
}
