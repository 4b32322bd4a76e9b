package org.newsmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.newsmark.io.imports.CsvCorpusImport;
import org.newsmark.io.imports.ImportFormat;
import org.newsmark.model.Problem;
import org.newsmark.model.Shown;
import org.newsmark.service.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmark import PROJECT FILE|FOLDER...}: adds articles (and brat annotations). */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Add articles: plain text (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252;"
                    + " CRLF and CR become LF), Word .docx, web pages saved as .html, CSV corpora (one article per row),"
                    + " brat documents (.txt + .ann, with --format brat --annotator NAME), or CoNLL-2012 coreference files"
                    + " (mentions and chains, with --format conll2012 --annotator NAME).",
            "A folder imports every supported file in it (not its subfolders). The document id is the file"
                    + " name (or the CSV id) made safe and unique. Exit code 1 if anything was skipped."
        })
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    ProjectArgument project = new ProjectArgument();

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE|FOLDER", description = "Files or folders to add.")
    List<Path> files;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "auto",
            description = "auto (by extension: .txt .docx .html/.htm .csv), txt, docx, html, csv, brat or conll2012."
                    + " Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(
            names = "--id-column",
            paramLabel = "NAME",
            defaultValue = "id",
            description = "CSV: the column with the article id (optional in the file). Default: ${DEFAULT-VALUE}.")
    String idColumn;

    @Option(
            names = "--title-column",
            paramLabel = "NAME",
            defaultValue = "title",
            description =
                    "CSV: the column with the title, which becomes the first line (optional). Default: ${DEFAULT-VALUE}.")
    String titleColumn;

    @Option(
            names = "--text-column",
            paramLabel = "NAME",
            defaultValue = "text",
            description = "CSV: the column with the article text. Default: ${DEFAULT-VALUE}.")
    String textColumn;

    @Option(
            names = "--annotator",
            paramLabel = "NAME|gold",
            description = "brat, conll2012: who the imported annotations belong to (an annotator, or gold).")
    String annotator;

    @Option(
            names = "--mapping",
            paramLabel = "FILE",
            description = "brat: a CSV file brat_type,layer,label mapping brat types (and relation or argument"
                    + " roles) onto the schema; without it types map by name. conll2012: the same file maps"
                    + " named-entity (or GUM entity) types onto ENTITY labels.")
    Path mapping;

    @Option(
            names = "--label",
            paramLabel = "LABEL",
            description = "conll2012: the ENTITY label of mentions whose entity has no type that maps onto a label."
                    + " Default: the ENTITY layer's first label.")
    String label;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ImportFormat chosen;
        try {
            chosen = ImportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage(
                    "unknown format \"" + format + "\"; use auto, txt, docx, html, csv, brat or conll2012");
        }
        boolean annotated = chosen == ImportFormat.BRAT || chosen == ImportFormat.CONLL2012;
        if (annotated && annotator == null) {
            throw CommandFailure.usage("--format " + chosen.word() + " needs --annotator NAME (or gold):"
                    + " whose annotations are they?");
        }
        if (!annotated && (annotator != null || mapping != null)) {
            throw CommandFailure.usage("--annotator and --mapping are for --format brat and --format conll2012");
        }
        if (chosen != ImportFormat.CONLL2012 && label != null) {
            throw CommandFailure.usage("--label is for --format conll2012");
        }
        ImportService.Options options = ImportService.Options.DEFAULT
                .withFormat(chosen)
                .withColumns(new CsvCorpusImport.Columns(idColumn, titleColumn, textColumn))
                .withBrat(annotator, mapping)
                .withLabel(label);
        ImportService.Report report = new ImportService(project.open()).importPaths(files, options);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (ImportService.Imported i : report.imported()) {
            out.println(Shown.line(
                    "imported " + i.source() + " as " + i.doc() + " (" + i.codePoints() + " characters, " + i.how()
                            + ")",
                    Shown.MESSAGE));
        }
        report.skipped()
                .forEach(s -> err.println(Shown.line("skipped " + s.source() + ": " + s.reason(), Shown.MESSAGE)));
        report.problems().forEach(err::println);
        long errors = report.problems().stream().filter(Problem::isError).count();
        out.println(report.imported().size() + " imported, " + report.skipped().size() + " skipped"
                + (report.problems().isEmpty()
                        ? ""
                        : ", " + errors + " line(s) not imported, "
                                + (report.problems().size() - errors) + " warning(s)"));
        return report.clean() ? 0 : Failures.PROBLEMS;
    }
}
