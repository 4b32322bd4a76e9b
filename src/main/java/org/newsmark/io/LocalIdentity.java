package org.newsmark.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.newsmark.model.FormatException;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;

/**
 * Who works in this copy of a shared project: {@code .newsmark/identity.csv} (header
 * {@code annotator}). The hidden {@code .newsmark/} folder belongs to this computer and is never
 * shared (the project's .gitignore lists it); it also keeps the conflict copies of a sync. Readers of
 * the project never look into it: they list only safe names, which never start with a dot.
 */
public final class LocalIdentity {
    /** The folder of what stays on this computer, relative to the project. */
    public static final String FOLDER = ".newsmark";

    public static final String FILE = "identity.csv";
    /** Where a sync keeps a local version that a remote one replaced, relative to the project. */
    public static final String CONFLICTS = FOLDER + "/conflicts";

    private static final String[] HEADER = {"annotator"};

    private LocalIdentity() {}

    public static Path of(Path projectRoot) {
        return projectRoot.resolve(FOLDER).resolve(FILE);
    }

    /** The recorded annotator; empty when none is recorded or the file cannot be read. */
    public static Optional<String> read(Path projectRoot) {
        try {
            return find(projectRoot);
        } catch (FormatException e) {
            return Optional.empty();
        }
    }

    /** The recorded annotator, or the problem with the file; empty when there is no file. */
    public static Optional<String> find(Path projectRoot) throws FormatException {
        Path file = of(projectRoot);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String shown = FOLDER + "/" + FILE;
        List<SimpleCsv.Row> rows = SimpleCsv.parse(TextFiles.readUtf8(file, shown), shown, HEADER);
        if (rows.size() != 1) {
            throw new FormatException(Problem.error(shown, 0, "expected one annotator, found " + rows.size()));
        }
        String name = rows.get(0).fields()[0];
        String problem = Names.annotatorProblem(name);
        if (problem != null) {
            throw new FormatException(Problem.error(shown, rows.get(0).line(), "bad annotator name: " + problem));
        }
        return Optional.of(name);
    }

    public static void write(Path projectRoot, String annotator) throws IOException {
        Names.requireSafe("annotator name", annotator);
        AtomicFile.write(of(projectRoot), SimpleCsv.format(HEADER, List.<String[]>of(new String[] {annotator})));
    }
}
