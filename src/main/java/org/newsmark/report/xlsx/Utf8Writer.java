package org.newsmark.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A buffered UTF-8 writer without the locking and the encoder of {@code OutputStreamWriter}: the
 * workbook's sheets are gigabytes of mostly ASCII XML written a few characters at a time. A lone
 * surrogate becomes {@code ?}, as {@code OutputStreamWriter} writes it.
 */
final class Utf8Writer extends Writer {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private char high;
    private boolean closed;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (pos + 4 > buf.length) {
            drain();
        }
        encode((char) c);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        int end = off + len;
        int i = off;
        while (i < end) {
            if (pos + 4 > buf.length) {
                drain();
            }
            // ASCII runs go straight into the buffer; everything else through encode().
            int room = Math.min(end, i + (buf.length - pos) / 4);
            for (; i < room; i++) {
                char c = s.charAt(i);
                if (c < 0x80 && high == 0) {
                    buf[pos++] = (byte) c;
                } else {
                    encode(c);
                }
            }
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (pos + 4 > buf.length) {
                drain();
            }
            encode(cbuf[i]);
        }
    }

    /** Bytes known to be ASCII (the workbook's tags and attributes), as they are. */
    void ascii(byte[] bytes) throws IOException {
        settle();
        if (pos + bytes.length > buf.length) {
            drain();
            if (bytes.length > buf.length) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    /** A whole number in decimal. */
    void digits(long value) throws IOException {
        if (value < 0) {
            write(Long.toString(value));
            return;
        }
        settle();
        if (pos + 20 > buf.length) {
            drain();
        }
        int start = pos;
        do {
            buf[pos++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value != 0);
        for (int i = start, j = pos - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    private static final byte[] LT = ascii("&lt;");
    private static final byte[] GT = ascii("&gt;");
    private static final byte[] AMP = ascii("&amp;");
    private static final byte[] LF = ascii("&#xa;");
    private static final byte[] CR = ascii("&#xd;");
    private static final byte[] TAB = ascii("&#x9;");

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Text as the content of an XML element: markup characters as entities, line breaks and tabs
     * as character references (so that they survive), other control characters, U+FFFE, U+FFFF
     * and lone surrogates (which XML does not allow) as {@code ?}.
     */
    void escaped(String s) throws IOException {
        settle();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (pos + 6 > buf.length) {
                drain();
            }
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80) {
                if (c == '<') {
                    put(LT);
                } else if (c == '>') {
                    put(GT);
                } else if (c == '&') {
                    put(AMP);
                } else {
                    buf[pos++] = (byte) c;
                }
            } else if (c < 0x20) {
                put(c == '\n' ? LF : c == '\r' ? CR : c == '\t' ? TAB : QUESTION);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                encode(c);
                encode(s.charAt(++i));
            } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                buf[pos++] = '?';
            } else {
                encode(c);
            }
        }
    }

    private static final byte[] QUESTION = {'?'};

    private void put(byte[] bytes) {
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    /** A high surrogate left by write(int) without its pair becomes {@code ?} before other output. */
    private void settle() throws IOException {
        if (high != 0) {
            if (pos + 4 > buf.length) {
                drain();
            }
            high = 0;
            buf[pos++] = '?';
        }
    }

    /** Encodes one char; the buffer has room for four bytes. */
    private void encode(char c) {
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                buf[pos++] = (byte) (0xF0 | cp >> 18);
                buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            buf[pos++] = '?';
        }
        if (c < 0x80) {
            buf[pos++] = (byte) c;
        } else if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | c >> 6);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[pos++] = '?';
        } else {
            buf[pos++] = (byte) (0xE0 | c >> 12);
            buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void drain() throws IOException {
        if (pos > 0) {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (high != 0) {
                high = 0;
                buf[pos++] = '?';
            }
            drain();
        } finally {
            out.close();
        }
    }
}
