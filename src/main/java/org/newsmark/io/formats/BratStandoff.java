package org.newsmark.io.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.newsmark.io.AnnotationCsv;
import org.newsmark.model.Problem;
import org.newsmark.model.Shown;

/**
 * The lines of a brat standoff {@code .ann} file, parsed but not yet interpreted: text-bound
 * annotations ({@code T1\tType 0 5\ttext}, discontinuous {@code 0 5;10 15}), events
 * ({@code E1\tType:T2 Role:T1}), relations ({@code R1\tType Arg1:T1 Arg2:T2}), attributes
 * ({@code A1\tName E1} or {@code A1\tName E1 Value}, and the older {@code M} lines) and notes
 * ({@code #1\tAnnotatorNotes T1\ttext}) and equivalences ({@code *\tEquiv T1 T3 T7}).
 * Normalisations ({@code N}) are recognised and reported as not supported. Every line that does not parse is a problem with
 * its line number; nothing is dropped silently.
 */
public final class BratStandoff {

    /** A span of a text-bound annotation, in characters of the .txt as stored. */
    public record Fragment(int start, int end) {}

    public record TextBound(String id, String type, List<Fragment> fragments, String text, int line) {
        public TextBound {
            fragments = List.copyOf(fragments);
        }

        public int start() {
            return fragments.stream().mapToInt(Fragment::start).min().orElse(0);
        }

        public int end() {
            return fragments.stream().mapToInt(Fragment::end).max().orElse(0);
        }
    }

    /** An event argument: a role and the id of a T or E annotation. */
    public record Argument(String role, String target) {}

    public record Event(String id, String type, String trigger, List<Argument> arguments, int line) {
        public Event {
            arguments = List.copyOf(arguments);
        }
    }

    /** A binary relation; {@code source} is the Arg1 argument, {@code target} the Arg2 argument. */
    public record Relation(String id, String type, String source, String target, int line) {}

    /** An attribute; {@code value} is null for a binary attribute ({@code A1\tNegated E1}). */
    public record Attribute(String id, String name, String target, String value, int line) {}

    public record Note(String id, String type, String target, String text, int line) {}

    /** An equivalence ({@code *\tEquiv T1 T3 T7}): its type and the ids it makes one. */
    public record Equivalence(String type, List<String> members, int line) {
        public Equivalence {
            members = List.copyOf(members);
        }
    }

    public record Parsed(
            List<TextBound> textBounds,
            List<Event> events,
            List<Relation> relations,
            List<Attribute> attributes,
            List<Note> notes,
            List<Problem> problems,
            List<Equivalence> equivalences) {
        public Parsed(
                List<TextBound> textBounds,
                List<Event> events,
                List<Relation> relations,
                List<Attribute> attributes,
                List<Note> notes,
                List<Problem> problems) {
            this(textBounds, events, relations, attributes, notes, problems, List.of());
        }
    }

    private BratStandoff() {}

