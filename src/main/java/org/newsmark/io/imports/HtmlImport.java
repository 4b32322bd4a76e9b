package org.newsmark.io.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;

/**
 * Reads the article out of a web page saved from a browser, with jsoup: the headline (the
 * article's {@code h1}, else {@code og:title}, else {@code <title>}) as the first line, then the
 * body paragraphs of the main article, one per line. The main article is the {@code <article>}
 * with the most paragraph text, else {@code <main>} or {@code [role=main]}, else the element whose
 * own {@code <p>} children hold the most text. Navigation, menus, scripts, styles, forms, asides,
 * headers and footers are dropped first; comments never reach the text.
 */
public final class HtmlImport {
    private static final String NOISE = "script, style, noscript, template, iframe, object, embed, svg, canvas,"
            + " nav, aside, footer, form, button, select, menu, dialog,"
            + " [role=navigation], [role=complementary], [role=contentinfo], [role=banner], [role=menu],"
            + " [aria-hidden=true], [hidden]";
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dt, dd, figcaption";
    /**
     * Start tags a page may have. A long news page has a few thousand elements, a very long
     * encyclopedia article some tens of thousands; a page with more is refused before jsoup builds
     * its tree, which costs about 2 kB of memory and a few microseconds per element (and much more
     * when formatting elements are left open and reopened, as in nested {@code <p><b><i>}).
     */
    public static final int MAX_ELEMENTS = 200_000;

    private HtmlImport() {}

    public static ArticleDraft read(byte[] bytes, String name, ImportLimits limits, String shownPath)
            throws FormatException {
        checkWork(bytes, shownPath);
        Document doc;
        try {
            // jsoup picks the charset from a byte order mark or <meta charset>, else UTF-8.
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException | RuntimeException e) {
            throw new FormatException(Problem.error(shownPath, 0, "not readable HTML: " + e.getMessage()));
        }
        String text = text(doc);
        if (text.isBlank()) {
            throw new FormatException(Problem.error(
                    shownPath,
                    0,
                    "no article text found in the page"
                            + " (no headline and no paragraphs outside navigation, scripts and asides)"));
        }
        limits.checkArticle(text, shownPath, 0);
        PlainTextImport.checkNotBinary(text, shownPath);
        return new ArticleDraft(name, text, "html, " + doc.charset().name());
    }

    /**
     * Counts the start tags ({@code <} and a letter; in UTF-16 with the zero bytes between) in
     * one pass over the bytes and refuses the page past {@link #MAX_ELEMENTS}, before any tree is
     * built.
     */
    static void checkWork(byte[] bytes, String shownPath) throws FormatException {
        long tags = 0;
        for (int i = 0; i < bytes.length - 1; i++) {
            if (bytes[i] != '<') {
                continue;
            }
            int next = i + 1;
            if (bytes[next] == 0 && next + 1 < bytes.length) {
                next++;
            }
            int c = bytes[next];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                if (++tags > MAX_ELEMENTS) {
                    throw new FormatException(Problem.error(
                            shownPath,
                            0,
                            "refused: the page has more than " + MAX_ELEMENTS
                                    + " elements (an article page has a few thousand); it was not parsed"));
                }
            }
        }
    }

    static String text(Document doc) {
        String metaTitle = attr(doc, "meta[property=og:title]", "content");
        String pageTitle = doc.title();
        doc.select(NOISE).remove();
        Element main = mainElement(doc);
        Element headlineElement = main.selectFirst("h1");
        if (headlineElement == null) {
            headlineElement = doc.selectFirst("h1");
        }
        String headline =
                headlineElement != null ? headlineElement.text() : !metaTitle.isBlank() ? metaTitle : pageTitle;
        headline = headline.strip();
        // A site header inside the article would bring its menu; the headline is already taken.
        main.select("header").forEach(h -> {
            if (h.select("p").isEmpty()) {
                h.remove();
            }
        });
        List<String> lines = new ArrayList<>();
        if (!headline.isEmpty()) {
            lines.add(headline);
        }
        Elements blocks = main.select(BLOCKS);
        Map<Element, Boolean> chosen = new IdentityHashMap<>();
        for (Element block : blocks) {
            if (block.parents().stream().anyMatch(chosen::containsKey)) {
                continue;
            }
            chosen.put(block, true);
            String line = block.tagName().equals("pre")
                    ? PlainTextImport.normaliseLineEnds(block.wholeText()).strip()
                    : block.text().strip();
            if (!line.isEmpty()
                    && !(lines.size() == 1
                            && line.equals(headline)
                            && lines.get(0).equals(headline))) {
                lines.add(line);
            }
        }
        if (lines.size() <= 1 && blocks.isEmpty()) {
            String all = main.text().strip();
            if (!all.isEmpty() && !all.equals(headline)) {
                lines.add(all);
            }
        }
        return String.join("\n", lines);
    }

    private static String attr(Document doc, String query, String attribute) {
        Element e = doc.selectFirst(query);
        return e == null ? "" : e.attr(attribute);
    }

    private static Element mainElement(Document doc) {
        Element best = null;
        int bestLength = -1;
        for (Element article : doc.select("article")) {
            int length = paragraphText(article.select("p"));
            if (length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        if (best != null && bestLength > 0) {
            return best;
        }
        Element main = doc.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        Map<Element, Integer> byParent = new IdentityHashMap<>();
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                byParent.merge(parent, p.text().length(), Integer::sum);
            }
        }
        Element densest = null;
        int most = 0;
        for (Map.Entry<Element, Integer> e : byParent.entrySet()) {
            if (e.getValue() > most) {
                densest = e.getKey();
                most = e.getValue();
            }
        }
        return densest != null ? densest : doc.body();
    }

    private static int paragraphText(Elements paragraphs) {
        return paragraphs.stream().mapToInt(p -> p.text().length()).sum();
    }
}
