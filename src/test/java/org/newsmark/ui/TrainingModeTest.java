package org.newsmark.ui;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.swing.JTabbedPane;
import javax.swing.JTable;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** Training mode: the reference stays hidden until the trainee marks the article done, then the differences show. */
@GuiTest
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class TrainingModeTest {
    static final String DOC = "kyiv-strikes-pause-2026-01-30";

    @TempDir
    Path dir;

    Path project;
    AnnotatorFixture app;

    @BeforeEach
    void setUp() throws Exception {
        project = TestData.bundledCopy(dir.resolve("p"));
        Path trainee = Files.createDirectories(project.resolve("annotators/tess"));
        String ana = Files.readString(project.resolve("annotators/ana/" + DOC + ".csv"));
        Files.writeString(trainee.resolve(DOC + ".csv"), ana.replace("," + "ana,", ",tess,"));
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    private boolean feedbackShown() {
        return GuiActionRunner.execute(() -> {
            JTabbedPane tabs = (JTabbedPane) app.robot.finder().findByName(app.window, "bottomTabs");
            return tabs.indexOfTab("Feedback") >= 0;
        });
    }

    @Test
    void theReferenceIsHiddenUntilDoneThenTheDifferencesShow() {
        app = AnnotatorFixture.start(project, "tess");
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_K);
        JOptionPaneFinder.findOptionPane()
                .withTimeout(5000)
                .using(app.robot)
                .requireMessage(
                        "Mark the article done first (Article → Done, Ctrl+D).\nThe reference stays hidden until you have finished.")
                .okButton()
                .click();
        assertThat(feedbackShown()).isFalse();

        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_D);
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_K);
        assertThat(feedbackShown()).isTrue();
        int rows = GuiActionRunner.execute(
                () -> app.frame.table("findings").target().getRowCount());
        assertThat(rows).isGreaterThan(5);
        assertThat(app.frame.label("scoreCard").text()).contains("Score against gold", "Entities", "speakers");
        String kinds = GuiActionRunner.execute(() -> {
            StringBuilder b = new StringBuilder();
            JTable t = app.frame.table("findings").target();
            for (int r = 0; r < t.getRowCount(); r++) {
                b.append(t.getValueAt(r, 0))
                        .append('|')
                        .append(t.getValueAt(r, 3))
                        .append('\n');
            }
            return b.toString();
        });
        assertThat(kinds).contains("missed", "boundary", ".md#");
        app.frame.table("findings").selectRows(0);

        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_D); // reopen: the reference is hidden again
        assertThat(feedbackShown()).isFalse();
    }
}
