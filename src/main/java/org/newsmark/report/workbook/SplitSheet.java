package org.newsmark.report.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.newsmark.report.xlsx.FastSheetDataWriter;

/**
 * A table sheet with a header row, frozen and filtered, that continues in "Name 2", "Name 3"...
 * when it reaches the row limit; a note for Summary says where it was split.
 */
final class SplitSheet {
    private final WorkbookContext ctx;
    private final String name;
    private final List<String> header;
    private final int[] widths;
    private final List<SXSSFSheet> sheets = new ArrayList<>();
    private final Map<SXSSFSheet, Integer> lastRow = new HashMap<>();
    private SXSSFSheet current;
    /** The index of the next row of the current sheet (0-based). */
    private int next;

    private long rows;
    /** Rows expected in all, and the column of the shared formula, for sheets written directly. */
    private long expected;

    private int sharedColumn = -1;

    SplitSheet(WorkbookContext ctx, String name, List<String> header, int[] widths) {
        this.ctx = ctx;
        this.name = name;
        this.header = header;
        this.widths = widths;
    }

    /** For rows written directly: how many rows are coming, and the column whose formula each sheet shares. */
    void sharedFormula(long expectedRows, int column) {
        this.expected = expectedRows;
        this.sharedColumn = column;
    }

    /** The next row, through POI's cells. */
    Row row() {
        if (current == null || next >= ctx.options.maxRows()) {
            open();
        }
        rows++;
        lastRow.put(current, next + 1);
        return current.createRow(next++);
    }

    /**
     * Starts the next row written straight into the sheet data ({@link FastSheetDataWriter}),
     * opening the next sheet when this one is full.
     */
    FastSheetDataWriter startRow() throws IOException {
        if (current == null || next >= ctx.options.maxRows()) {
            long before = rows;
            open();
            current.flushRows();
            long here = Math.min(ctx.options.maxRows() - 1L, expected - before);
            if (sharedColumn >= 0 && here > 0) {
                ctx.wb.writer(current).shareFormula(sharedColumn, 2, (int) (1 + here));
            }
        }
        rows++;
        lastRow.put(current, next + 1);
        FastSheetDataWriter w = ctx.wb.writer(current);
        w.startRow(++next);
        return w;
    }

    /** The 1-based number of the row being written, as formulas refer to it. */
    int rowNumber() {
        return next;
    }

    /** The sheet rows go to now. */
    SXSSFSheet current() {
        return current;
    }

    private void open() {
        String sheetName = sheets.isEmpty() ? name : name + " " + (sheets.size() + 1);
        current = ctx.wb.createSheet(sheetName);
        sheets.add(current);
        Row h = current.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            ctx.cells.text(h, c, header.get(c), ctx.styles.header);
            current.setColumnWidth(c, Math.min(255, widths[Math.min(c, widths.length - 1)]) * 256);
        }
        current.createFreezePane(0, 1);
        current.setAutoFilter(new CellRangeAddress(0, 0, 0, header.size() - 1));
        next = 1;
    }

    /** Ends the table: a sheet with its header even without rows, and a note when it was split. */
    void close() {
        if (sheets.isEmpty()) {
            open();
        }
        if (sheets.size() > 1) {
            ctx.notes.add(name + " has " + rows + " rows, more than one sheet holds (" + ctx.options.maxRows()
                    + " rows with the header): it is split into " + String.join(", ", names()) + ".");
        }
    }

    /** The sheets in order. */
    List<SXSSFSheet> sheets() {
        return sheets;
    }

    /** The last row written (1-based) of a sheet, or {@code otherwise} when none was. */
    int lastRow(SXSSFSheet sheet, int otherwise) {
        return lastRow.getOrDefault(sheet, otherwise);
    }

    private List<String> names() {
        List<String> out = new ArrayList<>();
        for (SXSSFSheet s : sheets) {
            out.add(s.getSheetName());
        }
        return out;
    }
}
