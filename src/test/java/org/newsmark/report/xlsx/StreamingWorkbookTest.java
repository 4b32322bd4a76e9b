package org.newsmark.report.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbook writer whose sheets are compressed while they are written: a zip file that
 * Java's own reader checks entry by entry (sizes and CRC-32), and sheets that POI reads back cell
 * by cell, for rows written through POI and rows written directly (blank cells, shared strings, a
 * shared formula).
 */
class StreamingWorkbookTest {
    @Test
    void sheetsWrittenBothWaysReadBackExactlyAndEveryZipEntryChecks() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int last = 200_001;
        try (StreamingWorkbook wb = new StreamingWorkbook(50)) {
            SXSSFSheet plain = wb.createSheet("Plain");
            for (int r = 0; r < 3000; r++) {
                Row row = plain.createRow(r);
                row.createCell(0).setCellValue("row " + r + " “quoted” & <b>");
                row.createCell(2).setCellValue(r * 0.5);
            }
            wb.createSheet("Empty");
            SXSSFSheet direct = wb.createSheet("Direct");
            Row header = direct.createRow(0);
            header.createCell(0).setCellValue("text");
            header.createCell(3).setCellValue("agree");
            direct.flushRows();
            FastSheetDataWriter w = wb.writer(direct);
            w.shareFormula(3, 2, last);
            for (int r = 2; r <= last; r++) {
                w.startRow(r);
                w.text(r % 7 == 0 ? " padded " : "t" + r + (r % 5 == 0 ? " \uD83D\uDE00 \"x\"" : ""), 0);
                if (r % 3 == 0) {
                    w.blank();
                } else {
                    w.number(r);
                }
                w.repeated(r % 2 == 0 ? "O" : "PERSON", 0);
                w.formula("B" + r + "=\"\"", r % 3 == 0);
                w.endRow();
            }
            wb.write(bytes);
            wb.dispose();
        }

        Map<String, Long> sizes = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                // Reading to the end makes ZipInputStream check the entry's CRC-32 and sizes.
                sizes.put(e.getName(), (long) zip.readAllBytes().length);
            }
        }
        assertThat(sizes)
                .containsKeys(
                        "xl/worksheets/sheet1.xml",
                        "xl/worksheets/sheet2.xml",
                        "xl/worksheets/sheet3.xml",
                        "xl/workbook.xml",
                        "[Content_Types].xml");

        try (Workbook read = WorkbookFactory.create(new ByteArrayInputStream(bytes.toByteArray()))) {
            Sheet plain = read.getSheet("Plain");
            assertThat(plain.getLastRowNum()).isEqualTo(2999);
            assertThat(plain.getRow(1234).getCell(0).getStringCellValue()).isEqualTo("row 1234 “quoted” & <b>");
            assertThat(plain.getRow(1234).getCell(1)).isNull();
            assertThat(plain.getRow(1234).getCell(2).getNumericCellValue()).isEqualTo(617.0);
            assertThat(read.getSheet("Empty").getPhysicalNumberOfRows()).isZero();

            Sheet direct = read.getSheet("Direct");
            assertThat(direct.getLastRowNum()).isEqualTo(last - 1);
            for (int r : new int[] {2, 3, 5, 7, 9, 10, 99_999, 200_001}) {
                Row row = direct.getRow(r - 1);
                assertThat(row.getCell(0).getStringCellValue())
                        .as("row %d", r)
                        .isEqualTo(r % 7 == 0 ? " padded " : "t" + r + (r % 5 == 0 ? " \uD83D\uDE00 \"x\"" : ""));
                if (r % 3 == 0) {
                    assertThat(row.getCell(1)).as("blank cell of row %d", r).isNull();
                } else {
                    assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(r);
                }
                assertThat(row.getCell(2).getStringCellValue())
                        .as("a shared string")
                        .isEqualTo(r % 2 == 0 ? "O" : "PERSON");
                assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(row.getCell(3).getCellFormula())
                        .as("the shared formula, moved to row %d", r)
                        .isEqualTo("B" + r + "=\"\"");
                assertThat(row.getCell(3).getBooleanCellValue()).isEqualTo(r % 3 == 0);
            }
        }
        String xml = sheetXml(bytes.toByteArray(), "xl/worksheets/sheet3.xml");
        assertThat(xml).contains("<dimension ref=\"A1:D200001\"/>");
    }

    private static String sheetXml(byte[] file, String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    byte[] head = new byte[4000];
                    int n = zip.readNBytes(head, 0, head.length);
                    return new String(head, 0, n, StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not found");
    }
}
