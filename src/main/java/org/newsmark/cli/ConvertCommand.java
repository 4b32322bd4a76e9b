package org.newsmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsmark.model.Shown;
import org.newsmark.service.ConvertService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsmark convert PROJECT --to conll|jsonl|brat|conll2012 --out DIR}: writes training data. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Write the annotations of one annotator (default: gold) as training data:",
            "  conll  OUT/NAME.conll: CoNLL-2003 style BIO, token, entity, quote and event-trigger columns",
            "  jsonl  OUT/NAME.jsonl: one article per line with entities, quotes and events (code point offsets)",
            "  brat   OUT/DOC.txt + OUT/DOC.ann per article, and annotation.conf",
            "  conll2012  OUT/NAME.coref.conll: CoNLL-2012 coreference, one document per article, every mention"
                    + " (singletons too), as the reference scorer reads it",
            "Annotation files with problems are left out and reported (exit code 1)."
        })
public final class ConvertCommand implements Callable<Integer> {
    @Mixin
    ProjectArgument project = new ProjectArgument();

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "conll, jsonl, brat or conll2012.")
    String to;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "The output folder (created if needed).")
    Path out;

    @Option(
            names = "--annotator",
            paramLabel = "NAME|gold",
            defaultValue = "gold",
            description = "Whose annotations. Default: ${DEFAULT-VALUE}.")
    String annotator;

    @Option(
            names = "--docs",
            paramLabel = "ID",
            split = ",",
            arity = "1..*",
            description = "Only these articles (ids, separated by commas or spaces). Default: all.")
    List<String> docs = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConvertService.Format format = ConvertService.Format.of(to);
        ConvertService.Report report = new ConvertService(project.open()).convert(format, out, annotator, docs);
        report.written().forEach(p -> stdout.println(Shown.line("wrote " + p, Shown.MESSAGE)));
        report.skipped().forEach(s -> err.println(Shown.line("skipped " + s, Shown.MESSAGE)));
        report.warnings().forEach(w -> err.println(Shown.line("warning: " + w, Shown.MESSAGE)));
        report.problems().forEach(err::println);
        stdout.println(report.articles() + " article(s) of " + annotator + " converted to " + format.word());
        return report.clean() ? 0 : Failures.PROBLEMS;
    }
}
