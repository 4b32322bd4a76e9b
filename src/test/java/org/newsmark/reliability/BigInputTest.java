package org.newsmark.reliability;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.bench.CorpusGenerator;
import org.newsmark.io.ProjectFolder;
import org.newsmark.service.AgreementService;
import org.newsmark.service.WorkbookService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Big single inputs: one article with 100,000 spans per annotator exported to the workbook (the
 * span alignment is a sorted sweep, so it takes seconds, with progress reported all along), and
 * pages and Word files built to exhaust the importer (HTML nested hundreds of thousands deep, a
 * .docx with more text than an article may hold), imported in a child JVM with a 256 MB heap:
 * refused early with a clear message, never an out-of-memory error.
 */
class BigInputTest {
    static final Tally TALLY = new Tally("big inputs");
    /** Spans per annotator in the big article; {@code -Dnewsmark.bigArticleSpans=N} for more. */
    static final int SPANS = Integer.getInteger("newsmark.bigArticleSpans", 100_000);

    @TempDir
    Path dir;

    @AfterAll
    static void numbers() {
        TALLY.print();
    }

    @Test
    void oneArticleWith100000SpansExportsInSecondsWithProgressAllAlong() throws Exception {
        Path p = CorpusGenerator.bigArticle(dir.resolve("p"), SPANS, 20261211L);
        WorkbookService service = new WorkbookService(ProjectFolder.open(p));
        List<Double> progress = new ArrayList<>();
        long t0 = System.nanoTime();
        long[] cpu = new long[1];
        // A guard against a hang (the quadratic alignment took minutes here), not a speed test.
        WorkbookService.Export export = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> {
            var threads = ManagementFactory.getThreadMXBean();
            long c0 = threads.getCurrentThreadCpuTime();
            WorkbookService.Export e = service.export(
                    AgreementService.Request.all(), dir.resolve("big.xlsx"), f -> progress.add(f) || true);
            cpu[0] = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
            return e;
        });
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(export.problems()).isEmpty();
        assertThat(export.written().orElseThrow().spanRows()).isBetween(SPANS * 9 / 10, SPANS * 11 / 10);
        // Progress comes all along, in small steps, up to the end.
        assertThat(progress).isSorted().hasSizeGreaterThan(10);
        assertThat(progress.get(progress.size() - 1)).isEqualTo(1.0);
        for (int i = 1; i < progress.size(); i++) {
            assertThat(progress.get(i) - progress.get(i - 1)).as("step " + i).isLessThanOrEqualTo(0.2);
        }
        System.out.printf(
                "[reliability] big inputs: one article, %,d spans per annotator, 2 annotators: workbook in %d ms"
                        + " (%d ms CPU on the exporting thread), %d progress reports%n",
                SPANS, ms, cpu[0], progress.size());
        TALLY.add("articles with " + SPANS + " spans per annotator exported", 1);
    }

    @Test
    void aPageNestedDeepIsRefusedEarlyWithinA256MbHeap() throws Exception {
        Path p = TestData.project(dir.resolve("html"));
        Path page = dir.resolve("nested.html");
        try (Writer w =
                new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(page)), StandardCharsets.UTF_8)) {
            w.write("<html><body><article>");
            for (int i = 0; i < 900_000; i++) {
                w.write("<p><b><i>");
            }
            w.write("x</article></body></html>");
        }
        long t0 = System.nanoTime();
        Subprocess.Result r = Subprocess.runWith(dir, List.of("-Xmx256m"), "import", p.toString(), page.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.err())
                .doesNotContain("OutOfMemoryError")
                .contains("nested.html")
                .contains("elements");
        assertThat(r.code()).isEqualTo(1);
        assertThat(ProjectFolder.open(p).articleIds()).isEmpty();
        System.out.printf(
                "[reliability] big inputs: HTML page of %,d bytes nested 2,700,000 elements deep: refused in %d ms"
                        + " (child JVM, -Xmx256m)%n",
                Files.size(page), ms);
        TALLY.add("deeply nested pages refused", 1);
    }

    @Test
    void aWordFileWithMoreTextThanAnArticleMayHoldIsRefusedEarlyWithinA256MbHeap() throws Exception {
        Path p = TestData.project(dir.resolve("docx"));
        Path docx = dir.resolve("huge.docx");
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(docx)))) {
            put(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                            + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                            + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                            + ".wordprocessingml.document.main+xml\"/></Types>");
            put(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                            + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas"
                            + ".openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                            + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body>");
            Random random = new Random(5);
            StringBuilder para = new StringBuilder();
            long written = 0;
            while (written < 56L * 1024 * 1024) {
                para.setLength(0);
                for (int i = 0; i < 2000; i++) {
                    para.append((char) ('a' + random.nextInt(26)));
                    if (random.nextInt(6) == 0) {
                        para.append(' ');
                    }
                }
                w.write("<w:p><w:r><w:t xml:space=\"preserve\">" + para + "</w:t></w:r></w:p>");
                written += para.length();
            }
            w.write("</w:body></w:document>");
            w.flush();
            zip.closeEntry();
        }
        long t0 = System.nanoTime();
        Subprocess.Result r = Subprocess.runWith(dir, List.of("-Xmx256m"), "import", p.toString(), docx.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.err())
                .doesNotContain("OutOfMemoryError")
                .contains("huge.docx")
                .contains("article size limit");
        assertThat(r.code()).isEqualTo(1);
        System.out.printf(
                "[reliability] big inputs: .docx of %,d bytes with 56 MB of text: refused in %d ms"
                        + " (child JVM, -Xmx256m)%n",
                Files.size(docx), ms);
        TALLY.add("oversized Word files refused", 1);
    }

    private static void put(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
