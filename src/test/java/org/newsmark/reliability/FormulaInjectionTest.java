package org.newsmark.reliability;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.cli.CliRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No value from an article or an annotation becomes a formula in any workbook Newsmark writes
 * (the agreement workbook, the scorecard), and the --excel-safe CSV neutralises such values.
 */
class FormulaInjectionTest {
    private static final String TEXT = "=HYPERLINK(\"x\") met +SUM(1) and @cmd -2";

    @TempDir
    Path dir;

    @Test
    void articleAndAnnotationTextNeverBecomesAFormula() throws Exception {
        Path p = TestData.project(dir.resolve("p"), "d", TEXT);
        TestData.annotations(
                p,
                "ana",
                "d",
                "d,ana,E1,ENTITY,PERSON,0,15,\"=HYPERLINK(\"\"x\"\")\",,,=evil",
                "d,ana,E2,ENTITY,ORGANIZATION,20,27,+SUM(1),,,",
                "d,ana,E3,ENTITY,GPE,32,36,@cmd,,,");
        TestData.annotations(
                p,
                "ben",
                "d",
                "d,ben,E1,ENTITY,ORGANIZATION,0,15,\"=HYPERLINK(\"\"x\"\")\",,,",
                "d,ben,E2,ENTITY,DATE,37,39,-2,,,");
        TestData.annotations(
                p,
                "gold",
                "d",
                "d,gold,E1,ENTITY,PERSON,0,15,\"=HYPERLINK(\"\"x\"\")\",,,",
                "d,gold,E2,ENTITY,DATE,37,39,-2,,,");
        Path review = dir.resolve("review.xlsx");
        Path score = dir.resolve("score.xlsx");
        assertThat(CliRunner.run("export", p.toString(), "--xlsx", review.toString())
                        .code())
                .isZero();
        CliRunner.run("score", p.toString(), "--annotator", "ana", "--xlsx", score.toString());
        assertThat(score).exists();
        int checked = noInjectedFormula(review) + noInjectedFormula(score);
        assertThat(checked).isGreaterThan(5);

        Path csv = dir.resolve("flat.csv");
        assertThat(CliRunner.run("export", p.toString(), "--csv", csv.toString(), "--excel-safe")
                        .code())
                .isZero();
        String flat = Files.readString(csv);
        assertThat(flat).contains("'=HYPERLINK", "'+SUM(1)", "'@cmd", "'-2").doesNotContain(",=HYPERLINK", ",+SUM");
    }

    /** Every cell that holds one of the injected values is a text cell; returns how many there were. */
    private static int noInjectedFormula(Path file) throws Exception {
        int found = 0;
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertThat(cell.getCellFormula())
                                    .as(file.getFileName() + " " + sheet.getSheetName())
                                    .doesNotContain("HYPERLINK", "SUM(1)", "cmd");
                        } else if (cell.getCellType() == CellType.STRING) {
                            String v = cell.getStringCellValue();
                            if (v.contains("HYPERLINK") || v.contains("SUM(1)") || v.contains("@cmd")) {
                                found++;
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
