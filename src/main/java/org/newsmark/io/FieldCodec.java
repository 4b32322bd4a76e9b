package org.newsmark.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsmark.model.Link;

/**
 * The {@code links} and {@code attributes} columns: {@code key=value} pairs joined by {@code ;}.
 * A backslash escapes {@code ;}, {@code =} and itself inside keys and values, so any text
 * survives: {@code note=a\;b} is the value {@code a;b}.
 */
public final class FieldCodec {
    private FieldCodec() {}

    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == ';' || c == '=') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    public static String formatLinks(List<Link> links) {
        StringBuilder b = new StringBuilder();
        for (Link l : links) {
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(escape(l.role())).append('=').append(escape(l.target()));
        }
        return b.toString();
    }

    public static String formatAttributes(Map<String, String> attributes) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(escape(e.getKey())).append('=').append(escape(e.getValue()));
        }
        return b.toString();
    }

    /** Parses pairs; throws IllegalArgumentException with a readable reason. */
    public static List<String[]> parsePairs(String field) {
        List<String[]> pairs = new ArrayList<>();
        if (field.isEmpty()) {
            return pairs;
        }
        StringBuilder key = new StringBuilder();
        StringBuilder value = null;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\') {
                if (i + 1 >= field.length()) {
                    throw new IllegalArgumentException(
                            "a backslash ends \"" + field + "\"; write \\\\ for one backslash");
                }
                char n = field.charAt(++i);
                if (n != '\\' && n != ';' && n != '=') {
                    throw new IllegalArgumentException(
                            "unknown escape \\" + n + " in \"" + field + "\"; only \\; \\= and \\\\ are escapes");
                }
                (value == null ? key : value).append(n);
            } else if (c == ';') {
                pairs.add(finish(key, value, field));
                key = new StringBuilder();
                value = null;
            } else if (c == '=' && value == null) {
                value = new StringBuilder();
            } else {
                (value == null ? key : value).append(c);
            }
        }
        pairs.add(finish(key, value, field));
        return pairs;
    }

    private static String[] finish(StringBuilder key, StringBuilder value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("\"" + key + "\" has no '=' in \"" + field + "\"");
        }
        if (key.length() == 0) {
            throw new IllegalArgumentException("a pair without a name in \"" + field + "\"");
        }
        return new String[] {key.toString(), value.toString()};
    }

    public static List<Link> parseLinks(String field) {
        if (field.isEmpty()) {
            // Most rows have no links: no list to build and throw away.
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        for (String[] p : parsePairs(field)) {
            if (p[1].isEmpty()) {
                throw new IllegalArgumentException("link " + p[0] + "= has no target id");
            }
            links.add(new Link(p[0], p[1]));
        }
        return links;
    }

    public static Map<String, String> parseAttributes(String field) {
        if (field.isEmpty()) {
            return Map.of();
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (String[] p : parsePairs(field)) {
            if (map.put(p[0], p[1]) != null) {
                throw new IllegalArgumentException("attribute " + p[0] + " is given twice");
            }
        }
        return map;
    }
}
