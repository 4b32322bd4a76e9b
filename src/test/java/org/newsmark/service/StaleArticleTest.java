package org.newsmark.service;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.cli.CliRunner;
import org.newsmark.model.Annotation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article edited on disk while it is open: saving stops rather than write offsets of the old
 * text, and "overwrite with my edits" moves every span onto the new text first (as validate --fix
 * does), or refuses, naming the span it cannot find, and leaves the file as it is.
 */
class StaleArticleTest {
    static final String TEXT = "Peskov said the Kremlin would answer. Trump said nothing.";

    @TempDir
    Path dir;

    private static void await(AnnotationSession s, AnnotationSession.SaveState.Kind kind) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (s.state().kind() != kind && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(s.state().kind()).isEqualTo(kind);
    }

    @Test
    void overwritingAfterAnArticleEditAndValidateFixWritesOffsetsOfTheNewText() throws Exception {
        Path project = TestData.project(dir.resolve("p"), "news", TEXT);
        Workspace w = Workspace.open(project, "ana");
        try (AnnotationSession s = w.openSession(w.article("news"))) {
            AnnotationEditor editor = new AnnotationEditor(s);
            editor.mark("ENTITY", "PERSON", 0, 6, true);
            assertThat(s.flush()).isTrue();
            String edited = "MOSCOW (Reuters) - " + TEXT;
            Files.writeString(project.resolve("articles/news.txt"), edited);
            // validate --fix honours the open session's lock and leaves the file alone; another program
            // (a second computer's sync, an editor) moves the span onto the new text instead.
            assertThat(CliRunner.run("validate", project.toString(), "--fix").out())
                    .contains("annotators/ana");
            Path csv = project.resolve("annotators/ana/news.csv");
            Files.writeString(csv, Files.readString(csv).replace(",0,6,Peskov", ",19,25,Peskov"));
            int trump = TEXT.indexOf("Trump");
            editor.mark("ENTITY", "PERSON", trump, trump + 5, true);
            assertThat(s.flush()).isFalse();
            assertThat(s.state().kind()).isEqualTo(AnnotationSession.SaveState.Kind.CONFLICT);

            AnnotationSession.Overwrite o = s.overwriteExternalChange();
            assertThat(o.started()).isTrue();
            assertThat(o.articleReplaced()).isTrue();
            await(s, AnnotationSession.SaveState.Kind.SAVED);
            assertThat(s.article().text()).isEqualTo(edited);
            assertThat(s.current().annotations())
                    .extracting(Annotation::start)
                    .containsExactly(19, edited.indexOf("Trump"));
            assertThat(s.history().canUndo()).isFalse();
        }
        CliRunner.Result validate = CliRunner.run("validate", project.toString());
        assertThat(validate.out()).doesNotContain("annotators/ana");
    }

    @Test
    void aSpanThatIsGoneFromTheEditedArticleRefusesTheOverwriteAndNamesIt() throws Exception {
        Path project = TestData.project(dir.resolve("p"), "news", TEXT);
        Workspace w = Workspace.open(project, "ana");
        try (AnnotationSession s = w.openSession(w.article("news"))) {
            AnnotationEditor editor = new AnnotationEditor(s);
            editor.mark("ENTITY", "PERSON", 0, 6, true);
            assertThat(s.flush()).isTrue();
            byte[] before = Files.readAllBytes(project.resolve("annotators/ana/news.csv"));
            Files.writeString(project.resolve("articles/news.txt"), TEXT.replace("Trump", "He"));
            int trump = TEXT.indexOf("Trump");
            editor.mark("ENTITY", "PERSON", trump, trump + 5, true);
            assertThat(s.flush()).isFalse();
            assertThat(s.state().message()).contains("articles/news.txt was edited by another program");

            AnnotationSession.Overwrite o = s.overwriteExternalChange();
            assertThat(o.started()).isFalse();
            assertThat(o.message()).contains("E2 “Trump”");
            assertThat(Files.readAllBytes(project.resolve("annotators/ana/news.csv")))
                    .isEqualTo(before);
            assertThat(s.current().size()).isEqualTo(2);
            assertThat(s.dirty()).isTrue();
        }
    }
}
