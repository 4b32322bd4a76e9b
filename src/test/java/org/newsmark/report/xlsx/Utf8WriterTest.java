package org.newsmark.report.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook's UTF-8 writer writes the bytes Java's own encoder writes, whatever the text. */
class Utf8WriterTest {
    private static final char[] ALPHABET = {
        'a', 'Z', '<', '"', 'é', 'ß', 'Ж', 'ب', '€', '“', '\u0000', '\n', '\uD83D', '\uDE00', '\uDBFF', '\uDFFF',
        '\uFFFD', '\u07FF', '\u0800'
    };

    @Test
    void sameBytesAsOutputStreamWriterForRandomTextIncludingLoneSurrogates() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round < 250 ? 40 : 200_000);
            for (int i = 0; i < length; i++) {
                text.append(
                        random.nextInt(3) == 0
                                ? ALPHABET[random.nextInt(ALPHABET.length)]
                                : (char) ('a' + random.nextInt(26)));
            }
            String s = text.toString();
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            try (Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
                    Writer ours = new Utf8Writer(actual)) {
                // The same text in pieces of every kind: strings, single chars and char arrays.
                int i = 0;
                while (i < s.length()) {
                    int n = Math.min(s.length() - i, 1 + random.nextInt(70_000));
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            jdk.write(s, i, n);
                            ours.write(s, i, n);
                        }
                        case 1 -> {
                            n = 1;
                            jdk.write(s.charAt(i));
                            ours.write(s.charAt(i));
                        }
                        default -> {
                            jdk.write(s.toCharArray(), i, n);
                            ours.write(s.toCharArray(), i, n);
                        }
                    }
                    i += n;
                }
            }
            assertThat(actual.toByteArray())
                    .as("round %d, %d chars", round, length)
                    .isEqualTo(expected.toByteArray());
        }
    }
}
