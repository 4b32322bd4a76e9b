package org.newsmark.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.imports.ImportFormat;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.EntityChains;
import org.newsmark.model.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code convert --to conll2012} and {@code import --format conll2012} on whole projects. */
class Conll2012ImportServiceTest {
    @TempDir
    Path dir;

    static ImportService.Options conll2012(String annotator) {
        return ImportService.Options.DEFAULT.withFormat(ImportFormat.CONLL2012).withBrat(annotator, null);
    }

    /** An annotator's entities as lists of mention spans ("start-end"), entities by first mention. */
    static List<List<String>> chains(ProjectFolder project, String annotator, String doc) throws Exception {
        AnnotationSet set = AnnotationFiles.load(project, project.readSchema(), project.readArticle(doc), annotator)
                .set();
        return EntityChains.of(set).entities().stream()
                .map(e -> e.mentions().stream()
                        .map(m -> m.start() + "-" + m.end())
                        .toList())
                .toList();
    }

    /**
     * Every annotator's chains of the bundled project, exported and imported back as another
     * annotator, land on the same articles with the same mentions in the same entities; the
     * labels come back from the named-entity column for every entity that has a named mention.
     */
    @Test
    void theBundledProjectsChainsSurviveExportAndImport() throws Exception {
        ProjectFolder project = ProjectFolder.open(TestData.bundledCopy(dir.resolve("p")));
        for (String owner : List.of("gold", "ana", "ben")) {
            ConvertService.Report out = new ConvertService(project)
                    .convert(ConvertService.Format.CONLL2012, dir.resolve("out"), owner, List.of());
            assertThat(out.clean()).isTrue();
            assertThat(out.articles()).isEqualTo(7);
            assertThat(out.written())
                    .containsExactly(
                            dir.resolve("out").resolve(owner + ".coref.conll").toAbsolutePath());
            ImportService.Report in = new ImportService(project)
                    .importPaths(
                            List.of(dir.resolve("out").resolve(owner + ".coref.conll")), conll2012("back-" + owner));
            assertThat(in.problems()).isEmpty();
            assertThat(in.skipped()).isEmpty();
            assertThat(in.imported())
                    .hasSize(7)
                    .allSatisfy(i -> assertThat(i.how()).endsWith("added to the existing article"));
            int labelled = 0;
            for (String doc : project.articleIds()) {
                assertThat(chains(project, "back-" + owner, doc))
                        .as(owner + " " + doc)
                        .isEqualTo(chains(project, owner, doc));
                labelled += sameLabels(project, owner, doc);
            }
            assertThat(labelled).as(owner).isPositive();
        }
    }

    /**
     * Mentions whose label came back: every mention of an entity with a named mention, unless the
     * annotator gave one entity two labels (then the majority wins).
     */
    private static int sameLabels(ProjectFolder project, String owner, String doc) throws Exception {
        Article article = project.readArticle(doc);
        AnnotationSet original = AnnotationFiles.load(project, project.readSchema(), article, owner)
                .set();
        AnnotationSet back = AnnotationFiles.load(project, project.readSchema(), article, "back-" + owner)
                .set();
        int same = 0;
        for (EntityChains.Entity e : EntityChains.of(original).entities()) {
            boolean named =
                    e.mentions().stream().anyMatch(m -> EntityChains.Form.of(m).orElse(null) == EntityChains.Form.NAME);
            boolean oneLabel =
                    e.mentions().stream().map(Annotation::label).distinct().count() == 1;
            if (named && oneLabel) {
                for (Annotation m : e.mentions()) {
                    Annotation b = back.inLayer("ENTITY").stream()
                            .filter(x -> x.start() == m.start() && x.end() == m.end())
                            .findFirst()
                            .orElseThrow();
                    assertThat(b.label())
                            .as(doc + " " + m.id() + " " + m.text())
                            .isEqualTo(m.label());
                    same++;
                }
            }
        }
        return same;
    }

    /** The same annotator cannot be imported twice onto one article; another annotator can. */
    @Test
    void anExistingAnnotatorFileIsRefusedAndAnotherAnnotatorJoinsTheArticle() throws Exception {
        ProjectFolder project = ProjectFolder.open(TestData.project(dir.resolve("p")));
        Path file = Files.writeString(
                dir.resolve("d.conll"),
                "#begin document (bc/cnn/00/cnn_0001); part 000\n"
                        + "x\t0\t0\tPutin\t(1)\nx\t0\t1\tspoke\t-\nx\t0\t2\t.\t-\n\nx\t0\t0\tHe\t(1)\nx\t0\t1\tleft\t-\n#end document\n");
        ImportService.Report first = new ImportService(project).importPaths(List.of(file), conll2012("ana"));
        assertThat(first.imported()).singleElement().satisfies(i -> {
            assertThat(i.doc()).isEqualTo("cnn_0001");
            assertThat(i.how())
                    .isEqualTo("CoNLL-2012 (bc/cnn/00/cnn_0001) part 000, 2 mentions of 1 entity for ana,"
                            + " 2 labelled PERSON (no type that maps onto a label)");
        });
        assertThat(project.readArticle("cnn_0001").text()).isEqualTo("Putin spoke .\nHe left");
        assertThat(chains(project, "ana", "cnn_0001")).containsExactly(List.of("0-5", "14-16"));
        var before = ImportServiceTest.snapshot(project.root());
        ImportService.Report again = new ImportService(project).importPaths(List.of(file), conll2012("ana"));
        assertThat(again.imported()).isEmpty();
        assertThat(again.skipped())
                .singleElement()
                .satisfies(
                        s -> assertThat(s.reason())
                                .isEqualTo(
                                        "document (bc/cnn/00/cnn_0001) part 000 (line 1): article cnn_0001 already has annotators/ana/cnn_0001.csv;"
                                                + " nothing was imported for it (import as another annotator, or remove that file first)"));
        assertThat(ImportServiceTest.snapshot(project.root())).isEqualTo(before);
        ImportService.Report ben = new ImportService(project).importPaths(List.of(file), conll2012("ben"));
        assertThat(ben.imported())
                .singleElement()
                .satisfies(i -> assertThat(i.doc()).isEqualTo("cnn_0001"));
        assertThat(project.articleIds()).containsExactly("cnn_0001");
    }

