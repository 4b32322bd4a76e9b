package org.newsmark.io;


/**
 * Turns the bytes of a plain-text file into article text: UTF-8 with or without a byte order
 * mark, CRLF and lone CR line endings normalised to LF.
 */
public final class PlainTextImport {
    private PlainTextImport() {
    }

    public static String decode(byte[] bytes, String shownPath) throws FormatException {
        String text = TextFiles.decodeUtf8(bytes, shownPath);
        return normaliseLineEnds(text);
    }

    public static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

}
