package org.newsmark.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsmark.io.AtomicFile;
import org.newsmark.io.FormatException;
import org.newsmark.io.PlainTextImport;
import org.newsmark.io.Problem;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.TextFiles;
import org.newsmark.model.Names;

/**
 * Adds plain-text articles to a project: the document id comes from the file name made safe (and
 * unique), the text is decoded and its line endings normalised. A file that cannot be read is
 * skipped with the reason; the project is never left half-written.
 */
public final class ImportService {

    /** One imported article: where it came from and its new document id. */
    public record Imported(Path source, String doc, int codePoints) {
    }

    /** One file that was not imported, and why. */
    public record Skipped(Path source, String reason) {
    }

    public record Report(List<Imported> imported, List<Skipped> skipped) {
    }

    private final ProjectFolder project;

    public ImportService(ProjectFolder project) {
        this.project = project;
    }

    public Report importFiles(List<Path> files) {
        List<Imported> imported = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        try {
            taken.addAll(project.articleIds());
        } catch (IOException e) {
            skipped.add(new Skipped(project.articlesDir(), "cannot list articles/: " + e.getMessage()));
            return new Report(imported, skipped);
        }
        for (Path file : files) {
            try {
                if (!Files.isRegularFile(file)) {
                    skipped.add(new Skipped(file, "not a file"));
                    continue;
                }
                long size = Files.size(file);
                if (size > TextFiles.MAX_BYTES) {
                    skipped.add(new Skipped(file, "the file is " + size + " bytes; articles over "
                            + TextFiles.MAX_BYTES + " bytes are refused"));
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                String text = PlainTextImport.decode(bytes, file.toString());
                if (text.indexOf('\0') >= 0) {
                    skipped.add(new Skipped(file, "the file holds NUL characters: it looks binary, not text"));
                    continue;
                }
                String doc = uniqueId(Names.makeSafe(stem(file)), taken);
                AtomicFile.write(project.articleFile(doc), text);
                taken.add(doc);
                imported.add(new Imported(file, doc, text.codePointCount(0, text.length())));
            } catch (FormatException e) {
                skipped.add(new Skipped(file, e.problems().stream().map(Problem::message).findFirst().orElse("unreadable")));
            } catch (IOException e) {
                skipped.add(new Skipped(file, "cannot read or write: " + e.getMessage()));
            }
        }
        return new Report(imported, skipped);
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String uniqueId(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            String candidate = base + "-" + i;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
