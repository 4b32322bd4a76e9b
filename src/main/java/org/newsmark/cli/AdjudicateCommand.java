package org.newsmark.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newsmark.model.Names;
import org.newsmark.model.Shown;
import org.newsmark.service.Adjudicator;
import org.newsmark.service.WorkbookService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsmark adjudicate PROJECT --from FILE.xlsx}: the decisions of the workbook become the gold files. */
@Command(
        name = "adjudicate",
        mixinStandardHelpOptions = true,
        description = {
            "Read the decisions filled into the Disagreements sheet of an agreement workbook",
            "(accept NAME, reject, or a label), take the rows where all agree as they are, and write",
            "the gold files. Every row that cannot be applied is listed with its sheet row; nothing",
            "is written then, unless --partial."
        })
public final class AdjudicateCommand implements Callable<Integer> {
    @Mixin
    ProjectArgument project = new ProjectArgument();

    @Option(
            names = "--from",
            required = true,
            paramLabel = "FILE.xlsx",
            description = "The workbook with the decisions.")
    Path from;

    @Option(names = "--out", paramLabel = "NAME", description = "Where to write: gold (default) or an annotator name.")
    String out = Names.GOLD;

    @Option(names = "--partial", description = "Write what can be applied even when some rows cannot.")
    boolean partial;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Adjudicator.Result result = new WorkbookService(project.open()).adjudicate(from, out, partial);
        result.problems().forEach(p -> spec.commandLine().getErr().println(Shown.line(p.toString(), Shown.MESSAGE)));
        if (result.written().isEmpty() && !result.problems().isEmpty()) {
            throw CommandFailure.failed(
                    result.problems().size() + " rows cannot be applied; nothing written (fix them, or use --partial)");
        }
        spec.commandLine()
                .getOut()
                .println("wrote " + result.written().size() + " files of " + out + " with "
                        + result.spans() + " annotations"
                        + (result.problems().isEmpty()
                                ? ""
                                : ", leaving out " + result.problems().size() + " rows"));
        return result.problems().isEmpty() ? 0 : Failures.PROBLEMS;
    }
}