    public static Parsed parse(String ann, String shownPath) {
        List<TextBound> textBounds = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Equivalence> equivalences = new ArrayList<>();
        String[] lines = ann.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                if (line.startsWith("*\t")) {
                    equivalences.add(equivalence(line.substring(2), lineNo));
                    continue;
                }
                parseLine(line, lineNo, textBounds, events, relations, attributes, notes, problems, shownPath);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error(shownPath, lineNo, e.getMessage() + ": \"" + shorten(line) + "\""));
            }
        }
        return new Parsed(textBounds, events, relations, attributes, notes, problems, equivalences);
    }

    private static Equivalence equivalence(String rest, int lineNo) {
        String[] parts = rest.strip().split("\\s+");
        if (parts.length < 3) {
            throw new IllegalArgumentException("an equivalence needs TYPE and two ids or more");
        }
        return new Equivalence(parts[0], List.of(parts).subList(1, parts.length), lineNo);
    }

    private static void parseLine(
            String line,
            int lineNo,
            List<TextBound> textBounds,
            List<Event> events,
            List<Relation> relations,
            List<Attribute> attributes,
            List<Note> notes,
            List<Problem> problems,
            String shownPath) {
        int tab = line.indexOf('\t');
        if (tab <= 0) {
            throw new IllegalArgumentException("no tab after the annotation id");
        }
        String id = line.substring(0, tab);
        String rest = line.substring(tab + 1);
        switch (id.charAt(0)) {
            case 'T' -> textBounds.add(textBound(id, rest, lineNo));
            case 'E' -> events.add(event(id, rest, lineNo));
            case 'R' -> relations.add(relation(id, rest, lineNo));
            case 'A', 'M' -> attributes.add(attribute(id, rest, lineNo));
            case '#' -> notes.add(note(id, rest, lineNo));
            case 'N' ->
                problems.add(Problem.warning(
                        shownPath,
                        lineNo,
                        "normalisation " + id
                                + " (links to external databases) is not supported; the line is skipped"));
            default ->
                throw new IllegalArgumentException("unknown annotation kind '" + id.charAt(0)
                        + "' (brat ids start with T, E, R, A, M, N, # or *)");
        }
    }

    private static TextBound textBound(String id, String rest, int lineNo) {
        int tab = rest.indexOf('\t');
        if (tab < 0) {
            throw new IllegalArgumentException("a text-bound annotation needs TYPE START END, a tab and the text");
        }
        String head = rest.substring(0, tab).strip();
        String text = rest.substring(tab + 1);
        int space = head.indexOf(' ');
        if (space <= 0) {
            throw new IllegalArgumentException("a text-bound annotation needs a type and offsets");
        }
        String type = head.substring(0, space);
        List<Fragment> fragments = new ArrayList<>();
        for (String part : head.substring(space + 1).split(";")) {
            String[] numbers = part.strip().split(" +");
            if (numbers.length != 2) {
                throw new IllegalArgumentException("offsets \"" + part.strip() + "\" are not START END");
            }
            int start = number(numbers[0]);
            int end = number(numbers[1]);
            if (end <= start) {
                throw new IllegalArgumentException("end " + end + " is not after start " + start);
            }
            fragments.add(new Fragment(start, end));
        }
        return new TextBound(id, type, fragments, text, lineNo);
    }

    private static int number(String s) {
        OptionalInt n = AnnotationCsv.offset(s);
        if (n.isEmpty()) {
            throw new IllegalArgumentException("offset " + Shown.quote(s) + " is not a whole number:"
                    + " offsets are digits 0-9, without sign or leading zeros");
        }
        return n.getAsInt();
    }

    private static Event event(String id, String rest, int lineNo) {
        String[] parts = rest.strip().split("\\s+");
        String[] head = pair(parts[0], "TYPE:TRIGGER");
        List<Argument> args = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String[] p = pair(parts[i], "ROLE:ID");
            args.add(new Argument(p[0], p[1]));
        }
        return new Event(id, head[0], head[1], args, lineNo);
    }

    private static Relation relation(String id, String rest, int lineNo) {
        String[] parts = rest.strip().split("\\s+");
        if (parts.length != 3) {
            throw new IllegalArgumentException("a relation needs TYPE Arg1:ID Arg2:ID");
        }
        String[] a = pair(parts[1], "Arg1:ID");
        String[] b = pair(parts[2], "Arg2:ID");
        if (a[0].equals("Arg2") && b[0].equals("Arg1")) {
            return new Relation(id, parts[0], b[1], a[1], lineNo);
        }
        return new Relation(id, parts[0], a[1], b[1], lineNo);
    }

    private static Attribute attribute(String id, String rest, int lineNo) {
        String[] parts = rest.strip().split("\\s+");
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty()) {
            throw new IllegalArgumentException("an attribute needs NAME ID or NAME ID VALUE");
        }
        return new Attribute(id, parts[0], parts[1], parts.length == 3 ? parts[2] : null, lineNo);
    }

    private static Note note(String id, String rest, int lineNo) {
        int tab = rest.indexOf('\t');
        String head = (tab < 0 ? rest : rest.substring(0, tab)).strip();
        String text = tab < 0 ? "" : rest.substring(tab + 1);
        String[] parts = head.split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a note needs TYPE ID, a tab and the text");
        }
        return new Note(id, parts[0], parts[1], text, lineNo);
    }

    private static String[] pair(String s, String expected) {
        int colon = s.lastIndexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new IllegalArgumentException("\"" + s + "\" is not " + expected);
        }
        return new String[] {s.substring(0, colon), s.substring(colon + 1)};
    }

    static String shorten(String line) {
        return line.length() > 80 ? line.substring(0, 80) + "..." : line;
    }
}
