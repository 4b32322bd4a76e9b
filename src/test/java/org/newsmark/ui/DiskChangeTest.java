package org.newsmark.ui;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JDialog;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.cli.CliRunner;
import org.newsmark.model.Annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsmark.ui.FocusAndKeysTest.only;

/**
 * Files changed by another program while the annotator has them open: one question per change,
 * and "Overwrite with my edits" after the article itself was edited (and validate --fix moved the
 * spans) writes offsets of the new article, never of the old one.
 */
@GuiTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DiskChangeTest {
    static final String TITLE = "File changed on disk";

    @TempDir
    Path dir;

    Path project;
    AnnotatorFixture app;

    @BeforeEach
    void setUp() throws Exception {
        project = TestData.project(dir.resolve("p"), "a-news", FocusAndKeysTest.NEWS);
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    private int questionsShowing() {
        return GuiActionRunner.execute(() -> {
            int n = 0;
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w instanceof JDialog d && TITLE.equals(d.getTitle())) {
                    n++;
                }
            }
            return n;
        });
    }

    private static String row(String id, String label, int start, String text) {
        return "a-news,ana," + id + ",ENTITY," + label + "," + start + "," + (start + text.length()) + "," + text
                + ",,,";
    }

    @Test
    void oneChangeOnDiskIsAskedAboutOnce() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.dragSelect("Peskov", 0);
        app.keys(KeyEvent.VK_1);
        app.onDisk(l -> l.size() == 1);
        int trump = FocusAndKeysTest.NEWS.indexOf("Trump");
        TestData.annotations(
                project,
                "ana",
                "a-news",
                row("E1", "PERSON", FocusAndKeysTest.NEWS.indexOf("Peskov"), "Peskov"),
                row("E9", "PERSON", trump, "Trump"));
        app.dragSelect("Kremlin", 0);
        app.keys(KeyEvent.VK_2);
        JOptionPaneFinder.findOptionPane()
                .withTimeout(5000)
                .using(app.robot)
                .buttonWithText("Reload from disk")
                .click();
        Thread.sleep(2000);
        assertThat(questionsShowing()).isZero();
        assertThat(GuiActionRunner.execute(
                        () -> app.window.session().orElseThrow().current().annotations()))
                .extracting(Annotation::text)
                .containsExactly("Peskov", "Trump");
    }

    @Test
    void overwritingAfterTheArticleWasEditedWritesOffsetsOfTheNewArticle() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.dragSelect("Peskov", 0);
        app.keys(KeyEvent.VK_1);
        app.onDisk(l -> l.size() == 1);
        // Another program edits the article, then validate --fix moves the span in the file.
        String edited = "Updated: " + FocusAndKeysTest.NEWS;
        Files.writeString(project.resolve("articles/a-news.txt"), edited);
        TestData.annotations(project, "ana", "a-news", row("E1", "PERSON", edited.indexOf("Peskov"), "Peskov"));
        app.dragSelect("Trump", 0); // offsets of the article as the window shows it
        app.keys(KeyEvent.VK_1);
        JOptionPaneFinder.findOptionPane()
                .withTimeout(5000)
                .using(app.robot)
                .buttonWithText("Overwrite with my edits")
                .click();
        List<Annotation> rows = app.onDisk(l -> l.size() == 2);
        assertThat(only(rows, "E1").start()).isEqualTo(edited.indexOf("Peskov"));
        assertThat(only(rows, "E2").start()).isEqualTo(edited.indexOf("Trump"));
        assertThat(only(rows, "E2").text()).isEqualTo("Trump");
        CliRunner.Result validate = CliRunner.run("validate", project.toString());
        assertThat(validate.out()).doesNotContain("annotators/ana");
        assertThat(GuiActionRunner.execute(() -> app.text().target().getText())).isEqualTo(edited);
    }
}
