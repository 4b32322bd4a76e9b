package org.newsmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsmark.model.Problem;
import org.newsmark.model.Shown;
import org.newsmark.report.workbook.AgreementWorkbook;
import org.newsmark.service.AgreementService;
import org.newsmark.service.WorkbookService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsmark export PROJECT --xlsx FILE | --csv FILE}: the agreement workbook, or all annotations in one CSV. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write the agreement-check workbook (--xlsx: Summary with live kappa formulas, Tokens, Spans",
            "aligned across annotators, Disagreements with a decision column for 'newsmark adjudicate',",
            "Confusion, Annotations), or every annotation of the chosen annotators in one CSV (--csv)."
        })
public final class ExportCommand implements Callable<Integer> {
    static final class Target {
        @Option(
                names = "--xlsx",
                paramLabel = "FILE",
                required = true,
                description = "Write the agreement workbook (- for standard output).")
        Path xlsx;

        @Option(
                names = "--csv",
                paramLabel = "FILE",
                required = true,
                description = "Write every annotation in one CSV with an annotator column (- for standard output).")
        Path csv;
    }

    @Mixin
    ProjectArgument project = new ProjectArgument();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Mixin
    CorpusSelection selection = new CorpusSelection();

    @Option(
            names = "--excel-safe",
            description = {
                "With --csv: put an apostrophe before values that start with",
                "= + - @, a tab or a carriage return, so spreadsheets show them as text instead of running them."
            })
    boolean excelSafe;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = Outputs.status(spec, target.xlsx, target.csv);
        AgreementService.Request request = selection.request(false);
        WorkbookService service = new WorkbookService(project.open());
        List<Problem> problems;
        if (target.xlsx != null) {
            WorkbookService.Export export = service.export(
                    request,
                    Outputs.of(target.xlsx),
                    new ProgressPrinter(spec.commandLine().getErr(), "export"));
            problems = export.problems();
            export.written()
                    .ifPresent(w -> out.println("wrote " + Shown.escape(target.xlsx.toString()) + ": " + w.spanRows()
                            + " aligned spans, " + w.disagreementRows() + " to decide (sheets "
                            + String.join(
                                    ", ",
                                    w.sheets().stream()
                                            .filter(s -> !s.equals(AgreementWorkbook.LISTS))
                                            .toList())
                            + ")"));
        } else {
            problems = service.exportCsv(request, Outputs.of(target.csv), excelSafe);
            if (problems.isEmpty()) {
                out.println("wrote " + Shown.escape(target.csv.toString()));
            }
        }
        CommandFailure.requireNone(
                problems, "only files without problems are exported; run 'newsmark validate " + project + "'");
        return 0;
    }
}
