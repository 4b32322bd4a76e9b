package org.newsmark.service;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.newsmark.io.ProjectFolder;
import org.newsmark.io.TextFiles;
import org.newsmark.io.formats.BratImport;
import org.newsmark.io.formats.BratMapping;
import org.newsmark.io.imports.ArticleDraft;
import org.newsmark.io.imports.CsvCorpusImport;
import org.newsmark.io.imports.DocxImport;
import org.newsmark.io.imports.HtmlImport;
import org.newsmark.io.imports.ImportFormat;
import org.newsmark.io.imports.ImportLimits;
import org.newsmark.io.imports.PlainTextImport;
import org.newsmark.model.Article;
import org.newsmark.model.FormatException;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;

/**
 * Adds articles to a project from plain text (UTF-8, UTF-16 with BOM, Windows-1252), Word .docx,
 * saved web pages, CSV corpora (one article per row), brat documents (.txt with its .ann, whose
 * annotations go to one annotator) and CoNLL-2012 coreference files ({@link Conll2012FileImport}). Folders are imported file by file, not recursively; hidden
 * files and brat's .conf files are passed over. The document id is the file name (or the CSV id)
 * made safe and unique, ignoring case.
 *
 * <p>Nothing is written for a file that fails: each file is read and checked whole before its
 * articles are written, and if writing fails midway the articles of that file are removed again.
 * A CSV corpus is checked row by row: bad rows are reported with their line and the good rows
 * imported. The report says what was imported, how it was read, and what was skipped and why.
 * {@link #importPaths} is the entry point for both the command line and the annotator.
 */
public final class ImportService {
    public static final String SUPPORTED = ".txt, .docx, .html/.htm, .csv (and brat .txt + .ann with --format brat,"
            + " CoNLL-2012 .conll with --format conll2012)";

    /** One imported article: where it came from, its new document id, its length, how it was read. */
    public record Imported(Path source, String doc, int codePoints, String how) {
        public Imported(Path source, String doc, int codePoints) {
            this(source, doc, codePoints, "");
        }
    }

    /** One file (or CSV row) that was not imported, and why. */
    public record Skipped(Path source, String reason) {}

    /**
     * What happened: the articles imported, the files and rows skipped, and the problems found in
     * files that were imported in part (brat lines that could not be used, discontinuous spans).
     */
    public record Report(List<Imported> imported, List<Skipped> skipped, List<Problem> problems) {
        public Report(List<Imported> imported, List<Skipped> skipped) {
            this(imported, skipped, List.of());
        }

        /** True when everything was imported whole. */
        public boolean clean() {
            return skipped.isEmpty() && problems.stream().noneMatch(Problem::isError);
        }
    }

    /**
     * How to read the inputs: the format ({@link ImportFormat#AUTO} goes by extension), the CSV
     * column names, the size limits, and for brat the annotator who receives the annotations and
     * an optional mapping file.
     */
    public record Options(
            ImportFormat format,
            CsvCorpusImport.Columns columns,
            ImportLimits limits,
            String annotator,
            Path mapping,
            String label) {
        public static final Options DEFAULT =
                new Options(ImportFormat.AUTO, CsvCorpusImport.Columns.DEFAULT, ImportLimits.DEFAULT, null, null, null);

        public Options(
                ImportFormat format,
                CsvCorpusImport.Columns columns,
                ImportLimits limits,
                String annotator,
                Path mapping) {
            this(format, columns, limits, annotator, mapping, null);
        }

        public Options withFormat(ImportFormat f) {
            return new Options(f, columns, limits, annotator, mapping, label);
        }

        public Options withColumns(CsvCorpusImport.Columns c) {
            return new Options(format, c, limits, annotator, mapping, label);
        }

        public Options withLimits(ImportLimits l) {
            return new Options(format, columns, l, annotator, mapping, label);
        }

        public Options withBrat(String annotatorName, Path mappingFile) {
            return new Options(format, columns, limits, annotatorName, mappingFile, label);
        }

        /** CoNLL-2012: the ENTITY label of mentions whose type maps onto none (null: the layer's first). */
        public Options withLabel(String fallbackLabel) {
            return new Options(format, columns, limits, annotator, mapping, fallbackLabel);
        }
    }

