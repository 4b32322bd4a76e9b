package org.newsmark.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule for document ids and annotator names: they become file and folder names, so they are
 * restricted to {@code [A-Za-z0-9][A-Za-z0-9._-]*}, at most 100 characters, and never a Windows
 * device name. {@code gold} is reserved for the adjudicated gold standard.
 */
public final class Names {
    public static final String GOLD = "gold";
    public static final int MAX_LENGTH = 100;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Set<String> DEVICES = Set.of(
            "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1",
            "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private Names() {}

    /** Why the name is not safe, or null when it is. */
    public static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "the name is empty";
        }
        if (name.length() > MAX_LENGTH) {
            return "the name is longer than " + MAX_LENGTH + " characters";
        }
        if (!SAFE.matcher(name).matches()) {
            return "\"" + printable(name)
                    + "\" may only hold letters A-Z, digits, '.', '_' and '-', starting with a letter or digit";
        }
        String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (DEVICES.contains(base.toUpperCase(Locale.ROOT))) {
            return "\"" + name + "\" is a reserved device name on Windows";
        }
        if (name.endsWith(".")) {
            return "\"" + name + "\" ends with a dot, which Windows drops";
        }
        return null;
    }

    public static boolean isSafe(String name) {
        return problem(name) == null;
    }

    /** The name, or an IllegalArgumentException saying what is wrong with it. */
    public static String requireSafe(String what, String name) {
        String problem = problem(name);
        if (problem != null) {
            throw new IllegalArgumentException("bad " + what + ": " + problem);
        }
        return name;
    }

    /** An annotator name: safe and not the reserved {@code gold}. */
    public static String annotatorProblem(String name) {
        String problem = problem(name);
        if (problem == null && name.equalsIgnoreCase(GOLD)) {
            return "\"gold\" is reserved for the gold standard";
        }
        return problem;
    }

    /**
     * A safe id made from any string (a file name): unsafe characters become '-', accents are
     * dropped, a leading non-alphanumeric is removed; never empty.
     */
    public static String makeSafe(String raw) {
        String ascii = Normalizer.normalize(raw, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-");
        s = s.replaceAll("^[^A-Za-z0-9]+", "").replaceAll("[.-]+$", "");
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH).replaceAll("[.-]+$", "");
        }
        if (s.isEmpty()) {
            s = "article";
        }
        if (problem(s) != null) {
            s = "doc-" + s;
        }
        return s;
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(60).forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
