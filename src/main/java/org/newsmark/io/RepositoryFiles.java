package org.newsmark.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The two settings files a shared project carries for git: {@code .gitattributes}, so that no
 * platform rewrites the line endings of articles and CSV files (an article with CR LF would shift
 * every offset after its first line), and {@code .gitignore}, so that the annotator's lock files
 * ({@code .DOC.csv.lock}, see {@link AnnotatorLock}), the temporary files of atomic saves
 * ({@code .NAME.123.tmp}, see {@link AtomicFile}) and this computer's {@code .newsmark/} folder are
 * never shared. Lines a project already has are kept; ours are added when missing.
 */
public final class RepositoryFiles {
    public static final String ATTRIBUTES = ".gitattributes";
    public static final String IGNORE = ".gitignore";

    static final List<String> ATTRIBUTE_LINES = List.of(
            "# Newsmark: offsets count characters, so no line ending may be converted on any platform",
            "*.txt -text",
            "*.csv -text",
            "*.md -text");

    static final List<String> IGNORE_LINES = List.of(
            "# Newsmark: what stays on this computer",
            "/" + LocalIdentity.FOLDER + "/",
            ".*.lock",
            ".*.tmp",
            ".DS_Store",
            "Thumbs.db",
            "desktop.ini");

    private RepositoryFiles() {}

    /** Writes or completes both files; returns the names of those that changed. */
    public static List<String> ensure(Path projectRoot) throws IOException {
        List<String> changed = new ArrayList<>();
        if (complete(projectRoot.resolve(ATTRIBUTES), ATTRIBUTE_LINES)) {
            changed.add(ATTRIBUTES);
        }
        if (complete(projectRoot.resolve(IGNORE), IGNORE_LINES)) {
            changed.add(IGNORE);
        }
        return changed;
    }

    private static boolean complete(Path file, List<String> lines) throws IOException {
        String old = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        List<String> have = old.lines().map(String::strip).toList();
        StringBuilder add = new StringBuilder();
        for (String line : lines) {
            if (!line.startsWith("#") && !have.contains(line)) {
                add.append(line).append('\n');
            }
        }
        if (add.length() == 0) {
            return false;
        }
        StringBuilder text = new StringBuilder(old);
        if (!old.isEmpty() && !old.endsWith("\n")) {
            text.append('\n');
        }
        if (!have.contains(lines.get(0))) {
            text.append(lines.get(0)).append('\n');
        }
        AtomicFile.write(file, text.append(add).toString());
        return true;
    }
}
