package org.newsmark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the command line prints about bad input is one line per problem, whatever the input holds:
 * control characters (a newline that would forge a line of its own, ANSI escape sequences) are
 * escaped, quoted values are cut to a readable length, and a schema problem names the row it is on.
 */
class MessageHygieneTest {
    private static final String HEADER = "doc,annotator,id,layer,label,start,end,text,links,attributes,note";

    @TempDir
    Path dir;

    private Path project(String... rows) throws Exception {
        TestData.project(dir, "d1", "Peskov spoke in Moscow.");
        Path file = dir.resolve("annotators/ana/d1.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n");
        return dir;
    }

    /** Every line of a validate run is one problem: {@code path:line: error|warning: message}, or the summary. */
    private static void assertOneLinePerProblem(CliRunner.Result r, int problems) {
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(problems);
        assertThat(lines)
                .allMatch(l -> l.matches("annotators/ana/d1\\.csv:\\d+: (error|warning): .*"), "path:line: form");
        assertThat(r.out() + r.err()).doesNotContain("\u001b").doesNotContain("\r");
        assertThat(lines).allMatch(l -> l.length() <= 400, "lines of a readable length");
    }

    @Test
    void aNewlineInAFieldCannotForgeAnOutputLine() throws Exception {
        Path p = project("\"d1\nannotators/ana/d1.csv:1: error: forged\",ana,E1,ENTITY,PERSON,0,6,Peskov,,,");
        CliRunner.Result r = CliRunner.run("validate", p.toString());
        assertThat(r.code()).isEqualTo(1);
        assertOneLinePerProblem(r, 1);
        assertThat(r.out()).contains("\\n");
    }

    @Test
    void escapeSequencesNeverReachTheTerminal() throws Exception {
        Path p = project(
                "d1,ana,E1,ENTITY,PERSON\u001b[31m,0,6,Peskov,,,",
                "\u001b]0;owned\u0007d1,ana,E2,ENTITY,GPE,16,22,Moscow,,,");
        CliRunner.Result r = CliRunner.run("validate", p.toString());
        assertThat(r.code()).isEqualTo(1);
        assertOneLinePerProblem(r, 2);
        assertThat(r.out()).contains("\\u001B");
    }

    @Test
    void aHugeValueIsCutNotEchoedWhole() throws Exception {
        String huge = "x".repeat(2_000_000);
        Path p =
                project(huge + ",ana,E1,ENTITY,PERSON,0,6,Peskov,,,", "d1,ana,E2,ENTITY,GPE," + huge + ",22,Moscow,,,");
        CliRunner.Result r = CliRunner.run("validate", p.toString());
        assertThat(r.code()).isEqualTo(1);
        assertOneLinePerProblem(r, 2);
        assertThat(r.out()).contains("…");
    }

    @Test
    void anUnclosedQuoteIsOneLineNotOpenCsvsLostText() throws Exception {
        Path p = project("d1,ana,E1,ENTITY,PERSON,0,6,\"Peskov,,,", "more", "lines");
        CliRunner.Result r = CliRunner.run("validate", p.toString());
        assertThat(r.code()).isEqualTo(1);
        assertOneLinePerProblem(r, 1);
        assertThat(r.out()).doesNotContain("lost text");
    }

    @Test
    void badValuesInTheCommandLineAreEscapedToo() throws Exception {
        Path p = project("d1,ana,E1,ENTITY,PERSON,0,6,Peskov,,,");
        CliRunner.Result r = CliRunner.run("agree", p.toString(), "--annotators", "ana,b\u001b[2Jx\ny");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("\u001b");
        assertThat(r.err().lines().filter(l -> !l.isBlank()).count()).isEqualTo(1);
    }

    @Test
    void aSchemaProblemNamesTheRowItIsOn() throws Exception {
        Path p = project("d1,ana,E1,ENTITY,PERSON,0,6,Peskov,,,");
        List<String> rows = Files.readAllLines(p.resolve("schema.csv"));
        // Line 8 of the file: a second ENTITY label with the key of PERSON (1); line 9: PERSON again.
        rows.add(7, "ENTITY,E,label,PERSONA,1,#000000,,,\"a duplicate key\"");
        rows.add(8, "ENTITY,E,label,PERSON,9,#000000,,,\"a duplicate name\"");
        Files.write(p.resolve("schema.csv"), rows);
        CliRunner.Result r = CliRunner.run("validate", p.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out())
                .contains("schema.csv:8: error: key 1 of ENTITY/PERSONA is used by another label of the layer")
                .contains("schema.csv:9: error: label PERSON is defined twice in ENTITY");
    }
}
