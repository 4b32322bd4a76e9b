package org.newsmark.agreement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.newsmark.TestData;
import org.newsmark.agreement.coding.DefaultCodingStudy;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.cli.CliRunner;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.Article;
import org.newsmark.service.AgreementService;

/**
 * Writes published examples as Newsmark projects (articles and annotation CSVs), so that each one
 * is also reproduced through the project's own data path: files, validation, tokens, labels.
 */
public final class StudyProjects {
    /** The categories of a coding example, in order: O (no span), then ENTITY labels. */
    public static final List<String> ENTITY_CATEGORIES =
            List.of("O", "PERSON", "ORGANIZATION", "GPE", "LOCATION", "NORP", "DATE");

    private StudyProjects() {}

    /**
     * A coding study as a project: every item is the token "w"; a rater's category c becomes an
     * ENTITY span of label c over the token (no span for O). With {@code articlePerItem}, each
     * item is an article of its own and a missing value (null) is a missing file; otherwise all
     * items are tokens of one article "items" (no missing values allowed).
     */
    public static Path coding(Path dir, List<String> raters, List<String[]> rows, boolean articlePerItem)
            throws IOException {
        TestData.project(dir);
        if (articlePerItem) {
            for (int i = 0; i < rows.size(); i++) {
                String doc = String.format("item-%03d", i + 1);
                Files.writeString(dir.resolve("articles").resolve(doc + ".txt"), "w");
                for (int r = 0; r < raters.size(); r++) {
                    String value = rows.get(i)[r];
                    if (value != null) {
                        TestData.annotations(dir, raters.get(r), doc, rowsFor(doc, raters.get(r), List.of(value), 0));
                    }
                }
            }
            return dir;
        }
        Files.writeString(
                dir.resolve("articles").resolve("items.txt"),
                "w ".repeat(rows.size()).trim());
        for (int r = 0; r < raters.size(); r++) {
            List<String> values = new ArrayList<>();
            for (String[] row : rows) {
                if (row[r] == null) {
                    throw new IllegalArgumentException("missing values need articlePerItem");
                }
                values.add(row[r]);
            }
            TestData.annotations(dir, raters.get(r), "items", rowsFor("items", raters.get(r), values, 0));
        }
        return dir;
    }

    private static String[] rowsFor(String doc, String rater, List<String> values, int firstOffset) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String label = values.get(i);
            if (!label.equals("O")) {
                int start = firstOffset + 2 * i;
                out.add(doc + "," + rater + ",E" + (out.size() + 1) + ",ENTITY," + label + "," + start + ","
                        + (start + 1) + ",w,,,");
            }
        }
        return out.toArray(String[]::new);
    }

    /** Rater names r01, r02, ... */
    public static List<String> raters(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(String.format("r%02d", i));
        }
        return out;
    }

    /** The rows of a contingency table of two raters: counts[i][j] items coded (categories i, j). */
    public static List<String[]> fromContingency(long[][] counts, List<String> categories) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                for (long k = 0; k < counts[i][j]; k++) {
                    rows.add(new String[] {categories.get(i), categories.get(j)});
                }
            }
        }
        return rows;
    }

    /**
     * The rows of a Fleiss table: for each subject, how many raters chose each category; the raters
     * are assigned in category order (Fleiss' kappa does not depend on which rater chose what).
     */
    public static List<String[]> fromSubjectCounts(int[][] counts, List<String> categories) {
        List<String[]> rows = new ArrayList<>();
        for (int[] subject : counts) {
            List<String> values = new ArrayList<>();
            for (int c = 0; c < subject.length; c++) {
                for (int k = 0; k < subject[c]; k++) {
                    values.add(categories.get(c));
                }
            }
            rows.add(values.toArray(String[]::new));
        }
        return rows;
    }

    /** The same rows as a study of our own. */
    public static DefaultCodingStudy study(List<String> raters, List<String[]> rows) {
        DefaultCodingStudy s = new DefaultCodingStudy(raters);
        rows.forEach(s::addItem);
        return s;
    }

    /** The same rows as a DKPro study. */
    public static CodingAnnotationStudy dkpro(int raters, List<String[]> rows) {
        return Dkpro.coding(raters, rows);
    }

    /** The agreement report of a project: every annotator, every article, corpus values. */
    public static AgreementReport report(Path dir) throws Exception {
        AgreementService.Result r = new AgreementService(ProjectFolder.open(dir)).run(AgreementService.Request.all());
        if (r.report().isEmpty()) {
            throw new AssertionError("the project has problems: " + r.problems());
        }
        return r.report().get();
    }

    /** The value column of one corpus row of {@code newsmark agree PROJECT --format csv}. */
    public static String csvValue(Path dir, String layer, String label, String measure, String annotators) {
        CliRunner.Result r = CliRunner.run("agree", dir.toString(), "--format", "csv");
        if (r.code() != 0) {
            throw new AssertionError("agree failed: " + r.err());
        }
        String prefix = String.join(",", layer, label, measure, annotators, Measurement.ALL) + ",";
        return r.out()
                .lines()
                .filter(l -> l.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + prefix))
                .substring(prefix.length())
                .split(",")[0];
    }

    /** One corpus value of a report. */
    public static Score value(AgreementReport report, String layer, String label, String measure, String annotators) {
        return report.find(layer, label, measure, annotators, Measurement.ALL)
                .orElseThrow(() -> new AssertionError("no " + layer + "/" + label + "/" + measure + "/" + annotators))
                .score();
    }

    /**
     * An article of exactly {@code length} code points with emoji (surrogate pairs) and accents in
     * it, so that offsets are checked to be code points.
     */
    public static String text(int length) {
        int[] pattern =
                "Ünïcödé 😀 text, ✓ with emoji 🚀 and more. ".codePoints().toArray();
        StringBuilder b = new StringBuilder();
        for (int n = 0; n < length; n++) {
            b.appendCodePoint(pattern[n % pattern.length]);
        }
        return b.toString();
    }

    /** An annotation row of a span given in code points of an article text. */
    public static String span(
            String doc, String rater, String id, String layer, String label, int start, int end, String text) {
        String covered = new Article(doc, text).slice(start, end);
        return doc + "," + rater + "," + id + "," + layer + "," + label + "," + start + "," + end + "," + csv(covered)
                + ",,,";
    }

    private static String csv(String field) {
        boolean quote = field.contains(",")
                || field.contains("\"")
                || field.contains("\n")
                || !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0;
        return quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
