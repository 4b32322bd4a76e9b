package org.newsmark.report;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming sheet writer with a shorter path for the cells the workbook writes by the
 * million (inline text and numbers): no per-character streams, cached column letters. Formulas
 * and anything else go through POI's own code. The XML is the same as POI's.
 */
final class FastSheetDataWriter extends SheetDataWriter {
    private static final String[] COLUMNS = new String[64];

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = CellReference.convertNumToColString(i);
        }
    }

    FastSheetDataWriter() throws IOException {
        super();
    }

    @Override
    public void writeCell(int column, Cell cell) throws IOException {
        if (cell == null || column >= COLUMNS.length) {
            super.writeCell(column, cell);
            return;
        }
        CellType type = cell.getCellType();
        if (type != CellType.STRING && type != CellType.NUMERIC) {
            super.writeCell(column, cell);
            return;
        }
        _out.write("<c r=\"");
        _out.write(COLUMNS[column]);
        _out.write(Integer.toString(cell.getRowIndex() + 1));
        _out.write('"');
        CellStyle style = cell.getCellStyle();
        if (style != null && style.getIndex() != 0) {
            _out.write(" s=\"");
            _out.write(Integer.toString(style.getIndex()));
            _out.write('"');
        }
        if (type == CellType.NUMERIC) {
            double v = cell.getNumericCellValue();
            _out.write(" t=\"n\"><v>");
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                _out.write(Long.toString((long) v));
            } else {
                _out.write(Double.toString(v));
            }
            _out.write("</v></c>");
            return;
        }
        String s = cell.getStringCellValue();
        _out.write(" t=\"inlineStr\"><is><t");
        if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))) {
            _out.write(" xml:space=\"preserve\"");
        }
        _out.write('>');
        escape(s);
        _out.write("</t></is></c>");
    }

    private void escape(String s) throws IOException {
        int n = s.length();
        int last = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String rep;
            if (c == '<') {
                rep = "&lt;";
            } else if (c == '>') {
                rep = "&gt;";
            } else if (c == '&') {
                rep = "&amp;";
            } else if (c == '"') {
                rep = "&quot;";
            } else if (c == '\n') {
                rep = "&#xa;";
            } else if (c == '\r') {
                rep = "&#xd;";
            } else if (c == '\t') {
                rep = "&#x9;";
            } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                rep = "?";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                rep = "?";
            } else if (Character.isLowSurrogate(c)) {
                rep = "?";
            } else {
                continue;
            }
            _out.write(s, last, i - last);
            _out.write(rep);
            last = i + 1;
        }
        _out.write(s, last, n - last);
    }
}
