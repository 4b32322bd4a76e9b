package org.newsmark.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atomic replacement of a file: the content goes to a temporary file in the same folder, is
 * forced to disk, and is then moved over the target in one step. A crash at any moment leaves
 * either the old file or the new one, complete; a failed write leaves the old file untouched and
 * no temporary file behind. A kill leaves the temporary file ({@code .NAME.PID.N.tmp}): every
 * reader passes over such names ({@link #isTemporary}), and {@link #cleanStale} removes the ones
 * whose process has ended.
 */
public final class AtomicFile {
    /** {@code .NAME.PID.N.tmp}, and the older {@code .NAME.N.tmp} without the process id. */
    private static final Pattern TEMPORARY = Pattern.compile("\\.(.+?)\\.(?:(\\d+)\\.)?\\d+\\.tmp");
    /** A temporary file in a project, of an ended process, is removed once it is this old. */
    private static final long STALE_MILLIS = 60_000;
    /** Without a process id in its name, a temporary file is left alone for longer. */
    private static final long STALE_WITHOUT_PID_MILLIS = 3_600_000;

    /** What writes the content; it may throw, and the target then stays as it was. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    public static void write(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(
                dir, "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".", ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel =
                            FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(tmp, target);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            syncDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Whether a file name is one of our temporary files, which readers pass over. */
    public static boolean isTemporary(String fileName) {
        return TEMPORARY.matcher(fileName).matches();
    }

    /**
     * Removes the temporary files of {@code target} left by killed writes of it (before writing it
     * again): those whose process on this machine has ended.
     */
    public static void cleanStale(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) {
            clean(dir, target.getFileName().toString(), 0);
        }
    }

    /**
     * Removes every stale temporary file in a folder of a project: those whose process has ended
     * and that are older than a minute (a project may be shared, and a process id says nothing
     * about another machine's writes, which take seconds), or old ones without a process id.
     */
    public static void cleanStaleIn(Path dir) {
        clean(dir, null, STALE_MILLIS);
    }

    private static void clean(Path dir, String onlyFor, long minAge) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
            long now = System.currentTimeMillis();
            for (Path f : files) {
                try {
                    Matcher m = TEMPORARY.matcher(f.getFileName().toString());
                    if (!m.matches() || (onlyFor != null && !m.group(1).equals(onlyFor))) {
                        continue;
                    }
                    long age = now
                            - Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS)
                                    .toMillis();
                    boolean stale = m.group(2) == null
                            ? age > STALE_WITHOUT_PID_MILLIS
                            : age >= minAge && !isAlive(Long.parseLong(m.group(2)));
                    if (stale && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException | RuntimeException e) {
                    // This one stays; readers pass over it.
                }
            }
        } catch (IOException | RuntimeException e) {
            // Leftovers are passed over by every reader; cleaning them is a courtesy.
        }
    }

    private static boolean isAlive(long pid) {
        return pid == ProcessHandle.current().pid()
                || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * A temporary file is created readable by its owner only; the saved file keeps the
     * permissions of the file it replaces, or gets the usual rw-r--r-- when it is new.
     */
    private static void keepPermissions(Path tmp, Path target) {
        try {
            Set<PosixFilePermission> perms = Files.exists(target)
                    ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): nothing to carry over.
        }
    }

    /** Makes the rename durable where the platform allows opening a directory. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not supported on every platform (Windows); the rename itself is still atomic.
        }
    }
}
