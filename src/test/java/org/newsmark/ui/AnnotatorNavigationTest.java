package org.newsmark.ui;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JTable;

import org.apache.poi.ss.usermodel.WorkbookFactory;
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
import org.newsmark.model.Annotation;
import org.newsmark.model.Link;

import static org.assertj.core.api.Assertions.assertThat;

/** Moving around the annotator: articles, find, the table, the inspector, done, guidelines. */
@GuiTest
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class AnnotatorNavigationTest {
    @TempDir
    Path dir;

    Path project;
    AnnotatorFixture app;

    @BeforeEach
    void setUp() throws Exception {
        project = TestData.project(
                dir.resolve("p"),
                "a-first",
                AnnotatorWindowTest.TEXT,
                "b-second",
                "Kyiv and Kharkiv. Later, Kyiv again.");
        Files.createDirectories(project.resolve("guidelines"));
        Files.writeString(
                project.resolve("guidelines/entities.md"),
                "# Entities\n\n## PERSON\n\nA person.\n\n## GPE\n\nA place.\n");
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    private String articleCell(String doc, int column) {
        return GuiActionRunner.execute(() -> {
            JTable t = app.frame.table("articles").target();
            for (int r = 0; r < t.getRowCount(); r++) {
                if (t.getValueAt(r, 0).equals(doc)) {
                    return String.valueOf(t.getValueAt(r, column));
                }
            }
            return null;
        });
    }

    @Test
    void switchingArticlesSavesAndTheListShowsStatusAndCounts() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.dragSelect("Peskov", 0);
        app.keys(KeyEvent.VK_1);
        app.frame.table("articles").cell("b-second").click();
        assertThat(GuiActionRunner.execute(() -> app.window.article().id())).isEqualTo("b-second");
        assertThat(Files.readString(project.resolve("annotators/ana/a-first.csv")))
                .contains("Peskov");
        assertThat(articleCell("a-first", 1)).isEqualTo("in progress");
        assertThat(articleCell("a-first", 2)).isEqualTo("1");
        assertThat(articleCell("b-second", 1)).isEqualTo("not started");
    }

    @Test
    void marksAnArticleDoneAndReopensIt() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_D);
        assertThat(Files.readString(project.resolve("annotators/ana/_status.csv")))
                .contains("a-first,done,");
        assertThat(articleCell("a-first", 1)).isEqualTo("done");
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_D);
        assertThat(Files.readString(project.resolve("annotators/ana/_status.csv")))
                .doesNotContain("a-first");
    }

    @Test
    void findMovesThroughTheMatches() {
        app = AnnotatorFixture.start(project, "ana");
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_F);
        app.frame.textBox("findField").enterText("moscow");
        app.frame.label("findCount").requireText("1 of 3");
        assertThat(app.text().target().getSelectedText()).isEqualTo("Moscow");
        int first = app.text().target().getSelectionStart();
        app.frame.textBox("findField").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        app.frame.label("findCount").requireText("2 of 3");
        assertThat(app.text().target().getSelectionStart()).isGreaterThan(first);
        app.frame
                .textBox("findField")
                .pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_ENTER).modifiers(InputEvent.SHIFT_MASK));
        app.frame.label("findCount").requireText("1 of 3");
        app.frame.textBox("findField").enterText("zzz");
        app.frame.label("findCount").requireText("no match");
    }

    @Test
    void theTableAndTheTextSelectTogetherAndTheInspectorLinks() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.dragSelect("Peskov", 0);
        app.keys(KeyEvent.VK_1);
        app.keys(KeyEvent.VK_Q);
        app.dragSelect("\"Putin agreed to the truce\"", 0);
        app.keys(KeyEvent.VK_1);
        app.onDisk(l -> l.size() == 2);
        app.frame.table("annotations").cell("E1").click();
        app.frame.label("inspectorTitle").requireText("E1 · ENTITY");
        app.frame.table("annotations").cell("Q1").click();
        app.frame.label("inspectorTitle").requireText("Q1 · QUOTE");
        app.frame.button("choose-speaker").click();
        app.clickListItem("E1 PERSON Peskov");
        List<Annotation> rows =
                app.onDisk(l -> l.stream().anyMatch(a -> !a.links().isEmpty()));
        assertThat(rows.stream()
                        .filter(a -> a.id().equals("Q1"))
                        .findFirst()
                        .orElseThrow()
                        .links())
                .containsExactly(new Link("speaker", "E1"));
        app.pauseForNewClick();
        app.clickOn("Peskov", 0);
        app.frame
                .table("annotations")
                .requireSelectedRows(GuiActionRunner.execute(
                        () -> app.frame.table("annotations").target().convertRowIndexToView(0)));
    }

    @Test
    void theProgressViewShowsStatusAndAgreementPerAnnotatorAndArticle() throws Exception {
        Path bundled = TestData.bundledCopy(dir.resolve("bundled"));
        app = AnnotatorFixture.start(bundled, "ana");
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_P);
        DialogFixture progress =
                WindowFinder.findDialog("progress").withTimeout(5000).using(app.robot);
        long deadline = System.currentTimeMillis() + 20_000;
        while (progress.label("progressNote").text().startsWith("Measuring") && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(progress.label("progressNote").text()).startsWith("κ: mean Cohen's kappa");
        JTable t = progress.table("progressTable").target();
        assertThat(GuiActionRunner.execute(t::getRowCount)).isEqualTo(14);
        assertThat(GuiActionRunner.execute(() -> t.getModel().getValueAt(0, 0))).isEqualTo("ana");
        assertThat(GuiActionRunner.execute(() -> t.getModel().getColumnName(4))).isEqualTo("Entities κ");
        Object kappa = GuiActionRunner.execute(() -> t.getModel().getValueAt(0, 4));
        Object f1 = GuiActionRunner.execute(() -> t.getModel().getValueAt(0, 5));
        assertThat((Double) kappa).isBetween(0.5, 1.0);
        assertThat((Double) f1).isBetween(0.5, 1.0);
        progress.close();
    }

    @Test
    void exportsTheWorkbookInTheBackgroundWithProgress() throws Exception {
        Path bundled = TestData.bundledCopy(dir.resolve("bundled"));
        app = AnnotatorFixture.start(bundled, "ana");
        Path file = dir.resolve("review.xlsx");
        GuiActionRunner.execute(() ->
                ExportWorkbookDialog.export(app.window, app.window.workspace(), file, m -> app.window.setTitle(m)));
        DialogFixture progress =
                WindowFinder.findDialog("exportWorkbook").withTimeout(5000).using(app.robot);
        progress.progressBar("exportProgress").requireVisible();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!app.window.getTitle().startsWith("Workbook written") && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(app.window.getTitle()).isEqualTo("Workbook written: " + file);
        try (var wb = WorkbookFactory.create(file.toFile())) {
            assertThat(wb.getSheet("Summary")).isNotNull();
            assertThat(wb.getSheet("Disagreements").getPhysicalNumberOfRows()).isGreaterThan(10);
        }
    }

    @Test
    void f1OpensTheGuidelinesAtTheSelectedLabel() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.dragSelect("Moscow", 0);
        app.keys(KeyEvent.VK_3);
        app.robot.pressAndReleaseKey(KeyEvent.VK_F1);
        DialogFixture guide =
                WindowFinder.findDialog("guidelines").withTimeout(5000).using(app.robot);
        assertThat(guide.list("guidelinesFiles").selection()).containsExactly("entities.md");
        assertThat(guide.textBox("guidelinesPage").text()).contains("<a name=\"gpe\">");
        guide.close();
    }

    @Test
    void remembersTheLastArticleAndTheTextSize() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.frame.table("articles").cell("b-second").click();
        float before =
                GuiActionRunner.execute(() -> app.text().target().getFont().getSize2D());
        app.keyWith(InputEvent.CTRL_MASK, KeyEvent.VK_EQUALS);
        assertThat(GuiActionRunner.execute(() -> app.text().target().getFont().getSize2D()))
                .isEqualTo(before + 1);
        app.closeWindow();
        app.keepPrefs = true;
        app.close();
        app = new AnnotatorFixture(project, "ana", app.node);
        app.open();
        assertThat(GuiActionRunner.execute(() -> app.window.article().id())).isEqualTo("b-second");
        assertThat(GuiActionRunner.execute(() -> app.text().target().getFont().getSize2D()))
                .isEqualTo(before + 1);
    }
}
