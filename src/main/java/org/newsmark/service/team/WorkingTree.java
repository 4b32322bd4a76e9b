package org.newsmark.service.team;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.IndexDiff;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.newsmark.io.AtomicFile;
import org.newsmark.io.LocalIdentity;

/**
 * The project's files against the clone's last commit: what changed locally, committing it, and
 * bringing the files to another commit. Files are written one by one atomically (a temporary file
 * and a rename, as every save does) and never through a symbolic link. Bringing the files to a
 * commit is journaled in {@code .git/newsmark-checkout} (from, to) before the first file is written,
 * so a run killed halfway is finished by the next one: files already at the new version are left,
 * the others written, and a file that is at neither version (edited since) is kept as a conflict
 * copy before it is replaced.
 */
final class WorkingTree {
    static final String JOURNAL = "newsmark-checkout";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final ProjectRepository clone;
    private final Repository repo;
    private final Path root;
    private String conflictFolder;

    WorkingTree(ProjectRepository clone) {
        this.clone = clone;
        this.repo = clone.repo();
        this.root = clone.root();
    }

    /** Every path whose file differs from the last commit: changed, added, deleted, untracked (not ignored). */
    List<String> changes() throws IOException {
        IndexDiff diff = new IndexDiff(repo, clone.head() == null ? null : clone.head(), new FileTreeIterator(repo));
        diff.diff();
        TreeSet<String> paths = new TreeSet<>();
        paths.addAll(diff.getAdded());
        paths.addAll(diff.getChanged());
        paths.addAll(diff.getRemoved());
        paths.addAll(diff.getMissing());
        paths.addAll(diff.getModified());
        paths.addAll(diff.getUntracked());
        paths.addAll(diff.getConflicting());
        return new ArrayList<>(paths);
    }

    /**
     * Commits the files at these paths as they are now, on top of the last commit. Returns the
     * commit, or null when their content equals the last commit after all.
     */
    ObjectId commit(Collection<String> paths, PersonIdent who, String message) throws IOException, TeamException {
        ObjectId head = clone.head();
        DirCache index = repo.lockDirCache();
        try (ObjectBatch objects = new ObjectBatch(repo, paths.size())) {
            ObjectInserter inserter = objects.inserter();
            DirCacheEditor editor = index.editor();
            for (String path : paths) {
                Path file = file(path);
                BasicFileAttributes attrs = attributes(file);
                if (attrs == null) {
                    editor.add(new DirCacheEditor.DeletePath(path));
                } else if (!attrs.isRegularFile()) {
                    throw new TeamException(
                            TeamException.Kind.LOCAL_CHANGES_REFUSED,
                            path
                                    + " is a symbolic link or a folder where a file belongs; a project holds plain files only",
                            List.of(path));
                } else {
                    // Attributes before content: if the file changes after it is read, its time no longer
                    // matches the index and the next sync sees the change.
                    byte[] content = Files.readAllBytes(file);
                    ObjectId blob = inserter.insert(Constants.OBJ_BLOB, content);
                    editor.add(entry(path, blob, attrs, content.length));
                }
            }
            editor.finish();
            ObjectId tree = index.writeTree(inserter);
            if (head != null && tree.equals(clone.treeOf(head))) {
                objects.flush();
                index.write();
                index.commit();
                return null;
            }
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            if (head != null) {
                commit.setParentId(head);
            }
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage(message);
            ObjectId id = inserter.insert(commit);
            objects.flush();
            index.write();
            index.commit();
            moveHead(head, id, "newsmark: " + message);
            return id;
        } finally {
            index.unlock();
        }
    }

    private static DirCacheEditor.PathEdit entry(String path, ObjectId blob, BasicFileAttributes attrs, long length) {
        return new DirCacheEditor.PathEdit(path) {
            @Override
            public void apply(DirCacheEntry ent) {
                ent.setFileMode(FileMode.REGULAR_FILE);
                ent.setObjectId(blob);
                ent.setLength(length);
                ent.setLastModified(attrs.lastModifiedTime().toInstant());
            }
        };
    }

