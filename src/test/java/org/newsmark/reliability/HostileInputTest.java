package org.newsmark.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.AnnotationCsv;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.SchemaCsv;
import org.newsmark.io.TextFiles;
import org.newsmark.io.formats.BratImport;
import org.newsmark.io.formats.BratMapping;
import org.newsmark.io.imports.CsvCorpusImport;
import org.newsmark.io.imports.Docs;
import org.newsmark.io.imports.DocxImport;
import org.newsmark.io.imports.HtmlImport;
import org.newsmark.io.imports.ImportLimits;
import org.newsmark.io.imports.PlainTextImport;
import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;
import org.newsmark.report.workbook.DecisionSheet;
import org.newsmark.service.AgreementService;
import org.newsmark.service.AnnotationFiles;
import org.newsmark.service.ProgressListener;
import org.newsmark.service.WorkbookService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every reader against broken and hostile input from a seeded mutator: it returns data or a
 * clear error (a {@link FormatException} or a reported problem, with the file and a line), never
 * another exception, never a hang (each reader's batch runs under a time bound), never more than
 * its limits (inputs past them are refused before they are read). A failing input is kept under
 * {@code target/fuzz-failures/} to replay.
 */
class HostileInputTest {
    /** Inputs per reader; {@code -Dnewsmark.fuzzInputs=5000} for a long run. */
    static final int INPUTS = Integer.getInteger("newsmark.fuzzInputs", 80);

    static final long SEED = Long.getLong("newsmark.fuzzSeed", 20261129L);
    static final Tally TALLY = new Tally("hostile input");
    /** Small limits, so that a few MB of input shows that the limits refuse, not the memory. */
    static final ImportLimits LIMITS = new ImportLimits(2L * 1024 * 1024, 1024L * 1024);

    @TempDir
    Path dir;

    private ProjectFolder project;
    private Schema schema;
    private final Versions versions = new Versions();

    /** Reads one input; returns normally (data or a reported error) or throws FormatException. */
    @FunctionalInterface
    interface Reader {
        void read(byte[] input) throws Exception;
    }

    @BeforeEach
    void project() throws Exception {
        Files.createDirectories(dir.resolve("p/articles"));
        Files.copy(Path.of("annotations/schema.csv"), dir.resolve("p/schema.csv"));
        Files.writeString(
                dir.resolve("p/articles").resolve(Versions.DOC + ".txt"),
                versions.article().text());
        project = ProjectFolder.open(dir.resolve("p"));
        schema = project.readSchema();
    }

    @AfterAll
    static void numbers() {
        TALLY.add("inputs that raised another exception, hung or lost data", 0);
        TALLY.print();
    }

    @Test
    void annotationFiles() throws Exception {
        String shown = "annotators/ana/" + Versions.DOC + ".csv";
        Path file = project.annotationFile("ana", Versions.DOC);
        Files.createDirectories(file.getParent());
        fuzz("annotation CSV (AnnotationFiles.load)", utf8(AnnotationCsv.format(versions.version("ana", 1))), input -> {
            Files.write(file, input);
            AnnotationFiles.Loaded loaded = AnnotationFiles.load(project, schema, versions.article(), "ana");
            assertClear(loaded.problems(), shown);
        });
        fuzz(
                "annotation CSV (AnnotationCsv.parse)",
                utf8(AnnotationCsv.format(versions.version("ana", 2))),
                input -> assertClear(
                        AnnotationCsv.parse(TextFiles.decodeUtf8(input, shown), shown, Versions.DOC, "ana")
                                .problems(),
                        shown));
    }

    /**
     * The decisions of an agreement workbook, as adjudicate reads them: a damaged workbook is
     * refused with {@code DecisionSheet.UnreadableException} and a message, nothing else.
     */
    @Test
    void workbookDecisions() throws Exception {
        Path p = TestData.project(dir.resolve("wb"), "d", "Peskov spoke in Moscow on Friday.");
        TestData.annotations(
                p, "ana", "d", "d,ana,E1,ENTITY,PERSON,0,6,Peskov,,,", "d,ana,E2,ENTITY,GPE,16,22,Moscow,,,");
        TestData.annotations(
                p, "ben", "d", "d,ben,E1,ENTITY,ORGANIZATION,0,6,Peskov,,,", "d,ben,E2,ENTITY,DATE,26,32,Friday,,,");
        Path valid = dir.resolve("valid.xlsx");
        new WorkbookService(ProjectFolder.open(p)).export(AgreementService.Request.all(), valid, ProgressListener.NONE);
        Path file = dir.resolve("fuzzed.xlsx");
        fuzz("workbook decisions (DecisionSheet.read)", Files.readAllBytes(valid), input -> {
            Files.write(file, input);
            try {
                DecisionSheet.read(file);
            } catch (DecisionSheet.UnreadableException e) {
                assertThat(e.getMessage()).isNotBlank();
                throw new FormatException(Problem.error("fuzzed.xlsx", 0, e.getMessage()));
            }
        });
    }

    @Test
    void schemaFiles() throws Exception {
        fuzz(
                "schema (SchemaCsv.parse)",
                Files.readAllBytes(Path.of("annotations/schema.csv")),
                input -> SchemaCsv.parse(TextFiles.decodeUtf8(input, "schema.csv"), "schema.csv"));
    }

    @Test
    void articles() throws Exception {
        Path file = project.articleFile("fuzzed");
        fuzz("article (ProjectFolder.readArticle)", utf8(versions.article().text()), input -> {
            Files.write(file, input);
            project.readArticle("fuzzed");
        });
        fuzz("text import (PlainTextImport.decodeText)", utf8(versions.article().text()), input -> {
            String text = PlainTextImport.decodeText(input, "in.txt").text();
            LIMITS.checkArticle(text, "in.txt", 0);
        });
    }

    @Test
    void wordDocuments() throws Exception {
        Path file = dir.resolve("in.docx");
        fuzz("docx (DocxImport.read)", Docs.article("Title"), input -> {
            Files.write(file, input);
            DocxImport.read(file, "in", LIMITS, "in.docx");
        });
    }

    @Test
    void webPages() throws Exception {
        byte[] page;
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/org/newsmark/io/imports/saved-page.html")) {
            page = in.readAllBytes();
        }
        fuzz("HTML (HtmlImport.read)", page, input -> HtmlImport.read(input, "page", LIMITS, "page.html"));
    }

    @Test
    void csvCorpora() throws Exception {
        String corpus = "id,title,date,text\n"
                + "kyiv,Kremlin says talks go on,2026-01-30,\"The Kremlin said on Friday that \"\"talks\"\" would go on,\n"
                + "with a second line.\"\n"
                + ",Untitled,2026-02-02,Text without an id \uD83D\uDE00\n"
                + "ar,\u0639\u0646\u0648\u0627\u0646,2026-02-03,\u0642\u0627\u0644 \u0627\u0644\u0645\u062A\u062D\u062F\u062B\n";
        fuzz("CSV corpus (CsvCorpusImport.read)", utf8(corpus), input -> {
            PlainTextImport.Decoded decoded = PlainTextImport.decodeRaw(input, "corpus.csv");
            CsvCorpusImport.Result r = CsvCorpusImport.read(
                    decoded.text(),
                    "corpus",
                    CsvCorpusImport.Columns.DEFAULT,
                    LIMITS,
                    "corpus.csv",
                    decoded.encoding());
            assertClear(r.rejected(), "corpus.csv");
        });
    }

    @Test
    void bratStandoff() throws Exception {
        byte[] txt = resource("/org/newsmark/io/formats/brat/peskov.txt");
        byte[] ann = resource("/org/newsmark/io/formats/brat/peskov.ann");
        BratMapping mapping = BratMapping.byName(schema);
        PlainTextImport.Decoded decoded = PlainTextImport.decodeRaw(txt, "d.txt");
        fuzz("brat .ann (BratImport.read)", ann, input -> {
            BratImport.Result r =
                    BratImport.read(decoded, new String(input, StandardCharsets.UTF_8), "d", "ana", mapping, "d.ann");
            assertClear(r.problems(), "d.ann");
        });
        fuzz("brat .txt with its .ann (BratImport.read)", txt, input -> {
            PlainTextImport.Decoded t = PlainTextImport.decodeRaw(input, "d.txt");
            assertClear(
                    BratImport.read(t, new String(ann, StandardCharsets.UTF_8), "d", "ana", mapping, "d.ann")
                            .problems(),
                    "d.ann");
        });
        fuzz(
                "brat mapping (BratMapping.parse)",
                utf8("brat_type,layer,label\nOrg,ENTITY,ORGANIZATION\n"
                        + "Merge-org,EVENT,AGREEMENT\nOrg-Arg,EVENT,agent\n"),
                input -> BratMapping.parse(TextFiles.decodeUtf8(input, "map.csv"), "map.csv", schema));
    }

    @Test
    void filesPastTheSizeLimitAreRefusedBeforeTheyAreRead() throws Exception {
        // Sparse files: their size is past the limit, but they take no room and are never read into memory.
        Path article = project.articleFile("huge");
        try (var raf = new RandomAccessFile(article.toFile(), "rw")) {
            raf.setLength(TextFiles.MAX_BYTES + 1);
        }
        Path annotations = project.annotationFile("ana", "huge");
        Files.createDirectories(annotations.getParent());
        try (var raf = new RandomAccessFile(annotations.toFile(), "rw")) {
            raf.setLength(TextFiles.MAX_BYTES + 1);
        }
        assertRefused(() -> project.readArticle("huge"), "articles/huge.txt", "files over");
        assertRefused(() -> project.readAnnotationRows("ana", "huge"), "annotators/ana/huge.csv", "files over");
        // Articles past the article limit, from every importer that has text in hand.
        String big = "Long article text. ".repeat((int) (LIMITS.maxArticleBytes() / 19) + 10);
        assertRefused(
                () -> HtmlImport.read(
                        utf8("<html><body><article><p>" + big + "</p></article></body></html>"),
                        "big",
                        LIMITS,
                        "big.html"),
                "big.html",
                "bytes of text");
        CsvCorpusImport.Result r = CsvCorpusImport.read(
                "id,text\nbig," + big + "\nsmall,fine\n",
                "c",
                CsvCorpusImport.Columns.DEFAULT,
                LIMITS,
                "c.csv",
                "UTF-8");
        assertThat(r.articles()).hasSize(1);
        assertThat(r.rejected())
                .singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("c.csv:2:"));
        TALLY.add("inputs past the size limits, refused before reading", 4);
    }

    private interface Call {
        void call() throws Exception;
    }

    private static void assertRefused(Call call, String shown, String message) throws Exception {
        try {
            call.call();
            throw new AssertionError(shown + " was not refused");
        } catch (FormatException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.problems().get(0).path()).isEqualTo(shown);
            assertThat(e.getMessage()).contains(message);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = HostileInputTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A clear error names the file it is about, a line (0 = the whole file) and says something. */
    private static void assertClear(List<Problem> problems, String shown) {
        for (Problem p : problems) {
            assertThat(p.path()).as("problem path of " + p).isEqualTo(shown);
            assertThat(p.line()).as("problem line of " + p).isNotNegative();
            assertThat(p.message()).as("problem message").isNotBlank();
        }
    }

    /** Runs the reader on {@link #INPUTS} mutants of a valid input, all within a time bound. */
    private void fuzz(String reader, byte[] valid, Reader read) throws Exception {
        Mutator mutator = new Mutator(SEED ^ reader.hashCode());
        List<String> failures = new ArrayList<>();
        long[] counts = new long[3];
        long[] slowest = {0};
        Mutator.Kind[] slowestKind = {null};
        int[] slowestSize = {0};
        read.read(valid); // the valid input itself must read
        assertTimeoutPreemptively(
                Duration.ofSeconds(Long.getLong("newsmark.fuzzSecondsPerReader", 60)),
                () -> {
                    for (int i = 0; i < INPUTS; i++) {
                        Mutator.Kind kind = mutator.kind(i);
                        byte[] input = mutator.mutate(valid, kind);
                        long t = System.nanoTime();
                        try {
                            read.read(input);
                            counts[0]++;
                        } catch (FormatException e) {
                            counts[1]++;
                            assertThat(e.problems()).isNotEmpty();
                            for (Problem p : e.problems()) {
                                assertThat(p.line()).isNotNegative();
                                assertThat(p.message()).isNotBlank();
                            }
                        } catch (Exception | AssertionError | StackOverflowError e) {
                            counts[2]++;
                            failures.add(keep(reader, i, kind, input, e));
                        }
                        long took = System.nanoTime() - t;
                        if (took > slowest[0]) {
                            slowest[0] = took;
                            slowestKind[0] = kind;
                            slowestSize[0] = input.length;
                        }
                    }
                },
                reader + " did not finish " + INPUTS + " inputs in time");
        TALLY.add("inputs tried", INPUTS + 1);
        System.out.printf(
                "[reliability] hostile input: %-45s %d inputs: %d read, %d refused with a clear error,"
                        + " %d other; slowest %.0f ms (%s, %d bytes)%n",
                reader, INPUTS, counts[0], counts[1], counts[2], slowest[0] / 1e6, slowestKind[0], slowestSize[0]);
        assertThat(failures).as(reader).isEmpty();
    }

    private static String keep(String reader, int i, Mutator.Kind kind, byte[] input, Throwable e) {
        String name = reader.replaceAll("[^A-Za-z0-9]+", "-") + "-" + i + "-" + kind;
        try {
            Path out = Path.of("target/fuzz-failures");
            Files.createDirectories(out);
            Files.write(out.resolve(name + ".bin"), input);
        } catch (IOException ignored) {
            // The message below still says what failed.
        }
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String[] lines = trace.toString().split("\n");
        return name + ": " + String.join("\n", Arrays.copyOf(lines, Math.min(6, lines.length)));
    }
}
