package org.newsmark.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.newsmark.analysis.QuoteSources;

/**
 * The sources table as a workbook: a Sources sheet (one filterable row per speaker entity), and a
 * Summary sheet (per speaker label, all quotes, the unnamed and their share). Counts are numbers,
 * names are text cells, never formulas.
 */
public final class QuoteSourcesWorkbook {
    private QuoteSourcesWorkbook() {}

    public static void write(QuoteSources.Report r, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sources = wb.createSheet("Sources");
            header(sources, bold, columns(r, "speaker"));
            int n = 1;
            for (QuoteSources.Row row : r.speakers()) {
                row(sources.createRow(n++), row, r, date);
            }
            sources.setAutoFilter(new CellRangeAddress(
                    0, Math.max(0, n - 1), 0, columns(r, "speaker").size() - 1));
            sources.createFreezePane(0, 1);
            Sheet summary = wb.createSheet("Summary");
            header(summary, bold, columns(r, "group"));
            n = 1;
            for (QuoteSources.Row row : r.labels()) {
                row(summary.createRow(n++), row, r, date);
            }
            row(summary.createRow(n++), r.all(), r, date);
            row(summary.createRow(n++), r.unnamed(), r, date);
            Row share = summary.createRow(n + 1);
            share.createCell(0).setCellValue("share of quotes without a named speaker");
            share.createCell(2).setCellValue(r.unnamedShare());
            for (int c = 0; c < 4; c++) {
                sources.autoSizeColumn(c);
                summary.autoSizeColumn(c);
            }
            wb.write(out);
        }
    }

    private static List<String> columns(QuoteSources.Report r, String first) {
        List<String> c = new ArrayList<>(List.of(first, "label", "quotes"));
        r.kinds().forEach(k -> c.add(k.toLowerCase(Locale.ROOT)));
        c.addAll(List.of("articles", "words", "first date", "last date"));
        return c;
    }

    private static void header(Sheet sheet, CellStyle bold, List<String> names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            row.createCell(i).setCellValue(names.get(i));
            row.getCell(i).setCellStyle(bold);
        }
    }

    private static void row(Row out, QuoteSources.Row row, QuoteSources.Report r, CellStyle date) {
        int c = 0;
        out.createCell(c++).setCellValue(row.speaker());
        out.createCell(c++).setCellValue(row.label());
        out.createCell(c++).setCellValue(row.quotes());
        for (String kind : r.kinds()) {
            out.createCell(c++).setCellValue(row.byKind().getOrDefault(kind, 0));
        }
        out.createCell(c++).setCellValue(row.articles());
        out.createCell(c++).setCellValue(row.words());
        if (row.first().isPresent()) {
            out.createCell(c).setCellValue(row.first().get());
            out.getCell(c).setCellStyle(date);
            out.createCell(c + 1).setCellValue(row.last().get());
            out.getCell(c + 1).setCellStyle(date);
        }
    }
}
