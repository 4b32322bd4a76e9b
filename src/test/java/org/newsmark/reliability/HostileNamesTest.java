package org.newsmark.reliability;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.imports.ArticleDraft;
import org.newsmark.io.imports.Docs;
import org.newsmark.io.imports.DocxImport;
import org.newsmark.io.imports.ImportFormat;
import org.newsmark.io.imports.ImportLimits;
import org.newsmark.model.FormatException;
import org.newsmark.model.Names;
import org.newsmark.service.AnnotationSession;
import org.newsmark.service.ConvertService;
import org.newsmark.service.ImportService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Names that try to leave the project (document ids, annotator names, brat file names, CSV
 * corpus ids: {@code ../}, absolute paths, Windows device names, NUL) are refused or made safe,
 * and nothing is written outside the project; zip bombs and XML entity expansion in a .docx are
 * refused. (Formula injection: there is no workbook and no {@code --excel-safe} CSV yet; the
 * annotation CSV keeps a leading {@code =+-@} verbatim by design.)
 */
class HostileNamesTest {
    static final Tally TALLY = new Tally("hostile names and archives");
    static final List<String> HOSTILE = List.of(
            "../outside/evil",
            "../../etc/passwd",
            "/tmp/absolute",
            "C:\\Windows\\win",
            "..\\..\\x",
            "CON",
            "nul.txt",
            "com1",
            "LPT9.csv",
            "a\u0000b",
            "..",
            ".",
            ".hidden",
            "x/../../y",
            "gold/../..",
            "trailing.",
            " spaced ",
            "\u202Eevil",
            "a".repeat(300));

    @TempDir
    Path dir;

    private ProjectFolder project;
    private Map<String, String> outsideBefore;

    @BeforeEach
    void project() throws Exception {
        Files.createDirectories(dir.resolve("p/articles"));
        Files.createDirectories(dir.resolve("outside"));
        Files.writeString(dir.resolve("outside/keep.txt"), "must stay as it is");
        Files.copy(Path.of("annotations/schema.csv"), dir.resolve("p/schema.csv"));
        Files.writeString(dir.resolve("p/articles/kyiv.txt"), "Peskov said talks go on.");
        project = ProjectFolder.open(dir.resolve("p"));
        outsideBefore = snapshotOutsideProject();
    }

    @AfterAll
    static void numbers() {
        TALLY.add("files written outside the project", 0);
        TALLY.print();
    }

