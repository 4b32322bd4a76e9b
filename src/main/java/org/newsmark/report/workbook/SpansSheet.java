package org.newsmark.report.workbook;

import java.util.List;

import org.newsmark.agreement.span.SpanAlignment;

/** The Spans sheet: every span of every annotator, aligned across annotators, one row per aligned span. */
final class SpansSheet {
    private SpansSheet() {}

    static void write(WorkbookContext ctx, List<SpanAlignment.Row> rows) {
        new SpanTable(ctx).write(AgreementWorkbook.SPANS, rows, false, (row, span, sheet) -> {});
    }
}
