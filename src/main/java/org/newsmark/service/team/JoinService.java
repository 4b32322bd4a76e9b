package org.newsmark.service.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.newsmark.io.LocalIdentity;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.TeamFile;
import org.newsmark.model.FormatException;
import org.newsmark.model.Names;

/**
 * {@code newsmark join}: clones a shared project into a new folder, checks every file before one
 * is written (no link, nothing outside the project's layout), writes them and records, in
 * {@code .newsmark/identity.csv} (never shared), who works in this clone, so that the annotator
 * opens as them and sync commits as them.
 */
public final class JoinService {
    /** What a join did: the clone, its annotator and role (empty when team.csv does not list them), warnings. */
    public record Result(
            Path project, String annotator, Optional<TeamFile.Role> role, int articles, List<String> warnings) {}

    static {
        ProjectRepository.prepareLibrary();
    }

    private final Map<String, String> env;

    public JoinService() {
        this(System.getenv());
    }

    public JoinService(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public Result join(String url, Path dir, String annotator, SyncProgress progress) throws TeamException {
        String problem = Names.annotatorProblem(annotator);
        if (problem != null) {
            throw new TeamException(TeamException.Kind.BAD_REQUEST, "bad annotator name: " + problem);
        }
        if (url == null || url.isBlank()) {
            throw new TeamException(TeamException.Kind.BAD_REQUEST, "give the project's address (URL)");
        }
        Path root = dir.toAbsolutePath().normalize();
        boolean existed = Files.exists(root);
        if (existed && !isEmptyFolder(root)) {
            throw new TeamException(
                    TeamException.Kind.BAD_REQUEST, root + " exists and is not empty; join into a new folder");
        }
        progress.stage(SyncProgress.Stage.FETCHING, 0);
        try {
            clone(url, root);
        } catch (TeamException e) {
            cleanUp(root, existed);
            throw e;
        }
        try (ProjectRepository clone = ProjectRepository.open(root)) {
            clone.lock();
            clone.configure(url);
            ObjectId tip = clone.head();
            if (tip == null) {
                throw new TeamException(
                        TeamException.Kind.NOT_SHARED,
                        "the remote " + Secrets.redact(url)
                                + " holds no project yet; the lead shares one first with 'newsmark share'");
            }
            progress.stage(SyncProgress.Stage.CHECKING, 0);
            new IncomingCheck(clone.repo()).tree(clone.treeOf(tip));
            LocalIdentity.write(root, annotator);
            new WorkingTree(clone).apply(null, tip, progress);
            progress.stage(SyncProgress.Stage.DONE, 1);
            return result(root, annotator);
        } catch (TeamException e) {
            if (e.kind() == TeamException.Kind.INCOMING_REFUSED || e.kind() == TeamException.Kind.NOT_SHARED) {
                cleanUp(root, existed);
            }
            throw e;
        } catch (IOException e) {
            throw new TeamException(
                    TeamException.Kind.FAILED,
                    "joining into " + root + " failed: " + Remote.rootMessage(e) + "\nRun 'newsmark sync " + root
                            + "' to finish, or delete the folder and join again.",
                    List.of(),
                    e);
        }
    }

    private void clone(String url, Path root) throws TeamException {
        try (Git git = Git.cloneRepository()
                .setURI(Secrets.withoutPassword(url))
                .setDirectory(root.toFile())
                .setNoCheckout(true)
                .setCredentialsProvider(new TeamCredentials(env, url))
                .setTimeout(Remote.TIMEOUT)
                .call()) {
            // the clone is opened again with the project's settings
        } catch (GitAPIException | RuntimeException e) {
            throw new TeamException(
                    TeamException.Kind.OFFLINE,
                    "cannot get the project from " + Secrets.redact(url) + ": "
                            + Remote.rootMessage(e)
                            + "\nCheck the address, the network connection and your access (ssh key, or a"
                            + " token in " + TeamCredentials.TOKEN + "), then join again.",
                    List.of(),
                    e);
        }
    }

    private static Result result(Path root, String annotator) throws IOException {
        List<String> warnings = new ArrayList<>();
        Optional<TeamFile.Role> role = Optional.empty();
        try {
            role = TeamFile.roleOf(TeamFile.read(root), annotator);
        } catch (FormatException e) {
            warnings.add(e.getMessage());
        }
        if (role.isEmpty()) {
            warnings.add(annotator + " is not in " + TeamFile.NAME + "; the lead adds you (newsmark assign does)");
        }
        int articles = 0;
        try {
            articles = ProjectFolder.open(root).articleIds().size();
        } catch (FormatException e) {
            warnings.add("the clone is not a Newsmark project: " + e.getMessage());
        }
        return new Result(root, annotator, role, articles, warnings);
    }

    private static boolean isEmptyFolder(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes what a failed join wrote: the folder it made, or the contents of the empty folder it was given. */
    private static void cleanUp(Path root, boolean keepFolder) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                if (!(keepFolder && p.equals(root))) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // Best effort: what is left is a clone without files, which a new join refuses to overwrite.
        }
    }
}
