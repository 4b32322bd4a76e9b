package org.newsmark.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.newsmark.service.team.ConflictCopy;
import org.newsmark.service.team.SyncProgress;
import org.newsmark.service.team.SyncResult;
import org.newsmark.service.team.SyncService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsmark sync PROJECT}: commits your work, takes in the others', pushes; prints what came in and went out. */
@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        description = {
            "Share your work and get the others': commits your own changes (a lead's also gold, articles,",
            "schema, guidelines, assignments), fetches, checks and merges what came in, pushes.",
            "Offline: your commit is kept and goes out with the next sync (exit code 1)."
        })
public final class SyncCommand implements Callable<Integer> {
    @Mixin
    ProjectArgument project = new ProjectArgument();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SyncResult r = new SyncService().sync(project.path, SyncProgress.NONE);
        r.repaired().forEach(line -> out.println("repaired: " + line));
        print(out, "in: ", r.incomingByOwner());
        print(out, "out:", r.outgoingByOwner());
        for (ConflictCopy c : r.conflicts()) {
            out.println("conflict: " + c.path() + " now holds the remote's version; yours is kept in " + c.copy());
        }
        if (r.nothingToDo()) {
            out.println("up to date: nothing came in, nothing went out");
        }
        out.flush();
        if (!r.problems().isEmpty()) {
            err.println("after what came in, these files have problems (they open read-only until fixed):");
            r.problems().forEach(err::println);
            err.flush();
        }
        return 0;
    }

    private static void print(PrintWriter out, String label, Map<String, List<String>> byOwner) {
        String pad = label;
        for (Map.Entry<String, List<String>> e : byOwner.entrySet()) {
            int n = e.getValue().size();
            out.println(pad + " " + e.getKey() + ": " + String.join(", ", e.getValue()) + " (" + n
                    + (n == 1 ? " file)" : " files)"));
            pad = " ".repeat(label.length());
        }
    }
}
