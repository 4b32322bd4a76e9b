package org.newsmark.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * Where an export goes, as the user named it. A regular file, or a new one, is replaced
 * atomically ({@link AtomicFile}: a failed or cancelled export leaves the old file); a symbolic
 * link stays a link and the file at the end of it is replaced; a FIFO, a device, or a path under
 * {@code /dev} or {@code /proc} ({@code /dev/stdout}) is written into and never replaced, since it
 * is not ours to swap for a file; {@code -} is the standard output the caller hands in. A failure
 * names the path the user gave, never a temporary file ("no space left on device: /dev/full").
 * Given the project's {@link ProjectPaths}, an export that would land on the project's data is
 * refused before anything is written.
 */
public final class OutputFile {
    /** The paths of the process's own standard output, written into like "-". */
    private static final List<String> STANDARD_OUTPUT = List.of("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1");

    private final Path path;
    private final String shown;
    private final OutputStream stream;
    private final ProjectPaths keepOut;

    private OutputFile(Path path, String shown, OutputStream stream, ProjectPaths keepOut) {
        this.path = path;
        this.shown = shown;
        this.stream = stream;
        this.keepOut = keepOut;
    }

    /** The file at {@code path} as the user gave it. */
    public static OutputFile of(Path path) {
        return new OutputFile(path, path.toString(), null, null);
    }

    /** A stream the caller owns (standard output); it is flushed, not closed. */
    public static OutputFile stream(OutputStream out, String shown) {
        return new OutputFile(null, shown, out, null);
    }

    /** Whether the user named standard output ({@code -}, {@code /dev/stdout}): nothing else may then be printed there. */
    public static boolean isStandardOutput(Path path) {
        return STANDARD_OUTPUT.contains(path.toString());
    }

    /** The same output, refused when it would land on the data of this project. */
    public OutputFile outsideOf(ProjectPaths project) {
        return new OutputFile(path, shown, stream, project);
    }

    /** The path as the user gave it (or the stream's name), for messages. */
    public String shown() {
        return shown;
    }

    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** Refuses, before any work is done, an output that lands on the project's data or is a folder. */
    public void check() throws IOException {
        if (path == null) {
            return;
        }
        if (keepOut != null) {
            Optional<String> problem = keepOut.exportProblem(path);
            if (problem.isPresent()) {
                throw new UnsafePathException(shown, problem.get());
            }
        }
        if (Files.isDirectory(path)) {
            throw new FileSystemException(shown, null, "is a folder, not a file");
        }
    }

    /** Writes the content; on failure the path the user gave is named, and a regular file keeps its old content. */
    public void write(AtomicFile.Content content) throws IOException {
        check();
        // POI sometimes swallows the IOException of a failed write and throws its own without a
        // cause ("Failed to save: content types part"): the first failure of the stream is kept.
        IOException[] first = new IOException[1];
        AtomicFile.Content recorded = out -> content.writeTo(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    first[0] = first[0] == null ? e : first[0];
                    throw e;
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    first[0] = first[0] == null ? e : first[0];
                    throw e;
                }
            }

            @Override
            public void close() throws IOException {
                // The caller's stream (standard output, or the file being written) is closed by its owner.
                flush();
            }
        });
        try {
            if (path == null) {
                recorded.writeTo(stream);
                stream.flush();
                return;
            }
            Path target = ProjectPaths.realTarget(path);
            if (writtenInto(target)) {
                // Following the user's path, not the resolved one: /dev/stdout resolves to "pipe:[…]".
                try (OutputStream out =
                        Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                    recorded.writeTo(out);
                }
                return;
            }
            AtomicFile.cleanStale(target);
            AtomicFile.write(target, recorded);
        } catch (UnsafePathException e) {
            throw e;
        } catch (IOException e) {
            throw named(first[0] != null ? first[0] : e);
        } catch (RuntimeException e) {
            IOException io = first[0];
            for (Throwable t = e.getCause(); io == null && t != null; t = t.getCause()) {
                io = t instanceof IOException x ? x : null;
            }
            if (io == null) {
                throw e;
            }
            throw named(io);
        }
    }

    /** Whether the output is a FIFO, a device or a file of the system, to be written into rather than replaced. */
    private boolean writtenInto(Path target) {
        String given = path.toAbsolutePath().normalize().toString();
        if (given.startsWith("/dev/") || given.startsWith("/proc/") || STANDARD_OUTPUT.contains(path.toString())) {
            return true;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(target, BasicFileAttributes.class);
            return !a.isRegularFile() && !a.isDirectory();
        } catch (IOException e) {
            return false;
        }
    }

    /** The failure with the user's path in place of a temporary file's, and the system's reason kept. */
    private IOException named(IOException e) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        FileSystemException out;
        if (e instanceof NoSuchFileException) {
            out = new NoSuchFileException(shown, null, reason);
        } else if (e instanceof AccessDeniedException) {
            out = new AccessDeniedException(shown, null, reason);
        } else {
            out = new FileSystemException(shown, null, reason == null ? "cannot write" : reason);
        }
        out.initCause(e);
        return out;
    }
}
