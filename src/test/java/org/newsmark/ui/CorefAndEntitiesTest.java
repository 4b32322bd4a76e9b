package org.newsmark.ui;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.model.Annotation;
import org.newsmark.model.Link;
import org.newsmark.model.Spans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsmark.ui.FocusAndKeysTest.only;

/**
 * Coreference in the annotator: with a mention selected, C then a click on an earlier mention
 * (or C again and a name typed in the list) links them, and the file on disk has the link; the
 * Entities tab lists the chains with canonical name and mention count and outlines every mention
 * of the one picked, giving the keys back to the text; the form of a mention (pronoun) is chosen
 * from the schema's values; a quote's speaker “he” is shown by its
 * entity's name; undo takes each step back, on disk too.
 */
@GuiTest
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class CorefAndEntitiesTest {
    static final String NEWS = "Dmitry Peskov spoke in Moscow on Friday.\n\n"
            + "\"The truce holds,\" he said. The Kremlin spokesman Peskov later added that talks would go on.";

    @TempDir
    Path dir;

    AnnotatorFixture app;

    @BeforeEach
    void setUp() throws Exception {
        Path project = TestData.project(dir.resolve("p"), "peskov", NEWS);
        app = AnnotatorFixture.start(project, "ana");
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    private static List<String> coref(List<Annotation> rows, String id) {
        return only(rows, id).targets("coref");
    }

    private JTableFixture entities() {
        app.frame.tabbedPane("bottomTabs").selectTab("Entities");
        app.robot.waitForIdle();
        return app.frame.table("entities");
    }

    @Test
    void theRoleKeyLinksAMentionToAnEarlierOneAndTheEntitiesTabShowsTheChain() throws Exception {
        app.dragSelect("Dmitry Peskov", 0);
        app.keys(KeyEvent.VK_1);
        app.dragSelect("he", app.find("holds", 0)[1]);
        app.keys(KeyEvent.VK_1);
        app.onDisk(l -> l.size() == 2);
        // C, then a click on the earlier mention.
        app.keys(KeyEvent.VK_C);
        assertThat(app.statusMessage()).contains("coref of E2");
        app.clickOn("Dmitry Peskov", 0);
        app.onDisk(l -> coref(l, "E2").equals(List.of("E1")));
        // The form of the mention, chosen in the inspector from the schema's values (3: pronoun).
        app.robot.click(app.robot.finder().findByName(app.window, "attribute-mention"));
        app.robot.waitForIdle();
        app.press(KeyEvent.VK_3);
        app.onDisk(l -> "pronoun".equals(only(l, "E2").attributes().get("mention")));
        assertThat(app.focusOwnerName()).isEqualTo("text");

        // C twice opens the list; typing the name finds the mentions of that entity.
        int later = app.find("spokesman", 0)[1];
        app.dragSelect("Peskov", later);
        app.keys(KeyEvent.VK_1);
        app.onDisk(l -> l.size() == 3);
        app.keys(KeyEvent.VK_C, KeyEvent.VK_C);
        app.press(KeyEvent.VK_D, KeyEvent.VK_M, KeyEvent.VK_I);
        assertThat(coref(app.onDiskAfterPause(), "E3"))
                .as("nothing is linked before Enter")
                .isEmpty();
        app.press(KeyEvent.VK_ENTER);
        List<Annotation> rows = app.onDisk(l -> !coref(l, "E3").isEmpty());
        assertThat(coref(rows, "E3")).isSubsetOf("E1", "E2").hasSize(1);
        assertThat(app.focusOwnerName()).isEqualTo("text");

        // The quote's speaker is the pronoun; the table and the inspector name the entity.
        app.keys(KeyEvent.VK_Q);
        app.dragSelect("\"The truce holds,\"", 0);
        app.keys(KeyEvent.VK_1);
        app.keys(KeyEvent.VK_S);
        app.clickOn("he", app.find("holds", 0)[1]);
        app.onDisk(l -> only(l, "Q1").links().equals(List.of(new Link("speaker", "E2"))));
        assertThat(GuiActionRunner.execute(
                        () -> app.frame.button("link-speaker-E2").target().getText()))
                .isEqualTo("Dmitry Peskov (“he”, E2)");
        JTableFixture annotations = app.frame.table("annotations");
        assertThat(annotations.cell(Pattern.compile("speaker=E2.*")).value()).isEqualTo("speaker=E2 (Dmitry Peskov)");

        // One entity of three mentions, named by its longest name; picking it outlines all three.
        JTableFixture list = entities();
        assertThat(list.rowCount()).isEqualTo(1);
        assertThat(list.valueAt(TableCell.row(0).column(0))).isEqualTo("Dmitry Peskov");
        assertThat(list.valueAt(TableCell.row(0).column(1))).isEqualTo("PERSON");
        assertThat(list.valueAt(TableCell.row(0).column(2))).isEqualTo("3");
        list.cell(TableCell.row(0).column(0)).click();
        app.robot.waitForIdle();
        assertThat(highlights())
                .containsExactly(span("Dmitry Peskov", 0), span("he", app.find("holds", 0)[1]), span("Peskov", later));
        assertThat(app.focusOwnerName()).as("the keys go back to the text").isEqualTo("text");
        Screenshots.window(app.window, Path.of("target", "entities.png"));

        // Undo: the speaker link, the quote, the second coref link, each on disk.
        app.keyWith(AnnotatorFixture.ctrl(), KeyEvent.VK_Z);
        app.onDisk(l -> only(l, "Q1").links().isEmpty());
        app.keyWith(AnnotatorFixture.ctrl(), KeyEvent.VK_Z);
        app.onDisk(l -> l.size() == 3);
        app.keyWith(AnnotatorFixture.ctrl(), KeyEvent.VK_Z);
        rows = app.onDisk(l -> coref(l, "E3").isEmpty());
        assertThat(coref(rows, "E2")).containsExactly("E1");
        app.robot.waitForIdle();
        assertThat(entities().rowCount())
                .as("Peskov of the spokesman is an entity of its own again")
                .isEqualTo(2);
        assertThat(highlights())
                .as("the picked entity is still outlined, now with two mentions")
                .hasSize(2);
    }

    @Test
    void linkingFromTheEarlierMentionLinksTheLaterOneToItAndOneEntityIsNotLinkedTwice() throws Exception {
        app.dragSelect("he", app.find("holds", 0)[1]);
        app.keys(KeyEvent.VK_1);
        app.dragSelect("Dmitry Peskov", 0);
        app.keys(KeyEvent.VK_1);
        app.onDisk(l -> l.size() == 2);
        // E2 (Dmitry Peskov) is selected and comes first: the link goes from "he" (E1) to it.
        app.keys(KeyEvent.VK_C);
        app.clickOn("he", app.find("holds", 0)[1]);
        List<Annotation> rows = app.onDisk(l -> !coref(l, "E1").isEmpty());
        assertThat(coref(rows, "E1")).containsExactly("E2");
        assertThat(coref(rows, "E2")).isEmpty();
        // Linking them again, either way, is refused: they are one entity already (no cycle).
        app.keys(KeyEvent.VK_C);
        app.clickOn("Dmitry Peskov", 0);
        assertThat(app.statusMessage()).contains("already one entity");
        rows = app.onDiskAfterPause();
        assertThat(coref(rows, "E1")).containsExactly("E2");
        assertThat(coref(rows, "E2")).isEmpty();
    }

    private List<Spans.Range> highlights() {
        return GuiActionRunner.execute(() -> ((TextView) app.text().target()).highlights());
    }

    private Spans.Range span(String piece, int from) {
        int[] r = app.find(piece, from);
        return new Spans.Range(r[0], r[1]);
    }
}
