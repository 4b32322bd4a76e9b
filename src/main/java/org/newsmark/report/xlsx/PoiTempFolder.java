package org.newsmark.report.xlsx;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where POI puts the sheet files of a streaming workbook: a folder of this process's own
 * ({@code $TMPDIR/newsmark-poi-PID-N}) instead of the shared {@code $TMPDIR/poifiles}, removed
 * when the process ends; the folders of processes that were killed are removed the next time a
 * workbook is written, so killed exports never pile up sheet files.
 */
public final class PoiTempFolder {
    private static final String PREFIX = "newsmark-poi-";
    private static Path folder;

    private PoiTempFolder() {}

    /** Makes sure POI writes into this process's folder, creating it (and clearing stale ones) once. */
    public static synchronized void ensure() {
        if (folder != null && Files.isDirectory(folder)) {
            return;
        }
        try {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            removeStale(tmp);
            Path made = Files.createTempDirectory(
                    tmp, PREFIX + ProcessHandle.current().pid() + "-");
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(made.toFile()));
            if (folder == null) {
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(PoiTempFolder::removeOwn, "remove POI's temporary folder"));
            }
            folder = made;
        } catch (IOException | RuntimeException e) {
            // POI falls back to its shared folder; the export itself still works.
        }
    }

    private static synchronized void removeOwn() {
        if (folder != null) {
            deleteTree(folder);
        }
    }

    /** Removes the folders of processes that have ended. */
    private static void removeStale(Path tmp) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path p : s) {
                String rest = p.getFileName().toString().substring(PREFIX.length());
                int dash = rest.indexOf('-');
                try {
                    long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                    if (pid != ProcessHandle.current().pid()
                            && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
                        deleteTree(p);
                    }
                } catch (NumberFormatException e) {
                    // Not one of ours.
                }
            }
        } catch (IOException | RuntimeException e) {
            // Left for the next run.
        }
    }

    private static void deleteTree(Path dir) {
        if (Files.isSymbolicLink(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // Left for the next run.
        }
    }
}
