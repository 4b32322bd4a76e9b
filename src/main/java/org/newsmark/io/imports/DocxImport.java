package org.newsmark.io.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.newsmark.io.PoiLimits;
import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;

/**
 * Reads the text of a Word {@code .docx} with Apache POI: each non-empty paragraph of the body is
 * a line, each table row a line of tab-separated cells; footnotes, endnotes, comments, headers and
 * footers are left out. The title comes first: the document's title property, or else its first
 * heading (moved to the top if something precedes it).
 *
 * <p>POI's zip-bomb and size guards are set explicitly before every read: an entry may not
 * inflate more than 100 times ({@link #MIN_INFLATE_RATIO}), nor past the input limit, and the text
 * may not exceed the article limit. A file that trips them is refused, not read.
 */
public final class DocxImport {
    /** An entry whose compressed size is under 1% of its inflated size is a zip bomb. */
    public static final double MIN_INFLATE_RATIO = 0.01;

    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(?:footnoteRef|endnoteRef):-?\\d+\\]");

    static {
        // POI logs through Log4j's API; without a Log4j implementation on the class path that API
        // prints "could not find a logging provider" on stderr. Problems reach the user as our own
        // messages, so POI's log is switched off unless the user configured Log4j.
        if (System.getProperty("log4j2.provider") == null && System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j2.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
            System.setProperty("log4j2.simplelogLevel", "OFF");
        }
    }

    private DocxImport() {}

    public static ArticleDraft read(Path file, String name, ImportLimits limits, String shownPath)
            throws FormatException {
        return PoiLimits.with(MIN_INFLATE_RATIO, limits.maxInputBytes(), limits.maxArticleBytes(), () -> {
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                // Bounded before POI builds the tree of every part, which costs far more memory than the file.
                DocxBounds.check(pkg, limits, shownPath);
                XWPFDocument doc = new XWPFDocument(pkg);
                String text = text(doc);
                limits.checkArticle(text, shownPath, 0);
                PlainTextImport.checkNotBinary(text, shownPath);
                return new ArticleDraft(name, text, "docx");
            } catch (FormatException e) {
                throw e;
            } catch (InvalidFormatException | IOException | RuntimeException e) {
                // POI reports damaged packages with assorted runtime exceptions (POIXMLException,
                // NotOfficeXmlFileException, RecordFormatException...): all mean the file is refused.
                throw refused(shownPath, e);
            }
        });
    }

    private static FormatException refused(String shownPath, Exception e) {
        String all = messages(e);
        String lower = all.toLowerCase(Locale.ROOT);
        String why;
        if (lower.contains("zip bomb")) {
            why = "refused: the .docx looks like a zip bomb (a part inflates more than "
                    + Math.round(1 / MIN_INFLATE_RATIO) + " times its packed size)";
        } else if (lower.contains("max entry size") || lower.contains("maxentrysize") || lower.contains("entry size")) {
            why = "refused: a part of the .docx inflates past the input size limit";
        } else if (lower.contains("text size") || lower.contains("maxtextsize")) {
            why = "refused: the .docx holds more text than the article size limit";
        } else if (lower.contains("doctype") || lower.contains("entity")) {
            why = "refused: the .docx declares XML entities or a DOCTYPE, which Word never writes";
        } else {
            why = "not a readable .docx (damaged, truncated, or another format saved as .docx)";
        }
        return new FormatException(Problem.error(shownPath, 0, why + ": " + firstLine(all)));
    }

    private static String messages(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null && messages.size() < 5; t = t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (!messages.contains(m)) {
                messages.add(m);
            }
        }
        return String.join(" / ", messages);
    }

    private static String firstLine(String s) {
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    static String text(XWPFDocument doc) {
        List<String> lines = new ArrayList<>();
        int firstHeading = -1;
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                String line = paragraphText(p);
                if (!line.isBlank()) {
                    if (firstHeading < 0 && isHeading(p)) {
                        firstHeading = lines.size();
                    }
                    lines.add(line);
                }
            } else if (element instanceof XWPFTable t) {
                addTable(t, lines);
            }
        }
        String title = doc.getProperties().getCoreProperties().getTitle();
        title = title == null ? "" : clean(title).replace('\n', ' ').strip();
        if (!title.isEmpty()) {
            if (lines.isEmpty() || !lines.get(0).strip().equals(title)) {
                lines.add(0, title);
            }
        } else if (firstHeading > 0) {
            lines.add(0, lines.remove(firstHeading));
        }
        return String.join("\n", lines);
    }

    private static void addTable(XWPFTable table, List<String> lines) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(clean(cell.getText()).replaceAll("[\\t\\n]+", " ").strip());
            }
            String line = String.join("\t", cells);
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
    }

    /** The text of the runs; not {@code getText()}, which appends the footnotes' text. */
    private static String paragraphText(XWPFParagraph p) {
        StringBuilder b = new StringBuilder();
        for (IRunElement element : p.getIRuns()) {
            if (element instanceof XWPFRun run) {
                b.append(run.text());
            } else if (element instanceof XWPFSDT sdt) {
                b.append(sdt.getContent().getText());
            }
        }
        return clean(NOTE_REFERENCE.matcher(b).replaceAll("")).strip();
    }

    private static String clean(String s) {
        return PlainTextImport.normaliseLineEnds(s).replace('\u000b', '\n');
    }

    private static boolean isHeading(XWPFParagraph p) {
        String style = p.getStyle();
        if (style == null) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.equals("title") || s.startsWith("heading");
    }
}
