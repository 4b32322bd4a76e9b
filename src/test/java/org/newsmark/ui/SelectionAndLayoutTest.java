package org.newsmark.ui;

import java.awt.Point;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsmark.ui.FocusAndKeysTest.only;

/**
 * One snapping rule for double-click, drag and boundary keys (the possessive and a hyphenated
 * modifier stay outside the name, as guidelines/entities.md says); Ctrl+drag selects without
 * snapping; the text does not move when the layer changes.
 */
@GuiTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SelectionAndLayoutTest {
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

    @Test
    void doubleClickDragAndBoundaryKeysFollowTheSameTokens() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.doubleClickOn("Russia's", 0);
        app.keys(KeyEvent.VK_3);
        assertThat(only(app.onDisk(l -> l.size() == 1), "E1").text()).isEqualTo("Russia");
        app.pauseForNewClick();
        app.doubleClickOn("US", app.find("US-aided", 0)[0]); // on "US" of "US-aided"
        app.keys(KeyEvent.VK_3);
        assertThat(only(app.onDisk(l -> l.size() == 2), "E2").text()).isEqualTo("US");
        int[] kharkiv = app.find("Kharkiv", 0);
        app.dragSelect(kharkiv[0] + 1, kharkiv[0] + 4); // "har"
        app.keys(KeyEvent.VK_3);
        assertThat(only(app.onDisk(l -> l.size() == 3), "E3").text()).isEqualTo("Kharkiv");

        app.pauseForNewClick();
        app.clickOn("Russia", 0);
        app.keyWith(InputEvent.SHIFT_MASK, KeyEvent.VK_RIGHT); // the end takes in the possessive token
        app.onDisk(l -> only(l, "E1").text().equals("Russia's"));
        app.keyWith(InputEvent.SHIFT_MASK, KeyEvent.VK_LEFT); // and gives it back whole, never "Russia'"
        app.onDisk(l -> only(l, "E1").text().equals("Russia"));
    }

    @Test
    void ctrlDragSelectsWithoutSnapping() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        int[] peskov = app.find("Peskov", 0);
        app.dragSelectHolding(KeyEvent.VK_CONTROL, peskov[0], peskov[0] + 4);
        app.keys(KeyEvent.VK_1);
        assertThat(app.onDisk(l -> l.size() == 1).get(0).text()).isEqualTo("Pesk");
        app.dragSelect(peskov[0], peskov[0] + 4); // snapping is on again for the next selection
        app.keys(KeyEvent.VK_1);
        assertThat(only(app.onDisk(l -> l.size() == 2), "E2").text()).isEqualTo("Peskov");
    }

    private Point textOnScreen() {
        return GuiActionRunner.execute(() -> app.text().target().getParent().getLocationOnScreen());
    }

    @Test
    void theTextStaysPutWhenTheLayerChanges() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.dragSelect("strikes", 0);
        app.keys(KeyEvent.VK_V, KeyEvent.VK_1);
        app.onDisk(l -> l.size() == 1);
        // Palettes wrap differently at different widths: try the window at several.
        for (int width : new int[] {900, 1000, 1100, 1200, 1280, 1400}) {
            GuiActionRunner.execute(() -> app.window.setSize(width, app.window.getHeight()));
            app.robot.waitForIdle();
            app.keys(KeyEvent.VK_E);
            Point start = textOnScreen();
            for (int key : new int[] {KeyEvent.VK_V, KeyEvent.VK_Q, KeyEvent.VK_V, KeyEvent.VK_E}) {
                app.keys(key);
                assertThat(textOnScreen())
                        .as("width %d, after key %s", width, KeyEvent.getKeyText(key))
                        .isEqualTo(start);
            }
            app.pauseForNewClick();
            app.clickOn("strikes", 0); // selecting an event switches to the events layer
            assertThat(GuiActionRunner.execute(() -> app.window.layer())).isEqualTo("EVENT");
            assertThat(textOnScreen())
                    .as("width %d, after clicking an event", width)
                    .isEqualTo(start);
        }
    }
}
