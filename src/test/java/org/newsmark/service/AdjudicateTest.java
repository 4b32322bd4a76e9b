package org.newsmark.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.cli.CliRunner;
import org.newsmark.io.AnnotationCsv;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.Annotation;

import static org.assertj.core.api.Assertions.assertThat;

/** Decisions filled into the workbook with POI, as a user would, come back as gold files. */
class AdjudicateTest {
    @TempDir
    Path dir;

    private Path exportBundled(Path project) throws Exception {
        Path file = dir.resolve("review.xlsx");
        assertThat(CliRunner.run("export", project.toString(), "--xlsx", file.toString())
                        .code())
                .isZero();
        return file;
    }

    /** Fills every decision: rows alternate accept of the first who marked it, a label, reject. */
    private static List<String> decide(Path file) throws Exception {
        XSSFWorkbook wb = Workbooks.open(file);
        XSSFSheet sheet = wb.getSheet("Disagreements");
        Map<String, Integer> h = Workbooks.header(sheet);
        List<String> decisions = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String decision;
            if (r % 5 == 0) {
                decision = "reject";
            } else if (r % 5 == 1 && !Workbooks.text(row, h.get("ana")).isEmpty()) {
                // A label of the layer: the first label that annotator ana gave, as a lead would type it.
                decision = Workbooks.text(row, h.get("ana"));
            } else {
                decision = Workbooks.text(row, h.get("ana span")).isEmpty() ? "accept ben" : "accept ana";
            }
            row.createCell(h.get("decision")).setCellValue(decision);
            row.createCell(h.get("comment")).setCellValue("=looked at it");
            decisions.add(decision);
        }
        Workbooks.save(wb, file);
        return decisions;
    }

    @Test
    void roundTripExportDecideAdjudicateValidate() throws Exception {
        Path project = Workbooks.bundledCopy(dir);
        Path file = exportBundled(project);
        List<String> decisions = decide(file);
        assertThat(decisions).contains("reject", "accept ana", "accept ben");
        CliRunner.Result r = CliRunner.run("adjudicate", project.toString(), "--from", file.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("wrote 7 files of gold");
        CliRunner.Result v = CliRunner.run("validate", project.toString());
        assertThat(v.out() + v.err()).doesNotContain("gold/");
        assertThat(v.code()).isZero();
        // Some quote keeps its speaker through the id mapping.
        String kyiv = Files.readString(project.resolve("gold/kyiv-strikes-pause-2026-01-30.csv"));
        List<Annotation> gold = AnnotationCsv.parse(kyiv, "gold", "kyiv-strikes-pause-2026-01-30", "gold")
                .annotations();
        assertThat(gold)
                .isNotEmpty()
                .anyMatch(
                        a -> a.layer().equals("QUOTE") && !a.targets("speaker").isEmpty());
        assertThat(gold)
                .allMatch(a ->
                        a.links().stream().allMatch(l -> gold.stream().anyMatch(t -> t.id().equals(l.target()))));
    }

    @Test
    void rowsThatCannotBeAppliedAreListedWithTheirRowNumbersAndNothingIsWritten() throws Exception {
        Path project = Workbooks.bundledCopy(dir);
        Path file = exportBundled(project);
        decide(file);
        XSSFWorkbook wb = Workbooks.open(file);
        XSSFSheet sheet = wb.getSheet("Disagreements");
        Map<String, Integer> h = Workbooks.header(sheet);
        sheet.getRow(2).getCell(h.get("decision")).setCellValue("accept zoe");
        sheet.getRow(3).getCell(h.get("decision")).setCellValue("");
        sheet.getRow(4)
                .getCell(h.get("start"))
                .setCellValue(Double.parseDouble(Workbooks.text(sheet.getRow(4), h.get("start"))) + 1);
        sheet.getRow(6).getCell(h.get("decision")).setCellValue("maybe");
        Workbooks.save(wb, file);
        String before = Files.readString(project.resolve("gold/kyiv-strikes-pause-2026-01-30.csv"));

        CliRunner.Result r = CliRunner.run("adjudicate", project.toString(), "--from", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err())
                .contains(
                        "Disagreements!3: unknown annotator zoe",
                        "Disagreements!4: empty decision",
                        "Disagreements!5: edited offsets",
                        "Disagreements!7: unknown decision 'maybe'",
                        "nothing written");
        assertThat(Files.readString(project.resolve("gold/kyiv-strikes-pause-2026-01-30.csv")))
                .isEqualTo(before);

        CliRunner.Result partial = CliRunner.run(
                "adjudicate", project.toString(), "--from", file.toString(), "--partial", "--out", "lead");
        assertThat(partial.code()).isEqualTo(1);
        assertThat(partial.out()).contains("wrote 7 files of lead", "leaving out 4 rows");
        assertThat(project.resolve("annotators/lead/kyiv-strikes-pause-2026-01-30.csv"))
                .exists();
        assertThat(CliRunner.run("validate", project.toString()).code()).isZero();
    }

    @Test
    void aFileChangedSinceTheExportIsReported() throws Exception {
        Path project = Workbooks.bundledCopy(dir);
        Path file = exportBundled(project);
        decide(file);
        Files.writeString(
                project.resolve("annotators/ben/kyiv-strikes-pause-2026-01-30.csv"),
                String.join(",", AnnotationCsv.HEADER) + "\n");
        CliRunner.Result r = CliRunner.run("adjudicate", project.toString(), "--from", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("of ben is not in annotators/ben/kyiv-strikes-pause-2026-01-30.csv");
        assertThat(new WorkbookService(ProjectFolder.open(project))
                        .adjudicate(file, "gold", false)
                        .written())
                .isEmpty();
    }
}
