package org.newsmark.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newsmark.model.FormatException;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;

/**
 * The suggestions an annotator rejected, so that none is offered again in that article:
 * {@code .newsmark/suggest-rejected/NAME.csv} with the header {@code doc,layer,label,start,end}
 * (code points, end exclusive). It lives in the project's local state folder, which stays on this
 * computer and which no reader of the annotations looks into; a change to it never makes the
 * suggestions train again.
 */
public final class RejectionsFile {
    public static final String FOLDER = LocalIdentity.FOLDER + "/suggest-rejected";
    private static final String[] HEADER = {"doc", "layer", "label", "start", "end"};

    /** One rejected suggestion of one article. */
    public record Row(String doc, String layer, String label, int start, int end) {}

    /** The rows that could be read and the problems of those that could not. */
    public record Parsed(List<Row> rows, List<Problem> problems) {
        public Parsed {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    private RejectionsFile() {}

    public static Path of(Path projectRoot, String annotator) {
        Names.requireSafe("annotator name", annotator);
        return projectRoot.resolve(FOLDER).resolve(annotator + ".csv");
    }

    /** The rows of the file (none when there is no file); bad rows are problems naming their line, and left out. */
    public static Parsed read(ProjectFolder project, String annotator) {
        Path file = of(project.root(), annotator);
        String shown = FOLDER + "/" + annotator + ".csv";
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Parsed(List.of(), List.of());
        }
        if (project.paths().refusal(file).isPresent() || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Parsed(
                    List.of(), List.of(Problem.error(shown, 0, "not a regular file of the project; ignored")));
        }
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<SimpleCsv.Row> raw;
        try {
            raw = SimpleCsv.parse(TextFiles.readUtf8(file, shown), shown, HEADER);
        } catch (FormatException e) {
            return new Parsed(List.of(), e.problems());
        }
        for (SimpleCsv.Row r : raw) {
            String[] f = r.fields();
            try {
                int start = Integer.parseInt(f[3]);
                int end = Integer.parseInt(f[4]);
                if (start < 0 || end <= start || f[0].isEmpty() || f[1].isEmpty() || f[2].isEmpty()) {
                    throw new NumberFormatException();
                }
                rows.add(new Row(f[0], f[1], f[2], start, end));
            } catch (NumberFormatException e) {
                problems.add(Problem.error(
                        shown, r.line(), "expected doc, layer, label and a span start < end;" + " the row is ignored"));
            }
        }
        return new Parsed(rows, problems);
    }

    /** Replaces the file atomically with these rows. */
    public static void write(ProjectFolder project, String annotator, List<Row> rows) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new String[] {r.doc(), r.layer(), r.label(), Integer.toString(r.start()), Integer.toString(r.end())
            });
        }
        project.writeFile(of(project.root(), annotator), SimpleCsv.format(HEADER, out));
    }
}
