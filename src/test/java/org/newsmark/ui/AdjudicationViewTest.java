package org.newsmark.ui;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.cli.CliRunner;
import org.newsmark.model.Annotation;

import static org.assertj.core.api.Assertions.assertThat;

/** The adjudication view: the annotators' spans accepted into gold with the keyboard, undone, saved. */
@GuiTest
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class AdjudicationViewTest {
    @TempDir
    Path dir;

    Path project;
    AnnotatorFixture app;

    @BeforeEach
    void setUp() throws Exception {
        project = TestData.bundledCopy(dir.resolve("p"));
        try (var files = Files.walk(project.resolve("gold"))) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    private int candidates() {
        return GuiActionRunner.execute(
                () -> app.frame.table("candidates").target().getRowCount());
    }

    @Test
    void acceptsSpansIntoGoldWithUndoAndTheGoldValidates() throws Exception {
        app = AnnotatorFixture.start(project, "gold");
        assertThat(app.window.getTitle()).contains("gold (adjudication)");
        int before = candidates();
        assertThat(before).isGreaterThan(100);
        app.frame.table("candidates").selectRows(0);
        app.frame.table("candidates").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        List<Annotation> one = app.onDisk(l -> l.size() == 1);
        assertThat(one.get(0).id()).isEqualTo("E1");
        assertThat(candidates()).isLessThan(before);
        assertThat(app.file())
                .isEqualTo(project.resolve("gold").resolve(app.article().id() + ".csv"));

        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_Z);
        app.onDisk(List::isEmpty);
        assertThat(candidates()).isEqualTo(before);

        app.frame.button("acceptAgreed").click();
        List<Annotation> agreed = app.onDisk(l -> l.size() > 50);
        assertThat(agreed).anyMatch(a -> a.layer().equals("QUOTE") && !a.links().isEmpty());
        assertThat(app.statusMessage()).startsWith("Accepted " + agreed.size() + " spans into gold");
        app.frame.button("acceptAll-ana").click();
        app.onDisk(l -> l.size() > agreed.size());
        app.closeWindow();
        CliRunner.Result validate = CliRunner.run("validate", project.toString());
        assertThat(validate.out()).doesNotContain("gold/");
    }
}
