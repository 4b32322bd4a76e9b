package org.newsmark.io;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;

/**
 * The small project files with a fixed header (team, assignments, identity): rows after the header
 * (read with {@link CsvRows}, like every CSV of the project), checked.
 */
final class SimpleCsv {
    /** A data row and its 1-based line in the file. */
    record Row(int line, String[] fields) {}

    private SimpleCsv() {}

    /** The rows after the header; a wrong header or a row with the wrong number of fields is a problem with its line. */
    static List<Row> parse(String text, String shown, String... header) throws FormatException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (CsvRows reader = CsvRows.open(body, shown)) {
            String[] first = reader.header();
            if (first == null || !Arrays.equals(trimmed(first), header)) {
                throw new FormatException(Problem.error(shown, 1, "the header must be " + String.join(",", header)));
            }
            for (CsvRows.Row r; (r = reader.next()) != null; ) {
                if (r.fields().length != header.length) {
                    problems.add(Problem.error(
                            shown,
                            r.line(),
                            "expected " + header.length + " fields (" + String.join(",", header) + "), found "
                                    + r.fields().length));
                    continue;
                }
                rows.add(new Row(r.line(), trimmed(r.fields())));
            }
        }
        if (!problems.isEmpty()) {
            throw new FormatException(problems);
        }
        return rows;
    }

    static String format(String[] header, List<String[]> rows) {
        StringWriter out = new StringWriter();
        try (ICSVWriter w = new CSVWriter(out, ',', '"', '"', "\n")) {
            w.writeNext(header, false);
            for (String[] row : rows) {
                w.writeNext(row, false);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static String[] trimmed(String[] fields) {
        String[] out = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            out[i] = fields[i].strip();
        }
        return out;
    }
}
