package org.newsmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsmark.io.FormatException;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.Names;
import org.newsmark.service.Adjudicator;
import org.newsmark.service.AgreementService;
import org.newsmark.service.WorkbookService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmark adjudicate PROJECT --from FILE.xlsx}: the decisions of the workbook become the gold files. */
@Command(name = "adjudicate", mixinStandardHelpOptions = true,
        description = {"Read the decisions filled into the Disagreements sheet of an agreement workbook",
                "(accept NAME, reject, or a label), take the rows where all agree as they are, and write",
                "the gold files. Every row that cannot be applied is listed with its sheet row; nothing",
                "is written then, unless --partial."})
public final class AdjudicateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Option(names = "--from", required = true, paramLabel = "FILE.xlsx", description = "The workbook with the decisions.")
    Path from;

    @Option(names = "--out", paramLabel = "NAME", description = "Where to write: gold (default) or an annotator name.")
    String out = Names.GOLD;

    @Option(names = "--partial", description = "Write what can be applied even when some rows cannot.")
    boolean partial;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ProjectFolder folder = ProjectFolder.open(project);
            Adjudicator.Result result = new WorkbookService(folder).adjudicate(from, out, partial);
            result.problems().forEach(err::println);
            if (result.written().isEmpty() && !result.problems().isEmpty()) {
                err.println("newsmark adjudicate: " + result.problems().size() + " rows cannot be applied; nothing written"
                        + " (fix them, or use --partial)");
                return NewsmarkCommand.PROBLEMS;
            }
            stdout.println("wrote " + result.written().size() + " files of " + out + " with " + result.spans()
                    + " annotations" + (result.problems().isEmpty() ? "" : ", leaving out " + result.problems().size()
                    + " rows"));
            return result.problems().isEmpty() ? 0 : NewsmarkCommand.PROBLEMS;
        } catch (FormatException e) {
            e.problems().forEach(err::println);
            return NewsmarkCommand.USAGE;
        } catch (AgreementService.BadRequestException e) {
            err.println("newsmark adjudicate: " + e.getMessage());
            return NewsmarkCommand.USAGE;
        } catch (IOException e) {
            err.println("newsmark adjudicate: " + e.getMessage());
            return NewsmarkCommand.PROBLEMS;
        } finally {
            stdout.flush();
            err.flush();
        }
    }
}
