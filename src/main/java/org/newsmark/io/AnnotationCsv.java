package org.newsmark.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.FormatException;
import org.newsmark.model.Link;
import org.newsmark.model.Problem;
import org.newsmark.model.Shown;

/**
 * The annotation file: RFC 4180 CSV in UTF-8 with the header {@link #HEADER}, one row per
 * annotation, rows in file order (start, end, id). Reading accepts a byte order mark and CRLF
 * row ends, as spreadsheets write them.
 */
public final class AnnotationCsv {
    public static final List<String> HEADER =
            List.of("doc", "annotator", "id", "layer", "label", "start", "end", "text", "links", "attributes", "note");

    private AnnotationCsv() {}

    /** The rows of a file that parsed, each with its line, and the problems of those that did not. */
    public record Parsed(List<Annotation> annotations, List<Integer> lines, List<Problem> problems) {
        public Parsed {
            annotations = List.copyOf(annotations);
            lines = List.copyOf(lines);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Parses annotation rows; rows with a wrong column count, bad numbers, a bad links or
     * attributes field, or doc/annotator columns other than expected are reported, not returned.
     * Rules that need the article and schema are checked elsewhere ({@code AnnotationRules}).
     */
    public static Parsed parse(String content, String shownPath, String expectedDoc, String expectedAnnotator) {
        List<Annotation> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (CsvRows reader = CsvRows.open(content, shownPath)) {
            String[] header = reader.header();
            if (header == null) {
                problems.add(Problem.error(
                        shownPath, 1, "the file is empty; it needs the header " + String.join(",", HEADER)));
                return new Parsed(rows, lines, problems);
            }
            if (!Arrays.asList(header).equals(HEADER)) {
                problems.add(Problem.error(
                        shownPath,
                        1,
                        "wrong header " + Shown.quote(String.join(",", header)) + "; expected "
                                + String.join(",", HEADER)));
                return new Parsed(rows, lines, problems);
            }
            // One copy of each layer and label name for the whole file, not one per row.
            Map<String, String> names = new HashMap<>();
            for (CsvRows.Row r; (r = reader.next()) != null; ) {
                String[] row = r.fields();
                int line = r.line();
                if (row.length > 4) {
                    row[3] = names.computeIfAbsent(row[3], k -> k);
                    row[4] = names.computeIfAbsent(row[4], k -> k);
                }
                Annotation a = parseRow(row, line, shownPath, expectedDoc, expectedAnnotator, problems);
                if (a != null) {
                    rows.add(a);
                    lines.add(line);
                }
            }
        } catch (FormatException e) {
            problems.addAll(e.problems());
        }
        return new Parsed(rows, lines, problems);
    }

    private static Annotation parseRow(
            String[] row, int line, String path, String expectedDoc, String expectedAnnotator, List<Problem> problems) {
        if (row.length != HEADER.size()) {
            problems.add(Problem.error(path, line, "expected " + HEADER.size() + " columns, found " + row.length));
            return null;
        }
        boolean ok = true;
        if (expectedDoc != null && !row[0].equals(expectedDoc)) {
            problems.add(Problem.error(
                    path, line, "doc column says " + Shown.quote(row[0]) + " but the file is for " + expectedDoc));
            ok = false;
        }
        if (expectedAnnotator != null && !row[1].equals(expectedAnnotator)) {
            problems.add(Problem.error(
                    path,
                    line,
                    "annotator column says " + Shown.quote(row[1]) + " but the file belongs to " + expectedAnnotator));
            ok = false;
        }
        if (row[2].isEmpty()) {
            problems.add(Problem.error(path, line, "the id is empty"));
            ok = false;
        }
        Integer start = parseOffset(row[5], "start", path, line, problems);
        Integer end = parseOffset(row[6], "end", path, line, problems);
        List<Link> links = List.of();
        Map<String, String> attributes = Map.of();
        try {
            links = FieldCodec.parseLinks(row[8]);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(path, line, "links: " + e.getMessage()));
            ok = false;
        }
        try {
            attributes = FieldCodec.parseAttributes(row[9]);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(path, line, "attributes: " + e.getMessage()));
            ok = false;
        }
        if (!ok || start == null || end == null) {
            return null;
        }
        return new Annotation(row[2], row[3], row[4], start, end, row[7], links, attributes, row[10]);
    }

    /** What an offset must look like, after the message that one does not. */
    public static final String HINT = ": offsets are written in the digits 0-9, without sign, spaces or leading zeros";

    private static Integer parseOffset(String s, String column, String path, int line, List<Problem> problems) {
        OptionalInt value = offset(s);
        if (value.isEmpty()) {
            problems.add(Problem.error(path, line, column + " " + Shown.quote(s) + " is not a whole number" + HINT));
            return null;
        }
        return value.getAsInt();
    }

    /**
     * An offset as every tool that writes the format writes it: ASCII digits, no sign, no
     * padding, no leading zero (0 itself excepted), at most {@link Integer#MAX_VALUE}; empty for
     * anything else. Java's {@code parseInt} alone would take {@code +6}, and digits of any script.
     */
    public static OptionalInt offset(String s) {
        boolean digits = !s.isEmpty() && s.length() <= 10 && (s.equals("0") || s.charAt(0) != '0');
        for (int i = 0; digits && i < s.length(); i++) {
            digits = s.charAt(i) >= '0' && s.charAt(i) <= '9';
        }
        long value = digits ? Long.parseLong(s) : -1;
        return digits && value <= Integer.MAX_VALUE ? OptionalInt.of((int) value) : OptionalInt.empty();
    }

    /** The file content for a set: header and rows in file order, LF row ends. */
    public static String format(AnnotationSet set) {
        StringWriter out = new StringWriter(64 + set.size() * 96);
        try (ICSVWriter writer = new CSVWriter(out, ',', '"', '"', "\n")) {
            writer.writeNext(HEADER.toArray(String[]::new), false);
            for (Annotation a : set.annotations()) {
                writer.writeNext(row(set.doc(), set.annotator(), a), false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One annotation as the eleven columns of the file. */
    public static String[] row(String doc, String annotator, Annotation a) {
        return new String[] {
            doc,
            annotator,
            a.id(),
            a.layer(),
            a.label(),
            Integer.toString(a.start()),
            Integer.toString(a.end()),
            a.text(),
            FieldCodec.formatLinks(a.links()),
            FieldCodec.formatAttributes(a.attributes()),
            a.note()
        };
    }
}
