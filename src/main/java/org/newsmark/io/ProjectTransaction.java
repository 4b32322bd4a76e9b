package org.newsmark.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.newsmark.model.Problem;
import org.newsmark.model.Shown;

/**
 * Many files of a project replaced all or nothing (a merge, an adjudication, validate --fix), as
 * a database commits: under the {@link ProjectLock}, and holding the annotator's lock of every
 * file it replaces (so a file open in the annotator is never overwritten behind its back), the
 * new files are written and forced to disk in a staging folder
 * ({@code PROJECT/.newsmark/staging-...}); then a journal naming each target and its staged file
 * is written atomically, which is the moment of commit; then each file is moved into place and
 * the journal removed. A crash before the journal leaves the old files and a staging folder that
 * the next command removes; a crash after it is finished by the next command
 * ({@link #recover}), which moves the rest into place. {@code validate} reports an unfinished one
 * ({@link #pending}). On a full disk the staging fails and nothing is replaced.
 */
public final class ProjectTransaction implements AutoCloseable {
    static final String JOURNAL = "journal.csv";
    private static final String STAGING = "staging-";

    private final ProjectFolder project;
    private final String purpose;
    private final ProjectLock lock;
    private final Map<Path, byte[]> files = new LinkedHashMap<>();
    private final List<AnnotatorLock> fileLocks = new ArrayList<>();
    private Path staging;
    private boolean committed;

    private ProjectTransaction(ProjectFolder project, String purpose, ProjectLock lock) {
        this.project = project;
        this.purpose = purpose;
        this.lock = lock;
    }

    /** A file that the annotator (this process or another) has open; nothing was written. */
    public static final class FileInUseException extends IOException {
        FileInUseException(String message) {
            super(message);
        }
    }

