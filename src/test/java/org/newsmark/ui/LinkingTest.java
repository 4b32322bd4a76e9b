package org.newsmark.ui;

import java.awt.Point;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JList;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.model.Link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsmark.ui.FocusAndKeysTest.only;

/**
 * Linking as brat users expect: drag from one annotation to another; a chooser offers only the
 * roles valid between them (with their keys), one valid role is linked at once, every link is
 * one undoable edit; hovering a linked annotation draws its arcs.
 */
@GuiTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LinkingTest {
    static final String TEXT = "\"We will answer,\" Peskov said on Friday in Moscow, where the talks failed.";

    @TempDir
    Path dir;

    Path project;
    AnnotatorFixture app;

    @BeforeEach
    void setUp() throws Exception {
        project = TestData.project(dir.resolve("p"), "news", TEXT);
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    private void markEntitiesAndQuote() throws Exception {
        app.dragSelect("Peskov", 0);
        app.keys(KeyEvent.VK_1);
        app.dragSelect("Moscow", 0);
        app.keys(KeyEvent.VK_3);
        app.keys(KeyEvent.VK_Q);
        app.dragSelect("\"We will answer,\"", 0);
        app.keys(KeyEvent.VK_1);
        app.onDisk(l -> l.size() == 3);
    }

    @Test
    void draggingFromAQuoteToItsSpeakerLinksAtOnceAsOneUndoableEdit() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        markEntitiesAndQuote();
        app.pauseForNewClick();
        app.dragFromTo("We will", 0, "Peskov", 0); // Q1 is selected: drag from it to Peskov
        List<Link> links =
                only(app.onDisk(l -> !only(l, "Q1").links().isEmpty()), "Q1").links();
        assertThat(links).containsExactly(new Link("speaker", "E1"));
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_Z);
        assertThat(app.onDisk(l -> only(l, "Q1").links().isEmpty())).hasSize(3);
    }

    @Test
    void draggingFromAnEventToAnEntityOffersOnlyTheValidRolesWithTheirKeys() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        markEntitiesAndQuote();
        app.keys(KeyEvent.VK_V);
        app.dragSelect("failed", 0);
        app.keys(KeyEvent.VK_7);
        app.onDisk(l -> l.size() == 4);
        app.pauseForNewClick();
        app.dragFromTo("failed", 0, "Moscow", 0);
        JList<?> chooser = (JList<?>) app.robot.finder().findByName("pickerList");
        List<String> rows = GuiActionRunner.execute(() -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < chooser.getModel().getSize(); i++) {
                out.add(String.valueOf(chooser.getModel().getElementAt(i)));
            }
            return out;
        });
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).startsWith("A").contains("agent:", "V1 → E2");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("P").contains("place:"));
        app.press(KeyEvent.VK_P);
        assertThat(only(app.onDisk(l -> !only(l, "V1").links().isEmpty()), "V1").links())
                .containsExactly(new Link("place", "E2"));

        app.pauseForNewClick();
        app.dragFromTo("failed", 0, "Peskov", 0);
        app.robot.finder().findByName("pickerList");
        app.press(KeyEvent.VK_ESCAPE);
        assertThat(only(app.onDiskAfterPause(), "V1").links()).containsExactly(new Link("place", "E2"));
        assertThat(app.focusOwnerName()).isEqualTo("text");
    }

    @Test
    void hoveringALinkedAnnotationDrawsItsArcs() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        markEntitiesAndQuote();
        app.keys(KeyEvent.VK_S);
        app.clickOn("Peskov", 0);
        app.onDisk(l -> !only(l, "Q1").links().isEmpty());
        app.keys(KeyEvent.VK_ESCAPE); // nothing selected
        int[] peskov = app.find("Peskov", 0);
        Point a = app.pointAt(peskov[0], false);
        Point b = app.pointAt(peskov[1], true);
        app.robot.moveMouse(
                new Point(a.x - 40, a.y + 60)); // off Peskov first: a move to where the mouse is moves nothing
        app.robot.moveMouse(new Point((a.x + b.x) / 2 + 1, a.y));
        app.robot.waitForIdle();
        TextView view = (TextView) app.text().target();
        assertThat(GuiActionRunner.execute(view::hoveredId)).isEqualTo("E1");
        GuiActionRunner.execute(() -> view.paintImmediately(view.getVisibleRect()));
        assertThat(GuiActionRunner.execute(view::linkShapes))
                .extracting(TextView.LinkShape::role)
                .containsExactly("speaker");
    }
}
