package org.newsmark.service;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.model.Annotation;
import org.newsmark.model.Link;

import static org.assertj.core.api.Assertions.assertThat;

/** The editing rules of the annotator, without a window: each change one undoable edit of the session. */
class AnnotationEditorTest {
    static final String TEXT = "The Kremlin said Russia's strikes on Kharkiv would pause, Peskov said.\n\n"
            + "\"We agreed,\" Peskov said. The US-aided talks resume in Abu Dhabi, Trump said.";

    @TempDir
    Path dir;

    AnnotationSession session;
    AnnotationEditor editor;

    @BeforeEach
    void open() throws Exception {
        Workspace w = Workspace.open(TestData.project(dir.resolve("p"), "news", TEXT), "ana");
        session = w.openSession(w.article("news"));
        editor = new AnnotationEditor(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private int[] at(String piece, int nth) {
        int i = -1;
        for (int k = 0; k <= nth; k++) {
            i = TEXT.indexOf(piece, i + 1);
        }
        return new int[] {i, i + piece.length()};
    }

    private AnnotationEditor.Outcome mark(String layer, String label, String piece, int nth) {
        int[] r = at(piece, nth);
        return editor.mark(layer, label, r[0], r[1], true);
    }

    private Annotation get(String id) {
        return session.current().get(id).orElseThrow();
    }

    @Test
    void aSelectionSnapsToTokensAndGetsTheNextIdOfItsLayer() {
        int[] russia = at("Russia's", 0);
        AnnotationEditor.Outcome first = editor.mark("ENTITY", "GPE", russia[0] + 1, russia[0] + 4, true);
        assertThat(first).isEqualTo(new AnnotationEditor.Outcome(true, "Added GPE E1", "E1"));
        assertThat(get("E1").text()).isEqualTo("Russia");
        assertThat(mark("QUOTE", "DIRECT", "\"We agreed,\"", 0).select()).isEqualTo("Q1");
        assertThat(mark("ENTITY", "PERSON", "Peskov", 0).select()).isEqualTo("E2");
        int[] pesk = at("Peskov", 1);
        assertThat(editor.mark("ENTITY", "PERSON", pesk[0], pesk[0] + 4, false).select())
                .isEqualTo("E3");
        assertThat(get("E3").text()).isEqualTo("Pesk");
    }

    @Test
    void theSameSpanWithTheSameLabelIsNeverMarkedTwice() {
        mark("ENTITY", "PERSON", "Peskov", 0);
        AnnotationEditor.Outcome again = mark("ENTITY", "PERSON", "Peskov", 0);
        assertThat(again).isEqualTo(new AnnotationEditor.Outcome(false, "E1 already marks this span", "E1"));
        assertThat(mark("ENTITY", "ORGANIZATION", "Peskov", 0).changed()).isTrue();
        assertThat(editor.mark("ENTITY", "PERSON", 4, 4, true).message())
                .isEqualTo("Nothing to mark: the selection is only white space");
        assertThat(session.current().size()).isEqualTo(2);
    }

    @Test
    void deletingTakesTheLinksToTheAnnotationAndUndoBringsThemBack() {
        mark("ENTITY", "PERSON", "Peskov", 1);
        mark("QUOTE", "DIRECT", "\"We agreed,\"", 0);
        assertThat(editor.link("Q1", "speaker", "E1").message()).isEqualTo("Linked Q1 speaker → E1");
        assertThat(editor.linksTo("E1")).isEqualTo(1);
        assertThat(editor.delete("E1").message()).isEqualTo("Deleted E1 and 1 link to it");
        assertThat(get("Q1").links()).isEmpty();
        assertThat(editor.undo().message()).isEqualTo("Undone: Delete E1");
        assertThat(get("Q1").links()).containsExactly(new Link("speaker", "E1"));
        assertThat(editor.redo().changed()).isTrue();
        assertThat(session.current().contains("E1")).isFalse();
    }

    @Test
    void linksAreCheckedAgainstTheSchema() {
        mark("ENTITY", "PERSON", "Peskov", 0);
        mark("ENTITY", "GPE", "Kharkiv", 0);
        mark("EVENT", "ATTACK", "strikes", 0);
        assertThat(editor.link("V1", "place", "E2").changed()).isTrue();
        assertThat(editor.link("V1", "place", "E2").changed()).isFalse();
        assertThat(editor.link("E1", "speaker", "E2").message()).isEqualTo("ENTITY has no role speaker");
        mark("QUOTE", "DIRECT", "\"We agreed,\"", 0);
        assertThat(editor.link("Q1", "speaker", "V1").message())
                .isEqualTo("The speaker of Q1 must be a ENTITY, not a EVENT");
        assertThat(editor.link("Q1", "speaker", "E1").changed()).isTrue();
        assertThat(editor.link("Q1", "speaker", "E2").changed()).isTrue(); // one speaker: replaced
        assertThat(get("Q1").links()).containsExactly(new Link("speaker", "E2"));
    }

    @Test
    void theRolesBetweenTwoAnnotationsGoEitherWay() {
        mark("ENTITY", "PERSON", "Peskov", 1);
        mark("QUOTE", "DIRECT", "\"We agreed,\"", 0);
        mark("EVENT", "ATTACK", "strikes", 0);
        assertThat(editor.linksBetween("Q1", "E1"))
                .extracting(c -> c.source() + " " + c.role().name() + " " + c.target())
                .containsExactly("Q1 speaker E1");
        assertThat(editor.linksBetween("E1", "Q1"))
                .extracting(c -> c.source() + " " + c.role().name() + " " + c.target())
                .containsExactly("Q1 speaker E1");
        assertThat(editor.linksBetween("V1", "E1"))
                .extracting(c -> c.role().name())
                .containsExactly("agent", "target", "place", "time");
        assertThat(editor.linksBetween("E1", "E1")).isEmpty();
    }

    @Test
    void linkTargetsComeNearestFirst() {
        mark("ENTITY", "ORGANIZATION", "Kremlin", 0);
        mark("ENTITY", "GPE", "Kharkiv", 0);
        mark("ENTITY", "PERSON", "Trump", 0);
        mark("ENTITY", "PERSON", "Peskov", 0);
        mark("EVENT", "ATTACK", "strikes", 0);
        var place = session.schema().requireLayer("EVENT").role("place").orElseThrow();
        List<String> texts =
                editor.targets("V1", place).stream().map(Annotation::text).toList();
        assertThat(texts).containsExactly("Kharkiv", "Kremlin", "Peskov", "Trump");
        editor.link("V1", "place", "E2");
        assertThat(editor.targets("V1", place)).extracting(Annotation::text).doesNotContain("Kharkiv");
    }

    @Test
    void boundaryKeysMoveByTokensAndNeverEmptyASpan() {
        mark("ENTITY", "GPE", "Russia", 0);
        assertThat(editor.moveBoundary("E1", false, 1, true).changed()).isTrue();
        assertThat(get("E1").text()).isEqualTo("Russia's");
        editor.moveBoundary("E1", false, -1, true);
        assertThat(get("E1").text()).isEqualTo("Russia");
        assertThat(editor.moveBoundary("E1", false, -1, true).message()).isEqualTo("A span cannot be empty");
        editor.moveBoundary("E1", true, -1, true);
        assertThat(get("E1").text()).isEqualTo("said Russia");
        editor.moveBoundary("E1", true, 1, false);
        assertThat(get("E1").text()).isEqualTo("aid Russia");
    }

    @Test
    void relabellingAndMarkingEveryOccurrenceAreOneStepEach() {
        mark("ENTITY", "PERSON", "Peskov", 0);
        assertThat(editor.relabel("E1", "ORGANIZATION").message()).isEqualTo("Relabelled E1 as ORGANIZATION");
        assertThat(editor.relabel("E1", "ATTACK").changed()).isFalse();
        assertThat(editor.markAll("E1").message()).isEqualTo("Marked 1 more occurrence of “Peskov”");
        assertThat(session.current().size()).isEqualTo(2);
        editor.undo();
        assertThat(session.current().size()).isEqualTo(1);
        assertThat(get("E1").label()).isEqualTo("ORGANIZATION");
    }

    @Test
    void aReadOnlySessionRefusesEveryEdit() throws Exception {
        Workspace w = Workspace.open(dir.resolve("p"), "ana");
        try (AnnotationSession second = w.openSession(w.article("news"))) {
            AnnotationEditor readOnly = new AnnotationEditor(second);
            AnnotationEditor.Outcome o = readOnly.mark("ENTITY", "PERSON", 0, 3, true);
            assertThat(o.changed()).isFalse();
            assertThat(o.message()).startsWith("Read-only: already open");
        }
    }
}
