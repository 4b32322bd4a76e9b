package org.newsmark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.report.ScorecardCsv;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreCommandTest {
    //                                   0         1         2
    //                                   01234567890123456789012
    private static final String TEXT = "Peskov spoke in Moscow.";

    @TempDir
    Path dir;

    private void project() throws Exception {
        TestData.project(dir, "d1", TEXT);
        TestData.annotations(
                dir, "gold", "d1", "d1,gold,E1,ENTITY,PERSON,0,6,Peskov,,,", "d1,gold,E2,ENTITY,GPE,16,22,Moscow,,,");
        TestData.annotations(
                dir, "ana", "d1", "d1,ana,E1,ENTITY,PERSON,0,6,Peskov,,,", "d1,ana,E2,ENTITY,LOCATION,16,22,Moscow,,,");
        TestData.annotations(dir, "ben", "d1", "d1,ben,E1,ENTITY,PERSON,0,12,Peskov spoke,,,");
    }

    @Test
    void theTableHasScoresClassesAndOneLinePerError() throws Exception {
        project();
        CliRunner.Result r = CliRunner.run("score", dir.toString(), "--annotator", "ana");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .startsWith("ana against gold: 1 article, 1 error\n")
                .contains("ENTITY  *         2        2          0.500    0.500    0.500")
                .contains("wrong label          1")
                .contains("=== d1 (1 error) ===\n16-22 wrong label [ENTITY] LOCATION \"Moscow\" 16-22; reference: GPE"
                        + " \"Moscow\" 16-22; in \"Peskov spoke in [Moscow].\"; this is GPE (a country, city, state or"
                        + " other place with a government), not LOCATION (guidelines/entities.md#gpe)\n");
    }

    @Test
    void csvHasAStableHeaderAndFullPrecision() throws Exception {
        project();
        CliRunner.Result r =
                CliRunner.run("score", dir.toString(), "--annotator", "ben", "--against", "ana", "--format", "csv");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(ScorecardCsv.HEADER);
        // ben 1 span, ana 2; none exact, one by overlap: P = 1, R = 0.5, F1 = 2 / 3
        assertThat(lines)
                .contains(
                        "score,*,ENTITY,*,precision_overlap,1.0,1,,,,,,,,",
                        "score,*,ENTITY,*,f1_overlap,0.6666666666666666,3,,,,,,,,",
                        "score,*,ENTITY,*,precision_exact,0.0,1,,,,,,,,");
        assertThat(lines).anyMatch(l -> l.startsWith("error,d1,ENTITY,PERSON,boundary_too_wide,,,0,12,Peskov spoke,"));
        assertThat(lines).anyMatch(l -> l.startsWith("error,d1,ENTITY,LOCATION,missed,,,16,22,Moscow,"));
    }

    @Test
    void usageErrorsAndProblemsHaveTheirExitCodes() throws Exception {
        project();
        assertThat(CliRunner.run("score", dir.toString(), "--annotator", "zoe").code())
                .isEqualTo(2);
        assertThat(CliRunner.run("score", dir.toString()).code()).isEqualTo(2);
        Files.writeString(
                dir.resolve("annotators/ana/d1.csv"),
                "doc,annotator,id,layer,label,start,end,text,links,attributes,note\n"
                        + "d1,ana,E1,ENTITY,PERSON,0,6,Peskow,,,\n");
        CliRunner.Result bad = CliRunner.run("score", dir.toString(), "--annotator", "ana");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("annotators/ana/d1.csv:2");
    }

    @Test
    void xlsxWritesAScorecardWorkbook() throws Exception {
        project();
        Path file = dir.resolve("out/scorecard.xlsx");
        CliRunner.Result r = CliRunner.run("score", dir.toString(), "--annotator", "ana", "--xlsx", file.toString());
        assertThat(r.code()).isZero();
        try (var wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Scores");
            var entities = wb.getSheet("Scores").getRow(1);
            assertThat(entities.getCell(0).getStringCellValue()).isEqualTo("ENTITY");
            assertThat(entities.getCell(1).getStringCellValue()).isEqualTo("*");
            assertThat(entities.getCell(4).getNumericCellValue()).isEqualTo(0.5);
            var error = wb.getSheet("Errors").getRow(1);
            assertThat(error.getCell(3).getStringCellValue()).isEqualTo("wrong label");
            assertThat(error.getCell(11).getStringCellValue()).isEqualTo("guidelines/entities.md#gpe");
            assertThat(wb.getSheet("Errors").getLastRowNum()).isEqualTo(1);
            assertThat(wb.getSheet("Agreement").getRow(1).getCell(1).getNumericCellValue())
                    .isCloseTo(2.0 / 3, Assertions.within(1e-9));
        }
    }

    @Test
    void theBundledProjectScoresAnaAgainstGold() {
        CliRunner.Result r = CliRunner.run("score", TestData.BUNDLED.toString(), "--annotator", "ana");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .startsWith("ana against gold: 7 articles,")
                .contains("speaker accuracy")
                .contains("guidelines/entities.md#boundary-rules");
    }
}