    /**
     * Takes the project lock (failing at once with {@link ProjectLock.BusyException} when another
     * command holds it) and finishes or undoes an earlier transaction that a crash interrupted.
     *
     * @param purpose what is written ("merge"), for the journal and for messages
     */
    public static ProjectTransaction begin(ProjectFolder project, String purpose) throws IOException {
        ProjectLock lock = ProjectLock.acquire(project, purpose);
        try {
            finish(project);
            return new ProjectTransaction(project, purpose, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Adds a file to replace (or create); {@code target} must be a project file the path rule allows. */
    public void put(Path target, String content) throws IOException {
        files.put(project.paths().require(target), content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Takes the annotator's lock of every file to replace, so none is open in the annotator while
     * this runs; call before deciding from what is on disk (which files exist).
     *
     * @throws FileInUseException naming a file that is open, and who has it
     */
    public void lockFiles() throws IOException {
        for (Path target : files.keySet()) {
            AnnotatorLock.Attempt attempt = AnnotatorLock.acquire(target);
            if (attempt.lock().isEmpty()) {
                throw new FileInUseException(project.shown(target) + " is open in the annotator ("
                        + attempt.heldBy().map(Object::toString).orElse("another window")
                        + "); close it there first; nothing was written");
            }
            fileLocks.add(attempt.lock().get());
        }
    }

    /** Writes every file, all or nothing; returns the files written. */
    public List<Path> commit() throws IOException {
        if (fileLocks.isEmpty() && !files.isEmpty()) {
            lockFiles();
        }
        Path state = ProjectLock.stateFolder(project);
        staging = Files.createDirectory(
                state.resolve(STAGING + ProcessHandle.current().pid() + "-" + System.nanoTime()));
        ProjectLock.shareLike(staging, project.root(), true);
        List<String[]> entries = new ArrayList<>();
        Map<Path, Path> stagedFor = new LinkedHashMap<>();
        for (Path target : files.keySet()) {
            Path staged = staging.resolve(Integer.toString(stagedFor.size()));
            stagedFor.put(target, staged);
            entries.add(new String[] {relative(target), relative(staged)});
        }
        writeAllSynced(stagedFor);
        sync(staging);
        StringBuilder journal = new StringBuilder("# " + purpose + " by process "
                + ProcessHandle.current().pid() + " on " + AnnotatorLock.host() + " since " + Instant.now() + "\n");
        for (String[] e : entries) {
            journal.append(e[0]).append('\t').append(e[1]).append('\n');
        }
        AtomicFile.write(state.resolve(JOURNAL), journal.toString());
        committed = true;
        finish(project);
        return List.copyOf(files.keySet());
    }

    private String relative(Path p) {
        return project.root().relativize(p).toString().replace('\\', '/');
    }

    /**
     * Writes the staged files, several at a time: the cost is the flush to disk of each, which the
     * storage serves in parallel.
     */
    private void writeAllSynced(Map<Path, Path> stagedFor) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            stagedFor.forEach((target, staged) -> futures.add(pool.submit(() -> {
                try {
                    writeSynced(staged, files.get(target), target);
                } catch (IOException e) {
                    // Named after the file it was for: "no space left on device: gold/kyiv.csv".
                    FileSystemException named = new FileSystemException(
                            project.shown(target),
                            null,
                            e instanceof FileSystemException f && f.getReason() != null
                                    ? f.getReason()
                                    : e.getMessage());
                    named.initCause(e);
                    throw named;
                }
                return null;
            })));
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while writing");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes a staged file and forces it to disk, with the permissions of the file it will replace. */
    private static void writeSynced(Path staged, byte[] bytes, Path target) throws IOException {
        try (FileChannel ch = FileChannel.open(staged, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
        try {
            Set<PosixFilePermission> perms = Files.exists(target)
                    ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(staged, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to carry over.
        }
    }

    /**
     * Finishes or undoes what an interrupted transaction left, when no other process holds the
     * project: a committed journal is carried out (the staged files still there are moved into
     * place), staging folders without a journal are removed, and so are the temporary files of
     * killed saves in the project's folders. Returns what was done, for a note to the user.
     */
    public static Optional<String> recover(ProjectFolder project) throws IOException {
        cleanTemporaryFiles(project);
        Path state = project.root().resolve(ProjectPaths.STATE);
        if (!Files.isDirectory(state)
                || (!Files.exists(state.resolve(JOURNAL))
                        && stagingFolders(state).isEmpty())) {
            return Optional.empty();
        }
        project.paths().require(state);
        Optional<ProjectLock> lock = ProjectLock.tryAcquire(project, "finishing an interrupted write");
        if (lock.isEmpty()) {
            return Optional.empty(); // the process that holds it is at work on it
        }
        try (ProjectLock held = lock.get()) {
            return finish(project);
        }
    }

    /** Carries out a committed journal and removes staging folders; the caller holds the project lock. */
    private static Optional<String> finish(ProjectFolder project) throws IOException {
        Path state = project.root().resolve(ProjectPaths.STATE);
        if (!Files.isDirectory(state)) {
            return Optional.empty();
        }
        Path journalFile = state.resolve(JOURNAL);
        String note = null;
        if (Files.exists(journalFile)) {
            Journal journal = Journal.read(project, journalFile);
            Set<Path> folders = new LinkedHashSet<>();
            int moved = 0;
            for (Journal.Entry e : journal.entries()) {
                if (Files.exists(e.staged())) {
                    Files.createDirectories(e.target().getParent());
                    move(e.staged(), e.target());
                    moved++;
                }
                folders.add(e.target().getParent());
            }
            for (Path folder : folders) {
                sync(folder);
            }
            Files.delete(journalFile);
            sync(state);
            note = "finished " + journal.header() + ": " + moved + " of "
                    + journal.entries().size() + " files were still to be moved into place";
        }
        List<Path> leftovers = stagingFolders(state);
        for (Path folder : leftovers) {
            deleteTree(folder);
        }
        if (note == null && !leftovers.isEmpty()) {
            note = "undid an interrupted write that had not replaced any file (" + leftovers.size() + " staging folder"
                    + (leftovers.size() == 1 ? "" : "s") + " removed)";
        }
        return Optional.ofNullable(note);
    }

    /**
     * The problem {@code validate} reports while a committed transaction is not finished: the
     * project is then part old, part new.
     */
    public static Optional<Problem> pending(ProjectFolder project) {
        Path journalFile = project.root().resolve(ProjectPaths.STATE).resolve(JOURNAL);
        if (!Files.exists(journalFile)) {
            return Optional.empty();
        }
        String shown = ProjectPaths.STATE + "/" + JOURNAL;
        try {
            Journal journal = Journal.read(project, journalFile);
            long left = journal.entries().stream()
                    .filter(e -> Files.exists(e.staged()))
                    .count();
            return Optional.of(Problem.error(
                    shown,
                    0,
                    "an unfinished " + journal.header() + ": " + left + " of "
                            + journal.entries().size()
                            + " files are not in place yet, so the project is part old, part new;"
                            + " any other newsmark command (validate --fix, for one) finishes it"));
        } catch (IOException e) {
            return Optional.of(
                    Problem.error(shown, 0, "an unfinished write whose journal cannot be read: " + e.getMessage()));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Another file system (a folder mounted inside the project): an atomic copy, then the staged file goes.
            byte[] bytes = Files.readAllBytes(from);
            AtomicFile.write(to, out -> out.write(bytes));
            Files.delete(from);
        }
    }

    private static List<Path> stagingFolders(Path state) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(state, STAGING + "*")) {
            s.forEach(out::add);
        } catch (NoSuchFileException e) {
            return out;
        }
        return out;
    }

    private static void cleanTemporaryFiles(ProjectFolder project) throws IOException {
        List<Path> folders = new ArrayList<>(List.of(project.articlesDir(), project.goldDir()));
        if (Files.isDirectory(project.annotatorsDir())) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(project.annotatorsDir())) {
                s.forEach(folders::add);
            }
        }
        for (Path folder : folders) {
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                AtomicFile.cleanStaleIn(folder);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            for (Path f : s) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(folder);
    }

    /** Makes renames in a folder durable where the platform allows opening a folder. */
    private static void sync(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not supported everywhere (Windows); the moves themselves are atomic.
        }
    }

    /** Undoes what was not committed, and releases the locks. */
    @Override
    public void close() {
        try {
            if (!committed && staging != null) {
                deleteTree(staging);
            }
        } catch (IOException e) {
            // The next command removes a staging folder without a journal.
        } finally {
            fileLocks.forEach(AnnotatorLock::close);
            lock.close();
        }
    }

    /** The journal of a committed transaction: what it was, and each target with its staged file. */
    private record Journal(String header, List<Entry> entries) {
        record Entry(Path target, Path staged) {}

        /** Reads a journal; every path in it must pass the project's path rule and stay where it belongs. */
        static Journal read(ProjectFolder project, Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String header = lines.isEmpty() ? "write" : lines.get(0).replaceFirst("^#\\s*", "");
            List<Entry> entries = new ArrayList<>();
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] parts = line.split("\t", -1);
                if (parts.length != 2) {
                    throw new IOException(project.shown(file) + " is damaged: a line is not TARGET<tab>STAGED");
                }
                Path target = project.paths().resolve(parts[0]);
                Path staged = project.paths().resolve(parts[1]);
                if (!project.isDataFile(target)
                        || !staged.startsWith(project.root().resolve(ProjectPaths.STATE))
                        || !staged.getParent().getFileName().toString().startsWith(STAGING)) {
                    throw new IOException(project.shown(file) + " names a file it must not move: " + Shown.quote(line));
                }
                entries.add(new Entry(target, staged));
            }
            return new Journal(header.length() > 200 ? header.substring(0, 200) : header, entries);
        }
    }
}
