package org.newsmark.io.imports;

import org.junit.jupiter.api.Test;
import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvCorpusImportTest {
    private static final String CORPUS = "id,title,date,text\r\n"
            + "kyiv-1,Kremlin on strikes,2026-01-30,\"The Kremlin said \"\"no\"\".\r\nSecond paragraph, with a comma.\"\r\n"
            + "kyiv-2,,2026-01-31,No title here\r\n"
            + "empty,Empty,2026-02-01,\"   \"\r\n"
            + "short,row\r\n"
            + ",Untitled id,2026-02-02,Text without an id 😀\r\n";

    @Test
    void oneArticlePerRowTitleFirstBadRowsReportedWithTheirLine() throws Exception {
        CsvCorpusImport.Result r = CsvCorpusImport.read(
                CORPUS, "corpus", CsvCorpusImport.Columns.DEFAULT, ImportLimits.DEFAULT, "corpus.csv", "UTF-8");
        assertThat(r.articles())
                .containsExactly(
                        new ArticleDraft(
                                "kyiv-1",
                                "Kremlin on strikes\nThe Kremlin said \"no\".\nSecond paragraph, with a comma.",
                                "UTF-8, line 2"),
                        new ArticleDraft("kyiv-2", "No title here", "UTF-8, line 4"),
                        new ArticleDraft("corpus-5", "Untitled id\nText without an id 😀", "UTF-8, line 7"));
        assertThat(r.rejected())
                .extracting(Problem::toString)
                .containsExactly(
                        "corpus.csv:5: error: the text is empty",
                        "corpus.csv:6: error: the row has 2 fields, the header 4");
    }

    @Test
    void columnsCanBeNamed() throws Exception {
        String csv = "Headline;Body\nx\n";
        String semicolonFree = "uid,Headline,Body\n7,Big news,It happened.\n";
        CsvCorpusImport.Result r = CsvCorpusImport.read(
                semicolonFree,
                "c",
                new CsvCorpusImport.Columns("uid", "headline", "body"),
                ImportLimits.DEFAULT,
                "c.csv",
                "UTF-8");
        assertThat(r.articles()).containsExactly(new ArticleDraft("7", "Big news\nIt happened.", "UTF-8, line 2"));
        assertThatThrownBy(() -> CsvCorpusImport.read(
                        csv, "c", CsvCorpusImport.Columns.DEFAULT, ImportLimits.DEFAULT, "c.csv", "UTF-8"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("no column \"text\"");
    }

    @Test
    void anUnclosedQuoteRefusesTheWholeFile() {
        assertThatThrownBy(() -> CsvCorpusImport.read(
                        "id,text\n1,\"open\n2,fine\n",
                        "c",
                        CsvCorpusImport.Columns.DEFAULT,
                        ImportLimits.DEFAULT,
                        "c.csv",
                        "UTF-8"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("nothing was imported from this file");
    }

    @Test
    void anOversizeRowIsRejected() throws Exception {
        CsvCorpusImport.Result r = CsvCorpusImport.read(
                "id,text\na,short\nb," + "x".repeat(200) + "\n",
                "c",
                CsvCorpusImport.Columns.DEFAULT,
                new ImportLimits(10_000, 100),
                "c.csv",
                "UTF-8");
        assertThat(r.articles()).extracting(ArticleDraft::name).containsExactly("a");
        assertThat(r.rejected())
                .extracting(Problem::toString)
                .containsExactly(
                        "c.csv:3: error: the article is 200 bytes of text; articles over 100 bytes are refused");
    }
}
