package org.newsmark.io.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.newsmark.model.FormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainTextImportTest {
    private static final String SAMPLE = "café – “quotes” and … ‘more’\r\nline two\rline three";
    private static final String EXPECTED = "café – “quotes” and … ‘more’\nline two\nline three";

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        byte[] plain = SAMPLE.getBytes(StandardCharsets.UTF_8);
        assertThat(PlainTextImport.decodeText(plain, "a.txt"))
                .isEqualTo(new PlainTextImport.Decoded(EXPECTED, "UTF-8"));
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
        assertThat(PlainTextImport.decodeText(bom, "a.txt"))
                .isEqualTo(new PlainTextImport.Decoded(EXPECTED, "UTF-8 with BOM"));
    }

    @Test
    void utf16WithByteOrderMark() throws Exception {
        String withEmoji = SAMPLE + " \uD83D\uDE00";
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, withEmoji.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, withEmoji.getBytes(StandardCharsets.UTF_16BE));
        assertThat(PlainTextImport.decodeText(le, "le.txt"))
                .isEqualTo(new PlainTextImport.Decoded(EXPECTED + " \uD83D\uDE00", "UTF-16LE"));
        assertThat(PlainTextImport.decodeText(be, "be.txt"))
                .isEqualTo(new PlainTextImport.Decoded(EXPECTED + " \uD83D\uDE00", "UTF-16BE"));
    }

    @Test
    void windows1252WhenTheBytesAreNotUtf8() throws Exception {
        byte[] cp1252 = SAMPLE.getBytes(Charset.forName("windows-1252"));
        assertThat(cp1252).contains((byte) 0x96, (byte) 0x93, (byte) 0x94, (byte) 0xE9);
        assertThat(PlainTextImport.decodeText(cp1252, "w.txt"))
                .isEqualTo(new PlainTextImport.Decoded(EXPECTED, "Windows-1252"));
    }

    @Test
    void binaryIsRefused() {
        assertThatThrownBy(() -> PlainTextImport.decodeText(new byte[] {'a', 0, 'b'}, "x.bin"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("NUL bytes");
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        assertThatThrownBy(() -> PlainTextImport.decodeText(controls, "x.bin"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("control characters");
        // 0x81 is undefined in Windows-1252 and invalid in UTF-8.
        assertThatThrownBy(() -> PlainTextImport.decodeText(new byte[] {'a', (byte) 0x81, (byte) 0xFF}, "x.bin"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("neither UTF-8 nor Windows-1252");
    }

    @Test
    void aFewControlCharactersAreAllowed() throws Exception {
        String text = "Page one\f page two\u0007 ".repeat(1) + "x".repeat(200);
        assertThat(PlainTextImport.decodeText(text.getBytes(StandardCharsets.UTF_8), "a.txt")
                        .text())
                .isEqualTo(text);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
