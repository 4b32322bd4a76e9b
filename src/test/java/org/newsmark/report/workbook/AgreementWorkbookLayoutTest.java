package org.newsmark.report.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.agreement.AgreementOptions;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.corpus.AgreementCalculator;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.bench.CorpusGenerator;
import org.newsmark.io.ProjectFolder;
import org.newsmark.service.AgreementService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the layout of the agreement workbook: sheets, their order and visibility, column widths,
 * frozen panes, filters, drop-downs, the number of cell styles, and a digest of every cell
 * (address, style, type, value or formula) of each sheet, on a generated corpus with a missing
 * file and split sheets. The fixture was written by the workbook as it was before it became one
 * writer per sheet. A deliberate change of the workbook (or of the bundled schema, which the
 * generator copies) rewrites it with {@code -Dnewsmark.updateLayout=true}.
 */
class AgreementWorkbookLayoutTest {
    private static final Path FIXTURE = Path.of("src/test/resources/org/newsmark/report/workbook/agreement-layout.txt");

    @TempDir
    Path dir;

    @Test
    void layoutEqualsTheFixture() throws Exception {
        String layout = layout(export(dir));
        if (Boolean.getBoolean("newsmark.updateLayout")) {
            Files.writeString(FIXTURE, layout);
        }
        assertThat(layout).isEqualTo(Files.readString(FIXTURE));
    }

    /** The workbook of 6 generated articles × 3 annotators, one file missing, Tokens split at 1,000 rows. */
    static byte[] export(Path dir) throws Exception {
        Path project = dir.resolve("generated");
        CorpusGenerator.writeProject(project, 5, 6, 3, 40, 1500);
        Files.delete(project.resolve("annotators/annotator3/news-00002.csv"));
        AnnotatedCorpus corpus = new AgreementService(ProjectFolder.open(project))
                .load(AgreementService.Request.all())
                .corpus()
                .orElseThrow();
        AgreementReport report = AgreementCalculator.calculate(corpus, new AgreementOptions(List.of(), false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AgreementWorkbook.write(
                corpus, report, new AgreementWorkbook.Options("generated", "2026-01-30", 1000), out, f -> true);
        return out.toByteArray();
    }

    static String layout(byte[] xlsx) throws Exception {
        StringBuilder out = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            out.append("cell styles: ").append(wb.getNumCellStyles()).append('\n');
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                sheet(out, wb.getSheetAt(i), wb.isSheetHidden(i));
            }
        }
        return out.toString();
    }

    private static void sheet(StringBuilder out, XSSFSheet s, boolean hidden) throws Exception {
        out.append("sheet ")
                .append(s.getSheetName())
                .append(hidden ? " (hidden)" : "")
                .append('\n');
        out.append("  rows: ").append(s.getLastRowNum() + 1).append('\n');
        List<String> widths = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            widths.add(Integer.toString(s.getColumnWidth(c)));
        }
        out.append("  widths: ").append(String.join(" ", widths)).append('\n');
        out.append("  frozen: ")
                .append(
                        s.getPaneInformation() == null
                                ? "none"
                                : s.getPaneInformation().getVerticalSplitLeftColumn() + ","
                                        + s.getPaneInformation().getHorizontalSplitTopRow())
                .append('\n');
        out.append("  filter: ")
                .append(
                        s.getCTWorksheet().isSetAutoFilter()
                                ? s.getCTWorksheet().getAutoFilter().getRef()
                                : "none")
                .append('\n');
        for (DataValidation v : s.getDataValidations()) {
            List<String> ranges = new ArrayList<>();
            for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
                ranges.add(r.formatAsString());
            }
            out.append("  drop-down: ")
                    .append(String.join(" ", ranges))
                    .append(" = ")
                    .append(v.getValidationConstraint().getFormula1())
                    .append('\n');
        }
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Row row : s) {
            digest.update(("row " + row.getRowNum() + " " + row.getHeight() + "\n").getBytes(StandardCharsets.UTF_8));
            for (Cell c : row) {
                digest.update((cell(c) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        out.append("  cells: ")
                .append(HexFormat.of().formatHex(digest.digest()))
                .append('\n');
    }

    private static String cell(Cell c) {
        String value = switch (c.getCellType()) {
            case FORMULA -> "=" + c.getCellFormula() + " -> " + c.getCachedFormulaResultType();
            case NUMERIC -> Double.toString(c.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            default -> c.toString();
        };
        return c.getAddress() + " " + c.getCellStyle().getIndex() + " " + c.getCellType() + " " + value;
    }
}
