package org.newsmark.report.xlsx;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.util.function.ToIntFunction;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming sheet writer with a shorter path for the cells the workbook writes by the
 * million (inline text, numbers, formulas with a number or truth value): no per-character
 * streams, cached column letters; anything else goes through POI's own code. The XML is the same
 * as POI's. The temporary file holds the sheet data already deflated ({@link DeflatingSink}, on a
 * thread of its own), which {@link StreamingWorkbook} puts into the zip file as it is.
 */
public final class FastSheetDataWriter extends SheetDataWriter {
    private static final String[] COLUMNS = new String[64];
    private static final byte[][] COLUMN_BYTES = new byte[64][];
    private static final byte[] ROW = Utf8Writer.ascii("<row r=\"");
    private static final byte[] ROW_OPEN_END = Utf8Writer.ascii("\">");
    private static final byte[] ROW_END = Utf8Writer.ascii("</row>\n");
    private static final byte[] CELL = Utf8Writer.ascii("<c");
    private static final byte[] REF = Utf8Writer.ascii(" r=\"");
    private static final byte[] STYLE = Utf8Writer.ascii(" s=\"");
    private static final byte[] QUOTE = Utf8Writer.ascii("\"");
    private static final byte[] INLINE = Utf8Writer.ascii(" t=\"inlineStr\"><is><t");
    private static final byte[] PRESERVE = Utf8Writer.ascii(" xml:space=\"preserve\"");
    private static final byte[] INLINE_END = Utf8Writer.ascii("</t></is></c>");
    private static final byte[] CLOSE = Utf8Writer.ascii(">");
    private static final byte[] NUMBER = Utf8Writer.ascii("><v>");
    private static final byte[] SHARED_STRING = Utf8Writer.ascii(" t=\"s\"><v>");
    private static final byte[] TYPED_NUMBER = Utf8Writer.ascii(" t=\"n\"><v>");
    private static final byte[] VALUE_END = Utf8Writer.ascii("</v></c>");
    private static final byte[] BOOLEAN_FORMULA = Utf8Writer.ascii(" t=\"b\"><f");
    private static final byte[] NUMBER_FORMULA = Utf8Writer.ascii("><f");
    private static final byte[] SHARED_MASTER = Utf8Writer.ascii(" t=\"shared\" ref=\"");
    private static final byte[] SHARED_INDEX = Utf8Writer.ascii("\" si=\"0\">");
    private static final byte[] SHARED_CHILD = Utf8Writer.ascii(" t=\"shared\" si=\"0\"/>");
    private static final byte[] FORMULA_END = Utf8Writer.ascii("</f>");
    private static final byte[] TRUE = Utf8Writer.ascii("<v>1</v></c>");
    private static final byte[] FALSE = Utf8Writer.ascii("<v>0</v></c>");
    private static final byte[] FORMULA_VALUE = Utf8Writer.ascii("</f><v>");
    private static final byte[] COLON = Utf8Writer.ascii(":");

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = CellReference.convertNumToColString(i);
            COLUMN_BYTES[i] = Utf8Writer.ascii(COLUMNS[i]);
        }
    }

    /** Set from the super constructor (through createWriter), so without initializers. */
    private DeflatingSink sink;

    private Utf8Writer out;
    private final ToIntFunction<String> strings;

    /** {@code strings} gives the index of a text in the workbook's shared strings. */
    FastSheetDataWriter(ToIntFunction<String> strings) throws IOException {
        super();
        this.strings = strings;
    }

    @Override
    public Writer createWriter(File fd) throws IOException {
        sink = new DeflatingSink(new FileOutputStream(fd), fd.getName());
        out = new Utf8Writer(sink);
        return out;
    }

    /** The compressed sheet data; its counts are valid once the writer is closed. */
    DeflatingSink sink() {
        return sink;
    }

    // ------------------------------------------------------------ rows written without POI's cells

    /** Shared formula of the raw rows: column, first and last row (1-based); -1 when none. */
    private int sharedColumn = -1;

    private int sharedFirst;
    private int sharedLast;
    private int rawRow;
    private int rawColumn;
    private boolean rawGap;
    private int rawLastRow;
    private int rawMaxColumn = -1;

    /**
     * Rows of the largest sheets are written straight into the sheet data, in compact XML: no
     * cell objects; a cell reference only after a blank cell (it is optional where the cell follows
     * the one before, and Excel, LibreOffice and POI read it so); number cells without the default
     * type; one shared formula for a whole column, as Excel writes a formula filled down. The rows
     * POI holds for the sheet must be flushed first, and none added after.
     */
    public void shareFormula(int column, int firstRow, int lastRow) {
        sharedColumn = column;
        sharedFirst = firstRow;
        sharedLast = lastRow;
    }

    /** Starts row {@code row} (1-based). */
    public void startRow(int row) throws IOException {
        out.ascii(ROW);
        out.digits(row);
        out.ascii(ROW_OPEN_END);
        rawRow = row;
        rawColumn = 0;
        rawGap = false;
        rawLastRow = row;
    }

    public void endRow() throws IOException {
        out.ascii(ROW_END);
        rawMaxColumn = Math.max(rawMaxColumn, rawColumn - 1);
    }

    /** Leaves the next cell blank. */
    public void blank() {
        rawColumn++;
        rawGap = true;
    }

    /**
     * A text cell whose value repeats down the sheet (a document id, a layer, a label): written
     * once into the workbook's shared strings and referred to by number, as Excel does.
     */
    public void repeated(String value, int style) throws IOException {
        open(style);
        out.ascii(SHARED_STRING);
        out.digits(strings.applyAsInt(value));
        out.ascii(VALUE_END);
    }

    /** An inline text cell (never a formula, whatever it starts with). */
    public void text(String value, int style) throws IOException {
        open(style);
        inline(value);
    }

    public void number(long value) throws IOException {
        open(0);
        out.ascii(NUMBER);
        out.digits(value);
        out.ascii(VALUE_END);
    }

    /**
     * A formula with a truth value. In the shared column the first row carries the formula and the
     * range, the others refer to it; {@code formula} is the formula of this row as text otherwise.
     */
    public void formula(String formula, boolean value) throws IOException {
        int column = rawColumn;
        open(0);
        out.ascii(BOOLEAN_FORMULA);
        if (column == sharedColumn && rawRow >= sharedFirst && rawRow <= sharedLast) {
            if (rawRow == sharedFirst) {
                out.ascii(SHARED_MASTER);
                out.ascii(COLUMN_BYTES[column]);
                out.digits(sharedFirst);
                out.ascii(COLON);
                out.ascii(COLUMN_BYTES[column]);
                out.digits(sharedLast);
                out.ascii(SHARED_INDEX);
                out.escaped(formula);
                out.ascii(FORMULA_END);
            } else {
                out.ascii(SHARED_CHILD);
            }
        } else {
            out.ascii(CLOSE);
            out.escaped(formula);
            out.ascii(FORMULA_END);
        }
        out.ascii(value ? TRUE : FALSE);
    }

    private void open(int style) throws IOException {
        if (rawColumn >= COLUMNS.length) {
            throw new IllegalStateException("raw rows hold at most " + COLUMNS.length + " columns");
        }
        out.ascii(CELL);
        if (rawGap) {
            out.ascii(REF);
            out.ascii(COLUMN_BYTES[rawColumn]);
            out.digits(rawRow);
            out.ascii(QUOTE);
            rawGap = false;
        }
        style(style);
        rawColumn++;
    }

    private void style(int style) throws IOException {
        if (style != 0) {
            out.ascii(STYLE);
            out.digits(style);
            out.ascii(QUOTE);
        }
    }

    /** The rest of an inline text cell: type, the text (spaces kept at its ends) and the end tags. */
    private void inline(String value) throws IOException {
        out.ascii(INLINE);
        if (!value.isEmpty()
                && (Character.isWhitespace(value.charAt(0))
                        || Character.isWhitespace(value.charAt(value.length() - 1)))) {
            out.ascii(PRESERVE);
        }
        out.ascii(CLOSE);
        out.escaped(value);
        out.ascii(INLINE_END);
    }

    /** The last row and column (1-based, 0-based) of the raw rows, or null when there are none. */
    int[] rawExtent() {
        return rawLastRow == 0 ? null : new int[] {rawLastRow, rawMaxColumn};
    }

    public static String column(int index) {
        return index < COLUMNS.length ? COLUMNS[index] : CellReference.convertNumToColString(index);
    }

    // ------------------------------------------------------------ POI's cells, faster

    @Override
    public void writeCell(int column, Cell cell) throws IOException {
        if (cell == null || column >= COLUMNS.length) {
            super.writeCell(column, cell);
            return;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            writeFormula(column, cell);
            return;
        }
        if (type != CellType.STRING && type != CellType.NUMERIC) {
            super.writeCell(column, cell);
            return;
        }
        reference(column, cell);
        if (type == CellType.NUMERIC) {
            out.ascii(TYPED_NUMBER);
            number(cell.getNumericCellValue());
            out.ascii(VALUE_END);
            return;
        }
        inline(cell.getStringCellValue());
    }

    /** {@code <c r="A1" s="3"}, as POI starts a cell. */
    private void reference(int column, Cell cell) throws IOException {
        out.ascii(CELL);
        out.ascii(REF);
        out.ascii(COLUMN_BYTES[column]);
        out.digits(cell.getRowIndex() + 1L);
        out.ascii(QUOTE);
        CellStyle style = cell.getCellStyle();
        style(style == null ? 0 : style.getIndex());
    }

    /** A formula with a cached number or truth value; other results go through POI's own code. */
    private void writeFormula(int column, Cell cell) throws IOException {
        CellType result = cell.getCachedFormulaResultType();
        if (result != CellType.BOOLEAN
                && (result != CellType.NUMERIC || !Double.isFinite(cell.getNumericCellValue()))) {
            super.writeCell(column, cell);
            return;
        }
        reference(column, cell);
        out.ascii(result == CellType.BOOLEAN ? BOOLEAN_FORMULA : NUMBER_FORMULA);
        out.ascii(CLOSE);
        out.escaped(cell.getCellFormula());
        if (result == CellType.BOOLEAN) {
            out.ascii(FORMULA_END);
            out.ascii(cell.getBooleanCellValue() ? TRUE : FALSE);
        } else {
            out.ascii(FORMULA_VALUE);
            number(cell.getNumericCellValue());
            out.ascii(VALUE_END);
        }
    }

    private void number(double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            out.digits((long) v);
        } else {
            out.write(Double.toString(v));
        }
    }
}
