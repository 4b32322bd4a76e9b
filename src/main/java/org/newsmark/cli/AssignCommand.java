package org.newsmark.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsmark.service.team.AssignService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsmark assign PROJECT --annotators a,b,c --per-article K}: balanced assignments and their overlap matrix. */
@Command(
        name = "assign",
        mixinStandardHelpOptions = true,
        description = {
            "Give each article to K annotators so that every pair of annotators shares about the same",
            "number of articles (a balanced incomplete block design where one exists); writes assignments.csv",
            "(doc,annotator) and prints the pair-overlap matrix. A lead's; sync shares it."
        })
public final class AssignCommand implements Callable<Integer> {
    @Mixin
    ProjectArgument project = new ProjectArgument();

    @Option(
            names = "--annotators",
            split = ",",
            required = true,
            paramLabel = "NAME",
            description = "The annotators, comma separated.")
    List<String> annotators = new ArrayList<>();

    @Option(names = "--per-article", required = true, paramLabel = "K", description = "Annotators per article.")
    int perArticle;

    @Option(
            names = "--docs",
            split = ",",
            paramLabel = "DOC",
            description = "Articles to assign (default: all); others keep theirs.")
    List<String> docs = new ArrayList<>();

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed of the choice (default 1): the same seed gives the same assignments.")
    long seed = 1;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AssignService.Result r =
                new AssignService().assign(project.path, new AssignService.Request(annotators, perArticle, docs, seed));
        long articles = r.assignments().stream().map(a -> a.doc()).distinct().count();
        out.println("wrote assignments.csv: " + articles + " articles, " + perArticle + " annotators each");
        out.println("design: " + r.design());
        if (!r.addedToTeam().isEmpty()) {
            out.println("added to team.csv: " + String.join(", ", r.addedToTeam()));
        }
        out.println("articles shared by each pair (diagonal: each annotator's articles):");
        int width = Math.max(
                4, r.annotators().stream().mapToInt(String::length).max().orElse(4));
        StringBuilder head = new StringBuilder(" ".repeat(width));
        r.annotators().forEach(n -> head.append(' ').append(String.format("%" + width + "s", n)));
        out.println(head);
        for (int i = 0; i < r.annotators().size(); i++) {
            StringBuilder row = new StringBuilder(
                    String.format("%-" + width + "s", r.annotators().get(i)));
            for (int v : r.overlap().get(i)) {
                row.append(' ').append(String.format("%" + width + "d", v));
            }
            out.println(row);
        }
        return 0;
    }
}
