package org.newsmark.report.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The background compression of sheet data, and the CRC-32 arithmetic that joins the parts. */
class DeflatingSinkTest {
    @Test
    void combinedCrcEqualsTheCrcOfTheJoinedBytes() {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            byte[] a = new byte[random.nextInt(round < 400 ? 300 : 3_000_000)];
            byte[] b = new byte[random.nextInt(round < 400 ? 300 : 3_000_000)];
            random.nextBytes(a);
            random.nextBytes(b);
            CRC32 whole = new CRC32();
            whole.update(a);
            whole.update(b);
            assertThat(DeflatingSink.combine(crc(a), crc(b), b.length))
                    .as("round %d: %d + %d bytes", round, a.length, b.length)
                    .isEqualTo(whole.getValue());
        }
    }

    @Test
    void writtenBytesInflateBackWithTheirCrcAndLengthsAndJoinWithAnotherStream() throws Exception {
        Random random = new Random(12);
        for (int size : new int[] {0, 1, 1000, (1 << 20) - 1, 1 << 20, 3 * (1 << 20) + 17, 9_000_000}) {
            byte[] data = new byte[size];
            String cell = "<c t=\"b\"><v>1</v></c>";
            for (int i = 0; i < size; i++) {
                // Sheet-like: repetitive text with some noise, so that it compresses.
                data[i] = (byte) (random.nextInt(8) == 0 ? random.nextInt(256) : cell.charAt(i % cell.length()));
            }
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            try (DeflatingSink sink = new DeflatingSink(raw, "test")) {
                int i = 0;
                while (i < size) {
                    int n = Math.min(size - i, random.nextInt(100_000) + 1);
                    if (n == 1) {
                        sink.write(data[i]);
                    } else {
                        sink.write(data, i, n);
                    }
                    i += n;
                }
                sink.close();
                assertThat(sink.size()).isEqualTo(size);
                assertThat(sink.crc()).isEqualTo(crc(data));
                assertThat(sink.compressedSize()).isEqualTo(raw.size());
            }
            // The stream ends with a sync flush, not a final block: a final block from another
            // deflater appended to it makes one valid stream, as the workbook's sheets are built.
            byte[] tail = "</sheetData></worksheet>".getBytes();
            byte[] joined = concat(raw.toByteArray(), deflateLast(tail));
            assertThat(inflate(joined)).as("%d bytes", size).isEqualTo(concat(data, tail));
        }
    }

    @Test
    @Timeout(20)
    void aFailingFileIsReportedAndNeverHangsTheWriter() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        DeflatingSink sink = new DeflatingSink(broken, "test");
        byte[] block = new byte[1 << 20];
        new Random(13).nextBytes(block);
        assertThatThrownBy(() -> {
                    for (int i = 0; i < 50; i++) {
                        sink.write(block);
                    }
                    sink.close();
                })
                .isInstanceOf(IOException.class)
                .hasMessageContaining("No space left on device");
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] deflateLast(byte[] bytes) {
        Deflater d = new Deflater(Deflater.BEST_SPEED, true);
        d.setInput(bytes);
        d.finish();
        byte[] buf = new byte[bytes.length + 64];
        int n = d.deflate(buf);
        d.end();
        return Arrays.copyOf(buf, n);
    }

    private static byte[] inflate(byte[] raw) throws DataFormatException {
        Inflater inflater = new Inflater(true);
        inflater.setInput(raw);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!inflater.finished()) {
            int n = inflater.inflate(buf);
            if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                throw new DataFormatException("the stream ended before its final block");
            }
            out.write(buf, 0, n);
        }
        inflater.end();
        return out.toByteArray();
    }
}
