package org.newsmark.model;

/**
 * Text from files and arguments as messages show it: on one line, with every control character
 * (and the Unicode line separators and bidirectional overrides, which move text on a terminal)
 * written as an escape, and values cut to a readable length. A newline in a field can then never
 * forge a line of output, nor an escape sequence reach the terminal.
 */
public final class Shown {
    /** Code points of a quoted value before it is cut. */
    public static final int VALUE = 60;
    /** Code points of a whole message before it is cut. */
    public static final int MESSAGE = 500;

    private Shown() {}

    /** The text with control characters escaped: {@code \n}, {@code \r}, {@code \t}, else {@code \u001B}. */
    public static String escape(String s) {
        if (s == null) {
            return "null";
        }
        int i = 0;
        while (i < s.length() && !needsEscape(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!needsEscape(c)) {
                b.append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else {
                b.append(String.format("\\u%04X", (int) c));
            }
        }
        return b.toString();
    }

    private static boolean needsEscape(char c) {
        return Character.isISOControl(c)
                || c == '\u2028'
                || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /** A value in double quotes, cut to {@link #VALUE} code points (then ending in …), escaped. */
    public static String quote(String s) {
        return "\"" + escape(cut(s == null ? "" : s, VALUE)) + "\"";
    }

    /** A message on one line: cut to {@code max} code points (then ending in …), escaped. */
    public static String line(String s, int max) {
        return escape(cut(s == null ? "" : s, max));
    }

    /** The first {@code max} code points of {@code s}, with … when something was cut. */
    public static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = s.offsetByCodePoints(0, Math.min(max, s.codePointCount(0, Math.min(s.length(), max * 2))));
        return end >= s.length() ? s : s.substring(0, end) + "…";
    }
}
