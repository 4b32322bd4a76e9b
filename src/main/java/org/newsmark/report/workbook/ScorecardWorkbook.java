package org.newsmark.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.newsmark.agreement.Score;
import org.newsmark.training.LabelCounts;
import org.newsmark.training.LayerAgreement;
import org.newsmark.training.Scorecard;
import org.newsmark.training.TrainingError;

/**
 * A scorecard as an Excel workbook (Apache POI): a Scores sheet (precision, recall and F1 per
 * layer and label, speaker accuracy, argument F1), an Agreement sheet (kappa and unitizing alpha
 * per layer) and an Errors sheet (one row per error, filterable). Values are numbers, an
 * undefined value an empty cell; texts are always text cells, never formulas.
 */
public final class ScorecardWorkbook {
    /** The most characters a cell holds. */
    private static final int MAX_CELL = 32_767;

    private ScorecardWorkbook() {}

    public static void write(Scorecard card, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("0.000"));

            Sheet scores = wb.createSheet("Scores");
            header(
                    scores,
                    bold,
                    "layer",
                    "label",
                    "trainee",
                    "reference",
                    "P exact",
                    "R exact",
                    "F1 exact",
                    "P overlap",
                    "R overlap",
                    "F1 overlap");
            int r = 1;
            for (LabelCounts c : card.totals()) {
                Row row = scores.createRow(r++);
                text(row, 0, c.layer());
                text(row, 1, c.label());
                row.createCell(2).setCellValue(c.trainee());
                row.createCell(3).setCellValue(c.reference());
                List<Score> values = List.of(
                        c.precision(true),
                        c.recall(true),
                        c.f1(true),
                        c.precision(false),
                        c.recall(false),
                        c.f1(false));
                for (int i = 0; i < values.size(); i++) {
                    value(row, 4 + i, values.get(i), number);
                }
            }
            r++;
            Row speaker = scores.createRow(r++);
            text(speaker, 0, "speaker accuracy");
            value(speaker, 4, card.speakerAccuracy(), number);
            text(speaker, 5, card.speakerTotal() + " paired quotes with a reference speaker");
            Row arguments = scores.createRow(r);
            text(arguments, 0, "argument F1");
            value(arguments, 4, card.argumentF1(), number);
            text(arguments, 5, card.argumentUnits() + " arguments of paired events");
            widths(scores, 10, 16, 9, 10, 10, 10, 10, 10, 10, 10);

            Sheet agreement = wb.createSheet("Agreement");
            header(agreement, bold, "layer", "cohen_kappa", "tokens", "unitizing_alpha", "spans");
            r = 1;
            for (LayerAgreement a : card.agreement()) {
                Row row = agreement.createRow(r++);
                text(row, 0, a.layer());
                value(row, 1, a.kappa(), number);
                row.createCell(2).setCellValue(a.tokens());
                value(row, 3, a.unitizingAlpha(), number);
                row.createCell(4).setCellValue(a.spans());
            }
            widths(agreement, 10, 14, 10, 16, 10);

            Sheet errors = wb.createSheet("Errors");
            header(
                    errors,
                    bold,
                    "doc",
                    "start",
                    "end",
                    "class",
                    "layer",
                    "label",
                    "text",
                    "context",
                    "marked",
                    "reference",
                    "hint",
                    "guideline");
            r = 1;
            for (TrainingError e : card.errors()) {
                Row row = errors.createRow(r++);
                text(row, 0, e.doc());
                row.createCell(1).setCellValue(e.start());
                row.createCell(2).setCellValue(e.end());
                text(row, 3, e.kind().title());
                text(row, 4, e.layer());
                text(row, 5, e.label());
                text(row, 6, e.text());
                text(row, 7, e.context());
                text(row, 8, e.marked());
                text(row, 9, e.reference());
                text(row, 10, e.hint());
                text(row, 11, e.guideline());
            }
            if (r > 1) {
                errors.setAutoFilter(new CellRangeAddress(0, r - 1, 0, 11));
            }
            widths(errors, 30, 8, 8, 20, 9, 14, 30, 60, 40, 40, 60, 40);
            wb.write(out);
        }
    }

    private static void header(Sheet sheet, CellStyle bold, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(names[i]);
            c.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value);
    }

    private static void value(Row row, int column, Score score, CellStyle number) {
        Cell c = row.createCell(column);
        if (score.defined()) {
            c.setCellValue(score.value());
            c.setCellStyle(number);
        }
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }
}
