package org.newsmark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;

class AgreeCommandTest {
    //                                   0         1         2
    //                                   01234567890123456789012
    private static final String TEXT = "Peskov spoke in Moscow.";

    @TempDir
    Path dir;

    private void project() throws Exception {
        TestData.project(dir, "d1", TEXT, "d2", "Kyiv, Odesa and Lviv.");
        TestData.annotations(
                dir, "ben", "d1", "d1,ben,E1,ENTITY,PERSON,0,6,Peskov,,,", "d1,ben,E2,ENTITY,GPE,16,22,Moscow,,,");
        TestData.annotations(
                dir, "ana", "d1", "d1,ana,E1,ENTITY,PERSON,0,6,Peskov,,,", "d1,ana,E2,ENTITY,LOCATION,16,22,Moscow,,,");
        TestData.annotations(dir, "ana", "d2", "d2,ana,E1,ENTITY,GPE,0,4,Kyiv,,,");
        TestData.annotations(dir, "cy", "d2", "d2,cy,E1,ENTITY,GPE,0,4,Kyiv,,,", "d2,cy,E2,ENTITY,GPE,6,11,Odesa,,,");
    }

    private CliRunner.Result agree(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "agree";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(all);
    }

    @Test
    void csvHasTheHeaderFullPrecisionAndAStableOrder() throws Exception {
        project();
        CliRunner.Result r = agree("--format", "csv", "--annotators", "ben,ana", "--layer", "ENTITY");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("layer,label,measure,annotators,doc,value,units,note");
        // 5 tokens; ana and ben agree on 4 (PERSON, O, O, O) and differ on Moscow (LOCATION, GPE):
        // p_o = 0.8, p_e = 0.2 * 0.2 + 0.6 * 0.6 = 0.4, kappa = 0.4 / 0.6
        assertThat(lines)
                .contains(
                        "ENTITY,*,observed_agreement,ana+ben,*,0.8,5,1 article",
                        "ENTITY,*,cohen_kappa,ana+ben,*,0.6666666666666667,5,1 article",
                        "ENTITY,*,f1_exact,ana+ben,*,0.5,4,1 article",
                        "ENTITY,ORGANIZATION,cohen_kappa,ana+ben,*,,5,one category only");
        assertThat(lines.get(1)).startsWith("ENTITY,*,observed_agreement,ana+ben,*,");
        assertThat(lines).allMatch(l -> l.startsWith("layer,") || l.startsWith("ENTITY,"));
        assertThat(agree("--format", "csv", "--annotators", "ana,ben", "--layer", "ENTITY")
                        .out())
                .isEqualTo(r.out());
    }

    @Test
    void byDocAddsTheArticles() throws Exception {
        project();
        List<String> lines = agree("--format", "csv", "--by-doc").out().lines().toList();
        assertThat(lines)
                .contains(
                        "ENTITY,*,cohen_kappa,ana+ben,d2,,0,ben has no file for this article",
                        "ENTITY,*,cohen_kappa,ben+cy,d1,,0,cy has no file for this article",
                        "ENTITY,*,f1_overlap,ana+cy,d2,0.6666666666666666,3,");
        assertThat(lines.indexOf("ENTITY,*,f1_overlap,ana+cy,d2,0.6666666666666666,3,"))
                .isGreaterThan(lines.indexOf("EVENT,OTHER,argument_f1,*,*,,0,no argument of a matched EVENT span"));
        assertThat(lines.stream().filter(l -> l.contains(",d1,")).count())
                .isEqualTo(lines.stream()
                        .filter(l -> l.contains(",*,") && l.split(",")[4].equals("*"))
                        .count());
    }

    @Test
    void tableShowsUnitsBandsAndTheWorst() throws Exception {
        project();
        CliRunner.Result r = agree();
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains(
                        "Agreement of 3 annotators on 2 articles",
                        "ana  has a file for 2 of 2",
                        "0 articles have a file of every chosen annotator",
                        "ENTITY",
                        "cohen_kappa",
                        "5 tokens",
                        "undefined: one category only",
                        "Pairs that disagree most",
                        "Labels with the lowest agreement");
        // the first layer is ENTITY, its first label all labels
        assertThat(r.out()
                        .lines()
                        .filter(l -> l.contains("cohen_kappa") && l.contains("ana+ben"))
                        .findFirst())
                .get()
                .asString()
                .contains("0.6667", "5 tokens", "substantial");
    }

    @Test
    void xlsxWritesTheWorkbookBesideTheTable() throws Exception {
        project();
        CliRunner.Result r = agree("--xlsx", dir.resolve("out.xlsx").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote");
        assertThat(r.out()).contains("cohen_kappa");
        assertThat(Files.size(dir.resolve("out.xlsx"))).isPositive();
    }

    @Test
    void usageErrorsAndBadFiles() throws Exception {
        project();
        assertThat(agree("--annotators", "ana,zoe").code()).isEqualTo(2);
        assertThat(agree("--annotators", "ana,zoe").err()).contains("no annotator zoe (the project has ana, ben, cy)");
        assertThat(agree("--docs", "nope").code()).isEqualTo(2);
        assertThat(agree("--layer", "TOPIC").code()).isEqualTo(2);
        assertThat(agree("--format", "xml").code()).isEqualTo(2);
        assertThat(CliRunner.run("agree", dir.resolve("articles").toString()).code())
                .isEqualTo(2);
        TestData.annotations(dir, "cy", "d1", "d1,cy,E1,ENTITY,ANIMAL,0,6,Peskov,,,");
        CliRunner.Result bad = agree();
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).contains("annotators/cy/d1.csv:2: error: unknown label ANIMAL", "newsmark validate");
    }

    @Test
    void aProjectWithoutAnnotatorsHasOnlyUndefinedValues(@TempDir Path empty) throws Exception {
        Path project = TestData.project(empty.resolve("p"), "d1", "Peskov spoke in Moscow.");
        CliRunner.Result r = CliRunner.run("agree", project.toString(), "--format", "csv");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().skip(1)).isNotEmpty().allMatch(l -> l.endsWith(",,0,needs at least two annotators"));
        assertThat(CliRunner.run("agree", project.toString()).out()).contains("Agreement of 0 annotators on 1 article");
    }

    @Test
    void helpListsTheCommand() {
        assertThat(CliRunner.run("--help").out()).contains("agree");
        assertThat(CliRunner.run("agree", "--help").out()).contains("--annotators", "--by-doc", "--format", "--xlsx");
    }
}
