package org.newsmark.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.AnnotationCsv;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {
    //                                   0         1         2
    //                                   0123456789012345678901234
    private static final String TEXT = "Peskov spoke in Moscow.";

    @TempDir
    Path dir;

    private CliRunner.Result validate(String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "validate";
        args[1] = dir.toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        return CliRunner.run(args);
    }

    @Test
    void aCleanProjectPasses() throws Exception {
        TestData.project(dir, "d", TEXT);
        TestData.annotations(
                dir, "ana", "d", "d,ana,E1,ENTITY,PERSON,0,6,Peskov,,,", "d,ana,E2,ENTITY,GPE,16,22,Moscow,,,");
        TestData.annotations(dir, "gold", "d", "d,gold,E1,ENTITY,PERSON,0,6,Peskov,,,");
        CliRunner.Result r = validate();
        assertThat(r.out()).startsWith("ok: no problems");
        assertThat(r.code()).isZero();
    }

    @Test
    void reportsEveryRowProblemWithPathAndLineSorted() throws Exception {
        TestData.project(dir, "d", TEXT);
        TestData.annotations(
                dir,
                "ana",
                "d",
                "d,ana,E1,ENTITY,PERSON,0,6,Peskov,,,",
                "d,ana,E1,ENTITY,PERSON,16,22,Moscow,,,",
                "d,ana,E3,ENTITY,PERSON,0,6,Putin!,,,",
                "d,ana,E4,ENTITY,PERSON,9,3,xyz,,,",
                "d,ana,E5,ENTITY,PERSON,0,99,Peskov,,,",
                "d,ana,E6,TOPIC,WAR,0,6,Peskov,,,",
                "d,ana,E7,ENTITY,ANIMAL,0,6,Peskov,,,",
                "d,ana,Q1,QUOTE,DIRECT,7,12,spoke,listener=E1,,",
                "d,ana,Q2,QUOTE,DIRECT,7,12,spoke,speaker=E9,,",
                "d,ana,Q3,QUOTE,DIRECT,7,12,spoke,speaker=Q1,,",
                "d,ana,E8,ENTITY,PERSON,0,6,Peskov",
                "d,ana,E12,ENTITY,PERSON,-1,6,Peskov,,,",
                "x,ana,E10,ENTITY,PERSON,0,6,Peskov,,,",
                "d,bob,E11,ENTITY,PERSON,0,6,Peskov,,,");
        CliRunner.Result r = validate();
        assertThat(r.code()).isEqualTo(1);
        String f = "annotators/ana/d.csv:";
        assertThat(r.out().lines())
                .containsExactly(
                        f + "3: error: duplicate id E1",
                        f + "4: error: text \"Putin!\" does not match the article at 0-6, which has \"Peskov\"",
                        f + "5: error: start 9 is not before end 3",
                        f + "6: error: end 99 is past the end of the article (23 code points)",
                        f + "7: error: unknown layer TOPIC (the schema has [ENTITY, QUOTE, EVENT])",
                        f
                                + "8: error: unknown label ANIMAL in layer ENTITY (it has [PERSON, ORGANIZATION, GPE, LOCATION, NORP, DATE])",
                        f + "9: error: unknown role listener for layer QUOTE",
                        f + "10: error: link speaker=E9 points at E9, which does not exist",
                        f + "11: error: link speaker=Q1 points at a QUOTE annotation; speaker must point at ENTITY",
                        f + "12: error: expected 11 columns, found 8",
                        f + "13: error: start \"-1\" is not a whole number" + AnnotationCsv.HINT,
                        f + "14: error: doc column says \"x\" but the file is for d",
                        f + "15: error: annotator column says \"bob\" but the file belongs to ana");
    }

    @Test
    void reportsFileAndFolderProblems() throws Exception {
        TestData.project(dir, "d", TEXT, "bad name", "x", "crlf", "one\r\ntwo");
        Files.write(dir.resolve("articles/latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("articles/notes.md"), "x");
        TestData.annotations(dir, "ana", "missing", "missing,ana,E1,ENTITY,PERSON,0,1,x,,,");
        Files.createDirectories(dir.resolve("annotators/../annotators/bad name"));
        Files.writeString(dir.resolve("annotators/ana/d.csv"), "doc,id\n");
        CliRunner.Result r = validate();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines())
                .containsExactly(
                        "annotators/ana/d.csv:1: error: wrong header \"doc,id\"; expected doc,annotator,id,layer,label,start,end,text,links,attributes,note",
                        "annotators/ana/missing.csv:0: error: there is no article missing (articles/missing.txt)",
                        "annotators/bad name:0: error: bad annotator name: \"bad name\" may only hold letters A-Z, digits, '.', '_' and '-', starting with a letter or digit",
                        "articles/bad name.txt:0: error: bad document id: \"bad name\" may only hold letters A-Z, digits, '.', '_' and '-', starting with a letter or digit",
                        "articles/crlf.txt:1: error: the article has CR line endings; articles use LF only. Import it with 'newsmark import PROJECT FILE', which converts them",
                        "articles/latin1.txt:1: error: not UTF-8: invalid byte 0xE9 at byte 3; save the file as UTF-8 (or use 'newsmark import', which converts)",
                        "articles/notes.md:0: error: not an article: articles/ holds only DOC.txt files");
    }

    @Test
    void reportsABrokenSchema() throws Exception {
        TestData.project(dir, "d", TEXT);
        Files.writeString(
                dir.resolve("schema.csv"),
                TestData.schemaText().replace("ENTITY,E,label,GPE,3,#4CC9F0", "ENTITY,E,label,GPE,3,blue"));
        CliRunner.Result r = validate();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("schema.csv:4: error: color must look like #RRGGBB, found \"blue\"");
    }

    @Test
    void movedTextIsAWarningThatFixRepairs() throws Exception {
        TestData.project(dir, "d", "Yesterday " + TEXT);
        Path file = TestData.annotations(
                dir, "ana", "d", "d,ana,E1,ENTITY,PERSON,0,6,Peskov,,,", "d,ana,E2,ENTITY,GPE,16,22,Moscow,,,");
        String before = Files.readString(file);
        CliRunner.Result r = validate();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines())
                .containsExactly(
                        "annotators/ana/d.csv:2: warning: text \"Peskov\" is no longer at 0-6 but at 10-16 (the article was edited; validate --fix moves it)",
                        "annotators/ana/d.csv:3: warning: text \"Moscow\" is no longer at 16-22 but at 26-32 (the article was edited; validate --fix moves it)");
        assertThat(Files.readString(file)).as("plain validate changes nothing").isEqualTo(before);

        CliRunner.Result fixed = validate("--fix");
        assertThat(fixed.out()).contains("fixed annotators/ana/d.csv: moved 2 span(s)");
        assertThat(fixed.code()).isZero();
        assertThat(Files.readString(file))
                .contains("d,ana,E1,ENTITY,PERSON,10,16,Peskov,,,", "d,ana,E2,ENTITY,GPE,26,32,Moscow,,,");
        assertThat(validate().code()).isZero();
    }

    @Test
    void fixLeavesAFileWithErrorsAlone() throws Exception {
        TestData.project(dir, "d", "Yesterday " + TEXT);
        Path file = TestData.annotations(
                dir, "ana", "d", "d,ana,E1,ENTITY,PERSON,0,6,Peskov,,,", "d,ana,E2,ENTITY,PERSON,x,6,Peskov,,,");
        String before = Files.readString(file);
        assertThat(validate("--fix").code()).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void theBundledProjectIsValid() {
        CliRunner.Result r = CliRunner.run("validate", TestData.BUNDLED.toString());
        assertThat(r.out()).startsWith("ok:");
        assertThat(r.code()).isZero();
    }
}
