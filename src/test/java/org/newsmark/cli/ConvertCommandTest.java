package org.newsmark.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;

class ConvertCommandTest {
    @TempDir
    Path dir;

    private Path project() throws Exception {
        Path p = TestData.project(
                dir.resolve("p"), "kyiv", "Putin met Trump in Kyiv \uD83D\uDE00.", "plain", "No gold here.");
        TestData.annotations(
                p,
                "gold",
                "kyiv",
                "kyiv,gold,E1,ENTITY,PERSON,0,5,Putin,,,",
                "kyiv,gold,V1,EVENT,MEETING,6,9,met,agent=E1;target=E2,,",
                "kyiv,gold,E2,ENTITY,PERSON,10,15,Trump,,,",
                "kyiv,gold,E3,ENTITY,GPE,19,23,Kyiv,,,");
        return p;
    }

    @Test
    void writesEachFormatAndSaysWhatWasSkipped() throws Exception {
        Path p = project();
        CliRunner.Result jsonl = CliRunner.run(
                "convert",
                p.toString(),
                "--to",
                "jsonl",
                "--out",
                dir.resolve("o").toString());
        assertThat(jsonl.code()).isZero();
        assertThat(jsonl.out()).contains("wrote ", "gold.jsonl", "1 article(s) of gold converted to jsonl");
        assertThat(jsonl.err()).contains("skipped plain: no gold/plain.csv");
        assertThat(Files.readString(dir.resolve("o/gold.jsonl")))
                .startsWith("{\"id\":\"kyiv\",\"text\":\"Putin met Trump in Kyiv \uD83D\uDE00.\"")
                .contains("{\"id\":\"E3\",\"label\":\"GPE\",\"start\":19,\"end\":23,\"text\":\"Kyiv\"}")
                .contains(
                        "\"arguments\":[{\"role\":\"agent\",\"entity\":\"E1\"},{\"role\":\"target\",\"entity\":\"E2\"}]")
                .endsWith("}\n");
        CliRunner.Result conll = CliRunner.run(
                "convert",
                p.toString(),
                "--to",
                "CONLL",
                "--out",
                dir.resolve("o").toString(),
                "--docs",
                "kyiv");
        assertThat(conll.code()).isZero();
        assertThat(Files.readString(dir.resolve("o/gold.conll")))
                .isEqualTo("-DOCSTART- O O O\n\n"
                        + "Putin B-PERSON O O\nmet O O B-MEETING\nTrump B-PERSON O O\nin O O O\nKyiv B-GPE O O\n"
                        + "\uD83D\uDE00 O O O\n. O O O\n\n");
        CliRunner.Result brat = CliRunner.run(
                "convert",
                p.toString(),
                "--to",
                "brat",
                "--out",
                dir.resolve("b").toString());
        assertThat(brat.code()).isZero();
        assertThat(Files.readString(dir.resolve("b/kyiv.ann")))
                .isEqualTo(
                        "T1\tPERSON 0 5\tPutin\n"
                                + "T2\tMEETING 6 9\tmet\nT3\tPERSON 10 15\tTrump\nT4\tGPE 19 23\tKyiv\n"
                                + "E1\tMEETING:T2 agent:T1 target:T3\n"
                                + "#1\tNewsmarkId T1\tE1\n#2\tNewsmarkId E1\tV1\n#3\tNewsmarkId T3\tE2\n#4\tNewsmarkId T4\tE3\n");
        assertThat(Files.readString(dir.resolve("b/kyiv.txt"))).isEqualTo("Putin met Trump in Kyiv \uD83D\uDE00.");
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Path p = project();
        assertThat(CliRunner.run("convert", p.toString(), "--to", "xml", "--out", "x")
                        .code())
                .isEqualTo(2);
        assertThat(CliRunner.run("convert", p.toString(), "--out", "x").code()).isEqualTo(2);
        CliRunner.Result inside = CliRunner.run(
                "convert",
                p.toString(),
                "--to",
                "brat",
                "--out",
                p.resolve("gold").toString());
        assertThat(inside.code()).isEqualTo(2);
        assertThat(inside.err()).contains("lies inside the project's gold/");
        assertThat(CliRunner.run(
                                "convert",
                                p.toString(),
                                "--to",
                                "jsonl",
                                "--out",
                                dir.resolve("o").toString(),
                                "--annotator",
                                "../x")
                        .code())
                .isEqualTo(2);
    }

    @Test
    void anAnnotationFileWithProblemsIsLeftOutWithExitOne() throws Exception {
        Path p = project();
        TestData.annotations(p, "gold", "plain", "plain,gold,E1,ENTITY,PERSON,0,2,Xx,,,");
        CliRunner.Result r = CliRunner.run(
                "convert",
                p.toString(),
                "--to",
                "jsonl",
                "--out",
                dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("gold/plain.csv:2: error: text \"Xx\" does not match");
        assertThat(Files.readAllLines(dir.resolve("o/gold.jsonl"))).hasSize(1);
    }

    /** CoNLL-2012: one document per article, every mention with its entity, the named ones in the NE column. */
    @Test
    void conll2012WritesOneDocumentPerArticleIntoNameDotCorefDotConll() throws Exception {
        Path p = project();
        CliRunner.Result r = CliRunner.run(
                "convert",
                p.toString(),
                "--to",
                "conll2012",
                "--out",
                dir.resolve("c").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("gold.coref.conll", "1 article(s) of gold converted to conll2012");
        String columns = "\t-\t*\t-\t-\t-\t-\t";
        assertThat(Files.readString(dir.resolve("c/gold.coref.conll")))
                .isEqualTo("#begin document (kyiv); part 000\n"
                        + "kyiv\t0\t0\tPutin" + columns + "(PERSON)\t(0)\n"
                        + "kyiv\t0\t1\tmet" + columns + "*\t-\n"
                        + "kyiv\t0\t2\tTrump" + columns + "(PERSON)\t(1)\n"
                        + "kyiv\t0\t3\tin" + columns + "*\t-\n"
                        + "kyiv\t0\t4\tKyiv" + columns + "(GPE)\t(2)\n"
                        + "kyiv\t0\t5\t\uD83D\uDE00" + columns + "*\t-\n"
                        + "kyiv\t0\t6\t." + columns + "*\t-\n\n#end document\n");
    }
}
