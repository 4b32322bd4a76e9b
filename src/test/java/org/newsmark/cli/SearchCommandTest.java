package org.newsmark.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;

class SearchCommandTest {
    //                                    0         1         2         3
    //                                    0123456789012345678901234567890123
    private static final String D1 = "Kremlin said, the Kremlin denied.";
    private static final String D2 = "In Moscow, \"Kremlin\" again.";

    @TempDir
    Path dir;

    private void project() throws Exception {
        TestData.project(dir, "d1", D1, "d2", D2);
        TestData.annotations(
                dir,
                "ana",
                "d1",
                "d1,ana,E1,ENTITY,ORGANIZATION,0,7,Kremlin,,,",
                "d1,ana,E2,ENTITY,ORGANIZATION,14,25,the Kremlin,,,");
        TestData.annotations(dir, "ana", "d2", "d2,ana,E1,ENTITY,GPE,3,9,Moscow,,,");
    }

    @Test
    void csvHasOneRowPerHitWithCodePointOffsetsContextAndTheOverlappingAnnotations() throws Exception {
        project();
        CliRunner.Result r =
                CliRunner.run("search", dir.toString(), "Kremlin", "--annotator", "ana", "--format", "csv");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines())
                .containsExactly(
                        "doc,start,end,text,left,right,annotations",
                        "d1,0,7,Kremlin,,\" said, the Kremlin denied.\",E1 ORGANIZATION",
                        "d1,18,25,Kremlin,\"Kremlin said, the \", denied.,E2 ORGANIZATION",
                        "d2,12,19,Kremlin,\"In Moscow, \"\"\",\"\"\" again.\",");
    }

    @Test
    void unannotatedHitsAreTheOnesToMark() throws Exception {
        project();
        CliRunner.Result r = CliRunner.run(
                "search",
                dir.toString(),
                "Kremlin",
                "--annotator",
                "ana",
                "--layer",
                "ENTITY",
                "--unannotated",
                "--format",
                "csv");
        assertThat(r.out().lines().skip(1))
                .singleElement()
                .satisfies(l -> assertThat(l).startsWith("d2,12,19,"));
        CliRunner.Result table = CliRunner.run("search", dir.toString(), "kremlin", "--ignore-case", "--whole-word");
        assertThat(table.out()).contains("[Kremlin]").endsWith("3 hits in 2 article(s)\n");
    }

    @Test
    void filtersWithoutAnAnnotatorUnknownNamesAndBadExpressionsAreUsageErrors() throws Exception {
        project();
        assertThat(CliRunner.run("search", dir.toString(), "x", "--layer", "ENTITY")
                        .code())
                .isEqualTo(2);
        CliRunner.Result unknown = CliRunner.run("search", dir.toString(), "x", "--annotator", "zoe");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("newsmark search: no annotator zoe");
        CliRunner.Result label = CliRunner.run("search", dir.toString(), "x", "--annotator", "ana", "--label", "CITY");
        assertThat(label.err()).contains("no label CITY");
        CliRunner.Result regex = CliRunner.run("search", dir.toString(), "(", "--regex");
        assertThat(regex.code()).isEqualTo(2);
        assertThat(regex.err()).contains("not a valid regular expression");
    }
}
