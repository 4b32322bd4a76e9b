package org.newsmark.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.newsmark.report.ConsistencyReports;
import org.newsmark.service.ConsistencyService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsmark check PROJECT}: inconsistencies in each annotator's work across the corpus. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check each annotator's work across the corpus: the same text with different labels",
            "(label_conflict), a marked name left unmarked elsewhere (unmarked), the same name marked with",
            "different extents (boundary_variant), quote_without_speaker, event_without_participant,",
            "speaker_not_entity_of_person_kind. Exit code 1 if anything is found."
        })
public final class CheckCommand implements Callable<Integer> {
    /** The formats of the findings. */
    enum Format {
        table,
        csv
    }

    @Mixin
    ProjectArgument project = new ProjectArgument();

    @Option(
            names = "--annotator",
            paramLabel = "NAME|gold",
            description = "Whose work (default: every annotator, then gold).")
    String annotator;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or csv.")
    Format format = Format.table;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ConsistencyService.CheckResult result =
                new ConsistencyService(project.open()).check(Optional.ofNullable(annotator));
        result.problems().forEach(p -> spec.commandLine().getErr().println("warning: " + p));
        spec.commandLine()
                .getOut()
                .print(
                        format == Format.csv
                                ? ConsistencyReports.checkCsv(result.findings())
                                : ConsistencyReports.checkTable(result.findings()));
        return result.findings().isEmpty() ? 0 : Failures.PROBLEMS;
    }
}
