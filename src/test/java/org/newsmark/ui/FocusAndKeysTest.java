package org.newsmark.ui;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JSpinner;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.model.Annotation;
import org.newsmark.model.Link;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys reach what they are meant for: after an inspector action the next annotating key works in
 * the text and never lands in a filter box; article keys work from the text and the table; label
 * keys work in the annotation table.
 */
@GuiTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FocusAndKeysTest {
    static final String NEWS = "The Kremlin said Russia's strikes on Kharkiv would pause, Peskov said.\n\n"
            + "The US-aided talks resume in Abu Dhabi on Sunday, Trump said.";

    @TempDir
    Path dir;

    Path project;
    AnnotatorFixture app;

    @BeforeEach
    void setUp() throws Exception {
        project = TestData.project(dir.resolve("p"), "a-news", NEWS, "b-other", "Kyiv and Kharkiv. Later, Kyiv again.");
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    static Annotation only(List<Annotation> rows, String id) {
        return rows.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    /** Kremlin (ORGANIZATION, E1), Kharkiv (GPE, E2) and the event "strikes" (ATTACK, V1), which stays selected. */
    static void markStrikes(AnnotatorFixture app) throws Exception {
        app.dragSelect("Kremlin", 0);
        app.keys(KeyEvent.VK_2);
        app.dragSelect("Kharkiv", 0);
        app.keys(KeyEvent.VK_3);
        app.keys(KeyEvent.VK_V);
        app.dragSelect("strikes", 0);
        app.keys(KeyEvent.VK_1);
        app.onDisk(l -> l.size() == 3);
    }

    private String filter() {
        return GuiActionRunner.execute(
                () -> app.frame.textBox("articleFilter").target().getText());
    }

    private boolean layerShown(String layer) {
        return GuiActionRunner.execute(
                () -> app.frame.toggleButton("layer-" + layer).target().isSelected());
    }

    @Test
    void aLayerKeyAfterUnlinkingInTheInspectorSwitchesTheLayerInsteadOfFilteringArticles() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        markStrikes(app);
        app.keys(KeyEvent.VK_P);
        app.clickOn("Kharkiv", 0);
        app.onDisk(l -> only(l, "V1").links().equals(List.of(new Link("place", "E2"))));
        app.frame.button("unlink-place-E2").click();
        app.onDisk(l -> only(l, "V1").links().isEmpty());
        app.press(KeyEvent.VK_E);
        assertThat(filter()).isEmpty();
        assertThat(layerShown("ENTITY")).isTrue();
        assertThat(GuiActionRunner.execute(() -> app.window.article().id())).isEqualTo("a-news");
    }

    @Test
    void aLayerKeyAfterEnterInASpanBoxSwitchesTheLayer() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.dragSelect("Kremlin", 0);
        app.keys(KeyEvent.VK_2);
        app.onDisk(l -> l.size() == 1);
        JSpinner spinner = app.frame.spinner("inspectorStart").target();
        JTextComponentFixture start =
                new JTextComponentFixture(app.robot, ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField());
        start.click();
        app.pressWith(InputEvent.CTRL_MASK, KeyEvent.VK_A);
        app.press(KeyEvent.VK_0, KeyEvent.VK_ENTER);
        app.onDisk(l -> l.size() == 1 && l.get(0).text().equals("The Kremlin"));
        app.press(KeyEvent.VK_V);
        assertThat(filter()).isEmpty();
        assertThat(layerShown("EVENT")).isTrue();
    }

    @Test
    void aLayerKeyAfterChoosingALinkTargetSwitchesTheLayer() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        markStrikes(app);
        app.robot.click(app.robot.finder().findByName(app.window, "choose-place"));
        app.robot.waitForIdle();
        app.clickListItem("Kharkiv");
        app.onDisk(l -> only(l, "V1").links().equals(List.of(new Link("place", "E2"))));
        app.press(KeyEvent.VK_E);
        assertThat(filter()).isEmpty();
        assertThat(layerShown("ENTITY")).isTrue();
    }

    @Test
    void ctrlPageDownAndUpMoveBetweenArticlesFromTheTextAndFromTheTable() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.text().focus();
        app.pressWith(InputEvent.CTRL_MASK, KeyEvent.VK_PAGE_DOWN);
        assertThat(GuiActionRunner.execute(() -> app.window.article().id())).isEqualTo("b-other");
        app.dragSelect("Kyiv", 0);
        app.keys(KeyEvent.VK_3);
        app.onDisk(l -> l.size() == 1);
        app.frame.table("annotations").cell("E1").click();
        app.pressWith(InputEvent.CTRL_MASK, KeyEvent.VK_PAGE_UP);
        assertThat(GuiActionRunner.execute(() -> app.window.article().id())).isEqualTo("a-news");
    }

    @Test
    void labelKeysRelabelTheAnnotationSelectedInTheTable() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.dragSelect("Kremlin", 0);
        app.keys(KeyEvent.VK_1);
        app.onDisk(l -> l.size() == 1 && l.get(0).label().equals("PERSON"));
        app.frame.table("annotations").cell("E1").click();
        app.press(KeyEvent.VK_2);
        app.onDisk(l -> l.size() == 1 && l.get(0).label().equals("ORGANIZATION"));
    }
}
