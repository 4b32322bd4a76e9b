package org.newsmark.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Names;
import org.newsmark.model.Schema;
import org.newsmark.model.Problem;
import org.newsmark.model.FormatException;

/**
 * A project on disk:
 * <pre>
 * PROJECT/schema.csv
 * PROJECT/articles/DOC.txt             UTF-8, LF line endings
 * PROJECT/annotators/NAME/DOC.csv      one file per annotator per article
 * PROJECT/gold/DOC.csv                 the adjudicated gold standard
 * </pre>
 * Every path it hands out is built from safe names and checked to lie inside the project.
 */
public final class ProjectFolder {
    public static final String SCHEMA = "schema.csv";
    public static final String ARTICLES = "articles";
    public static final String ANNOTATORS = "annotators";
    public static final String GOLD = Names.GOLD;

    private final Path root;

    private ProjectFolder(Path root) {
        this.root = root;
    }

    /** Opens an existing project folder (it must hold schema.csv or articles/). */
    public static ProjectFolder open(Path folder) throws FormatException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new FormatException(Problem.error(folder.toString(), 0, "not a folder"));
        }
        if (!Files.exists(root.resolve(SCHEMA)) && !Files.isDirectory(root.resolve(ARTICLES))) {
            throw new FormatException(Problem.error(folder.toString(), 0,
                    "not a Newsmark project: it has neither schema.csv nor articles/"));
        }
        return new ProjectFolder(root);
    }

    public Path root() {
        return root;
    }

    public Path schemaFile() {
        return root.resolve(SCHEMA);
    }

    public Path articlesDir() {
        return root.resolve(ARTICLES);
    }

    public Path annotatorsDir() {
        return root.resolve(ANNOTATORS);
    }

    public Path goldDir() {
        return root.resolve(GOLD);
    }

    /** A path as messages show it: relative to the project, with forward slashes. */
    public String shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String s = abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
        return s.replace('\\', '/');
    }

    public Path articleFile(String doc) {
        return inside(articlesDir().resolve(Names.requireSafe("document id", doc) + ".txt"));
    }

    /** The file of an annotator on an article; the annotator {@code gold} means the gold standard. */
    public Path annotationFile(String annotator, String doc) {
        Names.requireSafe("document id", doc);
        if (annotator.equals(GOLD)) {
            return inside(goldDir().resolve(doc + ".csv"));
        }
        String problem = Names.annotatorProblem(annotator);
        if (problem != null) {
            throw new IllegalArgumentException("bad annotator name: " + problem);
        }
        return inside(annotatorsDir().resolve(annotator).resolve(doc + ".csv"));
    }

    private Path inside(Path p) {
        Path n = p.toAbsolutePath().normalize();
        if (!n.startsWith(root)) {
            throw new IllegalArgumentException(p + " lies outside the project");
        }
        return n;
    }

    /** Document ids of the articles, sorted; files with unsafe names are left out (validate reports them). */
    public List<String> articleIds() throws IOException {
        return stems(articlesDir(), ".txt", true);
    }

    /** Annotator folders, sorted; unsafe names are left out (validate reports them). */
    public List<String> annotators() throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(annotatorsDir())) {
            return out;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(annotatorsDir())) {
            for (Path d : dirs) {
                String name = d.getFileName().toString();
                if (Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS) && Names.annotatorProblem(name) == null) {
                    out.add(name);
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** Document ids that have a file of this annotator (or gold), sorted. */
    public List<String> annotatedDocs(String annotator) throws IOException {
        Path dir = annotator.equals(GOLD) ? goldDir() : annotationFile(annotator, "x").getParent();
        return stems(dir, ".csv", true);
    }

    public boolean hasGold() {
        return Files.isDirectory(goldDir());
    }

    static List<String> stems(Path dir, String suffix, boolean safeOnly) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + suffix)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                String stem = name.substring(0, name.length() - suffix.length());
                if (Files.isRegularFile(f) && (!safeOnly || Names.isSafe(stem))) {
                    out.add(stem);
                }
            }
        }
        out.sort(null);
        return out;
    }

    public Schema readSchema() throws FormatException {
        return SchemaCsv.parse(TextFiles.readUtf8(schemaFile(), SCHEMA), SCHEMA);
    }

    /** Reads an article; CR characters are refused with a hint to import the file instead. */
    public Article readArticle(String doc) throws FormatException {
        Path file = articleFile(doc);
        String shown = shown(file);
        String text = TextFiles.readUtf8(file, shown);
        int cr = text.indexOf('\r');
        if (cr >= 0) {
            int line = 1;
            for (int i = 0; i < cr; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            throw new FormatException(Problem.error(shown, line, "the article has CR line endings; articles use LF only."
                    + " Import it with 'newsmark import PROJECT FILE', which converts them"));
        }
        return new Article(doc, text);
    }

    public boolean hasAnnotations(String annotator, String doc) {
        return Files.isRegularFile(annotationFile(annotator, doc));
    }

    /** Parses an annotation file (CSV level only; the rules are checked by the service layer). */
    public AnnotationCsv.Parsed readAnnotationRows(String annotator, String doc) throws FormatException {
        Path file = annotationFile(annotator, doc);
        String shown = shown(file);
        return AnnotationCsv.parse(TextFiles.readUtf8(file, shown), shown, doc, annotator);
    }

    /**
     * Writes many sets, each atomically, several at a time: the cost of saving is the flush to
     * disk of each file, which the storage can serve in parallel.
     */
    public void writeAll(java.util.Collection<AnnotationSet> sets) throws IOException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (AnnotationSet set : sets) {
                futures.add(pool.submit(() -> {
                    writeAnnotations(set);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IOException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while saving");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes an annotator's set atomically; returns the text written (the annotator compares it with the file later). */
    public String writeAnnotations(AnnotationSet set) throws IOException {
        String content = AnnotationCsv.format(set);
        AtomicFile.write(annotationFile(set.annotator(), set.doc()), content);
        return content;
    }
}
