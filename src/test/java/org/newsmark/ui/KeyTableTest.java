package org.newsmark.ui;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.swing.JMenuItem;
import javax.swing.JTable;
import javax.swing.KeyStroke;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** The menus, Help → Keys and Edit → Keys… are the key table: shown, rebound, refused, reset. */
@GuiTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class KeyTableTest {
    @TempDir
    Path dir;

    Path project;
    AnnotatorFixture app;

    @BeforeEach
    void setUp() throws Exception {
        project = TestData.project(dir.resolve("p"), "a-news", FocusAndKeysTest.NEWS, "b-other", "Kyiv and Kharkiv.");
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    private String article() {
        return GuiActionRunner.execute(() -> app.window.article().id());
    }

    @Test
    void everyActionIsInTheMenusWithItsKeyAndInHelpKeys() {
        app = AnnotatorFixture.start(project, "ana");
        KeyBindings bindings = app.window.bindings();
        for (KeyTable.Action a : bindings.table().actions()) {
            JMenuItem item = app.frame.menuItem(a.id()).target();
            KeyStroke shown = GuiActionRunner.execute(item::getAccelerator);
            assertThat(shown)
                    .as(a.id())
                    .isEqualTo(a.keys().isEmpty() ? null : a.keys().get(0));
        }
        app.frame.menuItem("keyHelp").click();
        DialogFixture keys = WindowFinder.findDialog("keys").withTimeout(5000).using(app.robot);
        JTable table = keys.table("keysTable").target();
        assertThat(GuiActionRunner.execute(table::getRowCount))
                .isEqualTo(bindings.table().actions().size()
                        + bindings.table().gestures().size());
        keys.button("closeKeys").click();
    }

    @Test
    void aNewKeyWorksAClashIsRefusedAndResetRestoresTheTable() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.frame.menuItem("keys").click();
        DialogFixture keys =
                WindowFinder.findDialog("editKeys").withTimeout(5000).using(app.robot);
        selectAction(keys, "Next article");
        keys.button("changeKey").click();
        WindowFinder.findDialog("captureKey").withTimeout(5000).using(app.robot);
        app.robot.pressAndReleaseKey(KeyEvent.VK_N, InputEvent.CTRL_MASK);
        assertThat(keys.label("keysMessage").text()).isEqualTo("Next article is now Ctrl+N");
        selectAction(keys, "Previous article");
        keys.button("changeKey").click();
        WindowFinder.findDialog("captureKey").withTimeout(5000).using(app.robot);
        app.robot.pressAndReleaseKey(KeyEvent.VK_Z, InputEvent.CTRL_MASK);
        JOptionPaneFinder.findOptionPane()
                .withTimeout(5000)
                .using(app.robot)
                .requireMessage("Ctrl+Z is already the key of “Undo”")
                .okButton()
                .click();
        keys.button("closeKeys").click();

        app.text().focus();
        app.pressWith(InputEvent.CTRL_MASK, KeyEvent.VK_PAGE_DOWN);
        assertThat(article()).isEqualTo("a-news");
        app.pressWith(InputEvent.CTRL_MASK, KeyEvent.VK_N);
        assertThat(article()).isEqualTo("b-other");
        assertThat(new Prefs(app.node).key("next")).contains("ctrl pressed N");
        assertThat(GuiActionRunner.execute(
                        () -> app.frame.menuItem("next").target().getAccelerator()))
                .isEqualTo(KeyStroke.getKeyStroke(KeyEvent.VK_N, InputEvent.CTRL_DOWN_MASK));

        app.frame.menuItem("keys").click();
        keys = WindowFinder.findDialog("editKeys").withTimeout(5000).using(app.robot);
        keys.button("resetKeys").click();
        keys.button("closeKeys").click();
        assertThat(new Prefs(app.node).key("next")).isEmpty();
        app.text().focus();
        app.pressWith(InputEvent.CTRL_MASK, KeyEvent.VK_PAGE_UP);
        assertThat(article()).isEqualTo("a-news");
    }

    private void selectAction(DialogFixture keys, String name) {
        JTable t = keys.table("keysTable").target();
        int row = GuiActionRunner.execute(() -> {
            for (int r = 0; r < t.getRowCount(); r++) {
                if (name.equals(t.getValueAt(r, 1))) {
                    return r;
                }
            }
            return -1;
        });
        keys.table("keysTable").selectRows(row);
    }
}