    /** Moves the branch from one commit to another; refuses if it is no longer at {@code from}. */
    void moveHead(ObjectId from, ObjectId to, String why) throws IOException {
        RefUpdate update = repo.updateRef(Constants.HEAD);
        update.setExpectedOldObjectId(from == null ? ObjectId.zeroId() : from);
        update.setNewObjectId(to);
        update.setRefLogMessage(why, false);
        RefUpdate.Result result = update.forceUpdate();
        switch (result) {
            case NEW, FORCED, FAST_FORWARD, NO_CHANGE -> {}
            default ->
                throw new IOException("cannot move " + clone.branch() + " to "
                        + to.abbreviate(8).name() + ": " + result);
        }
    }

    /**
     * Brings the files from commit {@code from} (null: none) to commit {@code to} and moves the
     * branch there; returns the local versions kept as conflict copies.
     */
    List<ConflictCopy> apply(ObjectId from, ObjectId to, SyncProgress progress) throws IOException, TeamException {
        AtomicFile.write(journal(), (from == null ? ObjectId.zeroId() : from).name() + "\n" + to.name() + "\n");
        List<ConflictCopy> copies = Collections.synchronizedList(new ArrayList<>());
        List<String[]> written = new ArrayList<>();
        try (TreeWalk walk = twoTrees(clone.treeOf(from), clone.treeOf(to))) {
            while (walk.next()) {
                written.add(new String[] {walk.getPathString(), name(walk, 0), name(walk, 1)});
            }
        }
        // Each file is forced to disk when written; the disk serves several of those at once.
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(8, Math.max(1, written.size())));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String[] w : written) {
                futures.add(pool.submit(() -> {
                    update(w[0], id(w[1]), id(w[2]), copies);
                    return null;
                }));
            }
            int done = 0;
            for (Future<?> f : futures) {
                await(f);
                progress.stage(SyncProgress.Stage.UPDATING_FILES, ++done / (double) written.size());
            }
        } finally {
            pool.shutdownNow();
        }
        updateIndex(written);
        // Every file is at the new version: from here on a killed run only has to move the branch.
        AtomicFile.write(
                journal(), (from == null ? ObjectId.zeroId() : from).name() + "\n" + to.name() + "\nwritten\n");
        ObjectId head = clone.head();
        if (!to.equals(head)) {
            moveHead(head, to, "newsmark: sync");
        }
        Files.deleteIfExists(journal());
        return copies;
    }

    /** Finishes a checkout that a killed run left halfway; null when there was none. */
    List<ConflictCopy> recover(SyncProgress progress) throws IOException, TeamException {
        if (!Files.isRegularFile(journal())) {
            return null;
        }
        List<String> lines = Files.readAllLines(journal(), StandardCharsets.UTF_8);
        if (lines.size() < 2) {
            Files.delete(journal()); // killed while writing the journal: no file was touched yet
            return List.of();
        }
        ObjectId from = ObjectId.fromString(lines.get(0).strip());
        ObjectId to = ObjectId.fromString(lines.get(1).strip());
        from = from.equals(ObjectId.zeroId()) ? null : from;
        ObjectId head = clone.head();
        boolean pending = repo.getObjectDatabase().has(to) && (to.equals(head) || Objects.equals(from, head));
        if (pending && lines.size() > 2) {
            if (!to.equals(head)) {
                moveHead(head, to, "newsmark: sync (finished after an interruption)");
            }
        } else if (pending) {
            List<ConflictCopy> copies = apply(from, to, progress);
            return copies;
        }
        Files.deleteIfExists(journal());
        return List.of();
    }

    private Path journal() {
        return clone.gitDir().resolve(JOURNAL);
    }

    private void update(String path, ObjectId before, ObjectId after, List<ConflictCopy> copies)
            throws IOException, TeamException {
        Path file = file(path);
        BasicFileAttributes attrs = attributes(file);
        if (attrs != null && !attrs.isRegularFile()) {
            if (attrs.isSymbolicLink() || attrs.isOther()) {
                Files.delete(file); // a link has no content of its own to keep
                attrs = null;
            } else {
                throw new TeamException(
                        TeamException.Kind.FAILED,
                        path + " is a folder where the project has a file;" + " move it away and sync again",
                        List.of(path));
            }
        }
        if (attrs != null) {
            byte[] current = Files.readAllBytes(file);
            ObjectId id = new ObjectInserter.Formatter().idFor(Constants.OBJ_BLOB, current);
            if (id.equals(after)) {
                return;
            }
            if (!id.equals(before)) {
                copies.add(keep(path, current));
            }
        }
        if (after == null) {
            Files.deleteIfExists(file);
        } else {
            AtomicFile.write(file, out -> repo.open(after, Constants.OBJ_BLOB).copyTo(out));
        }
    }

    /** Keeps a local version under .newsmark/conflicts/STAMP/PATH, STAMP being this run's time. */
    synchronized ConflictCopy keep(String path, byte[] content) throws IOException {
        if (conflictFolder == null) {
            String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
            String folder = LocalIdentity.CONFLICTS + "/" + stamp;
            for (int n = 2; Files.exists(root.resolve(folder)); n++) {
                folder = LocalIdentity.CONFLICTS + "/" + stamp + "-" + n;
            }
            conflictFolder = folder;
        }
        String copy = conflictFolder + "/" + path;
        AtomicFile.write(root.resolve(copy), out -> out.write(content));
        return new ConflictCopy(path, copy);
    }

    ConflictCopy keep(String path, ObjectId blob) throws IOException {
        return keep(path, repo.open(blob, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE));
    }

    private static String name(TreeWalk walk, int tree) {
        return walk.getFileMode(tree) == FileMode.MISSING
                ? null
                : walk.getObjectId(tree).name();
    }

    private static ObjectId id(String name) {
        return name == null ? null : ObjectId.fromString(name);
    }

    private static void await(Future<?> f) throws IOException, TeamException {
        try {
            f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof TeamException te) {
                throw te;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while updating files");
        }
    }

    private void updateIndex(List<String[]> written) throws IOException, TeamException {
        DirCache index = repo.lockDirCache();
        try {
            DirCacheEditor editor = index.editor();
            for (String[] w : written) {
                if (w[2] == null) {
                    editor.add(new DirCacheEditor.DeletePath(w[0]));
                } else {
                    BasicFileAttributes attrs = attributes(file(w[0]));
                    if (attrs != null) {
                        editor.add(entry(w[0], ObjectId.fromString(w[2]), attrs, attrs.size()));
                    }
                }
            }
            editor.finish();
            index.write();
            index.commit();
        } finally {
            index.unlock();
        }
    }

    /** The file of a repository path; refuses a path whose folders include a symbolic link. */
    private Path file(String path) throws TeamException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            throw new TeamException(TeamException.Kind.FAILED, path + " lies outside the project", List.of(path));
        }
        for (Path dir = file.getParent(); dir != null && !dir.equals(root); dir = dir.getParent()) {
            if (Files.isSymbolicLink(dir)) {
                throw new TeamException(
                        TeamException.Kind.FAILED,
                        root.relativize(dir).toString().replace('\\', '/')
                                + " is a symbolic link; Newsmark never writes through links: replace it with a folder and sync again",
                        List.of(path));
            }
        }
        return file;
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    private TreeWalk twoTrees(ObjectId a, ObjectId b) throws IOException {
        TreeWalk walk = new TreeWalk(repo);
        walk.setRecursive(true);
        if (a == null) {
            walk.addTree(new EmptyTreeIterator());
        } else {
            walk.addTree(a);
        }
        walk.addTree(b);
        walk.setFilter(TreeFilter.ANY_DIFF);
        return walk;
    }

    /** The paths that differ between two trees (null: the empty tree). */
    List<String> changedPaths(ObjectId a, ObjectId b) throws IOException {
        List<String> out = new ArrayList<>();
        if (b == null) {
            return out;
        }
        try (TreeWalk walk = twoTrees(a, b)) {
            while (walk.next()) {
                out.add(walk.getPathString());
            }
        }
        return out;
    }
}
