package org.newsmark.io.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.newsmark.io.TextFiles;
import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;

/**
 * Turns the bytes of a plain-text file into article text and says which encoding it was: UTF-8
 * with or without a byte order mark, UTF-16 with a byte order mark, or Windows-1252 when the bytes
 * are not UTF-8 (what Word and older Windows editors save). CRLF and lone CR become LF. Text that
 * looks binary (NUL characters, or many control characters) is refused.
 */
public final class PlainTextImport {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** More control characters than this share of the text (per mille) makes it binary. */
    static final int MAX_CONTROL_PER_MILLE = 10;

    private PlainTextImport() {}

    /** Decoded text and the name of the encoding that was used ({@code UTF-8}, {@code UTF-16LE}...). */
    public record Decoded(String text, String encoding) {}

    /** Decodes and normalises line ends, then refuses text that looks binary. */
    public static Decoded decodeText(byte[] bytes, String shownPath) throws FormatException {
        Decoded raw = decodeRaw(bytes, shownPath);
        String text = normaliseLineEnds(raw.text());
        checkNotBinary(text, shownPath);
        return new Decoded(text, raw.encoding());
    }

    /** The text of a plain-text file, as {@link #decodeText} (kept for callers that need no encoding). */
    public static String decode(byte[] bytes, String shownPath) throws FormatException {
        return decodeText(bytes, shownPath).text();
    }

    /**
     * Decodes without touching line ends or a leading U+FEFF that is not a byte order mark, for
     * formats whose offsets count the stored characters (brat). The UTF-8 byte order mark is
     * removed; {@link Decoded#encoding()} is then {@code UTF-8 with BOM}.
     */
    public static Decoded decodeRaw(byte[] bytes, String shownPath) throws FormatException {
        if (TextFiles.hasUtf8Bom(bytes)) {
            return new Decoded(TextFiles.decodeUtf8(bytes, shownPath), "UTF-8 with BOM");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, shownPath, "UTF-16LE"), "UTF-16LE");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, shownPath, "UTF-16BE"), "UTF-16BE");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new FormatException(Problem.error(
                        shownPath,
                        0,
                        "the file holds NUL bytes: it looks binary, not text (UTF-16 needs a byte order mark)"));
            }
        }
        try {
            return new Decoded(TextFiles.decodeUtf8(bytes, shownPath), "UTF-8");
        } catch (FormatException notUtf8) {
            return new Decoded(strict(bytes, 0, WINDOWS_1252, shownPath, "Windows-1252"), "Windows-1252");
        }
    }

    /**
     * Decodes a CSV corpus as {@link #decodeRaw} does, except that a few NUL bytes (at most 1% of
     * the file) do not refuse the whole file: each row is checked on its own afterwards, so the
     * rows that hold them are reported and the others imported. More NUL bytes than that is what
     * UTF-16 without a byte order mark, or a binary file, looks like, and is refused whole.
     */
    public static Decoded decodeCorpus(byte[] bytes, String shownPath) throws FormatException {
        long nul = 0;
        for (byte b : bytes) {
            if (b == 0) {
                nul++;
            }
        }
        if (nul == 0 || nul * 100 > bytes.length) {
            return decodeRaw(bytes, shownPath);
        }
        try {
            return new Decoded(
                    TextFiles.decodeUtf8(bytes, shownPath), TextFiles.hasUtf8Bom(bytes) ? "UTF-8 with BOM" : "UTF-8");
        } catch (FormatException notUtf8) {
            return new Decoded(strict(bytes, 0, WINDOWS_1252, shownPath, "Windows-1252"), "Windows-1252");
        }
    }

    private static String strict(byte[] bytes, int from, Charset charset, String shownPath, String name)
            throws FormatException {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
                    .toString();
        } catch (CharacterCodingException e) {
            String why = name.equals("Windows-1252")
                    ? "neither UTF-8 nor Windows-1252 text (it has bytes that neither defines): it looks binary;"
                            + " save it as UTF-8"
                    : "not valid " + name + " although it starts with a " + name + " byte order mark";
            throw new FormatException(Problem.error(shownPath, 0, why));
        }
    }

    public static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Refuses text with NUL characters or with more than 1% control characters (tabs, line ends
     * and form feeds excepted): such a file is binary, or text in an encoding we cannot read.
     */
    public static void checkNotBinary(String text, String shownPath) throws FormatException {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new FormatException(Problem.error(
                    shownPath, lineAt(text, nul), "the text holds NUL characters: it looks binary, not text"));
        }
        long controls = text.chars().filter(PlainTextImport::isStrayControl).count();
        long length = text.length();
        if (controls > 0 && controls * 1000 > Math.max(length, 100) * MAX_CONTROL_PER_MILLE) {
            throw new FormatException(Problem.error(
                    shownPath,
                    0,
                    "the text is " + (controls * 100 / Math.max(1, length))
                            + "% control characters: it looks binary, not text"));
        }
    }

    private static boolean isStrayControl(int c) {
        return (c < 0x20 && c != '\n' && c != '\t' && c != '\f' && c != '\r') || (c >= 0x7f && c < 0xa0);
    }

    static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
