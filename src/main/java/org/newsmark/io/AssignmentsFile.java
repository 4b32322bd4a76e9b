package org.newsmark.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.newsmark.model.FormatException;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;

/** Who annotates which article: {@code assignments.csv} with the header {@code doc,annotator}, one row per pair. */
public final class AssignmentsFile {
    public static final String NAME = "assignments.csv";
    private static final String[] HEADER = {"doc", "annotator"};

    /** One article given to one annotator. */
    public record Assignment(String doc, String annotator) {}

    private AssignmentsFile() {}

    public static Path of(Path projectRoot) {
        return projectRoot.resolve(NAME);
    }

    public static List<Assignment> parse(String text, String shown) throws FormatException {
        Set<Assignment> out = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (SimpleCsv.Row row : SimpleCsv.parse(text, shown, HEADER)) {
            String docProblem = Names.problem(row.fields()[0]);
            String nameProblem = Names.annotatorProblem(row.fields()[1]);
            if (docProblem != null) {
                problems.add(Problem.error(shown, row.line(), "bad document id: " + docProblem));
            } else if (nameProblem != null) {
                problems.add(Problem.error(shown, row.line(), "bad annotator name: " + nameProblem));
            } else {
                out.add(new Assignment(row.fields()[0], row.fields()[1]));
            }
        }
        if (!problems.isEmpty()) {
            throw new FormatException(problems);
        }
        return List.copyOf(out);
    }

    /** The project's assignments; none when the file does not exist. */
    public static List<Assignment> read(Path projectRoot) throws FormatException {
        Path file = of(projectRoot);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return parse(TextFiles.readUtf8(file, NAME), NAME);
    }

    public static boolean exists(Path projectRoot) {
        return Files.isRegularFile(of(projectRoot));
    }

    /** Sorted by document, then annotator, so that the file diffs cleanly. */
    public static String format(List<Assignment> assignments) {
        List<String[]> rows = new ArrayList<>();
        assignments.stream()
                .distinct()
                .sorted(Comparator.comparing(Assignment::doc).thenComparing(Assignment::annotator))
                .forEach(a -> rows.add(new String[] {a.doc(), a.annotator()}));
        return SimpleCsv.format(HEADER, rows);
    }

    public static void write(Path projectRoot, List<Assignment> assignments) throws IOException {
        AtomicFile.write(of(projectRoot), format(assignments));
    }
}
