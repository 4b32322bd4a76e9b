package org.newsmark.io;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.newsmark.model.FormatException;

/**
 * The articles an annotator has marked done: {@code annotators/NAME/_status.csv} with the header
 * {@code doc,status,updated}. The leading underscore keeps it apart from document ids.
 */
public final class StatusFile {
    public static final String NAME = "_status.csv";
    public static final String DONE = "done";

    private StatusFile() {}

    public static Path of(ProjectFolder project, String annotator) {
        return project.annotationFile(annotator, "x").resolveSibling(NAME);
    }

    /** Document id to status; an unreadable file counts as no status (nothing is marked done). */
    public static Map<String, String> read(ProjectFolder project, String annotator) {
        Map<String, String> out = new TreeMap<>();
        rows(project, annotator).forEach((doc, row) -> out.put(doc, row[1]));
        return out;
    }

    private static Map<String, String[]> rows(ProjectFolder project, String annotator) {
        Map<String, String[]> out = new TreeMap<>();
        Path file = of(project, annotator);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || project.paths().refusal(file).isPresent()) {
            return out;
        }
        try (CsvRows reader = CsvRows.open(TextFiles.readUtf8(file, project.shown(file)), project.shown(file))) {
            for (CsvRows.Row r; (r = reader.next()) != null; ) {
                String[] row = r.fields();
                if (row.length >= 2 && !row[0].isEmpty()) {
                    out.put(row[0], row);
                }
            }
        } catch (FormatException e) {
            return out;
        }
        return out;
    }

    /** Writes the statuses; an entry whose status did not change keeps its date. */
    public static void write(ProjectFolder project, String annotator, Map<String, String> status) throws IOException {
        Map<String, String[]> before = rows(project, annotator);
        StringWriter out = new StringWriter();
        try (ICSVWriter w = new CSVWriter(out, ',', '"', '"', "\n")) {
            w.writeNext(new String[] {"doc", "status", "updated"}, false);
            for (Map.Entry<String, String> e : new TreeMap<>(status).entrySet()) {
                String[] old = before.get(e.getKey());
                String date = old != null && old.length > 2 && old[1].equals(e.getValue())
                        ? old[2]
                        : LocalDate.now().toString();
                w.writeNext(new String[] {e.getKey(), e.getValue(), date}, false);
            }
        }
        project.writeFile(of(project, annotator), out.toString());
    }
}
