package org.newsmark.io;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock on one annotator's file for one article, so that a second window or a second process
 * opens it read-only instead of overwriting the first one's work. The lock is a file beside the
 * annotation file ({@code .DOC.csv.lock}) holding the owner's process id, host and time; a lock
 * whose process on this host is gone is stale and taken over.
 */
public final class AnnotatorLock implements AutoCloseable {
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private boolean released;

    private AnnotatorLock(Path file) {
        this.file = file;
    }

    /** Who holds a lock: process id, host and since when. */
    public record Owner(long pid, String host, String since) {
        @Override
        public String toString() {
            return "process " + pid + " on " + host + " since " + since;
        }
    }

    /** The outcome of trying to lock: the lock, or who holds it. */
    public record Attempt(Optional<AnnotatorLock> lock, Optional<Owner> heldBy) {}

    public static Path lockFileFor(Path annotationFile) {
        return annotationFile.resolveSibling("." + annotationFile.getFileName() + ".lock");
    }

    public static Attempt acquire(Path annotationFile) throws IOException {
        Path lock = lockFileFor(annotationFile).toAbsolutePath().normalize();
        Files.createDirectories(lock.getParent());
        Owner me =
                new Owner(ProcessHandle.current().pid(), host(), Instant.now().toString());
        for (int attempt = 0; attempt < 2; attempt++) {
            if (HELD_HERE.contains(lock)) {
                return new Attempt(Optional.empty(), Optional.of(read(lock).orElse(me)));
            }
            try {
                Files.writeString(
                        lock,
                        me.pid() + "\n" + me.host() + "\n" + me.since() + "\n",
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                HELD_HERE.add(lock);
                return new Attempt(Optional.of(new AnnotatorLock(lock)), Optional.empty());
            } catch (FileAlreadyExistsException e) {
                Optional<Owner> owner = read(lock);
                if (owner.isPresent() && !isStale(owner.get())) {
                    return new Attempt(Optional.empty(), owner);
                }
                Files.deleteIfExists(lock); // stale: its process is gone
            }
        }
        return new Attempt(Optional.empty(), read(lock));
    }

    private static boolean isStale(Owner owner) {
        if (!owner.host().equals(host())) {
            return false; // cannot tell for another machine: respect it
        }
        return ProcessHandle.of(owner.pid()).map(p -> !p.isAlive()).orElse(true);
    }

    private static Optional<Owner> read(Path lock) {
        try {
            String[] lines = Files.readString(lock, StandardCharsets.UTF_8).split("\n");
            return Optional.of(new Owner(
                    Long.parseLong(lines[0].trim()),
                    lines.length > 1 ? lines[1] : "?",
                    lines.length > 2 ? lines[2] : "?"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    @Override
    public void close() {
        if (released) {
            return;
        }
        released = true;
        HELD_HERE.remove(file);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A lock file left behind is stale once this process ends and is then taken over.
        }
    }
}
