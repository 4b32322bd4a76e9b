package org.newsmark.ui;

import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.AnnotationCsv;
import org.newsmark.io.AnnotatorLock;
import org.newsmark.model.Annotation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Edit → Search corpus: "Kremlin" in three articles (one already marked as GPE, two without a
 * file), annotated as ORGANIZATION everywhere in one go, taken back in the open article with
 * Ctrl+Z; a locked article is left alone; Enter on a hit opens it with the hit selected.
 */
@GuiTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SearchCorpusTest {
    static final String A = "The Kremlin said the talks would resume.";
    static final String B = "Kremlin officials met. Later the Kremlin denied it.";
    static final String C = "Kremlinology is a field; the Kremlin spoke.";

    @TempDir
    Path dir;

    Path project;
    AnnotatorFixture app;

    @BeforeEach
    void setUp() throws Exception {
        project = TestData.project(dir.resolve("p"), "a-news", A, "b-news", B, "c-news", C);
        TestData.annotations(project, "ana", "b-news", "b-news,ana,E1,ENTITY,GPE,0,7,Kremlin,,,");
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    private List<Annotation> onDisk(String doc, Predicate<List<Annotation>> condition) throws Exception {
        Path file = project.resolve("annotators/ana/" + doc + ".csv");
        long deadline = System.currentTimeMillis() + 8000;
        List<Annotation> rows = List.of();
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(file)) {
                rows = AnnotationCsv.parse(Files.readString(file), "f", doc, "ana")
                        .annotations();
                if (condition.test(rows)) {
                    return rows;
                }
            } else if (condition.test(List.of())) {
                return List.of();
            }
            Thread.sleep(50);
        }
        throw new AssertionError(doc + " never reached the expected state; last read: " + rows);
    }

    private static List<String> spans(List<Annotation> rows) {
        return rows.stream()
                .map(a -> a.id() + " " + a.label() + " " + a.start() + "-" + a.end() + " " + a.text())
                .toList();
    }

    private DialogFixture searchFor(String text) {
        app.keyWith(AnnotatorFixture.ctrl() | KeyEvent.SHIFT_MASK, KeyEvent.VK_F);
        DialogFixture search =
                WindowFinder.findDialog("searchCorpus").withTimeout(5000).using(app.robot);
        search.checkBox("searchWholeWord").check();
        search.textBox("searchQuery").click();
        search.textBox("searchQuery").deleteText().enterText(text);
        search.textBox("searchQuery").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        return search;
    }

    private static void awaitNote(DialogFixture search, String piece) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 8000;
        String note = "";
        while (System.currentTimeMillis() < deadline) {
            note = GuiActionRunner.execute(
                    () -> search.label("searchNote").target().getText());
            if (note.contains(piece)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the search window never said \"" + piece + "\"; it says: " + note);
    }

    @Test
    void annotatingAllHitsMarksEveryArticleAndCtrlZTakesBackTheOpenOne() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        assertThat(app.awaitArticle("a-news").id()).isEqualTo("a-news");
        DialogFixture search = searchFor("Kremlin");
        awaitNote(search, "4 hits in 3 articles"); // "Kremlinology" is not a whole word
        assertThat(GuiActionRunner.execute(
                        () -> search.table("searchHits").target().getValueAt(1, 4)))
                .isEqualTo("E1 GPE");
        search.comboBox("annotateLabel").selectItem(1); // ORGANIZATION, key 2 of the entities
        search.button("annotateHits").click();
        awaitNote(search, "4 hits annotated as ORGANIZATION in 3 articles");
        assertThat(spans(app.onDisk(l -> l.size() == 1))).containsExactly("E1 ORGANIZATION 4-11 Kremlin");
        // The GPE of the same span is relabelled, not doubled; the articles without a file get one.
        assertThat(spans(onDisk("b-news", l -> l.size() == 2)))
                .containsExactly("E1 ORGANIZATION 0-7 Kremlin", "E2 ORGANIZATION 33-40 Kremlin");
        assertThat(spans(onDisk("c-news", l -> l.size() == 1))).containsExactly("E1 ORGANIZATION 29-36 Kremlin");
        // The list now shows the new annotations.
        assertThat(GuiActionRunner.execute(
                        () -> search.table("searchHits").target().getValueAt(0, 4)))
                .isEqualTo("E1 ORGANIZATION");

        search.textBox("searchQuery")
                .pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(AnnotatorFixture.ctrl()));
        assertThat(app.onDisk(List::isEmpty)).isEmpty();
        assertThat(onDisk("b-news", l -> l.size() == 2)).hasSize(2);
    }

    @Test
    void anArticleOpenElsewhereIsNotWritten() throws Exception {
        Path cFile = project.resolve("annotators/ana/c-news.csv");
        try (AnnotatorLock held = AnnotatorLock.acquire(cFile).lock().orElseThrow()) {
            app = AnnotatorFixture.start(project, "ana");
            DialogFixture search = searchFor("Kremlin");
            awaitNote(search, "4 hits");
            search.comboBox("annotateLabel").selectItem(1);
            search.button("annotateHits").click();
            awaitNote(search, "3 hits annotated as ORGANIZATION in 2 articles; not written: c-news: already open");
            assertThat(cFile).doesNotExist();
            assertThat(onDisk("b-news", l -> l.size() == 2)).hasSize(2);
        }
    }

    @Test
    void enterOnAHitOpensItsArticleWithTheHitSelectedForTheLabelKeys() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        DialogFixture search = searchFor("Kremlin");
        awaitNote(search, "4 hits");
        search.table("searchHits").selectRows(3); // c-news
        search.table("searchHits").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        app.robot.waitForIdle();
        assertThat(app.awaitArticle("c-news").id()).isEqualTo("c-news");
        assertThat(app.focusOwnerName()).isEqualTo("text");
        assertThat(GuiActionRunner.execute(() -> app.text().target().getSelectedText()))
                .isEqualTo("Kremlin");
        app.press(KeyEvent.VK_1);
        assertThat(spans(app.onDisk(l -> l.size() == 1))).containsExactly("E1 PERSON 29-36 Kremlin");
    }
}
