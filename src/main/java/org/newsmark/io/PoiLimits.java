package org.newsmark.io;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's guards against zip bombs and huge parts live in static fields shared by the whole
 * program. Each reader sets the limits it needs for the time of its read, under one lock, and
 * puts the previous values back, so that a strict limit for articles never leaks into reading a
 * large workbook, nor a loose one into reading a Word file.
 */
public final class PoiLimits {
    /** A read that may throw. */
    @FunctionalInterface
    public interface Read<T, E extends Exception> {
        T run() throws E;
    }

    private PoiLimits() {}

    /**
     * Runs a read with these limits.
     *
     * @param minInflateRatio the smallest packed/unpacked ratio a part may have (smaller: a zip bomb)
     * @param maxEntrySize    the largest unpacked part, in bytes
     * @param maxTextSize     the most characters POI extracts
     */
    public static <T, E extends Exception> T with(
            double minInflateRatio, long maxEntrySize, long maxTextSize, Read<T, E> read) throws E {
        synchronized (ZipSecureFile.class) {
            double ratio = ZipSecureFile.getMinInflateRatio();
            long entry = ZipSecureFile.getMaxEntrySize();
            long text = ZipSecureFile.getMaxTextSize();
            long files = ZipSecureFile.getMaxFileCount();
            try {
                ZipSecureFile.setMinInflateRatio(minInflateRatio);
                ZipSecureFile.setMaxEntrySize(Math.max(1, Math.min(maxEntrySize, 0xFFFFFFFFL)));
                ZipSecureFile.setMaxTextSize(Math.max(1, maxTextSize));
                ZipSecureFile.setMaxFileCount(10_000);
                return read.run();
            } finally {
                ZipSecureFile.setMinInflateRatio(ratio);
                ZipSecureFile.setMaxEntrySize(entry);
                ZipSecureFile.setMaxTextSize(text);
                ZipSecureFile.setMaxFileCount(files);
            }
        }
    }
}
