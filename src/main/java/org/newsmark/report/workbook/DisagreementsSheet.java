package org.newsmark.report.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.newsmark.agreement.span.SpanAlignment;

/**
 * The Disagreements sheet: the aligned spans that do not agree, by layer, with a decision
 * drop-down (the layer's choices on the Lists sheet) and a comment column for adjudication.
 */
final class DisagreementsSheet {
    /** A run of consecutive rows of one layer on one sheet: one drop-down covers it. */
    private static final class Run {
        final String layer;
        final int first;
        int last;

        Run(String layer, int row) {
            this.layer = layer;
            this.first = row;
            this.last = row;
        }
    }

    private final WorkbookContext ctx;
    private final int decisionColumn;
    private final Map<SXSSFSheet, List<Run>> runs = new LinkedHashMap<>();

    private DisagreementsSheet(WorkbookContext ctx) {
        this.ctx = ctx;
        this.decisionColumn = SpanTable.statusColumn(ctx.annotators.size()) + 1;
    }

    static void write(WorkbookContext ctx, List<SpanAlignment.Row> rows) {
        DisagreementsSheet sheet = new DisagreementsSheet(ctx);
        new SpanTable(ctx).write(AgreementWorkbook.DISAGREEMENTS, rows, true, sheet::decisionCells);
        sheet.dropDowns();
    }

    private void decisionCells(Row row, SpanAlignment.Row span, SXSSFSheet sheet) {
        row.createCell(decisionColumn).setCellStyle(ctx.styles.decision);
        row.createCell(decisionColumn + 1).setCellStyle(ctx.styles.wrap);
        List<Run> list = runs.computeIfAbsent(sheet, s -> new ArrayList<>());
        Run last = list.isEmpty() ? null : list.get(list.size() - 1);
        if (last != null && last.layer.equals(span.layer()) && last.last == row.getRowNum() - 1) {
            last.last = row.getRowNum();
        } else {
            list.add(new Run(span.layer(), row.getRowNum()));
        }
    }

    private void dropDowns() {
        runs.forEach((s, list) -> {
            DataValidationHelper helper = s.getDataValidationHelper();
            for (Run run : list) {
                int l = ctx.layerIndex(run.layer);
                String col = CellReference.convertNumToColString(l);
                int count = AgreementWorkbook.decisionChoices(ctx.annotators, ctx.layers.get(l))
                        .size();
                DataValidation v = helper.createValidation(
                        helper.createFormulaListConstraint(
                                AgreementWorkbook.LISTS + "!$" + col + "$2:$" + col + "$" + (count + 1)),
                        new CellRangeAddressList(run.first, run.last, decisionColumn, decisionColumn));
                v.setShowErrorBox(true);
                v.createErrorBox("Decision", "Choose accept NAME, reject, or a label of the layer.");
                v.setSuppressDropDownArrow(true);
                s.addValidationData(v);
            }
        });
    }
}
