package org.newsmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsmark.io.FormatException;
import org.newsmark.io.ProjectFolder;
import org.newsmark.service.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsmark import PROJECT FILE...}: adds plain-text articles. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add plain-text articles (UTF-8, with or without BOM; CRLF and CR become LF).",
                "The document id is the file name without extension, made safe and unique."})
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Text files to add.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProjectFolder folder;
        try {
            folder = ProjectFolder.open(project);
        } catch (FormatException e) {
            e.problems().forEach(err::println);
            return NewsmarkCommand.USAGE;
        }
        ImportService.Report report = new ImportService(folder).importFiles(files);
        for (ImportService.Imported i : report.imported()) {
            out.println("imported " + i.source() + " as " + i.doc() + " (" + i.codePoints() + " characters)");
        }
        for (ImportService.Skipped s : report.skipped()) {
            err.println("skipped " + s.source() + ": " + s.reason());
        }
        out.println(report.imported().size() + " imported, " + report.skipped().size() + " skipped");
        out.flush();
        err.flush();
        return report.skipped().isEmpty() ? 0 : NewsmarkCommand.PROBLEMS;
    }
}
