package org.newsmark.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.imports.Docs;
import org.newsmark.io.imports.ImportFormat;
import org.newsmark.io.imports.ImportLimits;

import static org.assertj.core.api.Assertions.assertThat;

class ImportServiceTest {
    @TempDir
    Path dir;

    private ProjectFolder project() throws Exception {
        return ProjectFolder.open(TestData.project(dir.resolve("p"), "existing", "An article already here."));
    }

    /** Every file of the project with its content, to show that nothing changed. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        root.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static byte[] html() throws IOException {
        try (InputStream in = ImportServiceTest.class.getResourceAsStream("/org/newsmark/io/imports/saved-page.html")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFolderOfEveryFormatImportsWithAReportOfHowEachFileWasRead() throws Exception {
        ProjectFolder project = project();
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(
                in.resolve("utf16.txt"),
                concat(
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        "Kyiv \uD83D\uDE00\r\nline".getBytes(StandardCharsets.UTF_16LE)));
        Files.write(in.resolve("Café – “quotes”.txt"), "café – “quotes”".getBytes(Charset.forName("windows-1252")));
        Files.write(in.resolve("report.docx"), Docs.article("Kremlin: Trump asked for a pause"));
        Files.write(in.resolve("page.html"), html());
        Files.writeString(in.resolve("corpus.csv"), "id,title,date,text\nexisting,T,2026,\"multi\nline\"\n,,2026,x\n");
        Files.writeString(in.resolve("notes.pdf"), "%PDF-1.4");
        Files.writeString(in.resolve(".DS_Store"), "junk");
        Files.createDirectories(in.resolve("sub"));
        ImportService.Report r = new ImportService(project).importPaths(List.of(in), ImportService.Options.DEFAULT);
        assertThat(r.imported())
                .extracting(i -> i.source().getFileName() + " -> " + i.doc() + " (" + i.how() + ")")
                .containsExactly(
                        "Café – “quotes”.txt -> Cafe-quotes (Windows-1252)",
                        "corpus.csv -> existing-2 (UTF-8, line 2)",
                        "corpus.csv -> corpus-2 (UTF-8, line 4)",
                        "page.html -> page (html, UTF-8)",
                        "report.docx -> report (docx)",
                        "utf16.txt -> utf16 (UTF-16LE)");
        assertThat(r.skipped())
                .extracting(s -> s.source().getFileName() + ": " + s.reason())
                .containsExactly(
                        "notes.pdf: not a supported file type; supported: " + ImportService.SUPPORTED,
                        "sub: a folder inside a folder (import it by name; folders are not read recursively)");
        assertThat(Files.readString(project.articleFile("Cafe-quotes"))).isEqualTo("café – “quotes”");
        assertThat(Files.readString(project.articleFile("utf16"))).isEqualTo("Kyiv \uD83D\uDE00\nline");
        assertThat(Files.readString(project.articleFile("existing-2"))).isEqualTo("T\nmulti\nline");
        assertThat(Files.readString(project.articleFile("existing"))).isEqualTo("An article already here.");
        assertThat(new ProjectValidator(project).validate(false).clean()).isTrue();
    }

    @Test
    void hostileMalformedAndOversizeFilesAreRefusedAndTheProjectStaysAsItWas() throws Exception {
        ProjectFolder project = project();
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("bomb.docx"), Docs.zipBomb(Docs.article("t"), 1_000_000));
        Files.write(in.resolve("cut.docx"), Docs.truncated(Docs.article("t")));
        Files.write(in.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.writeString(in.resolve("huge.txt"), "x".repeat(12_000));
        Files.writeString(in.resolve("long.csv"), "id,text\na," + "y".repeat(3_000) + "\n");
        Files.writeString(in.resolve("broken.csv"), "id,text\na,\"never closed\n");
        Map<String, String> before = snapshot(project.root());
        ImportService.Options small = ImportService.Options.DEFAULT.withLimits(new ImportLimits(10_000, 2_000));
        ImportService.Report r = new ImportService(project).importPaths(List.of(in), small);
        assertThat(r.imported()).isEmpty();
        assertThat(r.skipped())
                .extracting(s -> s.source().getFileName() + ": " + s.reason())
                .satisfiesExactly(
                        s -> assertThat(s).startsWith("bomb.docx: refused: the .docx looks like a zip bomb"),
                        s -> assertThat(s)
                                .startsWith(
                                        "broken.csv: line 2: not valid CSV: a quoted field that starts on this line is not closed"),
                        s -> assertThat(s).startsWith("cut.docx: not a readable .docx"),
                        s -> assertThat(s)
                                .isEqualTo(
                                        "huge.txt: the file is 12000 bytes; input files over 10000 bytes are refused"),
                        s -> assertThat(s).startsWith("image.txt: the file holds NUL bytes: it looks binary"),
                        s -> assertThat(s)
                                .isEqualTo("long.csv: line 2: the article is 3000 bytes of text;"
                                        + " articles over 2000 bytes are refused"));
        assertThat(snapshot(project.root())).isEqualTo(before);
    }

    @Test
    void anExplicitFormatOverridesTheExtension() throws Exception {
        ProjectFolder project = project();
        Path page = dir.resolve("page.txt");
        Files.write(page, html());
        ImportService.Report r = new ImportService(project)
                .importPaths(List.of(page), ImportService.Options.DEFAULT.withFormat(ImportFormat.HTML));
        assertThat(r.imported())
                .singleElement()
                .satisfies(i -> assertThat(i.how()).startsWith("html"));
        assertThat(Files.readString(project.articleFile("page"))).startsWith("Kremlin says Trump asked Putin");
    }

    @Test
    void idsAreUniqueIgnoringCaseAndNeverTooLong() throws Exception {
        ProjectFolder project = project();
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("EXISTING.txt"), "one");
        String longName = "n".repeat(120) + ".txt";
        Files.writeString(in.resolve(longName), "two");
        Files.writeString(in.resolve("b-" + longName), "three");
        ImportService.Report r = new ImportService(project)
                .importPaths(
                        List.of(in.resolve("EXISTING.txt"), in.resolve(longName), in.resolve(longName)),
                        ImportService.Options.DEFAULT);
        assertThat(r.imported())
                .extracting(ImportService.Imported::doc)
                .containsExactly("EXISTING-2", "n".repeat(100), "n".repeat(98) + "-2");
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
