package org.newsmark.ui;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
import org.newsmark.model.Annotation;
import org.newsmark.model.Link;

import static org.assertj.core.api.Assertions.assertThat;

/** The annotator driven with real mouse and keyboard events; every check reads the file on disk. */
@GuiTest
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class AnnotatorWindowTest {
    static final String TEXT = "Peskov said \"Putin agreed to the truce\" in Moscow on Friday.\n\n"
            + "Putin met Trump in Moscow. Moscow was cold \uD83D\uDE00 and Kyiv too.";

    @TempDir
    Path dir;

    Path project;
    AnnotatorFixture app;

    @BeforeEach
    void setUp() throws Exception {
        project = TestData.project(dir.resolve("p"), "talks", TEXT);
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    private static Annotation only(List<Annotation> rows, String id) {
        return rows.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void createsAnEntityByDragSelectAndAKey() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        int[] r = app.find("Peskov", 0);
        app.dragSelect(r[0], r[0] + 4); // "Pesk": snaps to the whole word
        app.keys(KeyEvent.VK_1);
        List<Annotation> rows = app.onDisk(l -> l.size() == 1);
        assertThat(rows.get(0)).isEqualTo(Annotation.span("E1", "ENTITY", "PERSON", 0, 6, "Peskov"));
        assertThat(Files.readString(app.file()))
                .startsWith(
                        "doc,annotator,id,layer,label,start,end,text,links,attributes,note\ntalks,ana,E1,ENTITY,PERSON,0,6,Peskov,,,\n");
    }

    @Test
    void offsetsAfterAnEmojiAreCodePoints() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.dragSelect("Kyiv", 0);
        app.keys(KeyEvent.VK_3);
        List<Annotation> rows = app.onDisk(l -> l.size() == 1);
        int expected = TEXT.codePointCount(0, TEXT.indexOf("Kyiv"));
        assertThat(rows.get(0).start()).isEqualTo(expected);
        assertThat(rows.get(0).text()).isEqualTo("Kyiv");
    }

    @Test
    void offsetsAfterEmojiInALargeArticleAreCodePoints() throws Exception {
        String filler = "Officials met again \uD83D\uDE00 in the capital.\n".repeat(1200);
        String text = filler + "Finally Kyiv said \u2744\uFE0F no.";
        TestData.project(dir.resolve("big"), "long", text);
        app = AnnotatorFixture.start(dir.resolve("big"), "ana");
        app.dragSelect("Kyiv", text.codePointCount(0, filler.length()));
        app.keys(KeyEvent.VK_3);
        List<Annotation> rows = app.onDisk(l -> l.size() == 1);
        assertThat(rows.get(0).start()).isEqualTo(text.codePointCount(0, text.indexOf("Kyiv")));
        assertThat(rows.get(0).text()).isEqualTo("Kyiv");
    }

    @Test
    void linksAQuoteToItsSpeaker() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.markPeskovQuoteWithSpeaker();
        List<Annotation> rows =
                app.onDisk(l -> l.size() == 2 && !only(l, "Q1").links().isEmpty());
        Annotation quote = only(rows, "Q1");
        assertThat(quote.label()).isEqualTo("DIRECT");
        assertThat(quote.text()).isEqualTo("\"Putin agreed to the truce\"");
        assertThat(quote.links()).containsExactly(new Link("speaker", "E1"));
        assertThat(Files.readString(app.file())).contains(",speaker=E1,");
    }

    @Test
    void createsAnEventWithTwoArguments() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        int second = app.find("Putin met", 0)[0];
        app.dragSelect("Putin", second);
        app.keys(KeyEvent.VK_1);
        app.dragSelect("Trump", 0);
        app.keys(KeyEvent.VK_1);
        app.keys(KeyEvent.VK_V);
        app.dragSelect("met", 0);
        app.keys(KeyEvent.VK_4);
        app.keys(KeyEvent.VK_A);
        app.clickOn("Putin", second);
        app.clickOn("met", 0);
        app.keys(KeyEvent.VK_T);
        app.clickOn("Trump", 0);
        List<Annotation> rows =
                app.onDisk(l -> l.size() == 3 && only(l, "V1").links().size() == 2);
        Annotation event = only(rows, "V1");
        assertThat(event.label()).isEqualTo("MEETING");
        assertThat(event.links()).containsExactly(new Link("agent", "E1"), new Link("target", "E2"));
    }

    @Test
    void relabelsMovesBoundariesAndDeletesWithLinkCleanUpEachUndoable() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.dragSelect("Moscow", 0);
        app.keys(KeyEvent.VK_1);
        app.onDisk(l -> l.size() == 1 && l.get(0).label().equals("PERSON"));
        app.keys(KeyEvent.VK_3); // relabel the selected annotation
        app.onDisk(l -> l.size() == 1 && l.get(0).label().equals("GPE"));
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_Z);
        app.onDisk(l -> l.size() == 1 && l.get(0).label().equals("PERSON"));
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_Y);
        app.onDisk(l -> l.size() == 1 && l.get(0).label().equals("GPE"));

        app.keyWith(InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK, KeyEvent.VK_LEFT); // start one word left
        app.onDisk(l -> l.size() == 1 && l.get(0).text().equals("in Moscow"));
        app.keyWith(InputEvent.SHIFT_MASK, KeyEvent.VK_RIGHT); // end one word right
        app.onDisk(l -> l.size() == 1 && l.get(0).text().equals("in Moscow on"));
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_Z);
        app.onDisk(l -> l.size() == 1 && l.get(0).text().equals("in Moscow"));
        app.keyWith(InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK, KeyEvent.VK_Z); // redo, second key
        app.onDisk(l -> l.size() == 1 && l.get(0).text().equals("in Moscow on"));
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_Z);
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_Z);
        app.onDisk(l -> l.size() == 1 && l.get(0).text().equals("Moscow"));

        app.markPeskovQuoteWithSpeaker();
        app.onDisk(l -> l.size() == 3 && only(l, "Q1").links().size() == 1);
        app.pauseForNewClick(); // a second click at once would be a double-click, which selects the word
        app.clickOn("Peskov", 0);
        app.keys(KeyEvent.VK_DELETE);
        JOptionPaneFinder.findOptionPane()
                .withTimeout(5000)
                .using(app.robot)
                .requireMessage("E2 is the target of 1 link. Delete it and remove that link?")
                .okButton()
                .click();
        List<Annotation> after = app.onDisk(l -> l.size() == 2);
        assertThat(after).extracting(Annotation::id).containsExactly("Q1", "E1");
        assertThat(only(after, "Q1").links()).isEmpty();
        assertThat(app.statusMessage()).isEqualTo("Deleted E2 and 1 link to it");
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_Z);
        List<Annotation> back = app.onDisk(l -> l.size() == 3);
        assertThat(only(back, "Q1").links()).containsExactly(new Link("speaker", "E2"));
    }

    @Test
    void marksAllOccurrencesAsOneUndoStep() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.dragSelect("Moscow", 0);
        app.keys(KeyEvent.VK_3);
        app.onDisk(l -> l.size() == 1);
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_M);
        List<Annotation> rows = app.onDisk(l -> l.size() == 3);
        assertThat(rows).allSatisfy(a -> {
            assertThat(a.text()).isEqualTo("Moscow");
            assertThat(a.label()).isEqualTo("GPE");
        });
        assertThat(rows).extracting(Annotation::id).containsExactly("E1", "E2", "E3");
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_Z);
        app.onDisk(l -> l.size() == 1);
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_Y);
        app.onDisk(l -> l.size() == 3);
    }

    @Test
    void undoAndRedoCreationAndLinks() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.dragSelect("Peskov", 0);
        app.keys(KeyEvent.VK_1);
        app.onDisk(l -> l.size() == 1);
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_Z);
        app.onDisk(List::isEmpty);
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_Y);
        app.onDisk(l -> l.size() == 1);
        app.keys(KeyEvent.VK_Q);
        app.dragSelect("\"Putin agreed to the truce\"", 0);
        app.keys(KeyEvent.VK_1);
        app.keys(KeyEvent.VK_S);
        app.clickOn("Peskov", 0);
        app.onDisk(l -> l.size() == 2 && !only(l, "Q1").links().isEmpty());
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_Z);
        app.onDisk(l -> l.size() == 2 && only(l, "Q1").links().isEmpty());
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_Y);
        app.onDisk(l -> l.size() == 2 && !only(l, "Q1").links().isEmpty());
    }

    @Test
    void theWorkSurvivesClosingAndReopeningTheApp() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.dragSelect("Trump", 0);
        app.keys(KeyEvent.VK_1);
        app.closeWindow();
        assertThat(GuiActionRunner.execute(() -> app.window.isDisplayable())).isFalse();
        assertThat(Files.readString(project.resolve("annotators/ana/talks.csv")))
                .contains("talks,ana,E1,ENTITY,PERSON,");
        assertThat(project.resolve("annotators/ana/.talks.csv.lock")).doesNotExist();
        app.close();
        app = AnnotatorFixture.start(project, "ana");
        assertThat(GuiActionRunner.execute(
                        () -> app.window.session().orElseThrow().current().annotations()))
                .extracting(Annotation::text)
                .containsExactly("Trump");
        app.frame.table("annotations").requireRowCount(1);
    }

    @Test
    void anInvalidFileOpensReadOnlyAndStaysUnchanged() throws Exception {
        Path file = TestData.annotations(
                project,
                "ana",
                "talks",
                "talks,ana,E1,ENTITY,PERSON,0,6,Peskov,,,",
                "talks,ana,E2,ENTITY,ALIEN,12,17,\"Puti\",,,");
        byte[] before = Files.readAllBytes(file);
        app = AnnotatorFixture.start(project, "ana");
        app.frame.label("bannerText").requireVisible();
        assertThat(app.frame.label("bannerText").text()).contains("Read-only", "annotators/ana/talks.csv:3");
        assertThat(app.window.getTitle()).endsWith("(read-only)");
        app.dragSelect("Trump", 0);
        app.keys(KeyEvent.VK_1);
        assertThat(app.statusMessage()).startsWith("Read-only");
        app.closeWindow();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFailedSaveKeepsTheEditsSaysSoAndSavesOnRetry() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        Path folder = project.resolve("annotators/ana");
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        Files.writeString(folder, "a file where the annotator's folder should be");
        app.dragSelect("Peskov", 0);
        app.keys(KeyEvent.VK_1);
        DialogFixture dialog =
                WindowFinder.findDialog("saveFailed").withTimeout(5000).using(app.robot);
        assertThat(dialog.optionPane().target().getMessage().toString()).contains("cannot save", "kept in memory");
        assertThat(app.saveState()).contains("cannot save annotators/ana/talks.csv", "kept in memory");
        app.frame.table("annotations").requireRowCount(1);
        assertThat(app.window.getTitle()).endsWith("•");
        Files.delete(folder);
        List<Annotation> rows = app.onDisk(l -> l.size() == 1);
        assertThat(rows.get(0).text()).isEqualTo("Peskov");
    }

    @Test
    void aSecondWindowOnTheSameFileIsReadOnly() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        try (AnnotatorFixture second = app.second("ana")) {
            assertThat(second.frame.label("bannerText").text()).contains("already open");
            assertThat(second.window.getTitle()).endsWith("(read-only)");
        }
    }
}
