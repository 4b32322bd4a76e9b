package org.newsmark.io;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;

/**
 * A project's suggestion settings, {@code suggest.csv}: one row per layer and recommender with the
 * header {@code layer,recommender,enabled,min_score} ({@code QUOTE,quotes,true,0}). A missing file
 * means the defaults. A row that cannot be used (a layer the schema lacks, a recommender that does
 * not exist or does not propose in that layer, {@code enabled} other than true or false, a score
 * outside 0 to 1, a second row for the same pair) is a problem with the file's name and its line,
 * and the other rows still count.
 */
public final class SuggestSettingsCsv {
    public static final String NAME = "suggest.csv";
    private static final String[] HEADER = {"layer", "recommender", "enabled", "min_score"};

    /** One usable row and the line it stands on. */
    public record Row(String layer, String recommender, boolean enabled, double minScore, int line) {}

    /** The usable rows, and the problems of the others (or of the whole file). */
    public record Parsed(List<Row> rows, List<Problem> problems) {
        public Parsed {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    private SuggestSettingsCsv() {}

    public static Path of(Path projectRoot) {
        return projectRoot.resolve(NAME);
    }

    /**
     * Reads the project's settings; no rows and no problems when the file does not exist.
     *
     * @param recommenders every recommender id with the layers it proposes annotations in
     */
    public static Parsed read(Path projectRoot, Schema schema, Map<String, List<String>> recommenders) {
        Path file = of(projectRoot);
        if (!Files.exists(file)) {
            return new Parsed(List.of(), List.of());
        }
        try {
            return parse(TextFiles.readUtf8(file, NAME), NAME, schema, recommenders);
        } catch (FormatException e) {
            return new Parsed(List.of(), e.problems());
        }
    }

    /** Parses the text of a settings file, {@code shown} naming it in problems. */
    public static Parsed parse(String text, String shown, Schema schema, Map<String, List<String>> recommenders) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CsvRows reader = CsvRows.open(text, shown)) {
            String[] header = reader.header();
            if (header == null
                    || !Arrays.equals(Arrays.stream(header).map(String::strip).toArray(), HEADER)) {
                return new Parsed(
                        List.of(), List.of(Problem.error(shown, 1, "the header must be " + String.join(",", HEADER))));
            }
            for (CsvRows.Row r; (r = reader.next()) != null; ) {
                String problem = problem(r.fields(), schema, recommenders);
                if (problem == null && !seen.add(r.fields()[0].strip() + "," + r.fields()[1].strip())) {
                    problem = "a second row for " + r.fields()[1].strip() + " in " + r.fields()[0].strip();
                }
                if (problem != null) {
                    problems.add(Problem.error(shown, r.line(), problem));
                } else {
                    String[] f = r.fields();
                    rows.add(new Row(
                            f[0].strip(),
                            f[1].strip(),
                            Boolean.parseBoolean(f[2].strip().toLowerCase(Locale.ROOT)),
                            f[3].isBlank() ? 0 : Double.parseDouble(f[3].strip()),
                            r.line()));
                }
            }
        } catch (FormatException e) {
            problems.addAll(e.problems()); // the rest of the file is not CSV: the rows before it still count
        }
        return new Parsed(rows, problems);
    }

    /** Why a row cannot be used, or null. */
    private static String problem(String[] f, Schema schema, Map<String, List<String>> recommenders) {
        if (f.length != HEADER.length) {
            return "expected " + HEADER.length + " fields (" + String.join(",", HEADER) + "), found " + f.length;
        }
        String layer = f[0].strip();
        String recommender = f[1].strip();
        if (schema.layer(layer).isEmpty()) {
            return "no layer " + layer + " in the schema (it has " + String.join(", ", schema.layerNames()) + ")";
        }
        if (!recommenders.containsKey(recommender)) {
            return "no recommender " + recommender + " (there are " + String.join(", ", recommenders.keySet()) + ")";
        }
        if (!recommenders.get(recommender).contains(layer)) {
            return "recommender " + recommender + " proposes nothing in " + layer + " (only in "
                    + String.join(", ", recommenders.get(recommender)) + ")";
        }
        String enabled = f[2].strip().toLowerCase(Locale.ROOT);
        if (!enabled.equals("true") && !enabled.equals("false")) {
            return "enabled must be true or false, not \"" + f[2] + "\"";
        }
        if (f[3].isBlank()) {
            return null;
        }
        try {
            double score = Double.parseDouble(f[3].strip());
            return score >= 0 && score <= 1 ? null : "min_score must be between 0 and 1, not " + f[3].strip();
        } catch (NumberFormatException e) {
            return "min_score must be a number between 0 and 1, not \"" + f[3] + "\"";
        }
    }

    /** The rows as the file holds them, in the order given. */
    public static String format(List<Row> rows) {
        StringWriter out = new StringWriter();
        try (ICSVWriter w = new CSVWriter(out, ',', '"', '"', "\n")) {
            w.writeNext(HEADER, false);
            for (Row r : rows) {
                w.writeNext(
                        new String[] {
                            r.layer(), r.recommender(), Boolean.toString(r.enabled()), Double.toString(r.minScore())
                        },
                        false);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /** Writes the settings file atomically. */
    public static void write(Path projectRoot, List<Row> rows) throws IOException {
        AtomicFile.write(of(projectRoot), format(rows));
    }
}
