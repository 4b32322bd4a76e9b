package org.newsmark.io.imports;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.newsmark.model.FormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlImportTest {
    private static byte[] fixture() throws Exception {
        try (InputStream in = HtmlImportTest.class.getResourceAsStream("saved-page.html")) {
            return in.readAllBytes();
        }
    }

    @Test
    void headlineAndBodyParagraphsWithoutMenusScriptsCommentsAsidesOrFooters() throws Exception {
        ArticleDraft d = HtmlImport.read(fixture(), "page", ImportLimits.DEFAULT, "page.html");
        assertThat(d.text())
                .isEqualTo("Kremlin says Trump asked Putin to pause strikes\n"
                        + "By A. Reporter\n"
                        + "MOSCOW, Jan 30 (Reuters) – The Kremlin said on Friday that U.S. President Donald Trump"
                        + " had asked Vladimir Putin to halt strikes on Kyiv “until February 1”.\n"
                        + "Spokesman Dmitry Peskov said the appeal was made to help negotiations. 🇺🇦\n"
                        + "“I can say that President Trump did indeed make a personal request,” Peskov said.");
        assertThat(d.how()).isEqualTo("html, UTF-8");
    }

    @Test
    void withoutArticleOrMainTheDensestParagraphContainerWinsAndTheTitleIsTheHeadline() throws Exception {
        String html = "<html><head><title>Iodine deficiency returns</title><meta charset=windows-1252></head><body>"
                + "<div id=nav><p>Home</p><p>About</p></div>"
                + "<div id=story><p>Australian children lack iodine, researchers said.</p>"
                + "<p>Salt should be iodised, they added \u0093soon\u0094.</p></div>"
                + "<div id=foot><p>Contact</p></div></body></html>";
        ArticleDraft d =
                HtmlImport.read(html.getBytes(StandardCharsets.ISO_8859_1), "x", ImportLimits.DEFAULT, "x.html");
        assertThat(d.text())
                .isEqualTo("Iodine deficiency returns\n"
                        + "Australian children lack iodine, researchers said.\n"
                        + "Salt should be iodised, they added “soon”.");
    }

    @Test
    void aPageWithoutTextIsRefused() {
        assertThatThrownBy(() -> HtmlImport.read(
                        "<html><body><nav><p>Menu</p></nav><script>x()</script></body></html>"
                                .getBytes(StandardCharsets.UTF_8),
                        "x",
                        ImportLimits.DEFAULT,
                        "x.html"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("no article text");
    }
}
