package org.newsmark.report.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.newsmark.agreement.span.SpanAlignment;
import org.newsmark.model.Annotation;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;

/**
 * The Confusion sheet: for each pair and layer, the matched spans (aligned as in Spans) counted by
 * the first annotator's label against the second's, with the spans only one of them marked.
 */
final class ConfusionSheet {
    private final WorkbookContext ctx;
    private final SXSSFSheet s;
    private int r;

    private ConfusionSheet(WorkbookContext ctx) {
        this.ctx = ctx;
        this.s = ctx.wb.createSheet(AgreementWorkbook.CONFUSION);
    }

    static void write(WorkbookContext ctx, List<SpanAlignment.Row> rows) {
        ConfusionSheet sheet = new ConfusionSheet(ctx);
        sheet.intro();
        for (String[] pair : ctx.pairs) {
            for (Layer layer : ctx.layers) {
                List<String> labels = layer.labels().stream().map(Label::name).toList();
                sheet.matrix(pair, layer, labels, count(rows, pair, layer, labels));
            }
        }
        sheet.s.createFreezePane(1, 1);
    }

    private void intro() {
        Row intro = s.createRow(r++);
        ctx.cells.text(
                intro,
                0,
                "Matched spans (aligned as in Spans) of each pair and layer, on the articles both have: "
                        + "rows are the first annotator's labels, columns the second's; missed = only the first marked it, "
                        + "spurious = only the second.",
                null);
        s.setColumnWidth(0, 30 * 256);
        for (int c = 1; c < 12; c++) {
            s.setColumnWidth(c, 15 * 256);
        }
    }

    /** Rows by the first annotator's label, columns by the second's; the last row and column: nothing marked. */
    private static long[][] count(List<SpanAlignment.Row> rows, String[] pair, Layer layer, List<String> labels) {
        int k = labels.size();
        long[][] m = new long[k + 1][k + 1];
        for (SpanAlignment.Row row : rows) {
            if (!row.layer().equals(layer.name())
                    || !row.present().contains(pair[0])
                    || !row.present().contains(pair[1])) {
                continue;
            }
            Annotation a = row.spans().get(pair[0]);
            Annotation b = row.spans().get(pair[1]);
            int x = a == null ? k : labels.indexOf(a.label());
            int y = b == null ? k : labels.indexOf(b.label());
            if (a != null || b != null) {
                m[x][y]++;
            }
        }
        return m;
    }

    private void matrix(String[] pair, Layer layer, List<String> labels, long[][] m) {
        Cells cells = ctx.cells;
        Styles styles = ctx.styles;
        int k = labels.size();
        r++;
        cells.text(s.createRow(r++), 0, pair[0] + " × " + pair[1] + " — " + layer.name(), styles.title);
        Row h = s.createRow(r++);
        cells.text(h, 0, pair[0] + " \\ " + pair[1], styles.header);
        for (int j = 0; j < k; j++) {
            cells.text(h, 1 + j, labels.get(j), styles.label(layer.name(), labels.get(j)));
        }
        cells.text(h, 1 + k, "missed (only " + pair[0] + ")", styles.header);
        for (int i = 0; i <= k; i++) {
            Row row = s.createRow(r++);
            if (i < k) {
                cells.text(row, 0, labels.get(i), styles.label(layer.name(), labels.get(i)));
            } else {
                cells.text(row, 0, "spurious (only " + pair[1] + ")", styles.header);
            }
            for (int j = 0; j <= k; j++) {
                if (i == k && j == k) {
                    continue;
                }
                cells.number(row, 1 + j, m[i][j], i == j ? styles.diagonal : null);
            }
        }
    }
}
