package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;

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
        CliRunner.Result r = CliRunner.run("import", project.toString(), in.resolve("Élection 2026 (draft).txt").toString());
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
        CliRunner.Result r = CliRunner.run("import", project.toString(), in.resolve("news.txt").toString(),
                in.resolve("latin.txt").toString(), in.resolve("binary.txt").toString(), in.resolve("nope.txt").toString(),
                in.resolve("junk.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("as news-2", "latin.txt as latin (4 characters, Windows-1252)", "2 imported, 3 skipped");
        assertThat(r.err()).contains("binary.txt: the file holds NUL bytes", "nope.txt: not a file",
                "junk.txt: neither UTF-8 nor Windows-1252");
        assertThat(Files.readString(project.resolve("articles/news.txt"))).isEqualTo("old");
        assertThat(Files.readString(project.resolve("articles/latin.txt"))).isEqualTo("café");
        assertThat(project.resolve("articles/binary.txt")).doesNotExist();
        assertThat(project.resolve("articles/junk.txt")).doesNotExist();
    }
}
