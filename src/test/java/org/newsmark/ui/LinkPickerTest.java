package org.newsmark.ui;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.model.Annotation;
import org.newsmark.model.Link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsmark.ui.FocusAndKeysTest.only;

/** Choosing a link target: typing filters, arrows move, only Enter or a click saves, Esc cancels. */
@GuiTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LinkPickerTest {
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

    private void open(String role) {
        app.robot.click(app.robot.finder().findByName(app.window, "choose-" + role));
        app.robot.waitForIdle();
    }

    @Test
    void typingALetterFiltersTheTargetsAndOnlyEnterSavesTheLink() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        FocusAndKeysTest.markStrikes(app);
        open("place");
        app.press(KeyEvent.VK_K);
        assertThat(only(app.onDiskAfterPause(), "V1").links()).isEmpty();
        app.press(KeyEvent.VK_H);
        assertThat(only(app.onDiskAfterPause(), "V1").links()).isEmpty();
        app.press(KeyEvent.VK_ENTER);
        List<Annotation> rows = app.onDisk(l -> !only(l, "V1").links().isEmpty());
        assertThat(only(rows, "V1").links()).containsExactly(new Link("place", "E2"));
    }

    @Test
    void arrowsMoveWithoutSavingAndEscCancelsAndGivesTheKeysBackToTheText() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        FocusAndKeysTest.markStrikes(app);
        open("time");
        app.press(KeyEvent.VK_DOWN);
        assertThat(only(app.onDiskAfterPause(), "V1").links()).isEmpty();
        app.press(KeyEvent.VK_DOWN, KeyEvent.VK_ESCAPE);
        assertThat(only(app.onDiskAfterPause(), "V1").links()).isEmpty();
        assertThat(app.focusOwnerName()).isEqualTo("text");
        app.press(KeyEvent.VK_2); // relabel the selected event: the key reaches the text
        app.onDisk(l -> only(l, "V1").label().equals("REQUEST"));
    }
}
