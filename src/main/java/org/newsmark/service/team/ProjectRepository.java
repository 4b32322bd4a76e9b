package org.newsmark.service.team;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.FS_POSIX;

/**
 * The git repository of a shared project: the project folder is its work tree. Holds the lock that
 * keeps two syncs of one clone apart (an operating-system lock, released even when the process is
 * killed) and repairs what a killed process leaves: git's stale lock files and an unreadable index.
 */
final class ProjectRepository implements AutoCloseable {
    static final String REMOTE = Constants.DEFAULT_REMOTE_NAME;
    static final String DEFAULT_BRANCH = "main";
    private static final String SYNC_LOCK = "newsmark-sync.lock";

    private static final AtomicBoolean PREPARED = new AtomicBoolean();

    static {
        prepareLibrary();
    }

    private final Path root;
    private final Repository repo;
    private FileChannel lockChannel;
    private FileLock lock;

    private ProjectRepository(Path root, Repository repo) {
        this.root = root;
        this.repo = repo;
    }

    /**
     * Prepares the git library once, before it is touched: it logs through SLF4J, which prints a
     * warning on first use when no logger is installed; and to find the system-wide git settings it
     * would start the git program (a second of a sync's start-up), so it is told where they are; and
     * its ssh transport reaches the ssh agent through {@link SshAgentConnectors}.
     */
    static void prepareLibrary() {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        if (!PREPARED.getAndSet(true)) {
            if (FS.DETECTED instanceof FS_POSIX) {
                FS.DETECTED.setGitSystemConfig(new File("/etc/gitconfig"));
            }
            SshAgentConnectors.install();
        }
    }

    static boolean exists(Path root) {
        return Files.isDirectory(root.resolve(Constants.DOT_GIT));
    }

    /** Opens the repository whose work tree is the project folder. */
    static ProjectRepository open(Path root) throws TeamException {
        Path abs = root.toAbsolutePath().normalize();
        if (!exists(abs)) {
            throw new TeamException(
                    TeamException.Kind.NOT_SHARED,
                    abs + " is not a shared project (it has no .git folder);"
                            + " a lead shares it with 'newsmark share', an annotator gets it with 'newsmark join'");
        }
        try {
            Repository repo = new FileRepositoryBuilder()
                    .setGitDir(abs.resolve(Constants.DOT_GIT).toFile())
                    .setWorkTree(abs.toFile())
                    .setMustExist(true)
                    .build();
            return new ProjectRepository(abs, repo);
        } catch (IOException e) {
            throw new TeamException(
                    TeamException.Kind.FAILED,
                    "cannot open the repository of " + abs + ": " + e.getMessage(),
                    List.of(),
                    e);
        }
    }

    /** Makes the project folder a repository on the branch main. */
    static ProjectRepository create(Path root) throws TeamException {
        Path abs = root.toAbsolutePath().normalize();
        try (Git git = Git.init()
                .setDirectory(abs.toFile())
                .setInitialBranch(DEFAULT_BRANCH)
                .call()) {
            // opened again below, with the same settings as every other use
        } catch (GitAPIException e) {
            throw new TeamException(
                    TeamException.Kind.FAILED, "cannot make " + abs + " a repository: " + e.getMessage(), List.of(), e);
        }
        return open(abs);
    }

    Path root() {
        return root;
    }

    Repository repo() {
        return repo;
    }

    Path gitDir() {
        return repo.getDirectory().toPath();
    }