    /** Every file under the temporary folder but outside the project, with its content. */
    private Map<String, String> snapshotOutsideProject() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (!p.startsWith(dir.resolve("p"))) {
                    files.put(dir.relativize(p).toString(), Files.isRegularFile(p) ? Files.readString(p) : "<dir>");
                }
            }
        }
        return files;
    }

    private void assertNothingOutsideChanged() throws IOException {
        assertThat(snapshotOutsideProject()).isEqualTo(outsideBefore);
        assertThat(Path.of("/tmp/absolute")).doesNotExist();
        assertThat(Path.of("/tmp/absolute.txt")).doesNotExist();
        try (Stream<Path> all = Files.walk(dir.resolve("p"))) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")) {
                    String name = p.getFileName().toString();
                    String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                    assertThat(Names.isSafe(stem) || name.equals("schema.csv"))
                            .as(p.toString())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void csvCorpusIdsAreMadeSafeAndStayInside() throws Exception {
        List<String> ids =
                HOSTILE.stream().filter(id -> id.indexOf('\u0000') < 0).toList();
        StringBuilder csv = new StringBuilder("id,title,text\n");
        for (String id : ids) {
            csv.append('"').append(id.replace("\"", "\"\"")).append("\",Title,Some article text.\n");
        }
        Path in = dir.resolve("outside/corpus.csv");
        Files.writeString(in, csv);
        // A NUL anywhere makes the file binary: refused as a whole, nothing written.
        Path nul = dir.resolve("outside/nul.csv");
        Files.writeString(nul, "id,title,text\n\"a\u0000b\",Title,Some article text.\n");
        outsideBefore = snapshotOutsideProject();
        ImportService.Report report =
                new ImportService(project).importPaths(List.of(in, nul), ImportService.Options.DEFAULT);
        assertThat(report.imported())
                .as(report.skipped() + " " + report.problems())
                .hasSize(ids.size());
        assertThat(report.imported())
                .allSatisfy(i -> assertThat(Names.isSafe(i.doc())).as(i.doc()).isTrue());
        assertThat(report.skipped())
                .singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("NUL"));
        assertThat(project.articleIds()).hasSize(ids.size() + 1);
        assertNothingOutsideChanged();
        TALLY.add("hostile names tried", ids.size() + 1);
    }

    @Test
    void bratFileNamesAreMadeSafeAndStayInside() throws Exception {
        Path in = dir.resolve("outside/brat");
        Files.createDirectories(in);
        List<String> names =
                List.of("CON", "nul", "-rf", "a b", "x..y", "%2e%2e%2fevil", "\u00fcber", "trailing.", "COM1.x");
        for (String n : names) {
            Files.writeString(in.resolve(n + ".txt"), "Peskov said talks go on.");
            Files.writeString(in.resolve(n + ".ann"), "T1\tPERSON 0 6\tPeskov\n");
        }
        outsideBefore = snapshotOutsideProject();
        ImportService.Report report = new ImportService(project)
                .importPaths(
                        List.of(in),
                        ImportService.Options.DEFAULT
                                .withFormat(ImportFormat.BRAT)
                                .withBrat("ana", null));
        assertThat(report.imported()).hasSize(names.size());
        assertThat(project.annotatedDocs("ana")).hasSize(names.size());
        assertNothingOutsideChanged();
        TALLY.add("hostile names tried", names.size());
    }

    @Test
    void hostileAnnotatorNamesAndDocumentIdsAreRefused() throws Exception {
        ConvertService convert = new ConvertService(project);
        Path out = dir.resolve("outside/out");
        for (String name : HOSTILE) {
            if (name.equals(Names.GOLD) || Names.isSafe(name)) {
                continue;
            }
            assertThatThrownBy(() -> project.annotationFile(name, "kyiv"))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> project.annotationFile("ana", name))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> project.articleFile(name)).as(name).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() ->
                            AnnotationSession.open(project, project.readSchema(), project.readArticle("kyiv"), name))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ImportService(project)
                            .importPaths(
                                    List.of(dir.resolve("p/articles")),
                                    ImportService.Options.DEFAULT
                                            .withFormat(ImportFormat.BRAT)
                                            .withBrat(name, null)))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> convert.convert(ConvertService.Format.JSONL, out, name, List.of()))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class);
            try {
                ConvertService.Report r = convert.convert(ConvertService.Format.BRAT, out, "ana", List.of(name));
                assertThat(r.clean()).as(name).isFalse();
            } catch (IllegalArgumentException refused) {
                // refused outright: as good
            }
            TALLY.add("hostile names tried", 1);
        }
        // The convert output folder is the user's choice; only the refused names must not have added to it.
        try (Stream<Path> written = Files.exists(out) ? Files.walk(out) : Stream.empty()) {
            assertThat(written.filter(Files::isRegularFile)
                            .map(p -> p.getFileName().toString()))
                    .allSatisfy(n -> assertThat(n).doesNotContain("..").doesNotContain("passwd"));
        }
        outsideBefore.keySet().removeIf(k -> k.startsWith("outside/out"));
        Map<String, String> after = snapshotOutsideProject();
        after.keySet().removeIf(k -> k.startsWith("outside/out"));
        assertThat(after).isEqualTo(outsideBefore);
    }

    @Test
    void aZipBombIsRefusedQuickly() throws Exception {
        Path bomb = dir.resolve("bomb.docx");
        Files.write(bomb, Docs.zipBomb(Docs.article(null), 15_000_000));
        assertThat(Files.size(bomb)).isLessThan(1_000_000);
        long t = System.nanoTime();
        assertThatThrownBy(() -> DocxImport.read(bomb, "bomb", ImportLimits.DEFAULT, "bomb.docx"))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("bomb.docx:");
        assertThat(Duration.ofNanos(System.nanoTime() - t)).isLessThan(Duration.ofSeconds(10));
        TALLY.add("zip bombs refused", 1);
    }

    @Test
    void xmlEntityExpansionAndExternalEntitiesInADocxAreRefused() throws Exception {
        StringBuilder laughs = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        String billion = laughs.append("]>").toString();
        String external = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        byte[] docx = Docs.article("Title");
        for (String[] attack : new String[][] {{billion, "&lol9;"}, {external, "&xxe;"}}) {
            for (String part : List.of("word/document.xml", "docProps/core.xml")) {
                byte[] hostile = rewrite(docx, part, xml -> withDoctype(xml, attack[0], attack[1]));
                Path file = dir.resolve("attack.docx");
                Files.write(file, hostile);
                try {
                    ArticleDraft d = DocxImport.read(file, "attack", ImportLimits.DEFAULT, "attack.docx");
                    // Read without the entities: acceptable only if nothing was expanded or fetched.
                    assertThat(d.text()).doesNotContain("lollol").doesNotContain("root:");
                    assertThat(d.text().length()).isLessThan(10_000);
                    TALLY.add("XML entity attacks read with the entities left unexpanded (" + part + ")", 1);
                } catch (FormatException refused) {
                    assertThat(refused.getMessage()).startsWith("attack.docx:");
                    TALLY.add("XML entity attacks refused (" + part + ")", 1);
                }
            }
        }
    }

    private static String withDoctype(String xml, String doctype, String reference) {
        int declEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        String body = xml.substring(declEnd);
        String withRef = body.contains("<w:t>")
                ? body.replaceFirst("<w:t>", "<w:t>" + reference)
                : body.replaceFirst("<dc:title>", "<dc:title>" + reference);
        return xml.substring(0, declEnd) + doctype + withRef;
    }

    private static byte[] rewrite(byte[] docx, String part, UnaryOperator<String> edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(part)) {
                    content = edit.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
