package org.newsmark.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.FormatException;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;

/**
 * A project on disk:
 * <pre>
 * PROJECT/schema.csv
 * PROJECT/articles/DOC.txt             UTF-8, LF line endings
 * PROJECT/annotators/NAME/DOC.csv      one file per annotator per article
 * PROJECT/gold/DOC.csv                 the adjudicated gold standard
 * </pre>
 * Every path it hands out is built from safe names and checked to lie inside the project; every
 * read and write goes through real folders only ({@link ProjectPaths}: a link on the way is
 * refused with a message naming it).
 */
public final class ProjectFolder {
    public static final String SCHEMA = "schema.csv";
    public static final String ARTICLES = "articles";
    public static final String ANNOTATORS = "annotators";
    public static final String GOLD = Names.GOLD;

    private final Path root;
    private final ProjectPaths paths;

    private ProjectFolder(ProjectPaths paths) {
        this.root = paths.root();
        this.paths = paths;
    }

    /**
     * Opens an existing project folder (it must hold schema.csv or articles/). The folder may be
     * reached through links; inside it, the real path is what counts.
     */
    public static ProjectFolder open(Path folder) throws FormatException {
        if (!Files.isDirectory(folder)) {
            throw new FormatException(Problem.error(folder.toString(), 0, "not a folder"));
        }
        ProjectPaths paths;
        try {
            paths = ProjectPaths.of(folder);
        } catch (IOException e) {
            throw new FormatException(
                    Problem.error(folder.toString(), 0, "cannot open the folder: " + TextFiles.describe(e)));
        }
        Path root = paths.root();
        if (!Files.exists(root.resolve(SCHEMA), LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(root.resolve(ARTICLES))) {
            throw new FormatException(Problem.error(
                    folder.toString(), 0, "not a Newsmark project: it has neither schema.csv nor articles/"));
        }
        return new ProjectFolder(paths);
    }

    public Path root() {
        return root;
    }

    /** The path rule of this project: what may be read and written, and where exports may not go. */
    public ProjectPaths paths() {
        return paths;
    }

    /**
     * Whether a path is one of the project's data files: {@code articles/DOC.txt},
     * {@code annotators/NAME/DOC.csv} (or the annotator's status file) or {@code gold/DOC.csv},
     * with safe names.
     */
    public boolean isDataFile(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (!abs.startsWith(root) || abs.equals(root)) {
            return false;
        }
        Path rel = root.relativize(abs);
        String name = rel.getFileName().toString();
        String folder = rel.getName(0).toString();
        if (rel.getNameCount() == 2 && folder.equals(ARTICLES)) {
            return name.endsWith(".txt") && Names.isSafe(name.substring(0, name.length() - 4));
        }
        if (rel.getNameCount() == 2 && folder.equals(GOLD)) {
            return name.endsWith(".csv") && Names.isSafe(name.substring(0, name.length() - 4));
        }
        if (rel.getNameCount() == 3
                && folder.equals(ANNOTATORS)
                && Names.annotatorProblem(rel.getName(1).toString()) == null) {
            return name.equals(StatusFile.NAME)
                    || name.endsWith(".csv") && Names.isSafe(name.substring(0, name.length() - 4));
        }
        return false;
    }

    /** Refuses reading a file the path rule does not allow, as a problem of that file. */
    private void checkReadable(Path file, String shown) throws FormatException {
        Optional<ProjectPaths.Refusal> refusal = paths.refusal(file);
        if (refusal.isPresent()) {
            throw new FormatException(
                    Problem.error(shown, 0, "refused: " + refusal.get().message()));
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            // A FIFO or a device would block the read or never end.
            throw new FormatException(Problem.error(shown, 0, "not a regular file"));
        }
    }

    /** Writes a file of the project atomically, when the path rule allows it. */
    public void writeFile(Path file, String content) throws IOException {
        AtomicFile.write(paths.require(file), content);
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

    /**
     * Annotator folders, sorted; unsafe names are left out (validate reports them). A folder that
     * is a link is listed, so that reading its files is refused loudly rather than passed over.
     */
    public List<String> annotators() throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(annotatorsDir())) {
            return out;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(annotatorsDir())) {
            for (Path d : dirs) {
                String name = d.getFileName().toString();
                if (Files.isDirectory(d) && Names.annotatorProblem(name) == null) {
                    out.add(name);
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** Document ids that have a file of this annotator (or gold), sorted. */
    public List<String> annotatedDocs(String annotator) throws IOException {
        Path dir = annotator.equals(GOLD)
                ? goldDir()
                : annotationFile(annotator, "x").getParent();
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
        checkReadable(schemaFile(), SCHEMA);
        return SchemaCsv.parse(TextFiles.readUtf8(schemaFile(), SCHEMA), SCHEMA);
    }

    /** Reads an article; CR characters are refused with a hint to import the file instead. */
    public Article readArticle(String doc) throws FormatException {
        Path file = articleFile(doc);
        String shown = shown(file);
        checkReadable(file, shown);
        String text = TextFiles.readUtf8(file, shown);
        int cr = text.indexOf('\r');
        if (cr >= 0) {
            int line = 1;
            for (int i = 0; i < cr; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            throw new FormatException(Problem.error(
                    shown,
                    line,
                    "the article has CR line endings; articles use LF only."
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
        checkReadable(file, shown);
        return AnnotationCsv.parse(TextFiles.readUtf8(file, shown), shown, doc, annotator);
    }

    /**
     * Writes many sets, each atomically, several at a time: the cost of saving is the flush to
     * disk of each file, which the storage can serve in parallel.
     */
    public void writeAll(Collection<AnnotationSet> sets) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (AnnotationSet set : sets) {
                futures.add(pool.submit(() -> {
                    writeAnnotations(set);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IOException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while saving");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes an annotator's set atomically; returns the text written (the annotator compares it with the file later). */
    public String writeAnnotations(AnnotationSet set) throws IOException {
        String content = AnnotationCsv.format(set);
        writeFile(annotationFile(set.annotator(), set.doc()), content);
        return content;
    }

    /** Writes an article atomically (import). */
    public void writeArticle(String doc, String text) throws IOException {
        writeFile(articleFile(doc), text);
    }
}
