package org.newsmark.reliability;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.cli.CliRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workbooks built to exhaust {@code adjudicate}: decision cells of 10 MB each (a small file, since
 * such text packs well) and a Disagreements sheet of more rows than Excel allows. Read in a child
 * JVM with a 256 MB heap, each is refused early with a message that names the sheet row and never
 * echoes the cell in full; no out-of-memory error.
 */
class HugeWorkbookTest {
    static final Tally TALLY = new Tally("huge workbooks");

    @TempDir
    Path dir;

    private Path project;
    private Path workbook;

    @AfterAll
    static void numbers() {
        TALLY.print();
    }

    @BeforeEach
    void workbook() throws Exception {
        project = SmallProject.create(dir.resolve("p"));
        workbook = dir.resolve("review.xlsx");
        assertThat(CliRunner.run("export", project.toString(), "--xlsx", workbook.toString())
                        .code())
                .isZero();
    }

    /** Rewrites the Disagreements sheet's XML: {@code edit} gets the XML up to the last row, and the rest, and writes it. */
    private Path rewrite(String name, BiConsumer<String, OutputStream> edit) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        String sheet = sheetPart(parts, "Disagreements");
        Path out = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(out)))) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getKey().equals(sheet)) {
                    String xml = new String(e.getValue(), StandardCharsets.UTF_8);
                    edit.accept(xml, zip);
                } else {
                    zip.write(e.getValue());
                }
                zip.closeEntry();
            }
        }
        return out;
    }

    private static String sheetPart(Map<String, byte[]> parts, String sheet) {
        String wb = new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<sheet name=\"" + sheet + "\"[^>]*r:id=\"(rId\\d+)\"")
                .matcher(wb);
        assertThat(m.find()).isTrue();
        String rels = new String(parts.get("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8);
        Matcher t = Pattern.compile("Id=\"" + m.group(1) + "\"[^>]*Target=\"/?(?:xl/)?([^\"]+)\"")
                .matcher(rels);
        if (!t.find()) {
            t = Pattern.compile("Target=\"/?(?:xl/)?([^\"]+)\"[^>]*Id=\"" + m.group(1) + "\"")
                    .matcher(rels);
            assertThat(t.find()).isTrue();
        }
        return "xl/" + t.group(1);
    }

    private static void write(OutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void decisionCellsOfTenMegabytesAreRefusedWithoutEchoingThem() throws Exception {
        String big = "accept ana ".repeat(10 * 1024 * 1024 / 11);
        Path wb = rewrite("big-cells.xlsx", (xml, out) -> {
            // Every row's decision cell (column N) gets 10 MB of text.
            Matcher m = Pattern.compile("<c r=\"(N\\d+)\" s=\"(\\d+)\"></c>").matcher(xml);
            int at = 0;
            int rows = 0;
            while (m.find() && rows < 40) {
                write(out, xml.substring(at, m.start()));
                write(out, "<c r=\"" + m.group(1) + "\" s=\"" + m.group(2) + "\" t=\"inlineStr\"><is><t>");
                write(out, big);
                write(out, "</t></is></c>");
                at = m.end();
                rows++;
            }
            write(out, xml.substring(at));
        });
        long t0 = System.nanoTime();
        Subprocess.Result r =
                Subprocess.runWith(dir, List.of("-Xmx256m"), "adjudicate", project.toString(), "--from", wb.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.err()).doesNotContain("OutOfMemoryError").contains("Disagreements!2");
        assertThat(r.code()).isIn(1, 2);
        assertThat(r.err().lines()).allMatch(line -> line.length() < 400);
        assertThat(r.err().length()).isLessThan(20_000);
        System.out.printf(
                "[reliability] huge workbooks: %,d bytes with 40 decision cells of 10 MB: refused in %d ms"
                        + " (child JVM, -Xmx256m)%n",
                Files.size(wb), ms);
        TALLY.add("workbooks with 10 MB cells refused", 1);
    }

    @Test
    void aDisagreementsSheetWithMoreRowsThanExcelAllowsIsRefusedEarly() throws Exception {
        int rows = 1_100_000;
        Path wb = rewrite("many-rows.xlsx", (xml, out) -> {
            int end = xml.indexOf("</sheetData>");
            write(out, xml.substring(0, end));
            ByteArrayOutputStream chunk = new ByteArrayOutputStream();
            for (int r = 1000; r < 1000 + rows; r++) {
                write(
                        chunk,
                        "<row r=\"" + r + "\"><c r=\"N" + r + "\" t=\"inlineStr\"><is><t>reject</t></is></c></row>\n");
                if (chunk.size() > 1 << 20) {
                    write(out, chunk.toString(StandardCharsets.UTF_8));
                    chunk.reset();
                }
            }
            write(out, chunk.toString(StandardCharsets.UTF_8));
            write(out, xml.substring(end));
        });
        long t0 = System.nanoTime();
        Subprocess.Result r =
                Subprocess.runWith(dir, List.of("-Xmx256m"), "adjudicate", project.toString(), "--from", wb.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.err()).doesNotContain("OutOfMemoryError").contains("rows");
        assertThat(r.code()).isIn(1, 2);
        System.out.printf(
                "[reliability] huge workbooks: Disagreements with %,d rows (%,d bytes): refused in %d ms"
                        + " (child JVM, -Xmx256m)%n",
                rows, Files.size(wb), ms);
        TALLY.add("workbooks with too many rows refused", 1);
    }
}
