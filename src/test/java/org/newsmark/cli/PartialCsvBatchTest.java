package org.newsmark.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV corpus is imported row by row, as the README says: a row with a NUL byte (or other binary
 * characters) is reported with its line and the other rows are imported; only a file that is
 * binary as a whole (UTF-16 without a byte order mark, many NUL bytes) is refused whole.
 */
class PartialCsvBatchTest {
    @TempDir
    Path dir;

    @Test
    void oneRowWithANulByteIsLeftOutAndTheOthersAreImported() throws Exception {
        Path project = TestData.project(dir.resolve("p"));
        Path csv = dir.resolve("corpus.csv");
        Files.write(
                csv,
                ("id,title,text\n"
                                + "a,First,Peskov spoke in Moscow.\n"
                                + "b,Second,\"A row with a \u0000 NUL byte.\"\n"
                                + "c,Third,Zelensky met Macron.\n")
                        .getBytes(StandardCharsets.UTF_8));
        CliRunner.Result r = CliRunner.run("import", project.toString(), csv.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("line 3").contains("NUL");
        assertThat(project.resolve("articles/a.txt")).hasContent("First\nPeskov spoke in Moscow.");
        assertThat(project.resolve("articles/c.txt")).hasContent("Third\nZelensky met Macron.");
        assertThat(project.resolve("articles/b.txt")).doesNotExist();
        assertThat(r.out()).contains("2 imported");
    }

    @Test
    void aFileThatIsBinaryAsAWholeIsStillRefusedWhole() throws Exception {
        Path project = TestData.project(dir.resolve("p"));
        Path csv = dir.resolve("utf16.csv");
        Files.write(csv, "id,title,text\na,First,Peskov spoke.\n".getBytes(StandardCharsets.UTF_16LE));
        CliRunner.Result r = CliRunner.run("import", project.toString(), csv.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("NUL");
        assertThat(r.out()).contains("0 imported");
    }
}
