package org.newsmark.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void importsUtf8WithBomAndNormalisesLineEnds() throws Exception {
        Path project = TestData.project(dir.resolve("p"));
        Path in = Files.createDirectories(dir.resolve("in"));
        byte[] body = "Kyiv\r\nand Kharkiv\rend \uD83D\uDE00".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        Files.write(in.resolve("Élection 2026 (draft).txt"), bom);
        CliRunner.Result r = CliRunner.run(
                "import",
                project.toString(),
                in.resolve("Élection 2026 (draft).txt").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("as Election-2026-draft", "1 imported, 0 skipped");
        assertThat(Files.readString(project.resolve("articles/Election-2026-draft.txt")))
                .isEqualTo("Kyiv\nand Kharkiv\nend \uD83D\uDE00");
        assertThat(CliRunner.run("validate", project.toString()).code()).isZero();
    }

    @Test
    void idsStayUniqueAndBadFilesAreSkippedWithTheReason() throws Exception {
        Path project = TestData.project(dir.resolve("p"), "news", "old");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("news.txt"), "new");
        Files.write(in.resolve("latin.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        Files.write(in.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        Files.write(in.resolve("junk.txt"), new byte[] {'a', (byte) 0x81, (byte) 0x8D});
        CliRunner.Result r = CliRunner.run(
                "import",
                project.toString(),
                in.resolve("news.txt").toString(),
                in.resolve("latin.txt").toString(),
                in.resolve("binary.txt").toString(),
                in.resolve("nope.txt").toString(),
                in.resolve("junk.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out())
                .contains("as news-2", "latin.txt as latin (4 characters, Windows-1252)", "2 imported, 3 skipped");
        assertThat(r.err())
                .contains(
                        "binary.txt: the file holds NUL bytes",
                        "nope.txt: not a file",
                        "junk.txt: neither UTF-8 nor Windows-1252");
        assertThat(Files.readString(project.resolve("articles/news.txt"))).isEqualTo("old");
        assertThat(Files.readString(project.resolve("articles/latin.txt"))).isEqualTo("café");
        assertThat(project.resolve("articles/binary.txt")).doesNotExist();
        assertThat(project.resolve("articles/junk.txt")).doesNotExist();
    }

    @Test
    void csvColumnsAndBratOptions() throws Exception {
        Path project = TestData.project(dir.resolve("p"));
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("corpus.csv"), "uid,headline,body\nr1,Big news,\"It\nhappened.\"\n");
        CliRunner.Result csv = CliRunner.run(
                "import",
                project.toString(),
                in.resolve("corpus.csv").toString(),
                "--id-column",
                "uid",
                "--title-column",
                "headline",
                "--text-column",
                "body");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).contains("as r1 (21 characters, UTF-8, line 2)");
        assertThat(Files.readString(project.resolve("articles/r1.txt"))).isEqualTo("Big news\nIt\nhappened.");

        Files.writeString(in.resolve("doc.txt"), "Putin spoke.\r\nTrump listened.\r\n");
        Files.writeString(
                in.resolve("doc.ann"), "T1\tPerson 0 5\tPutin\nT2\tPerson 14 19\tTrump\nT3\tBogus 20 28\tlistened\n");
        assertThat(CliRunner.run("import", project.toString(), in.toString(), "--format", "brat")
                        .code())
                .isEqualTo(2);
        assertThat(CliRunner.run("import", project.toString(), in.toString(), "--format", "pdf")
                        .code())
                .isEqualTo(2);
        assertThat(CliRunner.run("import", project.toString(), in.toString(), "--annotator", "ana")
                        .code())
                .isEqualTo(2);
        CliRunner.Result brat = CliRunner.run(
                "import",
                project.toString(),
                in.resolve("doc.ann").toString(),
                "--format",
                "brat",
                "--annotator",
                "ana");
        assertThat(brat.code()).isEqualTo(1);
        assertThat(brat.out())
                .contains(
                        "as doc (29 characters, brat, UTF-8, 2 annotations for ana)",
                        "1 imported, 0 skipped, 1 line(s) not imported, 0 warning(s)");
        assertThat(brat.err()).contains("doc.ann:3: error: brat type Bogus is not in the schema");
        assertThat(Files.readString(project.resolve("annotators/ana/doc.csv")))
                .contains("doc,ana,E2,ENTITY,PERSON,13,18,Trump,,,");
        assertThat(Files.readString(project.resolve("articles/doc.txt"))).isEqualTo("Putin spoke.\nTrump listened.\n");
        CliRunner.Result again = CliRunner.run(
                "import",
                project.toString(),
                in.resolve("doc.txt").toString(),
                "--format",
                "brat",
                "--annotator",
                "ana");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("article doc already has annotators/ana/doc.csv; nothing was imported");
        assertThat(CliRunner.run("validate", project.toString()).code()).isZero();
    }

    @Test
    void conll2012NeedsAnAnnotatorTakesALabelAndReportsBadLines() throws Exception {
        Path project = TestData.project(dir.resolve("p"));
        Path file = Files.writeString(
                dir.resolve("wsj.conll"),
                "#begin document (nw/wsj/00/wsj_0001); part 000\n"
                        + "w\t0\t0\tPierre\t(1\nw\t0\t1\tVinken\t1)\nw\t0\t2\tleft\t(1)|(9x)\n\nw\t0\t0\tHe\t(1)\n#end document\n");
        assertThat(CliRunner.run("import", project.toString(), file.toString(), "--format", "conll2012")
                        .code())
                .isEqualTo(2);
        assertThat(CliRunner.run("import", project.toString(), file.toString(), "--label", "GPE")
                        .code())
                .isEqualTo(2);
        CliRunner.Result badLabel = CliRunner.run(
                "import",
                project.toString(),
                file.toString(),
                "--format",
                "conll2012",
                "--annotator",
                "ana",
                "--label",
                "PLANET");
        assertThat(badLabel.code()).isEqualTo(2);
        assertThat(badLabel.err()).contains("--label PLANET is not a label of ENTITY");
        CliRunner.Result r = CliRunner.run(
                "import",
                project.toString(),
                file.toString(),
                "--format",
                "conll2012",
                "--annotator",
                "ana",
                "--label",
                "person");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out())
                .contains(
                        "imported " + file + " as wsj_0001 (21 characters, CoNLL-2012 (nw/wsj/00/wsj_0001)"
                                + " part 000, 2 mentions of 1 entity for ana, 2 labelled PERSON (no type that maps onto a label))");
        assertThat(r.err()).contains(file + ":4: error: coreference column \"(1)|(9x)\" is not - or items");
        assertThat(Files.readString(project.resolve("annotators/ana/wsj_0001.csv")))
                .contains("wsj_0001,ana,E2,ENTITY,PERSON,19,21,He,coref=E1,,");
        assertThat(CliRunner.run("validate", project.toString()).code()).isZero();
    }
}
