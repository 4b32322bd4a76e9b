package org.newsmark.report.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** Writing one cell of the agreement workbook: texts never become formulas, and every cell gets a style. */
final class Cells {
    private static final int MAX_TEXT = 32_767;
    private final CellStyle plain;

    Cells(Styles styles) {
        this.plain = styles.plain;
    }

    /** A text cell: never a formula, whatever the value starts with; Excel's limit cuts very long texts. */
    void text(Row row, int column, String value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(cap(value));
        // An explicit style on every cell: without one, POI looks up the column's style for each cell, slowly.
        cell.setCellStyle(style != null ? style : plain);
    }

    void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style != null ? style : plain);
    }

    /** A formula with its cached value (computed in Java), or an empty text result when it is undefined. */
    static void formula(Row row, int column, String formula, Number cached, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        if (cached == null) {
            cell.setCellValue("");
        } else {
            cell.setCellValue(cached.doubleValue());
        }
        cell.setCellStyle(style);
    }

    /** Excel's limit on the length of a cell's text. */
    static String cap(String value) {
        return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - 1) + "…" : value;
    }
}