    /** Parts of one name become NAME-PART; a header without a name takes the file's; bad lines are reported. */
    @Test
    void documentIdsComeFromNameAndPartAndBadLinesAreReportedWithTheRestImported() throws Exception {
        ProjectFolder project = ProjectFolder.open(TestData.project(dir.resolve("p")));
        Path file = Files.writeString(
                dir.resolve("news.conll"),
                "#begin document (a); part 000\na (1)\n#end document\n"
                        + "#begin document (a); part 001\na (1)\na (7\n#end document\n"
                        + "# begin document \n0\tHe\t(1)\n1\tleft\t(2x)\n# end document\n"
                        + "#begin document (empty); part 000\n#end document\n");
        ImportService.Report r = new ImportService(project).importPaths(List.of(file), conll2012("ana"));
        assertThat(r.imported()).extracting(ImportService.Imported::doc).containsExactly("a-000", "a-001", "news");
        assertThat(r.skipped())
                .extracting(ImportService.Skipped::reason)
                .containsExactly("document (empty) part 000 (line 12): the document has no tokens");
        assertThat(r.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        file + ":6: error: the mention of entity 7 opened here is not closed before #end document",
                        file
                                + ":10: error: coreference column \"(2x)\" is not - or items such as (12 12) (12) joined by |");
        assertThat(r.clean()).isFalse();
        assertThat(project.readArticle("news").text()).isEqualTo("He left");
    }

    /**
     * A document in GUM's layout: as many mentions and entities as the file's coreference column
     * has openings and distinct numbers; exported again and imported onto the same article, the
     * same chains.
     */
    @Test
    void aGumLayoutDocumentImportsWholeAndExportsToTheSameChains() throws Exception {
        Path file = dir.resolve("iodine-sample.conll");
        try (var in =
                Conll2012ImportServiceTest.class.getResourceAsStream("/conll2012/gum-layout/iodine-sample.conll")) {
            Files.write(file, in.readAllBytes());
        }
        GumCheck.check(dir.resolve("p"), file);
    }

    /** The GUM part shared with {@link GumLayoutImportTest}. */
    static final class GumCheck {
        private GumCheck() {}

        static void check(Path projectDir, Path file) throws Exception {
            ProjectFolder project = ProjectFolder.open(TestData.project(projectDir));
            int mentions = 0;
            Set<String> entities = new HashSet<>();
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String cell = line.substring(line.lastIndexOf('\t') + 1);
                mentions += cell.chars().filter(c -> c == '(').count();
                Matcher m = Pattern.compile("(?:^|[(|)])(?:[a-z]+-)?(\\d+)").matcher(cell);
                while (m.find()) {
                    entities.add(m.group(1));
                }
            }
            ImportService.Report r = new ImportService(project).importPaths(List.of(file), conll2012("gum"));
            assertThat(r.skipped()).isEmpty();
            String doc = r.imported().get(0).doc();
            long duplicates = r.problems().stream()
                    .filter(p -> p.message().contains("left out"))
                    .count();
            assertThat(r.problems()).allMatch(p -> p.message().contains("left out"));
            List<List<String>> imported = chains(project, "gum", doc);
            assertThat(imported.stream().mapToInt(List::size).sum()).isEqualTo(mentions - duplicates);
            assertThat(imported.size()).isBetween((int) (entities.size() - duplicates), entities.size());
            ConvertService.Report out = new ConvertService(project)
                    .convert(
                            ConvertService.Format.CONLL2012, projectDir.resolveSibling("out-" + doc), "gum", List.of());
            assertThat(out.clean()).isTrue();
            ImportService.Report back =
                    new ImportService(project).importPaths(List.copyOf(out.written()), conll2012("again"));
            assertThat(back.problems()).isEmpty();
            assertThat(back.imported())
                    .singleElement()
                    .satisfies(i -> assertThat(i.how()).endsWith("added to the existing article"));
            assertThat(chains(project, "again", doc)).isEqualTo(imported);
            List<String> lines =
                    new ArrayList<>(Files.readAllLines(out.written().get(0)));
            assertThat(lines.get(0)).isEqualTo("#begin document (" + doc + "); part 000");
        }
    }
}
