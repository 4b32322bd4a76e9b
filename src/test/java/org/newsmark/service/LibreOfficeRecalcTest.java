package org.newsmark.service;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.ProjectFolder;
import org.newsmark.report.workbook.AgreementWorkbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * LibreOffice as a second, independent client: it opens the workbook headless with a profile that
 * recalculates every formula on load and saves it again; the recomputed Summary values must equal
 * the Java values, and text that looks like a formula must stay text. Skipped without soffice.
 */
class LibreOfficeRecalcTest {
    @TempDir
    Path dir;

    private static boolean hasSoffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, "soffice"))) {
                return true;
            }
        }
        return false;
    }

    /** Converts with a fresh profile whose OOXMLRecalcMode is 0: always recalculate on load. */
    private Path recalculate(Path xlsx) throws Exception {
        Path profile = dir.resolve("lo-profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """);
        Path out = dir.resolve("lo-out");
        Files.createDirectories(out);
        Process p = new ProcessBuilder(
                        "soffice",
                        "-env:UserInstallation=" + profile.toUri(),
                        "--headless",
                        "--norestore",
                        "--convert-to",
                        "xlsx",
                        "--outdir",
                        out.toString(),
                        xlsx.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        Path converted = out.resolve(xlsx.getFileName());
        assertThat(converted).as(Files.readString(dir.resolve("soffice.log"))).exists();
        return converted;
    }

    @Test
    void libreOfficeRecomputesTheSummaryFormulasToTheJavaValues() throws Exception {
        assumeTrue(hasSoffice(), "soffice is not on the PATH");
        Path project = Workbooks.bundledCopy(dir);
        // Text that looks like formulas, in an extra article.
        Files.writeString(project.resolve("articles/zz-inject.txt"), "=1+1 +cmd @SUM -2 said Ana.");
        TestData.annotations(project, "ana", "zz-inject", "zz-inject,ana,E1,ENTITY,PERSON,23,26,Ana,,,=2*3");
        TestData.annotations(project, "ben", "zz-inject", "zz-inject,ben,E1,ENTITY,PERSON,0,4,=1+1,,,@x");
        Path file = dir.resolve("check.xlsx");
        AgreementWorkbook.Written written = new WorkbookService(ProjectFolder.open(project))
                .export(AgreementService.Request.all(), file, ProgressListener.NONE)
                .written()
                .orElseThrow();
        // Spoil the cached values, so that only a recalculation can bring the right ones back.
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            for (AgreementWorkbook.PairFormula f : written.formulas()) {
                cell(wb, f.observedCell()).setCellValue(-99);
                cell(wb, f.kappaCell()).setCellValue(-99);
            }
            Workbooks.save(wb, file);
        }
        Path converted = recalculate(file);
        try (XSSFWorkbook wb = Workbooks.open(converted)) {
            for (AgreementWorkbook.PairFormula f : written.formulas()) {
                Cell o = cell(wb, f.observedCell());
                Cell k = cell(wb, f.kappaCell());
                assertThat(o.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(o.getNumericCellValue()).as(f.observedCell()).isCloseTo(f.observed(), within(1e-9));
                assertThat(k.getNumericCellValue()).as(f.kappaCell()).isCloseTo(f.kappa(), within(1e-9));
            }
            boolean found = false;
            for (Row row : wb.getSheet("Annotations")) {
                for (Cell c : row) {
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                    found |= c.getCellType() == CellType.STRING
                            && c.getStringCellValue().equals("=1+1");
                }
            }
            assertThat(found).isTrue();
        }
    }

    /**
     * LibreOffice reads the workbook exactly as Newsmark streams it (compact Tokens rows: cell
     * references only after a blank cell, shared strings, one shared formula per column), not a copy
     * re-saved by POI: every cached formula value is spoiled in the file's XML, LibreOffice
     * recalculates on load, and the Tokens cells, the recomputed "all present agree" column and the
     * Summary formulas must come back as Java wrote them.
     */
    @Test
    void libreOfficeReadsTheStreamedSheetsAsWrittenAndRecomputesThem() throws Exception {
        assumeTrue(hasSoffice(), "soffice is not on the PATH");
        Path project = Workbooks.bundledCopy(dir);
        // ben has no file for one article: blank cells in the Tokens rows of that article.
        Files.delete(project.resolve("annotators/ben/wikinews-afghan-robotics-team.csv"));
        Path file = dir.resolve("streamed.xlsx");
        AgreementWorkbook.Written written = new WorkbookService(ProjectFolder.open(project))
                .export(AgreementService.Request.all(), file, ProgressListener.NONE)
                .written()
                .orElseThrow();
        List<List<String>> tokens = new ArrayList<>();
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            assertThat(wb.getSheetName(0)).isEqualTo(AgreementWorkbook.SUMMARY);
            assertThat(wb.getSheetName(1)).isEqualTo(AgreementWorkbook.TOKENS);
            for (Row row : wb.getSheet(AgreementWorkbook.TOKENS)) {
                tokens.add(values(row, 9));
            }
        }
        assertThat(tokens.stream()
                        .filter(r -> r.get(7).isEmpty() && !r.get(6).isEmpty())
                        .count())
                .as("rows with ben's blank cell")
                .isPositive();

        // Spoil every cached formula value of Summary and Tokens in the XML itself.
        Path spoiled = dir.resolve("spoiled.xlsx");
        int[] changed = new int[2];
        try (ZipFile zip = new ZipFile(file.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(spoiled))) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    bytes = Pattern.compile("(</f><v>)[^<]*(</v>)")
                            .matcher(xml)
                            .replaceAll(r -> {
                                changed[0]++;
                                return "$1-99$2";
                            })
                            .getBytes(StandardCharsets.UTF_8);
                } else if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    bytes = Pattern.compile("(<f t=\"shared\"[^>]*/>|<f[^>]*>[^<]*</f>)<v>([01])</v>")
                            .matcher(xml)
                            .replaceAll(r -> {
                                changed[1]++;
                                return "$1<v>" + (r.group(2).equals("1") ? "0" : "1") + "</v>";
                            })
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        assertThat(changed[0])
                .as("Summary formulas spoiled")
                .isGreaterThanOrEqualTo(written.formulas().size() * 2);
        assertThat(changed[1]).as("Tokens formulas spoiled").isEqualTo(tokens.size() - 1);

        Path converted = recalculate(spoiled);
        try (XSSFWorkbook wb = Workbooks.open(converted)) {
            for (AgreementWorkbook.PairFormula f : written.formulas()) {
                assertThat(cell(wb, f.observedCell()).getNumericCellValue())
                        .as(f.observedCell())
                        .isCloseTo(f.observed(), within(1e-9));
                assertThat(cell(wb, f.kappaCell()).getNumericCellValue())
                        .as(f.kappaCell())
                        .isCloseTo(f.kappa(), within(1e-9));
            }
            List<List<String>> read = new ArrayList<>();
            for (Row row : wb.getSheet(AgreementWorkbook.TOKENS)) {
                read.add(values(row, 9));
            }
            assertThat(read).hasSameSizeAs(tokens);
            for (int r = 0; r < tokens.size(); r++) {
                assertThat(read.get(r))
                        .as("Tokens row %d as LibreOffice read and recomputed it", r + 1)
                        .isEqualTo(tokens.get(r));
            }
        }
    }

    /** The cells of a row as text; a formula as its value (true/false), a number without decimals. */
    private static List<String> values(Row row, int columns) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            Cell cell = row.getCell(c);
            CellType type = cell == null ? CellType.BLANK : cell.getCellType();
            if (type == CellType.FORMULA) {
                type = cell.getCachedFormulaResultType();
            }
            out.add(
                    switch (type) {
                        case STRING -> cell.getStringCellValue();
                        case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                        case NUMERIC ->
                            c == columns - 1
                                    ? Boolean.toString(cell.getNumericCellValue() != 0)
                                    : Long.toString((long) cell.getNumericCellValue());
                        default -> "";
                    });
        }
        return out;
    }

    private static Cell cell(XSSFWorkbook wb, String ref) {
        CellReference r = new CellReference(ref);
        return wb.getSheet(r.getSheetName()).getRow(r.getRow()).getCell(r.getCol());
    }
}
