package org.newsmark.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;

/** Strict UTF-8 reading with messages that say where the file is broken. */
public final class TextFiles {
    /** Larger files are refused rather than read into memory. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private TextFiles() {}

    /**
     * The file's text, without a UTF-8 byte order mark.
     *
     * @param shownPath the path as messages show it (relative to the project)
     */
    public static String readUtf8(Path file, String shownPath) throws FormatException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new FormatException(Problem.error(
                        shownPath,
                        0,
                        "the file is " + size + " bytes; files over " + MAX_BYTES + " bytes are not read"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new FormatException(Problem.error(shownPath, 0, "the file does not exist"));
        } catch (IOException e) {
            throw new FormatException(Problem.error(shownPath, 0, "cannot read the file: " + describe(e)));
        }
        return decodeUtf8(bytes, shownPath);
    }

    public static String decodeUtf8(byte[] bytes, String shownPath) throws FormatException {
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        // The JDK's own decoding is several times faster than a decoder that reports errors; it
        // replaces a malformed sequence with U+FFFD, so a text without U+FFFD was valid. One with
        // it (which valid UTF-8 may hold too) is checked by the strict decoder.
        String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer chars = decoder.decode(in);
            return chars.toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, offset);
            int line = 1;
            for (int i = 0; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new FormatException(Problem.error(
                    shownPath,
                    line,
                    "not UTF-8: invalid byte 0x"
                            + String.format("%02X", bytes[Math.min(bad, bytes.length - 1)] & 0xff) + " at byte " + bad
                            + "; save the file as UTF-8 (or use 'newsmark import', which converts)"));
        }
    }

    public static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static int firstInvalidUtf8(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length - 1;
    }

    static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "") + (m == null ? "" : " " + m);
    }
}
