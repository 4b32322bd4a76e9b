package org.newsmark.ui;

import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.SchemaCsv;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationRules;
import org.newsmark.model.Schema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A schema with the README's article layer (`GENRE,G,scope,article`): the genre is set with G and
 * the label's key, or a click on the bar above the article list; each is one undo step, saved as
 * the README writes article labels (start 0, end 0, no text), and the file passes the rules.
 */
@GuiTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ArticleLabelsTest {
    static final String GENRE = "GENRE,G,scope,article,,,,,\n"
            + "GENRE,G,label,NEWS,1,#8AB6F9,,,\"Reporting of events\"\n"
            + "GENRE,G,label,OPINION,2,#F9A88A,,,\"Commentary in the author's voice\"\n"
            + "GENRE,G,label,ANALYSIS,3,#9AD69A,,,\"Explanation of events\"\n";

    @TempDir
    Path dir;

    Path project;
    AnnotatorFixture app;

    @BeforeEach
    void setUp() throws Exception {
        project = TestData.project(dir.resolve("p"), "a-news", FocusAndKeysTest.NEWS);
        Files.writeString(project.resolve("schema.csv"), GENRE, StandardOpenOption.APPEND);
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    private static List<String> rows(List<Annotation> l) {
        return l.stream()
                .map(a -> a.id() + " " + a.layer() + " " + a.label() + " " + a.start() + " " + a.end() + " [" + a.text()
                        + "]")
                .toList();
    }

    private boolean shownSelected(String label) {
        return GuiActionRunner.execute(() ->
                app.frame.toggleButton("articleLabel-GENRE-" + label).target().isSelected());
    }

    @Test
    void theGenreIsSetWithItsKeysOrAClickAndEachIsOneUndoStep() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.press(KeyEvent.VK_G);
        app.press(KeyEvent.VK_2);
        assertThat(rows(app.onDisk(l -> l.size() == 1))).containsExactly("G1 GENRE OPINION 0 0 []");
        assertThat(shownSelected("OPINION")).isTrue();

        app.frame.toggleButton("articleLabel-GENRE-NEWS").click();
        assertThat(rows(app.onDisk(l -> l.size() == 2)))
                .containsExactlyInAnyOrder("G1 GENRE OPINION 0 0 []", "G2 GENRE NEWS 0 0 []");
        assertThat(app.focusOwnerName()).isEqualTo("text");

        app.press(KeyEvent.VK_2);
        assertThat(rows(app.onDisk(l -> l.size() == 1))).containsExactly("G2 GENRE NEWS 0 0 []");
        assertThat(shownSelected("OPINION")).isFalse();

        app.keyWith(AnnotatorFixture.ctrl(), KeyEvent.VK_Z);
        List<Annotation> saved = app.onDisk(l -> l.size() == 2);
        Schema schema = SchemaCsv.parse(Files.readString(project.resolve("schema.csv")), "schema.csv");
        assertThat(AnnotationRules.check(app.article(), schema, saved)).isEmpty();

        // Back on a layer of spans, the label keys mark text again.
        app.press(KeyEvent.VK_E);
        app.dragSelect("Kharkiv", 0);
        app.keys(KeyEvent.VK_3);
        assertThat(rows(app.onDisk(l -> l.size() == 3))).contains("E1 ENTITY GPE 37 44 [Kharkiv]");

        // An article label has no boundaries to move.
        app.frame.table("annotations").cell("G2").click();
        app.pressWith(KeyEvent.SHIFT_MASK, KeyEvent.VK_RIGHT);
        List<Annotation> after = app.onDiskAfterPause();
        assertThat(rows(after)).contains("G2 GENRE NEWS 0 0 []");
        assertThat(AnnotationRules.check(app.article(), schema, after)).isEmpty();
    }
}
