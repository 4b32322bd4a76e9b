package org.newsmark.ui;

import java.awt.Frame;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JTable;

import org.assertj.core.groups.Tuple;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.model.Annotation;
import org.newsmark.service.AnnotationSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accepting a span next to an overlapping gold span of the same label asks: replace (the default)
 * or keep both, never a silent duplicate; and the adjudication view opens from the menus.
 */
@GuiTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AdjudicationChoiceTest {
    static final String DOC = "kyiv-strikes-pause-2026-01-30";

    @TempDir
    Path dir;

    Path project;
    AnnotatorFixture app;

    @BeforeEach
    void setUp() throws Exception {
        project = TestData.bundledCopy(dir.resolve("p"));
        // Gold has only ben's "Kremlin"; ana marked "The Kremlin" over it.
        TestData.annotations(project, "gold", DOC, DOC + ",gold,E2,ENTITY,ORGANIZATION,21,28,Kremlin,,,");
        Path ana = project.resolve("annotators/ana/" + DOC + ".csv");
        String anaRows = Files.readString(ana);
        String kremlin = DOC + ",ana,E2,ENTITY,ORGANIZATION,21,28,Kremlin,";
        assertThat(anaRows).contains(kremlin);
        Files.writeString(ana, anaRows.replace(kremlin, DOC + ",ana,E2,ENTITY,ORGANIZATION,17,28,The Kremlin,"));
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    private void selectCandidate(String text) {
        JTable t = app.frame.table("candidates").target();
        int row = GuiActionRunner.execute(() -> {
            for (int r = 0; r < t.getRowCount(); r++) {
                if (t.getValueAt(r, 3).equals(text) && t.getValueAt(r, 2).equals("ORGANIZATION")) {
                    return r;
                }
            }
            return -1;
        });
        assertThat(row).as("candidate %s", text).isGreaterThanOrEqualTo(0);
        app.frame.table("candidates").selectRows(row);
    }

    private List<Annotation> organizationsAt17To28(List<Annotation> rows) {
        return rows.stream()
                .filter(a -> a.label().equals("ORGANIZATION") && a.overlaps(17, 28))
                .toList();
    }

    @Test
    void acceptingAnOverlappingSpanReplacesTheGoldSpanByDefaultOrKeepsBoth() throws Exception {
        app = AnnotatorFixture.start(project, "gold");
        selectCandidate("The Kremlin");
        app.frame.table("candidates").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        JOptionPaneFixture ask =
                JOptionPaneFinder.findOptionPane().withTimeout(5000).using(app.robot);
        assertThat(ask.target().getMessage().toString()).contains("E2", "Kremlin");
        ask.pressAndReleaseKeys(KeyEvent.VK_ENTER); // the default: replace
        List<Annotation> replaced =
                app.onDisk(l -> l.stream().anyMatch(a -> a.text().equals("The Kremlin")));
        assertThat(organizationsAt17To28(replaced))
                .extracting(Annotation::id, Annotation::start, Annotation::end)
                .containsExactly(Tuple.tuple("E2", 17, 28));

        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_Z);
        app.onDisk(l -> organizationsAt17To28(l).size() == 1
                && organizationsAt17To28(l).get(0).start() == 21);
        selectCandidate("The Kremlin");
        app.frame.table("candidates").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        JOptionPaneFinder.findOptionPane()
                .withTimeout(5000)
                .using(app.robot)
                .buttonWithText("Keep both")
                .click();
        List<Annotation> both = app.onDisk(l -> organizationsAt17To28(l).size() == 2);
        assertThat(both).extracting(Annotation::text).contains("Kremlin", "The Kremlin");
    }

    @Test
    void theAdjudicationViewOpensFromTheAnnotatorsMenu() throws Exception {
        Files.delete(project.resolve("gold").resolve(DOC + ".csv"));
        app = AnnotatorFixture.start(project, "ana");
        app.frame.menuItem("adjudicate").click();
        Frame gold = GuiActionRunner.execute(() -> {
            for (Frame f : Frame.getFrames()) {
                if (f.isShowing() && f != app.window && f.getTitle().contains("gold (adjudication)")) {
                    return f;
                }
            }
            return null;
        });
        assertThat(gold).as("an adjudication window").isNotNull();
        GuiActionRunner.execute(() -> {
            ((AnnotatorWindow) gold).session().ifPresent(AnnotationSession::close);
            gold.dispose();
            return null;
        });
    }
}