    private final ProjectFolder project;

    public ImportService(ProjectFolder project) {
        this.project = project;
    }

    /** Plain-text import with the default options (kept for existing callers). */
    public Report importFiles(List<Path> files) {
        return importPaths(files, Options.DEFAULT);
    }

    /** Imports files and folders; never throws for a bad input, which is reported instead. */
    public Report importPaths(List<Path> paths, Options options) {
        Run run = new Run(options);
        try {
            project.articleIds().forEach(id -> run.taken.add(lower(id)));
        } catch (IOException e) {
            run.skipped.add(new Skipped(project.articlesDir(), "cannot list articles/: " + e.getMessage()));
            return run.report();
        }
        boolean conll2012 = options.format() == ImportFormat.CONLL2012;
        if ((options.format() == ImportFormat.BRAT || conll2012) && !run.prepareBrat()) {
            return run.report();
        }
        if (conll2012) {
            run.coref = new Conll2012FileImport(
                    project,
                    run.mapping,
                    options.annotator(),
                    Conll2012FileImport.fallbackLabel(run.schema, options.label()),
                    options.limits());
        }
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                run.folder(path);
            } else {
                run.file(path, true);
            }
        }
        return run.report();
    }

    /** The state of one import: ids taken so far and what was done. */
    private final class Run {
        final Options options;
        final Set<String> taken = new HashSet<>();
        final List<Imported> imported = new ArrayList<>();
        final List<Skipped> skipped = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        Schema schema;
        BratMapping mapping;
        Conll2012FileImport coref;

        Run(Options options) {
            this.options = options;
        }

        Report report() {
            problems.sort(null);
            return new Report(List.copyOf(imported), List.copyOf(skipped), List.copyOf(problems));
        }

        boolean prepareBrat() {
            String annotator = options.annotator();
            String problem = annotator == null
                    ? "brat import needs the annotator who receives the annotations"
                    : annotator.equals(Names.GOLD) ? null : Names.annotatorProblem(annotator);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            try {
                schema = project.readSchema();
                mapping = options.mapping() == null
                        ? BratMapping.byName(schema)
                        : BratMapping.parse(
                                TextFiles.readUtf8(
                                        options.mapping(), options.mapping().toString()),
                                options.mapping().toString(),
                                schema);
                return true;
            } catch (FormatException e) {
                problems.addAll(e.problems());
                skipped.add(new Skipped(
                        options.mapping() == null ? project.schemaFile() : options.mapping(),
                        "cannot map brat types onto the schema; nothing was imported"));
                return false;
            }
        }

        void folder(Path dir) {
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    files.add(p);
                }
            } catch (IOException e) {
                skipped.add(new Skipped(dir, "cannot list the folder: " + e.getMessage()));
                return;
            }
            files.sort(null);
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (Files.isSymbolicLink(f) && !name.startsWith(".")) {
                    skipped.add(new Skipped(
                            f,
                            "a symbolic link: a folder is imported from its own files only;"
                                    + " import the file it points at by name if you mean it"));
                } else if (Files.isDirectory(f)) {
                    skipped.add(new Skipped(
                            f, "a folder inside a folder (import it by name; folders are not read recursively)"));
                } else if (name.startsWith(".")) {
                    continue; // hidden files (.DS_Store, brat's .stats_cache) are not articles
                } else if (options.format() == ImportFormat.BRAT && lower(name).endsWith(".ann")) {
                    if (!Files.exists(sibling(f, ".txt"))) {
                        skipped.add(new Skipped(f, "a brat .ann without its .txt"));
                    }
                } else if (options.format() == ImportFormat.BRAT && lower(name).endsWith(".conf")) {
                    continue; // brat's annotation.conf, visual.conf...: configuration, not documents
                } else if (options.format() == ImportFormat.CONLL2012
                        && !lower(name).endsWith("conll")) {
                    skipped.add(new Skipped(f, "not a CoNLL-2012 file (.conll, *_conll)"));
                } else if (options.format() == ImportFormat.BRAT && !lower(name).endsWith(".txt")) {
                    skipped.add(new Skipped(f, "not part of a brat document (.txt and .ann)"));
                } else {
                    file(f, false);
                }
            }
        }

        void file(Path file, boolean named) {
            if (!Files.isRegularFile(file)) {
                skipped.add(new Skipped(file, "not a file"));
                return;
            }
            ImportFormat format = options.format();
            if (format == ImportFormat.AUTO) {
                Optional<ImportFormat> byExtension = ImportFormat.byExtension(file);
                boolean ann = lower(file.getFileName().toString()).endsWith(".ann");
                if (byExtension.isEmpty() && (!named || ann)) {
                    skipped.add(new Skipped(
                            file,
                            ann
                                    ? "a brat annotation file: import brat folders with --format brat --annotator NAME"
                                    : "not a supported file type; supported: " + SUPPORTED));
                    return;
                }
                format = byExtension.orElse(ImportFormat.TXT);
            }
            try {
                switch (format) {
                    case BRAT -> brat(file);
                    case CONLL2012 -> coref.file(file, bytes(file), taken, imported, skipped, problems);
                    case CSV -> csv(file);
                    default -> write(file, List.of(single(file, format)));
                }
            } catch (FormatException e) {
                String reason = e.problems().stream()
                        .map(ImportService::reason)
                        .findFirst()
                        .orElse("unreadable");
                if (named
                        && options.format() == ImportFormat.AUTO
                        && ImportFormat.byExtension(file).isEmpty()) {
                    reason += " (read as plain text; supported: " + SUPPORTED + ")";
                }
                skipped.add(new Skipped(file, reason));
            } catch (IOException e) {
                skipped.add(new Skipped(file, "cannot read or write: " + e.getMessage()));
            }
        }

        byte[] bytes(Path file) throws IOException, FormatException {
            checkSize(file);
            return Files.readAllBytes(file);
        }

        void checkSize(Path file) throws IOException, FormatException {
            long size = Files.size(file);
            if (size > options.limits().maxInputBytes()) {
                throw new FormatException(Problem.error(
                        file.toString(),
                        0,
                        "the file is " + size + " bytes; input files over "
                                + options.limits().maxInputBytes() + " bytes are refused"));
            }
        }

        ArticleDraft single(Path file, ImportFormat format) throws IOException, FormatException {
            String shown = file.toString();
            String name = stem(file);
            return switch (format) {
                case DOCX -> {
                    checkSize(file);
                    yield DocxImport.read(file, name, options.limits(), shown);
                }
                case HTML -> HtmlImport.read(bytes(file), name, options.limits(), shown);
                default -> {
                    PlainTextImport.Decoded d = PlainTextImport.decodeText(bytes(file), shown);
                    options.limits().checkArticle(d.text(), shown, 0);
                    yield new ArticleDraft(name, d.text(), d.encoding());
                }
            };
        }

        void csv(Path file) throws IOException, FormatException {
            String shown = file.toString();
            PlainTextImport.Decoded d = PlainTextImport.decodeCorpus(bytes(file), shown);
            CsvCorpusImport.Result result = CsvCorpusImport.read(
                    d.text(), stem(file), options.columns(), options.limits(), shown, d.encoding());
            for (Problem p : result.rejected()) {
                skipped.add(new Skipped(file, "line " + p.line() + ": " + p.message()));
            }
            if (result.articles().isEmpty() && result.rejected().isEmpty()) {
                skipped.add(new Skipped(file, "the CSV file has a header but no rows"));
            }
            write(file, result.articles());
        }

        /** Writes the articles of one input; if one write fails, the ones before it are removed. */
        void write(Path source, List<ArticleDraft> drafts) throws IOException {
            List<Path> written = new ArrayList<>();
            List<Imported> done = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            try {
                for (ArticleDraft d : drafts) {
                    String doc = uniqueId(Names.makeSafe(d.name()), taken, ids);
                    Path target = project.articleFile(doc);
                    project.writeArticle(doc, d.text());
                    written.add(target);
                    ids.add(lower(doc));
                    done.add(new Imported(
                            source, doc, d.text().codePointCount(0, d.text().length()), d.how()));
                }
            } catch (IOException | RuntimeException e) {
                for (Path p : written) {
                    Files.deleteIfExists(p);
                }
                throw e;
            }
            ids.forEach(id -> taken.add(lower(id)));
            imported.addAll(done);
        }

        void brat(Path file) throws IOException, FormatException {
            Path txt = lower(file.getFileName().toString()).endsWith(".ann") ? sibling(file, ".txt") : file;
            Path ann = sibling(txt, ".ann");
            if (!Files.isRegularFile(txt)) {
                throw new FormatException(Problem.error(file.toString(), 0, "a brat .ann without its .txt"));
            }
            for (Path part : List.of(txt, ann)) {
                if (!part.equals(file) && Files.isSymbolicLink(part)) {
                    throw new FormatException(Problem.error(
                            part.toString(),
                            0,
                            "a symbolic link: the .txt and .ann"
                                    + " of a brat document are read only when they are real files"));
                }
            }
            PlainTextImport.Decoded raw = PlainTextImport.decodeRaw(bytes(txt), txt.toString());
            String text = PlainTextImport.normaliseLineEnds(raw.text());
            PlainTextImport.checkNotBinary(text, txt.toString());
            options.limits().checkArticle(text, txt.toString(), 0);
            String annText = Files.isRegularFile(ann)
                    ? PlainTextImport.decodeRaw(bytes(ann), ann.toString()).text()
                    : "";
            String annotator = options.annotator();
            String base = Names.makeSafe(stem(txt));
            boolean reuse = taken.contains(lower(base)) && sameArticle(base, text);
            String doc = reuse ? base : uniqueId(base, taken, Set.of());
            if (reuse && project.hasAnnotations(annotator, doc)) {
                throw new FormatException(Problem.error(
                        txt.toString(),
                        0,
                        "article " + doc + " already has "
                                + project.shown(project.annotationFile(annotator, doc)) + "; nothing was imported"
                                + " (import as another annotator, or remove that file first)"));
            }
            BratImport.Result result = BratImport.read(raw, annText, doc, annotator, mapping, ann.toString());
            Path article = project.articleFile(doc);
            boolean created = false;
            try {
                if (!reuse) {
                    project.writeArticle(doc, result.text());
                    created = true;
                }
                project.writeAnnotations(result.set());
            } catch (IOException | RuntimeException e) {
                if (created) {
                    Files.deleteIfExists(article);
                }
                throw e;
            }
            taken.add(lower(doc));
            problems.addAll(result.problems());
            String how = "brat, " + raw.encoding() + ", " + result.set().size() + " annotations for " + annotator
                    + (Files.isRegularFile(ann) ? "" : " (no .ann)")
                    + (reuse ? ", added to the existing article" : "");
            imported.add(new Imported(
                    txt, doc, result.text().codePointCount(0, result.text().length()), how));
        }

        boolean sameArticle(String doc, String text) {
            try {
                Article existing = project.readArticle(doc);
                return existing.text().equals(text);
            } catch (FormatException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    private static String reason(Problem p) {
        return (p.line() > 0 ? "line " + p.line() + ": " : "") + p.message();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static Path sibling(Path file, String extension) {
        return file.resolveSibling(stem(file) + extension);
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String uniqueId(String base, Set<String> taken) {
        return uniqueId(base, taken, Set.of());
    }

    /**
     * The base id, or the base with -2, -3... when it is taken; compared ignoring case, since
     * Windows and macOS file systems do. The sets hold lower-case ids.
     */
    private static String uniqueId(String base, Set<String> taken, Set<String> alsoTaken) {
        if (!taken.contains(lower(base)) && !alsoTaken.contains(lower(base))) {
            return base;
        }
        for (int i = 2; ; i++) {
            String suffix = "-" + i;
            String head = base.length() + suffix.length() > Names.MAX_LENGTH
                    ? base.substring(0, Names.MAX_LENGTH - suffix.length())
                    : base;
            String candidate = head + suffix;
            if (!taken.contains(lower(candidate)) && !alsoTaken.contains(lower(candidate))) {
                return candidate;
            }
        }
    }
}
