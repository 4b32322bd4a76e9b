package org.newsmark.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.ProjectFolder;
import org.newsmark.report.AgreementWorkbook;

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
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", "xlsx", "--outdir", out.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
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
                .export(AgreementService.Request.all(), file, ProgressListener.NONE).written().orElseThrow();
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
                    found |= c.getCellType() == CellType.STRING && c.getStringCellValue().equals("=1+1");
                }
            }
            assertThat(found).isTrue();
        }
    }

    private static Cell cell(XSSFWorkbook wb, String ref) {
        CellReference r = new CellReference(ref);
        return wb.getSheet(r.getSheetName()).getRow(r.getRow()).getCell(r.getCol());
    }
}
