package org.newsmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.newsmark.io.SchemaCsv;
import org.newsmark.model.FormatException;
import org.newsmark.model.Schema;

/** Shared fixtures: the bundled schema and small projects in temporary folders. */
public final class TestData {
    /**
     * The bundled project as committed, never the working folder {@code annotations/}: a user who
     * opens the annotator on it (the README's first command) adds an annotator folder, status files
     * and edits, and tests that count what is there would then fail. See {@link CommittedFiles}.
     */
    public static final Path BUNDLED = CommittedFiles.snapshot(Path.of("annotations"));

    private TestData() {}

    public static String schemaText() {
        try {
            return Files.readString(BUNDLED.resolve("schema.csv"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Schema schema() {
        try {
            return SchemaCsv.parse(schemaText(), "schema.csv");
        } catch (FormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A project in {@code dir} with the bundled schema and the given articles (id, text pairs). */
    public static Path project(Path dir, String... idsAndTexts) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.copy(BUNDLED.resolve("schema.csv"), dir.resolve("schema.csv"), StandardCopyOption.REPLACE_EXISTING);
        for (int i = 0; i + 1 < idsAndTexts.length; i += 2) {
            Files.writeString(dir.resolve("articles").resolve(idsAndTexts[i] + ".txt"), idsAndTexts[i + 1]);
        }
        return dir;
    }

    /** A copy of the bundled project (articles, annotators, gold, schema) in {@code dir}. */
    public static Path bundledCopy(Path dir) throws IOException {
        return copyTree(BUNDLED, dir);
    }

    /** A copy of the folder {@code from} and everything in it at {@code to}; files there are replaced. */
    public static Path copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    /** Writes an annotation file with the standard header and the given rows. */
    public static Path annotations(Path project, String annotator, String doc, String... rows) throws IOException {
        Path dir = annotator.equals("gold")
                ? project.resolve("gold")
                : project.resolve("annotators").resolve(annotator);
        Files.createDirectories(dir);
        StringBuilder b = new StringBuilder("doc,annotator,id,layer,label,start,end,text,links,attributes,note\n");
        for (String r : rows) {
            b.append(r).append('\n');
        }
        Path file = dir.resolve(doc + ".csv");
        Files.writeString(file, b.toString());
        return file;
    }
}
