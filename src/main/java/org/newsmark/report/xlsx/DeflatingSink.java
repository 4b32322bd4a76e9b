package org.newsmark.report.xlsx;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * An output stream that deflates what it is given on a thread of its own and writes the raw
 * deflate data (no header, ended by a sync flush, not a final block) to {@code out}, counting the
 * CRC-32 and the length of the uncompressed bytes. A sheet of the workbook is thus compressed on
 * the second core while the first writes the next rows, and its bytes can be put into the zip
 * file as they are ({@link StreamingWorkbook}).
 */
final class DeflatingSink extends OutputStream {
    // Under half of G1's smallest region (1 MB), so that a chunk is never a humongous object.
    private static final int CHUNK = 256 << 10;
    private static final byte[] END = new byte[0];

    private final OutputStream out;
    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(4);
    private final Thread worker;
    private final CRC32 crc = new CRC32();
    private long size;
    private long compressedSize;
    private volatile Throwable failure;
    private byte[] buf = new byte[CHUNK];
    private int pos;
    private boolean closed;

    DeflatingSink(OutputStream out, String name) {
        this.out = out;
        worker = new Thread(this::run, "deflate " + name);
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void write(int b) throws IOException {
        if (pos == buf.length) {
            hand();
        }
        buf[pos++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (pos == buf.length) {
                hand();
            }
            int n = Math.min(len, buf.length - pos);
            System.arraycopy(b, off, buf, pos, n);
            pos += n;
            off += n;
            len -= n;
        }
    }

    private void hand() throws IOException {
        byte[] chunk = pos == buf.length ? buf : Arrays.copyOf(buf, pos);
        put(chunk);
        buf = new byte[CHUNK];
        pos = 0;
    }

    private void put(byte[] chunk) throws IOException {
        check();
        try {
            queue.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while compressing a sheet");
        }
    }

    private void check() throws IOException {
        Throwable f = failure;
        if (f instanceof IOException io) {
            throw new IOException(io.getMessage(), io);
        }
        if (f != null) {
            throw new IOException("compressing a sheet failed: " + f, f);
        }
    }

    private void run() {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        byte[] zipped = new byte[CHUNK];
        try {
            while (true) {
                byte[] chunk = queue.take();
                if (failure != null) {
                    if (chunk == END) {
                        return;
                    }
                    continue;
                }
                try {
                    if (chunk == END) {
                        int n;
                        do {
                            n = deflater.deflate(zipped, 0, zipped.length, Deflater.SYNC_FLUSH);
                            emit(zipped, n);
                        } while (n == zipped.length);
                        out.flush();
                        return;
                    }
                    crc.update(chunk, 0, chunk.length);
                    size += chunk.length;
                    deflater.setInput(chunk);
                    while (!deflater.needsInput()) {
                        emit(zipped, deflater.deflate(zipped, 0, zipped.length, Deflater.NO_FLUSH));
                    }
                } catch (IOException | RuntimeException e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            failure = e;
        } finally {
            deflater.end();
        }
    }

    private void emit(byte[] zipped, int n) throws IOException {
        if (n > 0) {
            out.write(zipped, 0, n);
            compressedSize += n;
        }
    }

    @Override
    public void flush() {
        // Data reaches the file when a chunk is full or at close; flushing earlier would cost compression.
    }

    /** Compresses what is left, waits for the thread and closes {@code out}. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (pos > 0) {
                hand();
            }
            try {
                queue.put(END);
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while compressing a sheet");
            }
            check();
        } finally {
            out.close();
        }
    }

    /** CRC-32 of the uncompressed bytes; valid after close. */
    long crc() {
        return crc.getValue();
    }

    /** Uncompressed length; valid after close. */
    long size() {
        return size;
    }

    /** Length of the raw deflate data written to {@code out}; valid after close. */
    long compressedSize() {
        return compressedSize;
    }

    /**
     * The CRC-32 of A followed by B from the CRC-32 of each and the length of B (zlib's
     * {@code crc32_combine}: appending B's length in zeros is a linear map, applied by repeated
     * squaring of the matrix over GF(2)).
     */
    static long combine(long crcA, long crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        odd[0] = 0xEDB88320L; // the CRC-32 polynomial: the operator for one zero bit
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        long crc = crcA;
        long len = lengthB;
        do {
            square(even, odd); // one zero byte first, then doubling
            if ((len & 1) != 0) {
                crc = times(even, crc);
            }
            len >>= 1;
            if (len == 0) {
                break;
            }
            square(odd, even);
            if ((len & 1) != 0) {
                crc = times(odd, crc);
            }
            len >>= 1;
        } while (len != 0);
        return crc ^ crcB;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] result, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            result[n] = times(matrix, matrix[n]);
        }
    }
}
