package org.newsmark.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsmark.model.Shown;

/**
 * The lock of a whole project, held by a command that rewrites many of its files (merge,
 * adjudicate, validate --fix, finishing an interrupted one), so that two of them never run at
 * once. It is an operating-system lock on {@code PROJECT/.newsmark/lock}: the system releases it
 * when the process ends, however it ends, so it is never left stale by a kill. The file says who
 * holds it, for the message the next command shows. (File locks on network shares depend on the
 * share; on a local disk they hold.)
 */
public final class ProjectLock implements AutoCloseable {
    static final String FILE = "lock";

    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Another command holds the project; says which process, since when and for what. */
    public static final class BusyException extends IOException {
        BusyException(String message) {
            super(message);
        }
    }

    /**
     * Takes the lock, or fails at once when another process (or another command in this one)
     * holds it.
     *
     * @param purpose what the lock is for ("merge"), shown to whoever finds the project busy
     */
    public static ProjectLock acquire(ProjectFolder project, String purpose) throws IOException {
        Optional<ProjectLock> lock = tryAcquire(project, purpose);
        if (lock.isEmpty()) {
            throw new BusyException("the project is busy: " + holder(project).orElse("another newsmark command")
                    + " is writing it; try again when it is done");
        }
        return lock.get();
    }

    /** Takes the lock when it is free. */
    public static Optional<ProjectLock> tryAcquire(ProjectFolder project, String purpose) throws IOException {
        Path file = stateFolder(project).resolve(FILE);
        boolean created = !Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        FileChannel channel = FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        if (created) {
            shareLike(file, project.root(), false);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        String who = "process " + ProcessHandle.current().pid() + " on " + AnnotatorLock.host() + " (" + purpose
                + ", since " + Instant.now() + ")";
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            // Who holds it is only for messages (a full disk cannot take even this): the lock holds.
        }
        return Optional.of(new ProjectLock(channel, lock));
    }

    /** Who holds the lock, as its file says, when the file says anything. */
    public static Optional<String> holder(ProjectFolder project) {
        try {
            String s = Files.readString(
                            project.root().resolve(ProjectPaths.STATE).resolve(FILE), StandardCharsets.UTF_8)
                    .strip();
            return s.isEmpty() ? Optional.empty() : Optional.of(Shown.line(s, 200));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The project's state folder, created when missing (shared as the project folder is); refused when it is a link. */
    static Path stateFolder(ProjectFolder project) throws IOException {
        Path dir = project.paths().require(project.root().resolve(ProjectPaths.STATE));
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            shareLike(dir, project.root(), true);
        }
        return dir;
    }

    /**
     * Gives a file or folder Newsmark made for its own state the access the project folder gives:
     * in a project a team shares through group permissions, the next member's command must be
     * able to take the lock, finish an interrupted merge and remove its staging folder.
     */
    static void shareLike(Path made, Path projectFolder, boolean folder) {
        try {
            Set<PosixFilePermission> perms = new HashSet<>(Files.getPosixFilePermissions(projectFolder));
            if (!folder) {
                perms.removeAll(List.of(
                        PosixFilePermission.OWNER_EXECUTE,
                        PosixFilePermission.GROUP_EXECUTE,
                        PosixFilePermission.OTHERS_EXECUTE));
            }
            Files.setPosixFilePermissions(made, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system, or not ours to change: the defaults stand.
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel releases it too.
        }
        try {
            channel.close();
        } catch (IOException e) {
            // The system releases the lock when the process ends.
        }
    }
}
