package org.newsmark.io.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newsmark.io.CsvRows;
import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;
import org.newsmark.model.Shown;

/**
 * Reads a news corpus kept as one CSV file, one article per row, as data sets come: a header row
 * naming the columns ({@code id,title,date,text} by default, other names by {@link Columns}), then
 * RFC 4180 rows whose quoted fields may span lines. The article is the title (when there is one)
 * as the first line, then the text. The date is not part of the text and is not kept.
 *
 * <p>The whole file is parsed before anything is returned: a file that is not valid CSV, or whose
 * header lacks the text column, is refused whole. After that each row stands alone: a row with
 * the wrong number of fields, an empty text, binary characters or an oversize text is reported
 * with its line and left out, and the other rows are imported.
 */
public final class CsvCorpusImport {

    /** The header names of the columns; id and title may be absent from the file, text may not. */
    public record Columns(String id, String title, String text) {
        public static final Columns DEFAULT = new Columns("id", "title", "text");
    }

    /** The articles of the rows that were usable, and one problem per row that was not. */
    public record Result(List<ArticleDraft> articles, List<Problem> rejected) {
        public Result {
            articles = List.copyOf(articles);
            rejected = List.copyOf(rejected);
        }
    }

    private CsvCorpusImport() {}

    /**
     * @param content the decoded file (any line ends)
     * @param fileStem the file name without extension, which names rows that have no id
     */
    public static Result read(
            String content, String fileStem, Columns columns, ImportLimits limits, String shownPath, String encoding)
            throws FormatException {
        List<String[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String[] header;
        try (CsvRows reader = CsvRows.open(content, shownPath)) {
            header = reader.header();
            if (header == null) {
                throw new FormatException(Problem.error(shownPath, 1, "the CSV file is empty; it needs a header row"));
            }
            for (CsvRows.Row r; (r = reader.next()) != null; ) {
                rows.add(r.fields());
                lines.add(r.line());
            }
        } catch (FormatException e) {
            Problem p = e.problems().get(0);
            if (!p.message().startsWith("not valid CSV")) {
                throw e;
            }
            throw new FormatException(
                    Problem.error(p.path(), p.line(), p.message() + "; nothing was imported from this file"));
        }
        int textColumn = find(header, columns.text());
        if (textColumn < 0) {
            throw new FormatException(Problem.error(
                    shownPath,
                    1,
                    "the header has no column " + Shown.quote(columns.text())
                            + " for the article text (found: " + Shown.quote(String.join(",", header))
                            + "); name it with --text-column"));
        }
        int idColumn = find(header, columns.id());
        int titleColumn = find(header, columns.title());
        List<ArticleDraft> articles = new ArrayList<>();
        List<Problem> rejected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            int line = lines.get(i);
            if (row.length != header.length) {
                rejected.add(Problem.error(
                        shownPath, line, "the row has " + row.length + " fields, the header " + header.length));
                continue;
            }
            String text = PlainTextImport.normaliseLineEnds(row[textColumn]).strip();
            if (text.isEmpty()) {
                rejected.add(Problem.error(shownPath, line, "the text is empty"));
                continue;
            }
            String title = titleColumn < 0
                    ? ""
                    : PlainTextImport.normaliseLineEnds(row[titleColumn])
                            .replace('\n', ' ')
                            .strip();
            String article = title.isEmpty() ? text : title + "\n" + text;
            try {
                limits.checkArticle(article, shownPath, line);
                PlainTextImport.checkNotBinary(article, shownPath);
            } catch (FormatException e) {
                Problem p = e.problems().get(0);
                rejected.add(Problem.error(shownPath, line, p.message()));
                continue;
            }
            String id = idColumn < 0 ? "" : row[idColumn].strip();
            String name = id.isEmpty() ? fileStem + "-" + (i + 1) : id;
            articles.add(new ArticleDraft(name, article, encoding + ", line " + line));
        }
        return new Result(articles, rejected);
    }

    private static int find(String[] header, String name) {
        if (name == null || name.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().equals(name)) {
                return i;
            }
        }
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }
}
