package org.newsmark.service.team;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;

/**
 * Writes many objects at once (a share's first commit, a commit of hundreds of files) into one
 * pack instead of one file each, then forces the new pack to disk: one flush to disk instead of
 * thousands, and as safe against a power loss. Few objects go the usual way, each forced to disk
 * as the clone's settings ask.
 */
final class ObjectBatch implements AutoCloseable {
    /** From this many objects on, a pack is written. */
    static final int BULK = 64;

    private final Repository repo;
    private final ObjectInserter inserter;
    private final Set<Path> before;

    ObjectBatch(Repository repo, int expected) throws IOException {
        this.repo = repo;
        if (expected >= BULK && repo.getObjectDatabase() instanceof ObjectDirectory dir) {
            this.before = packs();
            this.inserter = dir.newPackInserter();
        } else {
            this.before = null;
            this.inserter = repo.newObjectInserter();
        }
    }

    ObjectInserter inserter() {
        return inserter;
    }

    /** Makes every object inserted so far visible and durable. */
    void flush() throws IOException {
        inserter.flush();
        if (before != null) {
            Path dir = packDir();
            for (Path p : packs()) {
                if (!before.contains(p)) {
                    force(p, false);
                }
            }
            force(dir, true);
        }
    }

    private Path packDir() {
        return repo.getDirectory().toPath().resolve("objects").resolve("pack");
    }

    private Set<Path> packs() throws IOException {
        Set<Path> out = new HashSet<>();
        if (Files.isDirectory(packDir())) {
            try (Stream<Path> s = Files.list(packDir())) {
                s.forEach(out::add);
            }
        }
        return out;
    }

    private static void force(Path p, boolean directory) {
        try (FileChannel c = FileChannel.open(p, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            if (!directory) {
                throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
            }
            // Directories cannot be opened on every platform (Windows); the files themselves are forced.
        }
    }

    @Override
    public void close() {
        inserter.close();
    }
}