    /** Takes the clone's sync lock, or says that another sync holds it. */
    void lock() throws TeamException {
        try {
            lockChannel =
                    FileChannel.open(gitDir().resolve(SYNC_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            throw new TeamException(
                    TeamException.Kind.FAILED, "cannot lock " + gitDir().resolve(SYNC_LOCK) + ": " + e.getMessage());
        }
        if (lock == null) {
            closeLock();
            throw new TeamException(
                    TeamException.Kind.BUSY, "another sync is running on " + root + "; wait for it to finish");
        }
    }

    /**
     * The settings every clone gets: no line-ending conversion and no executable bits (files are
     * stored byte for byte whatever the platform), objects and refs forced to disk (a power loss
     * must not leave an empty object file), and the remote.
     */
    void configure(String remoteUrl) throws IOException {
        StoredConfig config = repo.getConfig();
        config.setString(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_AUTOCRLF, "false");
        config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_FILEMODE, false);
        config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, "fsyncObjectFiles", true);
        config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, "fsyncRefFiles", true);
        if (remoteUrl != null) {
            config.setString(
                    ConfigConstants.CONFIG_REMOTE_SECTION,
                    REMOTE,
                    ConfigConstants.CONFIG_KEY_URL,
                    Secrets.withoutPassword(remoteUrl));
            config.setString(
                    ConfigConstants.CONFIG_REMOTE_SECTION,
                    REMOTE,
                    "fetch",
                    "+refs/heads/*:refs/remotes/" + REMOTE + "/*");
            String branch = branch();
            config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_REMOTE, REMOTE);
            config.setString(
                    ConfigConstants.CONFIG_BRANCH_SECTION,
                    branch,
                    ConfigConstants.CONFIG_KEY_MERGE,
                    Constants.R_HEADS + branch);
        }
        config.save();
    }

    /** The remote's address as stored (never with a password), or null. */
    String remoteUrl() {
        return repo.getConfig()
                .getString(ConfigConstants.CONFIG_REMOTE_SECTION, REMOTE, ConfigConstants.CONFIG_KEY_URL);
    }

    /** The branch the clone works on (main, or whatever the remote's default branch was at join). */
    String branch() throws IOException {
        String branch = repo.getBranch();
        return branch == null ? DEFAULT_BRANCH : branch;
    }

    /** The commit the clone stands on, or null before the first commit. */
    ObjectId head() throws IOException {
        return repo.resolve(Constants.HEAD + "^{commit}");
    }

    /** The remote's branch as last fetched, or null. */
    ObjectId remoteHead() throws IOException {
        Ref ref = repo.exactRef(Constants.R_REMOTES + REMOTE + "/" + branch());
        return ref == null ? null : ref.getObjectId();
    }

    /** The tree of a commit, or null for no commit. */
    ObjectId treeOf(ObjectId commit) throws IOException {
        if (commit == null) {
            return null;
        }
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(commit).getTree().getId();
        }
    }

    /**
     * Repairs what a killed process leaves behind, before anything else runs: git's lock files
     * (stale, since this process holds the sync lock and nothing else writes a clone) and an index
     * that cannot be read (rebuilt from the last commit; the files themselves are not touched).
     * A merge or rebase left by the git program is not ours to finish: it is refused.
     */
    List<String> repair() throws TeamException, IOException {
        List<String> repaired = new ArrayList<>();
        for (Path stale : staleLocks()) {
            Files.deleteIfExists(stale);
            repaired.add("removed the stale lock "
                    + root.relativize(stale).toString().replace('\\', '/'));
        }
        RepositoryState state = repo.getRepositoryState();
        if (state != RepositoryState.SAFE && state != RepositoryState.BARE) {
            throw new TeamException(
                    TeamException.Kind.FAILED,
                    "git left this clone in the state \"" + state.getDescription()
                            + "\" (not a Newsmark sync); finish or abort it with git (for example 'git merge --abort'), then sync again");
        }
        try {
            repo.readDirCache();
        } catch (IOException | RuntimeException e) {
            rebuildIndex();
            repaired.add("rebuilt the unreadable index from the last commit");
        }
        return repaired;
    }

    private List<Path> staleLocks() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> top = Files.list(gitDir())) {
            top.filter(p -> p.getFileName().toString().endsWith(".lock")
                            && !p.getFileName().toString().equals(SYNC_LOCK))
                    .forEach(out::add);
        }
        for (String dir : List.of("refs", "logs")) {
            Path d = gitDir().resolve(dir);
            if (Files.isDirectory(d)) {
                try (Stream<Path> all = Files.walk(d)) {
                    all.filter(p -> p.getFileName().toString().endsWith(".lock"))
                            .forEach(out::add);
                }
            }
        }
        return out;
    }

    private void rebuildIndex() throws IOException {
        Files.deleteIfExists(repo.getIndexFile().toPath());
        DirCache index = repo.lockDirCache();
        try {
            DirCacheBuilder builder = index.builder();
            ObjectId tree = treeOf(head());
            if (tree != null) {
                try (ObjectReader reader = repo.newObjectReader()) {
                    builder.addTree(new byte[0], 0, reader, tree);
                }
            }
            builder.commit();
        } finally {
            index.unlock();
        }
    }

    private void closeLock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            // Closing the channel releases the lock in any case.
        }
        lock = null;
        lockChannel = null;
    }

    @Override
    public void close() {
        closeLock();
        repo.close();
    }
}
