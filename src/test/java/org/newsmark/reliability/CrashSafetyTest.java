package org.newsmark.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.AnnotationCsv;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Schema;
import org.newsmark.service.AnnotationFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety of saving: a child JVM saves the annotator file and the gold file in a loop
 * through {@code ProjectFolder.writeAnnotations} (AtomicFile) and is killed with SIGKILL at random
 * moments. After every kill both files parse without a problem and are exactly the last version
 * the child reported or the one it was writing. The agreement workbook is killed the same way:
 * a partial .xlsx never carries the final name.
 */
class CrashSafetyTest {
    /** Kills per run; {@code -Dnewsmark.crashKills=500} for a long run. */
    static final int KILLS = Integer.getInteger("newsmark.crashKills", 40);

    static final Tally TALLY = new Tally("crash safety");

    @TempDir
    Path dir;

    @AfterAll
    static void numbers() {
        TALLY.print();
    }

    @Test
    void aSaveKilledAtAnyMomentLeavesThePreviousOrTheNextVersion() throws Exception {
        Versions versions = new Versions();
        Files.createDirectories(dir.resolve("articles"));
        Files.copy(Path.of("annotations/schema.csv"), dir.resolve("schema.csv"));
        Files.writeString(
                dir.resolve("articles").resolve(Versions.DOC + ".txt"),
                versions.article().text());
        ProjectFolder project = ProjectFolder.open(dir);
        Schema schema = project.readSchema();
        project.writeAnnotations(versions.version(ChildProcess.ANNOTATOR, 0));
        project.writeAnnotations(versions.version(ProjectFolder.GOLD, 0));

        Random random = new Random(20261129L);
        long ana = 0;
        long gold = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            long first = Math.max(ana, gold) + 1;
            Long reported = null;
            try (ChildProcess.Child child = new ChildProcess.Child("save-loop", dir.toString(), Long.toString(first))) {
                assertThat(child.next(60)).as("child start").isEqualTo("ready");
                // Let it save 0 to 3 versions, then kill it a random few milliseconds later: most kills land
                // inside a save (a write, an fsync or the rename), not in the JVM's start-up.
                for (int saves = random.nextInt(4); saves > 0; saves--) {
                    reported = Long.parseLong(child.next(60));
                }
                Thread.sleep(random.nextInt(25));
                child.kill();
                for (String line = child.next(5); line != null && !line.equals("<eof>"); line = child.next(5)) {
                    reported = Long.parseLong(line);
                }
            }
            // The last version known complete is the one reported (or the file's own before this child),
            // and the only other one allowed is the one being written when the kill came.
            long before = ana;
            ana = check(project, schema, versions, ChildProcess.ANNOTATOR, reported == null ? ana : reported, first);
            gold = check(project, schema, versions, ProjectFolder.GOLD, reported == null ? gold : reported, first);
            assertThat(gold).as("gold is written after the annotator file").isLessThanOrEqualTo(ana);
            TALLY.add("kills (SIGKILL during a save loop)", 1);
            TALLY.add("versions written and checked", ana - before);
        }
        TALLY.add("files lost or torn", 0);
    }

    /**
     * A child JVM writes the agreement workbook over and over and is killed at random moments:
     * the file under the final name is always a complete workbook (or, before the first export,
     * absent), never a partial one.
     */
    @Test
    void aWorkbookExportKilledAtAnyMomentNeverLeavesAPartialFile() throws Exception {
        Path project = TestData.project(dir.resolve("wb"), "d", "Peskov spoke in Moscow on Friday.");
        TestData.annotations(project, "ana", "d", "d,ana,E1,ENTITY,PERSON,0,6,Peskov,,,");
        TestData.annotations(project, "ben", "d", "d,ben,E1,ENTITY,ORGANIZATION,0,6,Peskov,,,");
        Path file = dir.resolve("review.xlsx");
        Random random = new Random(20261130L);
        int kills = Integer.getInteger("newsmark.workbookKills", 12);
        for (int kill = 0; kill < kills; kill++) {
            try (ChildProcess.Child child =
                    new ChildProcess.Child("export-loop", project.toString(), file.toString())) {
                assertThat(child.next(60)).as("child start").isEqualTo("ready");
                for (int exports = random.nextInt(3); exports > 0; exports--) {
                    assertThat(child.next(60)).as("an export finished").isNotNull();
                }
                Thread.sleep(random.nextInt(60));
                child.kill();
            }
            if (Files.exists(file)) {
                try (var wb = WorkbookFactory.create(file.toFile(), null, true)) {
                    assertThat(wb.getSheet("Summary"))
                            .as("a complete workbook after kill " + kill)
                            .isNotNull();
                    assertThat(wb.getSheet("Disagreements")).isNotNull();
                }
            }
            TALLY.add("kills during a workbook export", 1);
        }
        TALLY.add("partial workbooks left under the final name", 0);
    }

    /** Asserts the file is a clean, exact copy of version {@code reported} or {@code reported + 1}; returns it. */
    private long check(
            ProjectFolder project, Schema schema, Versions versions, String annotator, long complete, long first)
            throws IOException {
        long next = Math.max(complete + 1, first);
        AnnotationFiles.Loaded loaded = AnnotationFiles.load(project, schema, versions.article(), annotator);
        assertThat(loaded.problems()).as(annotator + " file after a kill").isEmpty();
        long k = Versions.versionOf(loaded.set());
        assertThat(k).as(annotator + " version; last complete " + complete).isIn(complete, next);
        AnnotationSet expected = versions.version(annotator, k);
        Path file = project.annotationFile(annotator, Versions.DOC);
        assertThat(Files.readString(file)).isEqualTo(AnnotationCsv.format(expected));
        // A kill during a write may leave the temporary file; it never carries the final name and readers pass it over.
        List<Path> temps = new ArrayList<>();
        try (Stream<Path> files = Files.list(file.getParent())) {
            files.filter(p -> !p.equals(file)).forEach(temps::add);
        }
        for (Path t : temps) {
            assertThat(t.getFileName().toString())
                    .startsWith("." + file.getFileName() + ".")
                    .endsWith(".tmp");
            TALLY.add("kills that left a temporary file (killed mid-write)", 1);
            Files.delete(t);
        }
        assertThat(project.annotatedDocs(annotator)).containsExactly(Versions.DOC);
        return k;
    }
}
