package org.newsmark.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.newsmark.model.FormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Strict UTF-8 reading: the fast path never lets a malformed file through, nor refuses a valid one. */
class TextFilesTest {
    @Test
    void validTextIsReadAsItIsEvenWithReplacementCharactersAndABom() throws Exception {
        String text = "Zelensky said: “�” means a lost character; Кремль, بيسكوف, 😀";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(TextFiles.decodeUtf8(bytes, "a.txt")).isEqualTo(text);
        byte[] bom = new byte[bytes.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, bom, 3, bytes.length);
        assertThat(TextFiles.decodeUtf8(bom, "a.txt")).isEqualTo(text);
    }

    @Test
    void everyMalformedSequenceIsRefusedWithItsLineAndByte() {
        byte[][] bad = {
            {'a', '\n', (byte) 0xE9, 'b'}, // Latin-1 é
            {'a', '\n', (byte) 0xC0, (byte) 0xAF}, // overlong '/'
            {'a', '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
            {'a', '\n', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
            {'a', '\n', (byte) 0xE2, (byte) 0x82}, // truncated at the end
        };
        for (byte[] b : bad) {
            assertThatThrownBy(() -> TextFiles.decodeUtf8(b, "x.txt"))
                    .isInstanceOf(FormatException.class)
                    .hasMessageContaining("x.txt:2")
                    .hasMessageContaining("at byte 2");
        }
    }

    @Test
    void randomBytesAreReadExactlyWhenTheJdkStrictDecoderReadsThem() {
        Random random = new Random(5);
        for (int round = 0; round < 5000; round++) {
            byte[] b = new byte[random.nextInt(12)];
            random.nextBytes(b);
            String strict;
            try {
                strict = StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(ByteBuffer.wrap(b))
                        .toString();
            } catch (CharacterCodingException e) {
                strict = null;
            }
            if (strict == null || TextFiles.hasUtf8Bom(b)) {
                if (!TextFiles.hasUtf8Bom(b)) {
                    assertThatThrownBy(() -> TextFiles.decodeUtf8(b, "r.txt")).isInstanceOf(FormatException.class);
                }
            } else {
                try {
                    assertThat(TextFiles.decodeUtf8(b, "r.txt")).isEqualTo(strict);
                } catch (FormatException e) {
                    throw new AssertionError("valid UTF-8 refused", e);
                }
            }
        }
    }
}
