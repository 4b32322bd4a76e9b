package org.newsmark.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.newsmark.service.team.ShareService;
import org.newsmark.service.team.SyncProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsmark share PROJECT --remote URL --lead NAME}: makes the project a shared git repository and pushes it. */
@Command(
        name = "share",
        mixinStandardHelpOptions = true,
        description = {
            "Share a project with a team through a git remote (GitHub, GitLab, Gitea, a bare repository",
            "on a shared drive or over ssh): makes it a repository if it is not one, writes .gitattributes,",
            ".gitignore and team.csv (the lead), commits and pushes. The remote must be empty or hold this",
            "project's own history."
        })
public final class ShareCommand implements Callable<Integer> {
    @Mixin
    ProjectArgument project = new ProjectArgument();

    @Option(
            names = "--remote",
            required = true,
            paramLabel = "URL",
            description =
                    "The remote's address: git@host:team/project.git, https://host/team/project.git, file:///path/project.git.")
    String remote;

    @Option(
            names = "--lead",
            required = true,
            paramLabel = "NAME",
            description = "The lead's name (who works in this folder).")
    String lead;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ShareService.Result r = new ShareService().share(project.path, remote, lead, SyncProgress.NONE);
        out.println("shared " + r.project() + " to " + r.remote() + " with " + r.lead() + " as lead"
                + (r.madeRepository() ? " (made it a git repository)" : ""));
        if (!r.settingsWritten().isEmpty()) {
            out.println("wrote " + String.join(", ", r.settingsWritten()));
        }
        out.println(
                r.sync().pushed() ? "pushed " + r.sync().outgoing().size() + " files" : "the remote was up to date");
        out.println("Annotators join with: newsmark join " + r.remote() + " DIR --annotator NAME");
        return 0;
    }
}
