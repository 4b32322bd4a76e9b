package org.newsmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsmark.io.Problem;
import org.newsmark.io.ProjectFolder;
import org.newsmark.service.ProjectValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsmark validate PROJECT [--fix]}: checks everything, one line per problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the schema, every article and every annotation file of a project.",
                "Prints one line per problem (path:line: error|warning: message), sorted; exit code 1 if there is any."})
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Option(names = "--fix", description = "Rewrite files whose spans only moved because an article was edited.")
    boolean fix;

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
        ProjectValidator.Report report = new ProjectValidator(folder).validate(fix);
        report.fixed().forEach(f -> out.println("fixed " + f));
        for (Problem p : report.problems()) {
            out.println(p);
        }
        if (report.clean()) {
            out.println("ok: no problems in " + folder.root());
        }
        out.flush();
        return report.clean() ? 0 : NewsmarkCommand.PROBLEMS;
    }
}
