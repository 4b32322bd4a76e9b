package org.newsmark.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTest {
    //                                    0         1         2
    //                                    0123456789012345678901234567
    private static final String D1 = "Kremlin said it. Kremlin too.";
    private static final String D2 = "Kremlin denied, Kremlin said.";

    @TempDir
    Path dir;

    @Test
    void findingsOfEveryAnnotatorAsCsvAndExitCodeOne() throws Exception {
        TestData.project(dir, "d1", D1, "d2", D2);
        TestData.annotations(
                dir,
                "ana",
                "d1",
                "d1,ana,E1,ENTITY,ORGANIZATION,0,7,Kremlin,,,",
                "d1,ana,E2,ENTITY,ORGANIZATION,17,24,Kremlin,,,");
        TestData.annotations(dir, "ana", "d2", "d2,ana,E1,ENTITY,GPE,0,7,Kremlin,,,");
        TestData.annotations(dir, "ben", "d1", "d1,ben,E1,ENTITY,ORGANIZATION,0,7,Kremlin,,,");
        CliRunner.Result r = CliRunner.run("check", dir.toString(), "--format", "csv");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("""
                doc,annotator,start,end,text,problem,detail
                d2,ana,0,7,Kremlin,label_conflict,"GPE here; across the corpus ORGANIZATION 2×, GPE 1×"
                d2,ana,16,23,Kremlin,unmarked,"marked elsewhere as ORGANIZATION 2×, GPE 1×"
                d1,ben,17,24,Kremlin,unmarked,marked elsewhere as ORGANIZATION 1×
                """);
    }

    @Test
    void aCleanWorkIsExitCodeZeroAndAnUnknownAnnotatorAUsageError() throws Exception {
        TestData.project(dir, "d1", D1);
        TestData.annotations(
                dir,
                "ana",
                "d1",
                "d1,ana,E1,ENTITY,ORGANIZATION,0,7,Kremlin,,,",
                "d1,ana,E2,ENTITY,ORGANIZATION,17,24,Kremlin,,,");
        CliRunner.Result r = CliRunner.run("check", dir.toString(), "--annotator", "ana");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("0 findings\n");
        assertThat(CliRunner.run("check", dir.toString(), "--annotator", "gold").code())
                .isEqualTo(2);
    }
}
