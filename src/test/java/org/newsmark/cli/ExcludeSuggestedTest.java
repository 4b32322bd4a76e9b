package org.newsmark.cli;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code agree} and {@code score} on pre-annotated work: they count what came from accepted
 * suggestions, and with {@code --exclude-suggested} they measure exactly what they measure on the
 * same project written without those annotations (and without the links to them).
 */
class ExcludeSuggestedTest {
    //                                    0         1         2         3
    //                                    012345678901234567890123456789012345678
    private static final String TEXT = "\"We will talk,\" Peskov said in Moscow.";
    private static final String PESKOV = "ENTITY,PERSON,16,22,Peskov,";
    private static final String QUOTE = "QUOTE,DIRECT,0,15,\"\"\"We will talk,\"\"\",";

    @TempDir
    Path dir;

    /** ana and ben both accepted the suggested Peskov and linked their own quote to it; Moscow is their own. */
    private Path preAnnotated() throws Exception {
        Path p = TestData.project(dir.resolve("with"), "d1", TEXT);
        for (String[] who : new String[][] {{"ana", "GPE"}, {"ben", "LOCATION"}}) {
            TestData.annotations(
                    p,
                    who[0],
                    "d1",
                    "d1," + who[0] + ",Q1," + QUOTE + "speaker=E1,,",
                    "d1," + who[0] + ",E1," + PESKOV + ",source=suggest,",
                    "d1," + who[0] + ",E2,ENTITY," + who[1] + ",31,37,Moscow,,,");
        }
        TestData.annotations(
                p,
                "gold",
                "d1",
                "d1,gold,Q1," + QUOTE + "speaker=E1,,",
                "d1,gold,E1," + PESKOV + ",,",
                "d1,gold,E2,ENTITY,GPE,31,37,Moscow,,,");
        return p;
    }

    /** The same project as the annotators would have written it unaided: no Peskov, no speaker link. */
    private Path unaided() throws Exception {
        Path p = TestData.project(dir.resolve("without"), "d1", TEXT);
        for (String[] who : new String[][] {{"ana", "GPE"}, {"ben", "LOCATION"}}) {
            TestData.annotations(
                    p,
                    who[0],
                    "d1",
                    "d1," + who[0] + ",Q1," + QUOTE + ",,",
                    "d1," + who[0] + ",E2,ENTITY," + who[1] + ",31,37,Moscow,,,");
        }
        TestData.annotations(p, "gold", "d1", "d1,gold,Q1," + QUOTE + ",,", "d1,gold,E2,ENTITY,GPE,31,37,Moscow,,,");
        return p;
    }

    private static List<String> measures(String csv, String countType) {
        return csv.lines().filter(l -> !l.contains(countType)).toList();
    }

    @Test
    void agreeOnUnaidedWorkMeasuresWhatTheProjectWithoutTheSuggestionsMeasures() throws Exception {
        Path with = preAnnotated();
        Path without = unaided();
        CliRunner.Result excluded = CliRunner.run(
                "agree", with.toString(), "--annotators", "ana,ben", "--format", "csv", "--exclude-suggested");
        CliRunner.Result reference =
                CliRunner.run("agree", without.toString(), "--annotators", "ana,ben", "--format", "csv");
        assertThat(excluded.code()).as(excluded.err()).isZero();
        assertThat(measures(excluded.out(), "suggested_annotations"))
                .isEqualTo(reference.out().lines().toList());
        assertThat(excluded.out())
                .contains(
                        "ENTITY,*,suggested_annotations,ana,*,1,2,left out of the measures\n",
                        "QUOTE,*,suggested_annotations,ben,*,0,1,left out of the measures\n");

        CliRunner.Result all = CliRunner.run("agree", with.toString(), "--annotators", "ana,ben", "--format", "csv");
        assertThat(all.out()).contains("ENTITY,*,suggested_annotations,ana,*,1,2,counted in the measures\n");
        assertThat(measures(all.out(), "suggested_annotations"))
                .as("the accepted Peskov counts without the option")
                .isNotEqualTo(reference.out().lines().toList());

        CliRunner.Result table =
                CliRunner.run("agree", with.toString(), "--annotators", "ana,ben", "--exclude-suggested");
        assertThat(table.out())
                .contains("annotations from accepted suggestions (source=suggest): ana 1 of 3 (ENTITY 1 of 2);"
                        + " ben 1 of 3 (ENTITY 1 of 2)\nleft out of every value above (--exclude-suggested): 2 annotations and"
                        + " 2 links to them\n");

        CliRunner.Result ci = CliRunner.run(
                "agree",
                with.toString(),
                "--annotators",
                "ana,ben",
                "--format",
                "csv",
                "--exclude-suggested",
                "--ci",
                "0.9",
                "--replicates",
                "100");
        assertThat(ci.code()).as(ci.err()).isZero();
        assertThat(ci.out().lines())
                .as("the counts fill the interval columns too")
                .contains("ENTITY,*,suggested_annotations,ana,*,1,2,left out of the measures,,")
                .allSatisfy(l -> assertThat(l.replaceAll("\"[^\"]*\"", "").split(",", -1))
                        .hasSize(10));
    }

    @Test
    void agreeOnAProjectWithoutSuggestionsPrintsWhatItAlwaysPrinted() throws Exception {
        Path without = unaided();
        CliRunner.Result r = CliRunner.run("agree", without.toString(), "--annotators", "ana,ben", "--format", "csv");
        assertThat(r.out()).doesNotContain("suggested_annotations");
        assertThat(CliRunner.run("agree", without.toString(), "--annotators", "ana,ben")
                        .out())
                .doesNotContain("source=suggest");
    }

    @Test
    void scoreOnUnaidedWorkLeavesOutTheAcceptedSuggestionsAndWhatTheyMatchInTheReference() throws Exception {
        Path with = preAnnotated();
        Path without = unaided();
        CliRunner.Result excluded =
                CliRunner.run("score", with.toString(), "--annotator", "ana", "--format", "csv", "--exclude-suggested");
        CliRunner.Result reference =
                CliRunner.run("score", without.toString(), "--annotator", "ana", "--format", "csv");
        assertThat(excluded.code()).as(excluded.err()).isZero();
        assertThat(measures(excluded.out(), "suggested_annotations"))
                .isEqualTo(reference.out().lines().toList());
        assertThat(excluded.out())
                .contains(
                        "suggested,*,ENTITY,*,suggested_annotations,1,2,,,,,ana,,left out of the measures,\n",
                        "suggested,*,ENTITY,*,suggested_annotations,0,2,,,,,gold,,left out of the measures,\n");

        CliRunner.Result table = CliRunner.run("score", with.toString(), "--annotator", "ana", "--exclude-suggested");
        assertThat(table.out())
                .contains(
                        "annotations from accepted suggestions (source=suggest): ana 1 of 3 (ENTITY 1 of 2);"
                                + " gold 0 of 3\nleft out of every value above (--exclude-suggested): 2 annotations and 2 links to them\n");
        CliRunner.Result all = CliRunner.run("score", with.toString(), "--annotator", "ana");
        assertThat(all.out())
                .contains("ana 1 of 3 (ENTITY 1 of 2); gold 0 of 3\n")
                .doesNotContain("left out");
    }
}
