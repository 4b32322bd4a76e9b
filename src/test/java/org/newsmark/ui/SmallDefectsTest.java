package org.newsmark.ui;

import java.awt.Component;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.swing.JComponent;
import javax.swing.JSplitPane;
import javax.swing.JTable;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** The span end box in a narrow inspector, Esc on the guidelines, the article list's count column. */
@GuiTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SmallDefectsTest {
    @TempDir
    Path dir;

    Path project;
    AnnotatorFixture app;

    @BeforeEach
    void setUp() throws Exception {
        project = TestData.project(dir.resolve("p"), "a-news", FocusAndKeysTest.NEWS);
        Files.createDirectories(project.resolve("guidelines"));
        Files.writeString(project.resolve("guidelines/entities.md"), "# Entities\n\n## GPE\n\nA place.\n");
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void bothSpanBoxesShowInTheNarrowestInspector() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.dragSelect("Kharkiv", 0);
        app.keys(KeyEvent.VK_3);
        app.keys(KeyEvent.VK_Q);
        app.dragSelect("Peskov said", 0);
        app.keys(KeyEvent.VK_2);
        app.keys(KeyEvent.VK_V);
        app.dragSelect("strikes", 0);
        app.keys(KeyEvent.VK_1);
        app.onDisk(l -> l.size() == 3);
        GuiActionRunner.execute(() -> {
            JSplitPane inner =
                    (JSplitPane) app.frame.panel("inspector").target().getParent();
            inner.setDividerLocation(
                    inner.getWidth() - inner.getRightComponent().getMinimumSize().width - inner.getDividerSize());
        });
        app.robot.waitForIdle();
        for (String id : new String[] {"E1", "Q1", "V1"}) {
            app.frame.table("annotations").cell(id).click();
            app.robot.waitForIdle();
            for (String name : new String[] {"inspectorStart", "inspectorEnd"}) {
                JComponent box = app.frame.spinner(name).target();
                Rectangle visible =
                        GuiActionRunner.execute(() -> box.isShowing() ? box.getVisibleRect() : new Rectangle());
                int width = GuiActionRunner.execute(box::getWidth);
                int height = GuiActionRunner.execute(box::getHeight);
                assertThat(visible)
                        .as("%s of %s: the part shown", name, id)
                        .isEqualTo(new Rectangle(0, 0, width, height));
                assertThat(width).as("%s of %s: width", name, id).isGreaterThanOrEqualTo(50);
            }
        }
    }

    @Test
    void escClosesTheGuidelines() {
        app = AnnotatorFixture.start(project, "ana");
        app.robot.pressAndReleaseKey(KeyEvent.VK_F1);
        DialogFixture guide =
                WindowFinder.findDialog("guidelines").withTimeout(5000).using(app.robot);
        guide.requireVisible();
        app.robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        app.robot.waitForIdle();
        guide.requireNotVisible();
    }

    @Test
    void theArticleListShowsItsCountColumnWhole() {
        app = AnnotatorFixture.start(project, "ana");
        JTable t = app.frame.table("articles").target();
        GuiActionRunner.execute(() -> {
            int column = t.convertColumnIndexToView(2);
            int width = t.getColumnModel().getColumn(column).getWidth();
            Component header = t.getTableHeader()
                    .getDefaultRenderer()
                    .getTableCellRendererComponent(t, t.getColumnName(column), false, false, -1, column);
            assertThat(width).as("count column width").isGreaterThanOrEqualTo(header.getPreferredSize().width);
            Rectangle cell = t.getCellRect(0, column, true);
            assertThat(t.getVisibleRect().contains(cell))
                    .as("count cell in view")
                    .isTrue();
            return null;
        });
    }
}
