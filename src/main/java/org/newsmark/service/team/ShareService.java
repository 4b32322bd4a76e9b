package org.newsmark.service.team;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.newsmark.io.LocalIdentity;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.RepositoryFiles;
import org.newsmark.io.TeamFile;
import org.newsmark.model.FormatException;
import org.newsmark.model.Names;

/**
 * {@code newsmark share}: makes a project a git repository (if it is not one), writes
 * .gitattributes, .gitignore and team.csv with the lead, records the lead as who works in this
 * folder, commits and pushes. A remote that already holds a history unrelated to the project is
 * refused; an empty one (a new repository on GitHub or GitLab, a bare repository) is filled.
 */
public final class ShareService {
    /** What a share did. */
    public record Result(
            Path project,
            String remote,
            String lead,
            boolean madeRepository,
            List<String> settingsWritten,
            SyncResult sync) {}

    static {
        ProjectRepository.prepareLibrary();
    }

    private final Map<String, String> env;

    public ShareService() {
        this(System.getenv());
    }

    public ShareService(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public Result share(Path project, String remoteUrl, String lead, SyncProgress progress) throws TeamException {
        String problem = Names.annotatorProblem(lead);
        if (problem != null) {
            throw new TeamException(TeamException.Kind.BAD_REQUEST, "bad lead name: " + problem);
        }
        if (remoteUrl == null || remoteUrl.isBlank()) {
            throw new TeamException(TeamException.Kind.BAD_REQUEST, "give the remote's address with --remote URL");
        }
        Path root;
        try {
            root = ProjectFolder.open(project).root();
        } catch (FormatException e) {
            throw new TeamException(TeamException.Kind.BAD_REQUEST, e.getMessage());
        }
        createBareRemote(remoteUrl);
        boolean made = !ProjectRepository.exists(root);
        try (ProjectRepository clone = made ? ProjectRepository.create(root) : ProjectRepository.open(root)) {
            clone.lock();
            clone.repair();
            clone.configure(remoteUrl);
            Remote remote = new Remote(clone, env, remoteUrl);
            remote.fetch("");
            refuseUnrelated(clone, remote);
            List<String> written = prepare(root, lead);
            commitAll(clone, lead);
            new IncomingCheck(clone.repo()).tree(clone.treeOf(clone.head()));
            SyncResult sync = new Sync(clone, lead, env, progress).run();
            return new Result(root, remote.shownUrl(), lead, made, written, sync);
        } catch (IOException e) {
            throw new TeamException(
                    TeamException.Kind.FAILED, "sharing " + root + " failed: " + Remote.rootMessage(e), List.of(), e);
        }
    }

    /**
     * A remote that is a folder not made yet (on a shared drive: {@code file:///team/news.git} or an
     * absolute path) is made, as an empty bare repository, so that no git program is needed.
     */
    private static void createBareRemote(String url) throws TeamException {
        Path dir;
        try {
            dir = url.startsWith("file:")
                    ? Path.of(URI.create(url))
                    : Path.of(url).isAbsolute() ? Path.of(url) : null;
        } catch (RuntimeException e) {
            return;
        }
        if (dir == null || Files.exists(dir)) {
            return;
        }
        try (Git git = Git.init()
                .setBare(true)
                .setDirectory(dir.toFile())
                .setInitialBranch(ProjectRepository.DEFAULT_BRANCH)
                .call()) {
            // an empty repository for the team
        } catch (GitAPIException | RuntimeException e) {
            throw new TeamException(
                    TeamException.Kind.FAILED, "cannot make the remote " + dir + ": " + Remote.rootMessage(e));
        }
    }

    /** Refuses a remote whose branches share no history with the project. */
    private static void refuseUnrelated(ProjectRepository clone, Remote remote) throws IOException, TeamException {
        List<Ref> branches =
                clone.repo().getRefDatabase().getRefsByPrefix(Constants.R_REMOTES + ProjectRepository.REMOTE + "/");
        if (branches.isEmpty()) {
            return;
        }
        ObjectId ours = clone.head();
        for (Ref branch : branches) {
            if (ours == null || !related(clone, ours, branch.getObjectId())) {
                throw new TeamException(
                        TeamException.Kind.UNRELATED_HISTORY,
                        "the remote " + remote.shownUrl()
                                + " already holds a history that is not this project's (" + branchName(branch) + ");"
                                + " nothing was pushed. Share into a new, empty repository, or get that project with 'newsmark join'.");
            }
        }
    }

    private static String branchName(Ref branch) {
        return "branch " + branch.getName().substring((Constants.R_REMOTES + ProjectRepository.REMOTE + "/").length());
    }

    private static boolean related(ProjectRepository clone, ObjectId a, ObjectId b) throws IOException {
        try (RevWalk walk = new RevWalk(clone.repo())) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(a));
            walk.markStart(walk.parseCommit(b));
            return walk.next() != null;
        }
    }

    /** Writes the settings files, the lead into team.csv and the lead as this folder's annotator. */
    private static List<String> prepare(Path root, String lead) throws IOException, TeamException {
        List<String> written = new ArrayList<>(RepositoryFiles.ensure(root));
        List<TeamFile.Member> team;
        try {
            team = new ArrayList<>(TeamFile.read(root));
        } catch (FormatException e) {
            throw new TeamException(
                    TeamException.Kind.BAD_REQUEST, e.getMessage() + "; correct team.csv and share again");
        }
        if (TeamFile.roleOf(team, lead).filter(r -> r == TeamFile.Role.LEAD).isEmpty()) {
            team.removeIf(m -> m.name().equals(lead));
            team.add(new TeamFile.Member(lead, TeamFile.Role.LEAD));
            TeamFile.write(root, team);
            written.add(TeamFile.NAME);
        }
        LocalIdentity.write(root, lead);
        return written;
    }

    /** Commits every file of the project's layout; files that have no place in it are refused by name. */
    private static void commitAll(ProjectRepository clone, String lead) throws IOException, TeamException {
        WorkingTree tree = new WorkingTree(clone);
        List<String> changes = tree.changes();
        List<String> misplaced =
                changes.stream().filter(p -> PathRules.classify(p).isEmpty()).toList();
        if (!misplaced.isEmpty()) {
            throw new TeamException(
                    TeamException.Kind.LOCAL_CHANGES_REFUSED,
                    "these files have no place in a shared"
                            + " project (see README, \"The project folder\"); move them out of the project, or list them in"
                            + " .gitignore, and share again:\n  "
                            + String.join("\n  ", misplaced.stream().limit(20).toList()),
                    misplaced);
        }
        if (!changes.isEmpty()) {
            tree.commit(changes, new PersonIdent(lead, ""), "Share the project (lead: " + lead + ")\n");
        }
    }
}
