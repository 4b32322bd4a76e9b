package org.newsmark.io.imports;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.FormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocxImportTest {
    @TempDir
    Path dir;

    private ArticleDraft read(byte[] docx, ImportLimits limits) throws Exception {
        Path file = dir.resolve("a.docx");
        Files.write(file, docx);
        return DocxImport.read(file, "a", limits, "a.docx");
    }

    @Test
    void paragraphsAreLinesTablesAreTabSeparatedFootnotesAreDroppedTheTitleComesFirst() throws Exception {
        ArticleDraft d = read(Docs.article("Kremlin: Trump asked for a pause"), ImportLimits.DEFAULT);
        assertThat(d.how()).isEqualTo("docx");
        assertThat(d.text())
                .isEqualTo("Kremlin: Trump asked for a pause\n"
                        + "KYIV (Reuters) – The Kremlin said on Friday that “talks” would go on.\n"
                        + "Trump asks Putin to pause strikes on Kyiv\n"
                        + "Peskov said the request was made because of the cold. \uD83D\uDE00\n"
                        + "City\tStrikes\n"
                        + "Kyiv\t12\n"
                        + "Last paragraph.");
    }

    @Test
    void withoutATitlePropertyTheFirstHeadingIsTheTitle() throws Exception {
        ArticleDraft d = read(Docs.article(null), ImportLimits.DEFAULT);
        assertThat(d.text()).startsWith("Trump asks Putin to pause strikes on Kyiv\nKYIV (Reuters)");
        assertThat(d.text()).doesNotContain("footnote");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        byte[] bomb = Docs.zipBomb(Docs.article("t"), 1_000_000);
        assertThat(bomb.length).isLessThan(50_000);
        assertThatThrownBy(() -> read(bomb, ImportLimits.DEFAULT))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("a.docx:0: error: refused: the .docx looks like a zip bomb");
    }

    @Test
    void aPartLargerThanTheInputLimitIsRefused() throws Exception {
        byte[] big = Docs.article("t");
        assertThatThrownBy(() -> read(big, new ImportLimits(500, 1_000_000)))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("refused");
    }

    @Test
    void moreTextThanAnArticleMayHoldIsRefused() throws Exception {
        assertThatThrownBy(() -> read(Docs.article("t"), new ImportLimits(1_000_000, 50)))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("refused");
    }

    @Test
    void aTruncatedOrFakeDocxIsRefused() throws Exception {
        assertThatThrownBy(() -> read(Docs.truncated(Docs.article("t")), ImportLimits.DEFAULT))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("not a readable .docx");
        assertThatThrownBy(() -> read("just text".getBytes(), ImportLimits.DEFAULT))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("not a readable .docx");
    }
}
