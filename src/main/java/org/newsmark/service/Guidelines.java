package org.newsmark.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The annotation guidelines: the Markdown files of a {@code guidelines/} folder (the project's
 * own, the one beside it, or the copy built into the application), rendered to HTML with an
 * anchor before every heading, so that the annotator can open them at a label's section.
 */
public final class Guidelines {
    /** The files in reading order; others follow alphabetically. */
    private static final List<String> ORDER =
            List.of("README.md", "quick-reference.md", "entities.md", "quotes.md", "events.md", "CHANGELOG.md");

    private static final Pattern LABEL_HEADING = Pattern.compile("(?m)^##\\s+([A-Z][A-Z0-9_-]*)\\s*$");

    private final Map<String, String> files;
    private final String source;

    private Guidelines(Map<String, String> files, String source) {
        this.files = files;
        this.source = source;
    }

    /** The guidelines for a project: PROJECT/guidelines, PROJECT/../guidelines, or the built-in copy. */
    public static Guidelines forProject(Path project) {
        for (Path dir : List.of(
                project.resolve("guidelines"),
                project.toAbsolutePath().normalize().resolveSibling("guidelines"))) {
            if (Files.isDirectory(dir)) {
                Map<String, String> read = readFolder(dir);
                if (!read.isEmpty()) {
                    return new Guidelines(read, dir.toString());
                }
            }
        }
        return builtIn();
    }

    public static Guidelines builtIn() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : ORDER) {
            try (InputStream in = Guidelines.class.getResourceAsStream("/guidelines/" + name)) {
                if (in != null) {
                    out.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // a missing built-in page is left out
            }
        }
        return new Guidelines(out, "built-in");
    }

    static Map<String, String> readFolder(Path dir) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .sorted()
                    .forEach(names::add);
        } catch (IOException e) {
            return out;
        }
        names.sort(
                (a, b) -> Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : a.compareTo(b));
        for (String n : names) {
            try {
                out.put(n, Files.readString(dir.resolve(n), StandardCharsets.UTF_8));
            } catch (IOException e) {
                // an unreadable page is left out
            }
        }
        return out;
    }

    private static int rank(String name) {
        int i = ORDER.indexOf(name);
        return i < 0 ? ORDER.size() : i;
    }

    public String source() {
        return source;
    }

    /** File name to Markdown, in reading order. */
    public Map<String, String> files() {
        return files;
    }

    /** The labels that have a section ({@code ## LABEL}) in any file, with the file. */
    public Map<String, String> labelSections() {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((name, text) -> {
            Matcher m = LABEL_HEADING.matcher(text);
            while (m.find()) {
                out.putIfAbsent(m.group(1), name);
            }
        });
        return out;
    }

    /** The file that holds a label's section. */
    public Optional<String> fileOf(String label) {
        return Optional.ofNullable(labelSections().get(label));
    }

    /** The anchor name of a heading text, as {@link #html} writes it. */
    public static String anchor(String heading) {
        return heading.trim()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }

    /** A file rendered to HTML, with {@code <a name=...>} before each heading. */
    public String html(String file) {
        List<Extension> extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        Node doc = parser.parse(files.getOrDefault(file, ""));
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                        text.append(t.getLiteral());
                    }
                });
                HtmlInline a = new HtmlInline();
                a.setLiteral("<a name=\"" + anchor(text.toString()) + "\"></a>");
                heading.prependChild(a);
            }
        });
        return HtmlRenderer.builder().extensions(extensions).build().render(doc);
    }
}
