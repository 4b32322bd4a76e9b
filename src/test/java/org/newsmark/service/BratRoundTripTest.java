package org.newsmark.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.imports.ImportFormat;
import org.newsmark.model.EntityChains;

import static org.assertj.core.api.Assertions.assertThat;

/** brat export and import are inverses on the bundled project: annotation sets, ids and bytes. */
class BratRoundTripTest {
    private static final List<String> OWNERS = List.of("gold", "ana", "ben");

    @TempDir
    Path dir;

    /** The bundled project's schema, articles and annotation files (not its lock files). */
    static Path copyOfBundled(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(TestData.BUNDLED)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".csv") || name.endsWith(".txt")) {
                    Path to = target.resolve(TestData.BUNDLED.relativize(f).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    private static Path emptyProject(Path root) throws IOException {
        return TestData.project(root);
    }

    private static void export(ProjectFolder project, Path out) throws IOException {
        for (String owner : OWNERS) {
            ConvertService.Report r = new ConvertService(project)
                    .convert(ConvertService.Format.BRAT, out.resolve(owner), owner, List.of());
            assertThat(r.clean()).as(r.problems().toString()).isTrue();
            assertThat(r.warnings()).isEmpty();
            assertThat(r.articles()).isEqualTo(7);
        }
    }

    private static void importAll(ProjectFolder project, Path brat) {
        for (String owner : OWNERS) {
            ImportService.Report r = new ImportService(project)
                    .importPaths(
                            List.of(brat.resolve(owner)),
                            ImportService.Options.DEFAULT
                                    .withFormat(ImportFormat.BRAT)
                                    .withBrat(owner, null));
            assertThat(r.skipped()).isEmpty();
            assertThat(r.problems()).isEmpty();
            assertThat(r.imported()).hasSize(7);
        }
    }

    @Test
    void projectToBratToProjectIsIdentical() throws Exception {
        ProjectFolder original = ProjectFolder.open(copyOfBundled(dir.resolve("original")));
        export(original, dir.resolve("brat"));
        ProjectFolder back = ProjectFolder.open(emptyProject(dir.resolve("back")));
        importAll(back, dir.resolve("brat"));
        // brat carries annotations, not the annotators' done marks (_status.csv)
        Map<String, String> a = new TreeMap<>(ImportServiceTest.snapshot(original.root()));
        a.keySet().removeIf(k -> k.endsWith("/_status.csv"));
        Map<String, String> b = ImportServiceTest.snapshot(back.root());
        assertThat(b.keySet()).isEqualTo(a.keySet());
        assertThat(b).isEqualTo(a);
        assertThat(new ProjectValidator(back).validate(false).clean()).isTrue();
        // and, read as the model reads them, the sets are equal too
        for (String owner : OWNERS) {
            for (String doc : original.articleIds()) {
                var article = original.readArticle(doc);
                assertThat(AnnotationFiles.load(back, back.readSchema(), back.readArticle(doc), owner)
                                .set())
                        .isEqualTo(AnnotationFiles.load(original, original.readSchema(), article, owner)
                                .set());
            }
        }
    }

    @Test
    void bratToProjectToBratIsByteIdentical() throws Exception {
        ProjectFolder original = ProjectFolder.open(copyOfBundled(dir.resolve("original")));
        export(original, dir.resolve("brat1"));
        ProjectFolder middle = ProjectFolder.open(emptyProject(dir.resolve("middle")));
        importAll(middle, dir.resolve("brat1"));
        export(middle, dir.resolve("brat2"));
        assertThat(ImportServiceTest.snapshot(dir.resolve("brat2")))
                .isEqualTo(ImportServiceTest.snapshot(dir.resolve("brat1")));
        assertThat(Files.readString(dir.resolve("brat1/gold/kyiv-strikes-pause-2026-01-30.txt")))
                .isEqualTo(Files.readString(TestData.BUNDLED.resolve("articles/kyiv-strikes-pause-2026-01-30.txt")));
    }

    @Test
    void aBratFixtureSurvivesProjectAndBackWithItsIds() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String f : List.of("peskov.txt", "peskov.ann")) {
            try (var stream = BratRoundTripTest.class.getResourceAsStream("/org/newsmark/io/formats/brat/" + f)) {
                Files.write(in.resolve(f), stream.readAllBytes());
            }
        }
        ProjectFolder first = ProjectFolder.open(emptyProject(dir.resolve("first")));
        ImportService.Options brat =
                ImportService.Options.DEFAULT.withFormat(ImportFormat.BRAT).withBrat("ana", null);
        ImportService.Report r = new ImportService(first).importPaths(List.of(in.resolve("peskov.ann")), brat);
        assertThat(r.imported())
                .singleElement()
                .satisfies(i -> assertThat(i.how()).isEqualTo("brat, UTF-8, 13 annotations for ana"));
        assertThat(r.problems()).hasSize(2).noneMatch(p -> p.isError());
        new ConvertService(first).convert(ConvertService.Format.BRAT, dir.resolve("out"), "ana", List.of());
        ProjectFolder second = ProjectFolder.open(emptyProject(dir.resolve("second")));
        new ImportService(second).importPaths(List.of(dir.resolve("out")), brat);
        assertThat(Files.readString(second.annotationFile("ana", "peskov")))
                .isEqualTo(Files.readString(first.annotationFile("ana", "peskov")));
    }

    /**
     * Chains travel as brat's equivalence relation: one {@code *\tEquiv} line per entity of two
     * mentions or more, no {@code coref} relation lines, and annotation.conf declares it; imported
     * back, every annotator's chains are the same (the round trips above show the files are too).
     */
    @Test
    void chainsAreEquivLinesAndComeBackAsTheSameEntities() throws Exception {
        ProjectFolder original = ProjectFolder.open(copyOfBundled(dir.resolve("original")));
        export(original, dir.resolve("brat"));
        String doc = "kyiv-strikes-pause-2026-01-30";
        var article = original.readArticle(doc);
        var chains = EntityChains.of(AnnotationFiles.load(original, original.readSchema(), article, "gold")
                .set());
        String ann = Files.readString(dir.resolve("brat/gold/" + doc + ".ann"));
        long chained = chains.entities().stream().filter(e -> !e.isSingleton()).count();
        assertThat(chained).isGreaterThan(3);
        assertThat(ann.lines().filter(l -> l.startsWith("*\tEquiv T"))).hasSize((int) chained);
        assertThat(ann).doesNotContainPattern("(?m)^R\\d+\tcoref ");
        assertThat(Files.readString(dir.resolve("brat/gold/annotation.conf")))
                .contains(
                        "Equiv\tArg1:PERSON|ORGANIZATION|GPE|LOCATION|NORP|DATE, Arg2:PERSON|ORGANIZATION|GPE|LOCATION|NORP|DATE,"
                                + " <REL-TYPE>:symmetric-transitive\n")
                .doesNotContain("\ncoref\t");
        ProjectFolder back = ProjectFolder.open(emptyProject(dir.resolve("back")));
        importAll(back, dir.resolve("brat"));
        for (String owner : OWNERS) {
            for (String d : original.articleIds()) {
                assertThat(Conll2012ImportServiceTest.chains(back, owner, d))
                        .as(owner + " " + d)
                        .isEqualTo(Conll2012ImportServiceTest.chains(original, owner, d));
            }
        }
    }
}
