package org.newsmark.report.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.newsmark.agreement.span.SpanAlignment;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Link;

/**
 * The table of aligned spans that Spans and Disagreements share: where, the text in its context,
 * then each annotator's label, links and span, and the status of the row.
 */
final class SpanTable {
    private static final int CONTEXT = 40;

    /** What a sheet adds to each row after the status (the decision cells of Disagreements). */
    interface Extra {
        void add(Row row, SpanAlignment.Row span, SXSSFSheet sheet);
    }

    private final WorkbookContext ctx;
    private final Map<String, Article> articles = new HashMap<>();

    SpanTable(WorkbookContext ctx) {
        this.ctx = ctx;
        ctx.corpus.articles().forEach(a -> articles.put(a.id(), a));
    }

    /** The column of the status, after the annotators' label, links and span columns. */
    static int statusColumn(int annotators) {
        return 6 + 3 * annotators;
    }

    /** Writes the rows into the (split) sheet {@code name}; {@code decisions} adds the decision and comment columns. */
    void write(String name, List<SpanAlignment.Row> rows, boolean decisions, Extra extra) {
        List<String> header = AgreementWorkbook.spanHeader(ctx.annotators, decisions);
        SplitSheet sheet = new SplitSheet(ctx, name, header, widths(header.size(), decisions));
        for (SpanAlignment.Row r : rows) {
            Row row = sheet.row();
            row.setHeightInPoints(30);
            cells(row, r);
            extra.add(row, r, sheet.current());
            ctx.step();
        }
        sheet.close();
    }

    private int[] widths(int columns, boolean decisions) {
        int n = ctx.annotators.size();
        int[] widths = new int[columns];
        Arrays.fill(widths, 14);
        widths[0] = 24;
        widths[1] = 9;
        widths[2] = 7;
        widths[3] = 7;
        widths[4] = 30;
        widths[5] = 48;
        for (int i = 0; i < n; i++) {
            widths[6 + n + i] = 24;
            widths[6 + 2 * n + i] = 12;
        }
        int status = statusColumn(n);
        widths[status] = 22;
        if (decisions) {
            widths[status + 1] = 16;
            widths[status + 2] = 30;
        }
        return widths;
    }

    private void cells(Row row, SpanAlignment.Row r) {
        Cells c = ctx.cells;
        Styles styles = ctx.styles;
        Article article = articles.get(r.doc());
        int n = ctx.annotators.size();
        c.text(row, 0, r.doc(), styles.top);
        c.text(row, 1, r.layer(), styles.top);
        c.number(row, 2, r.start(), styles.top);
        c.number(row, 3, r.end(), styles.top);
        c.text(row, 4, article.slice(r.start(), r.end()), styles.wrap);
        c.text(row, 5, context(article, r.start(), r.end()), styles.wrap);
        for (int i = 0; i < n; i++) {
            Annotation a = r.spans().get(ctx.annotators.get(i));
            if (a != null) {
                c.text(row, 6 + i, a.label(), styles.label(r.layer(), a.label()));
                c.text(row, 6 + n + i, links(r.doc(), ctx.annotators.get(i), a), styles.wrap);
                c.text(row, 6 + 2 * n + i, a.id() + " " + a.start() + "-" + a.end(), styles.top);
            }
        }
        c.text(row, statusColumn(n), r.status(), r.agrees() ? styles.agree : styles.differ);
    }

    private static String context(Article article, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(article.length(), end + CONTEXT);
        String before = article.slice(from, start).replace('\n', ' ');
        String after = article.slice(end, to).replace('\n', ' ');
        return (from > 0 ? "…" : "") + before + "[" + article.slice(start, end) + "]" + after
                + (to < article.length() ? "…" : "");
    }

    /** The links of a span with the text of each target: {@code speaker=E3 «Donald Trump»}. */
    private String links(String doc, String annotator, Annotation a) {
        if (a.links().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        AnnotationSet set = ctx.corpus.set(doc, annotator).orElseThrow();
        for (Link link : a.links()) {
            String target = set.get(link.target())
                    .map(t -> " «" + shorten(t.text()) + "»")
                    .orElse("");
            parts.add(link.role() + "=" + link.target() + target);
        }
        return String.join("; ", parts);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }
}
