package org.newsmark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code newsmark export} and {@code agree --xlsx} on small projects. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private Path project() throws Exception {
        Path project = TestData.project(dir.resolve("p"), "d1", "=cmd said +Ana to @Ben -today.");
        TestData.annotations(
                project,
                "ana",
                "d1",
                "d1,ana,E1,ENTITY,PERSON,10,14,+Ana,,,=2+3",
                "d1,ana,E2,ENTITY,PERSON,18,22,@Ben,,,");
        TestData.annotations(project, "ben", "d1", "d1,ben,E1,ENTITY,PERSON,10,14,+Ana,,,\tx");
        return project;
    }

    @Test
    void csvHasEveryAnnotationWithItsAnnotatorAndExcelSafePrefixesFormulaLikeValues() throws Exception {
        Path project = project();
        Path plain = dir.resolve("all.csv");
        CliRunner.Result r = CliRunner.run("export", project.toString(), "--csv", plain.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(plain);
        // One column per typed attribute of the schema: the value, its default when absent, empty for other layers.
        assertThat(lines)
                .containsExactly(
                        "doc,annotator,id,layer,label,start,end,text,links,attributes,note,@mention,@modality",
                        "d1,ana,E1,ENTITY,PERSON,10,14,+Ana,,,=2+3,name,",
                        "d1,ana,E2,ENTITY,PERSON,18,22,@Ben,,,,name,",
                        "d1,ben,E1,ENTITY,PERSON,10,14,+Ana,,,\tx,name,");
        Path safe = dir.resolve("safe.csv");
        assertThat(CliRunner.run(
                                "export",
                                project.toString(),
                                "--csv",
                                safe.toString(),
                                "--excel-safe",
                                "--annotators",
                                "ana,ben")
                        .code())
                .isZero();
        assertThat(Files.readAllLines(safe))
                .containsExactly(
                        "doc,annotator,id,layer,label,start,end,text,links,attributes,note,@mention,@modality",
                        "d1,ana,E1,ENTITY,PERSON,10,14,'+Ana,,,'=2+3,name,",
                        "d1,ana,E2,ENTITY,PERSON,18,22,'@Ben,,,,name,",
                        "d1,ben,E1,ENTITY,PERSON,10,14,'+Ana,,,'\tx,name,");
    }

    @Test
    void xlsxFromExportAndFromAgree() throws Exception {
        Path project = project();
        Path a = dir.resolve("export.xlsx");
        CliRunner.Result r = CliRunner.run("export", project.toString(), "--xlsx", a.toString(), "--layer", "ENTITY");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote", "aligned spans");
        assertThat(a).isNotEmptyFile();
        Path b = dir.resolve("agree.xlsx");
        CliRunner.Result agree = CliRunner.run("agree", project.toString(), "--xlsx", b.toString());
        assertThat(agree.code()).as(agree.err()).isZero();
        assertThat(agree.out()).contains("cohen_kappa");
        assertThat(b).isNotEmptyFile();
    }

    @Test
    void usageErrorsAndProblemFiles() throws Exception {
        Path project = project();
        assertThat(CliRunner.run("export", project.toString()).code()).isEqualTo(2);
        assertThat(CliRunner.run("export", project.toString(), "--xlsx", "a.xlsx", "--csv", "b.csv")
                        .code())
                .isEqualTo(2);
        assertThat(CliRunner.run(
                                "export",
                                project.toString(),
                                "--xlsx",
                                dir.resolve("x.xlsx").toString(),
                                "--annotators",
                                "zoe")
                        .code())
                .isEqualTo(2);
        TestData.annotations(project, "ben", "d1", "d1,ben,E1,ENTITY,PERSON,10,14,wrong,,,");
        CliRunner.Result r = CliRunner.run(
                "export", project.toString(), "--xlsx", dir.resolve("y.xlsx").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("annotators/ben/d1.csv");
        assertThat(dir.resolve("y.xlsx")).doesNotExist();
    }
}
