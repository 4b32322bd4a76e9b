package org.newsmark.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.agreement.AgreementOptions;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.corpus.AgreementCalculator;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.bench.CorpusGenerator;
import org.newsmark.io.ProjectFolder;
import org.newsmark.service.AgreementService;

/** The workbook written by one writer per sheet equals, part by part and cell by cell, the one the old single class wrote. */
class AgreementWorkbookEquivalenceTest {
    @TempDir
    Path dir;

    @Test
    void bundledProject() throws Exception {
        Path project = TestData.bundledCopy(dir.resolve("bundled"));
        compare(project, AgreementWorkbook.EXCEL_MAX_ROWS);
        compare(project, 700);
    }

    @Test
    void generatedCorpusWithAMissingFileAndSplitSheets() throws Exception {
        Path project = dir.resolve("generated");
        CorpusGenerator.writeProject(project, 7, 12, 3, 60, 2500);
        Files.delete(project.resolve("annotators/annotator2/news-00003.csv"));
        compare(project, AgreementWorkbook.EXCEL_MAX_ROWS);
        compare(project, 1500);
    }

    @Test
    void generatedCorpusOfOneAnnotator() throws Exception {
        Path project = dir.resolve("single");
        CorpusGenerator.writeProject(project, 11, 4, 1, 40, 1500);
        compare(project, AgreementWorkbook.EXCEL_MAX_ROWS);
    }

    private void compare(Path project, int maxRows) throws Exception {
        AnnotatedCorpus corpus = new AgreementService(ProjectFolder.open(project)).load(AgreementService.Request.all())
                .corpus().orElseThrow();
        AgreementReport report = AgreementCalculator.calculate(corpus, new AgreementOptions(List.of(), false));
        List<Double> newProgress = new ArrayList<>();
        List<Double> oldProgress = new ArrayList<>();
        ByteArrayOutputStream newOut = new ByteArrayOutputStream();
        ByteArrayOutputStream oldOut = new ByteArrayOutputStream();
        AgreementWorkbook.Written written = AgreementWorkbook.write(corpus, report,
                new AgreementWorkbook.Options("p", "2026-01-30", maxRows), newOut, f -> newProgress.add(f));
        LegacyAgreementWorkbook.Written old = LegacyAgreementWorkbook.write(corpus, report,
                new LegacyAgreementWorkbook.Options("p", "2026-01-30", maxRows), oldOut, f -> oldProgress.add(f));
        assertThat(written.sheets()).isEqualTo(old.sheets());
        assertThat(written.spanRows()).isEqualTo(old.spanRows());
        assertThat(written.disagreementRows()).isEqualTo(old.disagreementRows());
        assertThat(written.formulas().toString()).isEqualTo(old.formulas().toString().replace("Legacy", ""));
        assertThat(newProgress).isEqualTo(oldProgress);
        Map<String, String> newParts = parts(newOut.toByteArray());
        Map<String, String> oldParts = parts(oldOut.toByteArray());
        assertThat(newParts.keySet()).containsExactlyElementsOf(oldParts.keySet());
        for (String part : oldParts.keySet()) {
            assertThat(newParts.get(part)).as(part).isEqualTo(oldParts.get(part));
        }
        compareCells(newOut.toByteArray(), oldOut.toByteArray());
    }

    /** Every part of the zip as text, the creation time of the document properties left out. */
    private static Map<String, String> parts(byte[] xlsx) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String text = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                out.put(e.getName(), text.replaceAll("<dcterms:created[^<]*</dcterms:created>", ""));
            }
        }
        return out;
    }

    /** The same through POI: every sheet, cell, value, formula and style index. */
    private static void compareCells(byte[] newXlsx, byte[] oldXlsx) throws Exception {
        try (XSSFWorkbook a = new XSSFWorkbook(new ByteArrayInputStream(newXlsx));
             XSSFWorkbook b = new XSSFWorkbook(new ByteArrayInputStream(oldXlsx))) {
            assertThat(a.getNumberOfSheets()).isEqualTo(b.getNumberOfSheets());
            assertThat(a.getNumCellStyles()).isEqualTo(b.getNumCellStyles());
            for (int i = 0; i < a.getNumberOfSheets(); i++) {
                assertThat(dump(a.getSheetAt(i))).isEqualTo(dump(b.getSheetAt(i)));
                assertThat(a.isSheetHidden(i)).isEqualTo(b.isSheetHidden(i));
            }
        }
    }

    private static List<String> dump(Sheet sheet) {
        List<String> out = new ArrayList<>();
        out.add(sheet.getSheetName());
        for (Row row : sheet) {
            for (Cell c : row) {
                String value = switch (c.getCellType()) {
                    case FORMULA -> "=" + c.getCellFormula() + " -> " + c.getCachedFormulaResultType();
                    case NUMERIC -> Double.toString(c.getNumericCellValue());
                    case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
                    default -> c.toString();
                };
                out.add(c.getAddress() + " " + c.getCellStyle().getIndex() + " " + value);
            }
        }
        return out;
    }
}
