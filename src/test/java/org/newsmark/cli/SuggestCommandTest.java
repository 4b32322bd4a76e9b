package org.newsmark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.AnnotationCsv;
import org.newsmark.model.Annotation;
import org.newsmark.model.Sources;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code newsmark suggest} on copies of the bundled project: files written, never overwritten, the evaluation. */
class SuggestCommandTest {
    private static final String KYIV = "kyiv-strikes-pause-2026-01-30";
    private static final String IODINE = "wikinews-australia-iodine-deficiency";

    @TempDir
    Path dir;

    private static List<Annotation> rows(Path file) throws Exception {
        String name = file.getFileName().toString();
        return AnnotationCsv.parse(
                        Files.readString(file),
                        file.toString(),
                        name.substring(0, name.length() - 4),
                        file.getParent().getFileName().toString())
                .annotations();
    }

    @Test
    void writesEveryArticleWithoutAFileAsValidFilesWithLinksEachAnnotationMarkedAsSuggested() throws Exception {
        Path p = TestData.bundledCopy(dir);
        CliRunner.Result r = CliRunner.run("suggest", p.toString(), "--annotator", "cy");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote annotators/cy/" + KYIV + ".csv: ").contains(" in 7 files");
        assertThat(r.err()).contains("trained on 7 gold articles and 0 of cy's own");
        assertThat(CliRunner.run("validate", p.toString()).code()).isZero();

        List<Annotation> iodine = rows(p.resolve("annotators/cy/" + IODINE + ".csv"));
        assertThat(iodine)
                .isNotEmpty()
                .allSatisfy(a -> assertThat(Sources.suggested(a)).isTrue());
        assertThat(iodine)
                .filteredOn(a -> a.layer().equals("QUOTE"))
                .allSatisfy(q -> assertThat(q.targets("speaker")).hasSize(1));
        // "he said": the pronoun speaks, chained to the entity it stands for (guidelines 1.1)
        assertThat(iodine).anySatisfy(a -> {
            assertThat(a.text()).isEqualTo("he");
            assertThat(a.attributes()).containsEntry("mention", "pronoun");
            assertThat(a.targets("coref")).hasSize(1);
        });

        CliRunner.Result again = CliRunner.run("suggest", p.toString(), "--annotator", "cy");
        assertThat(again.code()).isZero();
        assertThat(again.out()).startsWith("nothing to write: every article has a file of cy");
    }

    @Test
    void neverOverwritesAnExistingFileWithoutForce() throws Exception {
        Path p = TestData.bundledCopy(dir);
        Path ana = p.resolve("annotators/ana/" + KYIV + ".csv");
        String before = Files.readString(ana);
        CliRunner.Result r =
                CliRunner.run("suggest", p.toString(), "--annotator", "ana", "--docs", KYIV + "," + IODINE);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err())
                .contains("annotators/ana/" + KYIV + ".csv: exists")
                .contains("2 files exist; nothing written (--force replaces them)");
        assertThat(Files.readString(ana)).isEqualTo(before);

        CliRunner.Result forced =
                CliRunner.run("suggest", p.toString(), "--annotator", "ana", "--docs", KYIV, "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(rows(ana)).allSatisfy(a -> assertThat(Sources.suggested(a)).isTrue());
        assertThat(Files.readString(p.resolve("annotators/ana/" + IODINE + ".csv")))
                .as("not named: untouched")
                .isEqualTo(Files.readString(TestData.BUNDLED.resolve("annotators/ana/" + IODINE + ".csv")));
    }

    @Test
    void layersKeepTheirSuggestionsWithTheMentionsTheyLinkTo() throws Exception {
        Path p = TestData.bundledCopy(dir);
        CliRunner.Result r =
                CliRunner.run("suggest", p.toString(), "--annotator", "cy", "--docs", IODINE, "--layers", "QUOTE");
        assertThat(r.code()).as(r.err()).isZero();
        List<Annotation> rows = rows(p.resolve("annotators/cy/" + IODINE + ".csv"));
        assertThat(rows).extracting(Annotation::layer).doesNotContain("EVENT").contains("QUOTE", "ENTITY");
        List<String> linked = rows.stream()
                .flatMap(a -> a.links().stream())
                .map(l -> l.target())
                .toList();
        assertThat(rows)
                .filteredOn(a -> a.layer().equals("ENTITY"))
                .allSatisfy(e -> assertThat(linked).as("%s is linked to", e).contains(e.id()));
        assertThat(CliRunner.run("validate", p.toString()).code()).isZero();
    }

    @Test
    void usageErrorsAndBadSettingsEndWithExitCodeTwoAndWriteNothing() throws Exception {
        Path p = TestData.bundledCopy(dir);
        assertThat(CliRunner.run("suggest", p.toString()).code()).isEqualTo(2);
        assertThat(CliRunner.run("suggest", p.toString(), "--annotator", "cy", "--evaluate")
                        .code())
                .isEqualTo(2);
        assertThat(CliRunner.run("suggest", p.toString(), "--annotator", "gold").code())
                .isEqualTo(2);
        assertThat(CliRunner.run("suggest", p.toString(), "--annotator", "cy", "--docs", "nope")
                        .err())
                .contains("no article nope");
        assertThat(CliRunner.run("suggest", p.toString(), "--annotator", "cy", "--layers", "TOPIC")
                        .code())
                .isEqualTo(2);
        Files.writeString(p.resolve("suggest.csv"), "layer,recommender,enabled,min_score\nQUOTE,quotes,maybe,0\n");
        CliRunner.Result bad = CliRunner.run("suggest", p.toString(), "--annotator", "cy");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("suggest.csv:2: error: enabled must be true or false, not \"maybe\"");
        assertThat(p.resolve("annotators/cy")).doesNotExist();
    }

    @Test
    void evaluatesLeavingOneArticleOutAsATableAndAsCsv() throws Exception {
        Path p = TestData.bundledCopy(dir);
        for (String doc : List.of(
                "wikinews-afghan-robotics-team",
                "wikinews-homeopathy-manslaughter-trial",
                "wikinews-north-korea-quasi-war",
                "wikinews-scientology-defector-arrest")) {
            Files.delete(p.resolve("gold/" + doc + ".csv")); // three gold articles keep the test short
        }
        CliRunner.Result table = CliRunner.run("suggest", p.toString(), "--evaluate");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out())
                .startsWith("3 gold articles, each suggested by recommenders trained on the others;")
                .contains("ENTITIES  QUOTE   DIRECT")
                .contains("speaker of a found quote (given NOTHING)")
                .contains("learning curve, F1 (overlap) after training on n articles:");

        CliRunner.Result csv = CliRunner.run("suggest", p.toString(), "--evaluate", "--format", "csv");
        assertThat(csv.code()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("type,given,layer,label,measure,training_articles,value,units");
        assertThat(lines)
                .anyMatch(l -> l.startsWith("score,ENTITIES,QUOTE,*,f1_overlap,,"))
                .anyMatch(l -> l.startsWith("speaker,NOTHING,QUOTE,*,accuracy_identity,,"))
                .anyMatch(l -> l.startsWith("curve,NOTHING,ENTITY,*,f1_overlap,0,"))
                .anyMatch(l -> l.startsWith("curve,ENTITIES,QUOTE,*,f1_overlap,2,"));
        assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(8));
    }
}
