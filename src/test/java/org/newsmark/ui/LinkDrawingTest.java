package org.newsmark.ui;

import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.text.BadLocationException;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** Link arcs and their role labels stay inside the view and off the text of other lines. */
@GuiTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LinkDrawingTest {
    @TempDir
    Path dir;

    Path project;
    AnnotatorFixture app;

    @BeforeEach
    void setUp() throws Exception {
        project = TestData.project(dir.resolve("p"), "a-news", FocusAndKeysTest.NEWS);
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    /** The rows of glyphs of every line of the text, in the text's coordinates. */
    private List<Rectangle> glyphRows(TextView view) throws BadLocationException {
        List<Rectangle> rows = new ArrayList<>();
        int textHeight = view.getFontMetrics(view.getFont()).getAscent()
                + view.getFontMetrics(view.getFont()).getDescent();
        int lastY = Integer.MIN_VALUE;
        for (int i = 0; i < view.getDocument().getLength(); i++) {
            Rectangle r = view.modelToView2D(i).getBounds();
            if (r.y != lastY) {
                rows.add(new Rectangle(0, r.y, view.getWidth(), textHeight));
                lastY = r.y;
            }
        }
        return rows;
    }

    @Test
    void arcsOnTheFirstLineStayInTheViewAndLabelsSitBetweenTheLines() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.dragSelect("Kremlin", 0);
        app.keys(KeyEvent.VK_2);
        app.dragSelect("Kharkiv", 0);
        app.keys(KeyEvent.VK_3);
        app.keys(KeyEvent.VK_V);
        app.dragSelect("strikes", 0);
        app.keys(KeyEvent.VK_1, KeyEvent.VK_A);
        app.clickOn("Kremlin", 0);
        app.clickOn("strikes", 0);
        app.keys(KeyEvent.VK_P);
        app.clickOn("Kharkiv", 0);
        app.onDisk(l -> l.stream().anyMatch(a -> a.links().size() == 2));
        app.pauseForNewClick();
        app.clickOn("strikes", 0);
        GuiActionRunner.execute(() -> {
            TextView view = (TextView) app.text().target();
            view.paintImmediately(view.getVisibleRect());
            List<TextView.LinkShape> links = view.linkShapes();
            assertThat(links).extracting(TextView.LinkShape::role).containsExactlyInAnyOrder("agent", "place");
            Rectangle inView = view.getVisibleRect();
            List<Rectangle> rows = glyphRows(view);
            for (TextView.LinkShape link : links) {
                assertThat(inView.contains(link.curve().getBounds()))
                        .as("%s arc %s inside %s", link.role(), link.curve().getBounds(), inView)
                        .isTrue();
                assertThat(inView.contains(link.label()))
                        .as("%s label inside the view", link.role())
                        .isTrue();
                for (Rectangle row : rows) {
                    assertThat(link.label().intersects(row))
                            .as("%s label %s over the text row %s", link.role(), link.label(), row)
                            .isFalse();
                }
            }
            return null;
        });
    }
}
