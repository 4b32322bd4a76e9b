package org.newsmark.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.newsmark.TestData;

/** Helpers for workbook tests: a copy of the bundled project, reading and saving workbooks as a user would. */
final class Workbooks {
    private Workbooks() {}

    static Path bundledCopy(Path dir) throws IOException {
        return TestData.bundledCopy(dir.resolve("project"));
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static void save(XSSFWorkbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    /** Column index by header text of row 0. */
    static Map<String, Integer> header(Sheet sheet) {
        Map<String, Integer> out = new HashMap<>();
        Row h = sheet.getRow(0);
        for (int c = 0; c < h.getLastCellNum(); c++) {
            out.put(h.getCell(c).getStringCellValue(), c);
        }
        return out;
    }

    static String text(Row row, int column) {
        var cell = row.getCell(column);
        return cell == null ? "" : cell.toString();
    }
}
