package org.newsmark.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.newsmark.io.ProjectFolder;
import org.newsmark.model.Shown;
import org.newsmark.service.ProjectValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsmark validate PROJECT [--fix]}: checks everything, one line per problem. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check the schema, every article and every annotation file of a project.",
            "Prints one line per problem (path:line: error|warning: message), sorted; exit code 1 if there is any."
        })
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ProjectArgument project = new ProjectArgument();

    @Option(names = "--fix", description = "Rewrite files whose spans only moved because an article was edited.")
    boolean fix;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // Without --fix, validate only reports (an unfinished merge too); with it, it may write.
        ProjectFolder folder = fix ? project.open() : project.openAsIs();
        ProjectValidator.Report report = new ProjectValidator(folder).validate(fix);
        report.fixed().forEach(f -> out.println("fixed " + f));
        report.problems().forEach(out::println);
        if (report.clean()) {
            out.println("ok: no problems in " + Shown.escape(folder.root().toString()));
        }
        return report.clean() ? 0 : Failures.PROBLEMS;
    }
}
