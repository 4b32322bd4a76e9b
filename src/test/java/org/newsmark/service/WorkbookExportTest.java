package org.newsmark.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.io.ProjectFolder;
import org.newsmark.report.workbook.AgreementWorkbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The agreement workbook read back with POI: sheets, content, formulas and their cached values. */
class WorkbookExportTest {
    @TempDir
    Path dir;

    private AgreementWorkbook.Written export(Path project, Path file, int maxRows) throws Exception {
        WorkbookService service = new WorkbookService(ProjectFolder.open(project)).withMaxRows(maxRows);
        WorkbookService.Export export = service.export(AgreementService.Request.all(), file, ProgressListener.NONE);
        assertThat(export.problems()).isEmpty();
        return export.written().orElseThrow();
    }

    private AgreementReport report(Path project) throws Exception {
        return new AgreementService(ProjectFolder.open(project))
                .run(AgreementService.Request.all())
                .report()
                .orElseThrow();
    }

    @Test
    void summaryFormulasHaveCachedValuesEqualToTheAgreementReportAndToPoisEvaluator() throws Exception {
        Path project = Workbooks.bundledCopy(dir);
        Path file = dir.resolve("check.xlsx");
        AgreementWorkbook.Written written = export(project, file, AgreementWorkbook.EXCEL_MAX_ROWS);
        AgreementReport report = report(project);
        assertThat(written.sheets())
                .containsExactly("Summary", "Tokens", "Spans", "Disagreements", "Confusion", "Annotations", "Lists");
        // 3 layers x 1 pair.
        assertThat(written.formulas()).hasSize(3);
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            assertThat(wb.isSheetHidden(wb.getSheetIndex("Lists"))).isTrue();
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (AgreementWorkbook.PairFormula f : written.formulas()) {
                double observed = report.find(f.layer(), "*", Measurement.OBSERVED_AGREEMENT, f.pair(), "*")
                        .orElseThrow()
                        .score()
                        .value();
                double kappa = report.find(f.layer(), "*", Measurement.COHEN_KAPPA, f.pair(), "*")
                        .orElseThrow()
                        .score()
                        .value();
                assertThat(f.observed()).isCloseTo(observed, within(1e-9));
                assertThat(f.kappa()).isCloseTo(kappa, within(1e-9));
                Cell o = cell(wb, f.observedCell());
                Cell k = cell(wb, f.kappaCell());
                assertThat(o.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(k.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(k.getCellFormula()).contains("SUMPRODUCT");
                assertThat(o.getNumericCellValue()).isCloseTo(observed, within(1e-9));
                assertThat(k.getNumericCellValue()).isCloseTo(kappa, within(1e-9));
                CellValue eo = evaluator.evaluate(o);
                CellValue ek = evaluator.evaluate(k);
                assertThat(eo.getNumberValue()).isCloseTo(observed, within(1e-9));
                assertThat(ek.getNumberValue()).isCloseTo(kappa, within(1e-9));
            }
            // Every other formula of Summary (the COUNTIFS behind them) also evaluates to its cached value.
            for (Row row : wb.getSheet("Summary")) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC) {
                        assertThat(evaluator.evaluate(c).getNumberValue())
                                .as(c.getAddress().toString())
                                .isCloseTo(c.getNumericCellValue(), within(1e-9));
                    }
                }
            }
            assertThat(textOf(wb.getSheet("Summary")))
                    .contains("annotators", "ana, ben", "cohen_kappa", "Legend", "PERSON", "almost perfect");
        }
    }

    @Test
    void everySheetHasItsContentFrozenHeaderAndFilter() throws Exception {
        Path project = Workbooks.bundledCopy(dir);
        Path file = dir.resolve("check.xlsx");
        AgreementWorkbook.Written written = export(project, file, AgreementWorkbook.EXCEL_MAX_ROWS);
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            for (String name : List.of("Tokens", "Spans", "Disagreements", "Annotations")) {
                XSSFSheet s = wb.getSheet(name);
                assertThat(s.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(s.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
                assertThat(s.getColumnWidth(0)).isGreaterThan(256 * 10);
            }
            XSSFSheet tokens = wb.getSheet("Tokens");
            Map<String, Integer> th = Workbooks.header(tokens);
            assertThat(th.keySet())
                    .contains("document", "layer", "token", "start", "end", "text", "ana", "ben", "all present agree");
            int agreeCol = th.get("all present agree");
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            int disagreeing = 0;
            for (int r = 1; r <= Math.min(tokens.getLastRowNum(), 3000); r++) {
                Row row = tokens.getRow(r);
                Cell f = row.getCell(agreeCol);
                assertThat(f.getCellType()).isEqualTo(CellType.FORMULA);
                boolean same = Workbooks.text(row, th.get("ana")).equals(Workbooks.text(row, th.get("ben")));
                assertThat(f.getBooleanCellValue()).isEqualTo(same);
                assertThat(evaluator.evaluate(f).getBooleanValue()).isEqualTo(same);
                disagreeing += same ? 0 : 1;
                assertThat(row.getCell(th.get("ana")).getCellType()).isEqualTo(CellType.STRING);
            }
            assertThat(disagreeing).isPositive();
            XSSFSheet spans = wb.getSheet("Spans");
            assertThat(spans.getLastRowNum()).isEqualTo(written.spanRows());
            Map<String, Integer> sh = Workbooks.header(spans);
            assertThat(sh.keySet())
                    .contains(
                            "document",
                            "layer",
                            "start",
                            "end",
                            "text",
                            "context",
                            "ana",
                            "ben",
                            "ana links",
                            "ben span",
                            "status");
            List<String> statuses = new ArrayList<>();
            for (int r = 1; r <= spans.getLastRowNum(); r++) {
                statuses.add(Workbooks.text(spans.getRow(r), sh.get("status")));
            }
            assertThat(statuses)
                    .contains("agree")
                    .anyMatch(s -> s.startsWith("missing for "))
                    .anyMatch(s -> s.contains("label differs") || s.contains("boundaries differ"));
            XSSFSheet dis = wb.getSheet("Disagreements");
            assertThat(dis.getLastRowNum()).isEqualTo(written.disagreementRows());
            Map<String, Integer> dh = Workbooks.header(dis);
            assertThat(dh).containsKeys("decision", "comment");
            assertThat(dis.getDataValidations()).isNotEmpty();
            assertThat(dis.getDataValidations().get(0).getValidationConstraint().getFormula1())
                    .startsWith("Lists!");
            for (int r = 1; r <= dis.getLastRowNum(); r++) {
                assertThat(Workbooks.text(dis.getRow(r), dh.get("status"))).isNotEqualTo("agree");
            }
            assertThat(textOf(wb.getSheet("Confusion")))
                    .contains("ana × ben — ENTITY", "missed (only ana)", "spurious (only ben)");
            assertThat(textOf(wb.getSheet("Lists"))).contains("accept ana", "accept ben", "reject", "NEGOTIATION");
            XSSFSheet annotations = wb.getSheet("Annotations");
            assertThat(Workbooks.header(annotations))
                    .containsKeys(
                            "doc",
                            "annotator",
                            "id",
                            "layer",
                            "label",
                            "start",
                            "end",
                            "text",
                            "links",
                            "attributes",
                            "note");
            // A label cell is filled with the label's colour from schema.csv.
            Cell label = annotations.getRow(1).getCell(4);
            String colour = TestData.schema()
                    .label(annotations.getRow(1).getCell(3).getStringCellValue(), label.getStringCellValue())
                    .orElseThrow()
                    .color()
                    .substring(1);
            assertThat(((XSSFCellStyle) label.getCellStyle())
                            .getFillForegroundXSSFColor()
                            .getARGBHex())
                    .endsWithIgnoringCase(colour);
        }
    }

    @Test
    void theAnnotationsSheetHasAColumnPerTypedAttributeWithTheValueOrItsDefault() throws Exception {
        String text = "Ana said the army did not attack the town and would attack it later.";
        Path project = TestData.project(dir.resolve("p"), "d1", text);
        TestData.annotations(
                project,
                "ana",
                "d1",
                "d1,ana,E1,ENTITY,PERSON,0,3,Ana,,,",
                "d1,ana,V1,EVENT,ATTACK,26,32,attack,,modality=negated,",
                "d1,ana,V2,EVENT,ATTACK,52,58,attack,,,");
        TestData.annotations(project, "ben", "d1", "d1,ben,V1,EVENT,ATTACK,26,32,attack,,modality=negated,");
        Path file = dir.resolve("attributes.xlsx");
        export(project, file, AgreementWorkbook.EXCEL_MAX_ROWS);
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            Sheet annotations = wb.getSheet("Annotations");
            Map<String, Integer> h = Workbooks.header(annotations);
            assertThat(h).containsKeys("@modality", "@mention");
            Map<String, String> modalityById = new TreeMap<>();
            for (int r = 1; r <= annotations.getLastRowNum(); r++) {
                Row row = annotations.getRow(r);
                modalityById.put(
                        Workbooks.text(row, h.get("annotator")) + "/" + Workbooks.text(row, h.get("id")),
                        Workbooks.text(row, h.get("@modality")));
            }
            // An entity has no modality; an event without one gets the schema's first value, asserted.
            assertThat(modalityById)
                    .containsExactly(
                            Map.entry("ana/E1", ""),
                            Map.entry("ana/V1", "negated"),
                            Map.entry("ana/V2", "asserted"),
                            Map.entry("ben/V1", "negated"));
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        String text = "=SUM(1,2) +cmd @HYPERLINK -1 said Ana.";
        Path project = TestData.project(dir.resolve("p"), "d1", text);
        TestData.annotations(
                project,
                "ana",
                "d1",
                "d1,ana,E1,ENTITY,PERSON,0,9,\"=SUM(1,2)\",,,\"=1+1\"",
                "d1,ana,E2,ENTITY,ORGANIZATION,10,14,+cmd,,,@note",
                "d1,ana,E3,ENTITY,PERSON,34,37,Ana,,,-x");
        TestData.annotations(
                project,
                "ben",
                "d1",
                "d1,ben,E1,ENTITY,PERSON,0,9,\"=SUM(1,2)\",,,",
                "d1,ben,E2,ENTITY,GPE,15,25,@HYPERLINK,,,");
        Path file = dir.resolve("inject.xlsx");
        export(project, file, AgreementWorkbook.EXCEL_MAX_ROWS);
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            List<String> seen = new ArrayList<>();
            for (Sheet sheet : wb) {
                if (sheet.getSheetName().equals("Summary")) {
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING) {
                            seen.add(c.getStringCellValue());
                        } else if (c.getCellType() == CellType.FORMULA) {
                            assertThat(sheet.getSheetName()).isEqualTo("Tokens");
                            assertThat(c.getCellFormula())
                                    .doesNotContain("SUM(1")
                                    .doesNotContain("cmd");
                        }
                    }
                }
            }
            assertThat(seen).contains("=SUM(1,2)", "+cmd", "@HYPERLINK", "=1+1", "@note", "-x", "=", "+", "@");
        }
    }

    @Test
    void markupSpacesLineBreaksAndEmojiSurviveTheStreamingWriter() throws Exception {
        String note = " <a href=\"x\">&amp; 😀 tab\there\nnext line ";
        Path project = TestData.project(dir.resolve("p"), "d1", "Ana 😀 met Ben.");
        TestData.annotations(
                project, "ana", "d1", "d1,ana,E1,ENTITY,PERSON,0,3,Ana,,,\"" + note.replace("\"", "\"\"") + "\"");
        TestData.annotations(project, "ben", "d1", "d1,ben,E1,ENTITY,PERSON,10,13,Ben,,,");
        Path file = dir.resolve("markup.xlsx");
        export(project, file, AgreementWorkbook.EXCEL_MAX_ROWS);
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            Sheet annotations = wb.getSheet("Annotations");
            Map<String, Integer> h = Workbooks.header(annotations);
            assertThat(annotations.getRow(1).getCell(h.get("note")).getStringCellValue())
                    .isEqualTo(note);
            assertThat(annotations.getRow(1).getCell(h.get("start")).getNumericCellValue())
                    .isEqualTo(0);
            Sheet tokens = wb.getSheet("Tokens");
            assertThat(Workbooks.text(tokens.getRow(2), 5)).isEqualTo("😀");
            assertThat(tokens.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(6);
        }
    }

    @Test
    void sheetsPastTheRowLimitAreSplitAndTheFormulasAddUpTheParts() throws Exception {
        Path project = Workbooks.bundledCopy(dir);
        Path file = dir.resolve("split.xlsx");
        AgreementWorkbook.Written written = export(project, file, 1000);
        AgreementReport report = report(project);
        assertThat(written.sheets()).contains("Tokens", "Tokens 2", "Tokens 3", "Annotations", "Annotations 2");
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            assertThat(wb.getSheet("Tokens").getLastRowNum()).isEqualTo(999);
            assertThat(Workbooks.text(wb.getSheet("Tokens 2").getRow(0), 0)).isEqualTo("document");
            assertThat(textOf(wb.getSheet("Summary"))).contains("it is split into Tokens, Tokens 2");
            List<String> formulas = new ArrayList<>();
            for (Row row : wb.getSheet("Summary")) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.FORMULA) {
                        formulas.add(c.getCellFormula());
                    }
                }
            }
            assertThat(formulas)
                    .anyMatch(f -> f.contains("COUNTIFS('Tokens'!")
                            && f.contains("+COUNTIFS('Tokens 2'!")
                            && f.contains("'Tokens 3'!"));
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (AgreementWorkbook.PairFormula f : written.formulas()) {
                double kappa = report.find(f.layer(), "*", Measurement.COHEN_KAPPA, f.pair(), "*")
                        .orElseThrow()
                        .score()
                        .value();
                Cell k = cell(wb, f.kappaCell());
                assertThat(k.getNumericCellValue()).isCloseTo(kappa, within(1e-9));
                assertThat(evaluator.evaluate(k).getNumberValue()).isCloseTo(kappa, within(1e-9));
            }
        }
    }

    @Test
    void cancellingLeavesNoFile() throws Exception {
        Path project = Workbooks.bundledCopy(dir);
        Path file = dir.resolve("cancelled.xlsx");
        List<Double> fractions = new ArrayList<>();
        WorkbookService service = new WorkbookService(ProjectFolder.open(project));
        assertThatThrownBy(() -> service.export(AgreementService.Request.all(), file, f -> {
                    fractions.add(f);
                    return f < 0.5;
                }))
                .isInstanceOf(CancellationException.class);
        assertThat(file).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertThat(fractions).isSorted().last().satisfies(f -> assertThat(f).isGreaterThanOrEqualTo(0.5));
    }

    private static Cell cell(XSSFWorkbook wb, String ref) {
        CellReference r = new CellReference(ref);
        return wb.getSheet(r.getSheetName()).getRow(r.getRow()).getCell(r.getCol());
    }

    private static String textOf(Sheet sheet) {
        StringBuilder b = new StringBuilder();
        for (Row row : sheet) {
            for (Cell c : row) {
                b.append(c).append('\t');
            }
            b.append('\n');
        }
        return b.toString();
    }
}
