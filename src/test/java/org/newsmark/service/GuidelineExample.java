package org.newsmark.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One executable example of the guidelines: a {@code newsmark-example} block, the article text it quotes and
 * the annotations it says the gold standard holds there. The block format is described in
 * guidelines/README.md ("Examples a test checks"); {@link #parse} reads every block of one Markdown file.
 */
record GuidelineExample(String file, int line, String doc, String text, List<Expectation> expectations) {
    static final String FENCE = "```newsmark-example";

    /**
     * Where a span lies: the n-th occurrence of {@code from} in the example text ({@code #n}), or the n-th closest
     * before it ({@code ^n}); with {@code to}, from there to the end of the next {@code to}. Fragments that begin or
     * end with a letter or digit match whole words only.
     */
    record SpanRef(String from, int occurrence, boolean before, String to) {
        String shown() {
            String n = occurrence > 1 ? Integer.toString(occurrence) : "";
            String s = "`" + from + "`" + (before ? "^" + n : n.isEmpty() ? "" : "#" + n);
            return to == null ? s : s + "…`" + to + "`";
        }
    }

    /**
     * One line of a block: a span with its label, attributes and links, or ({@code absentLayer} set) a span where
     * the layer has nothing. Roles named with {@code no} must have no link, attribute keys named so no value.
     */
    record Expectation(
            int line,
            String source,
            SpanRef span,
            String absentLayer,
            String label,
            Map<String, String> attributes,
            Map<String, List<SpanRef>> links,
            Set<String> denied) {}

    /** A block that cannot be read, with its place. */
    static final class FormatError extends RuntimeException {
        FormatError(String file, int line, String message) {
            super("guidelines/" + file + ":" + line + ": " + message);
        }
    }

    /** Every example block of a Markdown file, in order; a block that does not parse throws {@link FormatError}. */
    static List<GuidelineExample> parse(String file, String markdown) {
        String[] lines = markdown.split("\n", -1);
        List<GuidelineExample> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int close = fenceEnd(lines, i);
            if (close > i && lines[i].startsWith(FENCE)) {
                out.add(block(file, lines, i, close));
            }
            i = Math.max(i, close);
        }
        return out;
    }

    /**
     * The line that closes a fenced block opened at {@code i} (a run of three or more backticks; the closing line
     * has at least as many and nothing else, as in CommonMark), or {@code i} itself when no block opens there.
     */
    static int fenceEnd(String[] lines, int i) {
        int n = 0;
        while (n < lines[i].length() && lines[i].charAt(n) == '`') {
            n++;
        }
        if (n < 3) {
            return i;
        }
        for (int j = i + 1; j < lines.length; j++) {
            String t = lines[j].trim();
            if (t.length() >= n && t.chars().allMatch(c -> c == '`')) {
                return j;
            }
        }
        return lines.length - 1;
    }

    private static GuidelineExample block(String file, String[] lines, int fence, int close) {
        String[] info = lines[fence].substring(FENCE.length()).trim().split("\\s+");
        if (info.length != 1 || info[0].isEmpty()) {
            throw new FormatError(file, fence + 1, "the fence names no document: " + FENCE + " DOC");
        }
        List<String> ownText = new ArrayList<>();
        List<Expectation> expectations = new ArrayList<>();
        for (int i = fence + 1; i < close; i++) {
            String l = lines[i];
            if (l.startsWith(">")) {
                ownText.add(quoted(l));
            } else if (!l.isBlank() && !l.trim().startsWith("#")) {
                expectations.add(expectation(file, i + 1, l));
            }
        }
        String text = ownText.isEmpty() ? blockquoteAbove(lines, fence) : String.join("\n", ownText);
        if (text == null) {
            throw new FormatError(file, fence + 1, "no article text: put it in '>' lines in or right above the block");
        }
        if (expectations.isEmpty()) {
            throw new FormatError(file, fence + 1, "the example states no annotation");
        }
        return new GuidelineExample(file, fence + 1, info[0], text, List.copyOf(expectations));
    }

    /** The blockquote that ends right above a line (blank lines between are allowed), one article line per '>'. */
    static String blockquoteAbove(String[] lines, int at) {
        int end = at - 1;
        while (end >= 0 && lines[end].isBlank()) {
            end--;
        }
        int start = end;
        while (start >= 0 && lines[start].startsWith(">")) {
            start--;
        }
        if (start == end) {
            return null;
        }
        List<String> text = new ArrayList<>();
        for (int i = start + 1; i <= end; i++) {
            text.add(quoted(lines[i]));
        }
        return String.join("\n", text);
    }

    private static String quoted(String line) {
        return line.startsWith("> ") ? line.substring(2) : line.substring(1);
    }

    private static Expectation expectation(String file, int line, String source) {
        List<Object> tokens = Tokens.of(source, () -> new FormatError(file, line, "unclosed ` in: " + source));
        if (tokens.size() == 3
                && "no".equals(tokens.get(0))
                && tokens.get(1) instanceof String layer
                && tokens.get(2) instanceof SpanRef span) {
            return new Expectation(line, source.trim(), span, layer, null, Map.of(), Map.of(), Set.of());
        }
        if (tokens.size() < 2 || !(tokens.get(0) instanceof SpanRef span) || !(tokens.get(1) instanceof String label)) {
            throw new FormatError(file, line, "expected `span` LABEL ... or no LAYER `span`, got: " + source.trim());
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        Map<String, List<SpanRef>> links = new LinkedHashMap<>();
        Set<String> denied = new LinkedHashSet<>();
        for (int i = 2; i < tokens.size(); i++) {
            Object t = tokens.get(i);
            Object next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (t instanceof String word && word.contains("=")) {
                attributes.put(word.substring(0, word.indexOf('=')), word.substring(word.indexOf('=') + 1));
            } else if ("no".equals(t) && next instanceof String name) {
                denied.add(name);
                i++;
            } else if (t instanceof String role && next instanceof SpanRef target) {
                links.computeIfAbsent(role, r -> new ArrayList<>()).add(target);
                i++;
            } else {
                throw new FormatError(file, line, "cannot read '" + t + "' in: " + source.trim());
            }
        }
        return new Expectation(line, source.trim(), span, null, label, attributes, links, denied);
    }

    /** Splits a line into words and span references; a '#' after white space starts a comment. */
    private static final class Tokens {
        static List<Object> of(String s, Supplier<FormatError> unclosed) {
            List<Object> out = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '#') {
                    break;
                } else if (c == '`') {
                    i = span(s, i, out, unclosed);
                } else {
                    int j = i;
                    while (j < s.length() && !Character.isWhitespace(s.charAt(j))) {
                        j++;
                    }
                    out.add(s.substring(i, j));
                    i = j;
                }
            }
            return out;
        }

        private static int span(String s, int i, List<Object> out, Supplier<FormatError> unclosed) {
            int close = s.indexOf('`', i + 1);
            if (close < 0) {
                throw unclosed.get();
            }
            String from = s.substring(i + 1, close);
            int j = close + 1;
            int occurrence = 1;
            boolean before = false;
            if (j < s.length() && (s.charAt(j) == '^' || s.charAt(j) == '#')) {
                before = s.charAt(j) == '^';
                int k = j + 1;
                while (k < s.length() && Character.isDigit(s.charAt(k))) {
                    k++;
                }
                occurrence = k > j + 1 ? Integer.parseInt(s.substring(j + 1, k)) : 1;
                j = k;
            }
            String to = null;
            String rest = s.substring(j);
            String dots = rest.startsWith("…`") ? "…" : rest.startsWith("...`") ? "..." : null;
            if (dots != null) {
                int start = j + dots.length();
                int end = s.indexOf('`', start + 1);
                if (end < 0) {
                    throw unclosed.get();
                }
                to = s.substring(start + 1, end);
                j = end + 1;
            }
            out.add(new SpanRef(from, occurrence, before, to));
            return j;
        }
    }
}
