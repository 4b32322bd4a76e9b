package org.newsmark.report.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.newsmark.model.Layer;

/** The hidden Lists sheet: the decision drop-down's choices per layer, the documents and the annotators. */
final class ListsSheet {
    private ListsSheet() {}

    static void write(WorkbookContext ctx) {
        SXSSFSheet s = ctx.wb.createSheet(AgreementWorkbook.LISTS);
        List<List<String>> columns = columns(ctx);
        int height = columns.stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < height; r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < columns.size(); c++) {
                if (r < columns.get(c).size()) {
                    ctx.cells.text(row, c, columns.get(c).get(r), r == 0 ? ctx.styles.header : null);
                }
            }
        }
        ctx.wb.setSheetHidden(ctx.wb.getSheetIndex(s), true);
    }

    /** One column per layer (its name, then its choices), then the documents, then the annotators. */
    private static List<List<String>> columns(WorkbookContext ctx) {
        List<List<String>> columns = new ArrayList<>();
        for (Layer layer : ctx.layers) {
            List<String> c = new ArrayList<>();
            c.add(layer.name());
            c.addAll(AgreementWorkbook.decisionChoices(ctx.annotators, layer));
            columns.add(c);
        }
        List<String> docs = new ArrayList<>();
        docs.add("documents");
        ctx.corpus.articles().forEach(a -> docs.add(a.id()));
        columns.add(docs);
        List<String> names = new ArrayList<>();
        names.add("annotators");
        names.addAll(ctx.annotators);
        columns.add(names);
        return columns;
    }
}
