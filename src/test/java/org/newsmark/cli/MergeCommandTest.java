package org.newsmark.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.report.ConflictList;

import static org.assertj.core.api.Assertions.assertThat;

class MergeCommandTest {
    //                                   0         1         2
    //                                   01234567890123456789012
    private static final String TEXT = "Peskov spoke in Moscow.";

    @TempDir
    Path dir;

    private void project() throws Exception {
        TestData.project(dir, "d1", TEXT);
        TestData.annotations(
                dir, "ana", "d1", "d1,ana,E4,ENTITY,PERSON,0,6,Peskov,,,", "d1,ana,E2,ENTITY,LOCATION,16,22,Moscow,,,");
        TestData.annotations(
                dir, "ben", "d1", "d1,ben,E1,ENTITY,PERSON,0,6,Peskov,,,", "d1,ben,E2,ENTITY,GPE,16,22,Moscow,,,");
        TestData.annotations(
                dir, "cy", "d1", "d1,cy,E1,ENTITY,PERSON,0,6,Peskov,,,", "d1,cy,E2,ENTITY,GPE,16,22,Moscow,,,");
    }

    @Test
    void writesGoldAndListsTheConflicts() throws Exception {
        project();
        CliRunner.Result r = CliRunner.run("merge", dir.toString(), "--annotators", "ana,ben,cy", "--out", "gold");
        assertThat(r.code()).isZero();
        assertThat(r.err())
                .contains("wrote 2 annotations to gold for 1 articles (at least 2 of 3 annotators); 1 conflicts");
        assertThat(r.out())
                .isEqualTo("d1 16-22 ENTITY span \"Moscow\": ana LOCATION 16-22 | ben GPE 16-22 (in gold)"
                        + " | cy GPE 16-22 (in gold)\n");
        assertThat(Files.readString(dir.resolve("gold/d1.csv")))
                .isEqualTo("doc,annotator,id,layer,label,start,end,text,links,attributes,note\n"
                        + "d1,gold,E1,ENTITY,PERSON,0,6,Peskov,,,\n"
                        + "d1,gold,E2,ENTITY,GPE,16,22,Moscow,,,\n");
        assertThat(CliRunner.run("validate", dir.toString()).code()).isZero();
    }

    @Test
    void anExistingGoldIsKeptUnlessForced() throws Exception {
        project();
        TestData.annotations(dir, "gold", "d1");
        String before = Files.readString(dir.resolve("gold/d1.csv"));
        CliRunner.Result r = CliRunner.run("merge", dir.toString(), "--annotators", "ana,ben,cy");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("gold/d1.csv exists; --force overwrites; nothing was written");
        assertThat(Files.readString(dir.resolve("gold/d1.csv"))).isEqualTo(before);
        assertThat(CliRunner.run("merge", dir.toString(), "--annotators", "ana,ben,cy", "--force")
                        .code())
                .isZero();
        assertThat(Files.readString(dir.resolve("gold/d1.csv"))).contains("d1,gold,E2,ENTITY,GPE,16,22,Moscow");
    }

    @Test
    void csvConflictsHaveOneRowPerAnnotatorAndDryRunWritesNothing() throws Exception {
        project();
        CliRunner.Result r = CliRunner.run(
                "merge",
                dir.toString(),
                "--annotators",
                "ana,ben,cy",
                "--min-agree",
                "3",
                "--format",
                "csv",
                "--dry-run");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .isEqualTo(ConflictList.HEADER + "\n"
                        + "d1,ENTITY,span,16,22,Moscow,ana,LOCATION 16-22,\n"
                        + "d1,ENTITY,span,16,22,Moscow,ben,GPE 16-22,\n"
                        + "d1,ENTITY,span,16,22,Moscow,cy,GPE 16-22,\n");
        assertThat(dir.resolve("gold")).doesNotExist();
    }

    @Test
    void aDryRunSaysWhenExistingFilesWouldStopTheRealRun() throws Exception {
        project();
        TestData.annotations(dir, "gold", "d1");
        String before = Files.readString(dir.resolve("gold/d1.csv"));
        CliRunner.Result r = CliRunner.run("merge", dir.toString(), "--annotators", "ana,ben,cy", "--dry-run");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err())
                .contains("gold/d1.csv exists; --force overwrites; a run without --dry-run would write nothing")
                .contains("would write 2 annotations to gold");
        assertThat(Files.readString(dir.resolve("gold/d1.csv"))).isEqualTo(before);
        CliRunner.Result forced =
                CliRunner.run("merge", dir.toString(), "--annotators", "ana,ben,cy", "--dry-run", "--force");
        assertThat(forced.code()).isZero();
        assertThat(Files.readString(dir.resolve("gold/d1.csv"))).isEqualTo(before);
    }

    /**
     * Each annotator's continues links are free of cycles, but the three links that win their
     * majorities (each made by a different two of three) form Q1 → Q2 → Q3 → Q1: the merge leaves
     * out the one that closes the cycle, says so, and the gold passes validate.
     */
    @Test
    void continuesLinksThatFormACycleOnlyWhenMergedAreBrokenAndReported() throws Exception {
        String text = "\"We stay,\" he said. \"We fight,\" he added. \"To the end.\"";
        int[] q = {text.indexOf("\"We stay"), text.indexOf("\"We fight"), text.indexOf("\"To the end")};
        int[] e = {text.indexOf(",\" he said") + 2, text.indexOf(",\" he added") + 2, text.length()};
        TestData.project(dir, "d1", text);
        String[][] links = {
            {"continues=Q2", "continues=Q3", ""},
            {"", "continues=Q3", "continues=Q1"},
            {"continues=Q2", "", "continues=Q1"}
        };
        String[] names = {"ana", "ben", "cy"};
        for (int n = 0; n < 3; n++) {
            String[] rows = new String[3];
            for (int k = 0; k < 3; k++) {
                String span = text.substring(q[k], e[k]);
                rows[k] = "d1," + names[n] + ",Q" + (k + 1) + ",QUOTE,DIRECT," + q[k] + "," + e[k] + "," + "\""
                        + span.replace("\"", "\"\"") + "\"," + links[n][k] + ",,";
            }
            TestData.annotations(dir, names[n], "d1", rows);
        }
        assertThat(CliRunner.run("validate", dir.toString()).code())
                .as("each annotator's file is valid")
                .isZero();
        CliRunner.Result r = CliRunner.run("merge", dir.toString(), "--annotators", "ana,ben,cy", "--out", "gold");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Q3 continues → Q1 left out: it would close a cycle of links that each had a majority");
        String gold = Files.readString(dir.resolve("gold/d1.csv"));
        assertThat(gold).contains(",continues=Q2,").contains(",continues=Q3,").doesNotContain("continues=Q1");
        assertThat(CliRunner.run("validate", dir.toString()).code())
                .as("the merged gold is valid")
                .isZero();
    }

    @Test
    void usageErrors() throws Exception {
        project();
        assertThat(CliRunner.run("merge", dir.toString(), "--annotators", "ana").code())
                .isEqualTo(2);
        assertThat(CliRunner.run("merge", dir.toString(), "--annotators", "ana,ben", "--min-agree", "5")
                        .code())
                .isEqualTo(2);
        assertThat(CliRunner.run("merge", dir.toString(), "--annotators", "ana,nobody")
                        .code())
                .isEqualTo(2);
        assertThat(CliRunner.run("merge", dir.toString()).code()).isEqualTo(2);
    }
}
