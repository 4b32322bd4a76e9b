package org.newsmark.ui;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.swing.JList;
import javax.swing.SwingUtilities;
import javax.swing.text.BadLocationException;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JListFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.newsmark.io.AnnotationCsv;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.service.AnnotationSession;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts the real annotator window on a project and drives it with real mouse and keyboard events. */
final class AnnotatorFixture implements AutoCloseable {
    final Robot robot;
    final Path project;
    final String annotator;
    final Preferences node;
    SwingLauncher launcher;
    AnnotatorWindow window;
    FrameFixture frame;

    private final boolean ownsRobot;
    boolean keepPrefs;

    AnnotatorFixture(Path project, String annotator, Preferences node) {
        this(project, annotator, node, BasicRobot.robotWithNewAwtHierarchy(), true);
        this.robot.settings().delayBetweenEvents(20);
    }

    private AnnotatorFixture(Path project, String annotator, Preferences node, Robot robot, boolean ownsRobot) {
        this.robot = robot;
        this.ownsRobot = ownsRobot;
        this.project = project;
        this.annotator = annotator;
        this.node = node;
    }

    static Preferences freshPrefs() {
        return Preferences.userRoot().node("org/newsmark/test/" + UUID.randomUUID());
    }

    static AnnotatorFixture start(Path project, String annotator) {
        AnnotatorFixture f = new AnnotatorFixture(project, annotator, freshPrefs());
        try {
            f.open();
        } catch (Exception e) {
            f.close();
            throw new IllegalStateException(e);
        }
        return f;
    }

    /** A second window in the same test, driven by the same robot (only one robot may hold the screen). */
    AnnotatorFixture second(String name) throws Exception {
        AnnotatorFixture f = new AnnotatorFixture(project, name, freshPrefs(), robot, false);
        f.open();
        return f;
    }

    void open() throws Exception {
        Prefs prefs = new Prefs(node);
        prefs.bounds(new Rectangle(20, 20, 1200, 820));
        launcher = new SwingLauncher(prefs);
        launcher.open(Optional.of(project), Optional.of(annotator));
        window = launcher.window();
        frame = new FrameFixture(robot, window);
        frame.focus();
        robot.waitForIdle();
    }

    JTextComponentFixture text() {
        return frame.textBox("text");
    }

    Article article() {
        return GuiActionRunner.execute(() -> window.article());
    }

    /** The article open once the window has opened the one asked for (opening reads files in the background). */
    Article awaitArticle(String id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!id.equals(article().id()) && System.currentTimeMillis() < deadline) {
            robot.waitForIdle();
            Thread.sleep(50);
        }
        robot.waitForIdle();
        return article();
    }

    /** The screen point at the left edge (or right, for an end offset) of a code point offset, mid-line. */
    Point pointAt(int codePointOffset, boolean end) {
        return GuiActionRunner.execute(() -> {
            TextView view = (TextView) text().target();
            int index = view.article().charIndex(codePointOffset);
            try {
                Rectangle r = end
                        ? view.modelToView2D(index - 1).getBounds()
                        : view.modelToView2D(index).getBounds();
                int x = end ? r.x + Math.max(1, charWidth(view, index - 1) - 1) : r.x + 1;
                Point p = new Point(x, r.y + r.height / 2);
                SwingUtilities.convertPointToScreen(p, view);
                return p;
            } catch (BadLocationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static int charWidth(TextView view, int index) throws BadLocationException {
        return view.getFontMetrics(view.getFont())
                .charWidth(view.getDocument().getText(index, 1).charAt(0));
    }

    /** Drags the mouse from one offset to another, as a person selects text. */
    void dragSelect(int start, int end) {
        GuiActionRunner.execute(
                () -> ((TextView) text().target()).scrollTo(Annotation.span("x", "", "", start, end, "")));
        robot.waitForIdle();
        Point from = pointAt(start, false);
        Point to = pointAt(end, true);
        robot.moveMouse(from);
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        robot.moveMouse(new Point((from.x + to.x) / 2, (from.y + to.y) / 2));
        robot.moveMouse(to);
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        robot.waitForIdle();
    }

    /** Drags over the first occurrence of a piece of the article (after an optional offset). */
    void dragSelect(String piece, int from) {
        int[] r = find(piece, from);
        dragSelect(r[0], r[1]);
    }

    int[] find(String piece, int from) {
        String t = article().text();
        int i = t.indexOf(piece, article().charIndex(from));
        assertThat(i).as("\"%s\" in the article", piece).isGreaterThanOrEqualTo(0);
        int s = article().codePointOffset(i);
        return new int[] {s, s + piece.codePointCount(0, piece.length())};
    }

    /** Marks Peskov (PERSON) and the quote "Putin agreed to the truce" (DIRECT) with Peskov as its speaker. */
    void markPeskovQuoteWithSpeaker() {
        dragSelect("Peskov", 0);
        keys(KeyEvent.VK_1);
        keys(KeyEvent.VK_Q);
        dragSelect("\"Putin agreed to the truce\"", 0);
        keys(KeyEvent.VK_1);
        keys(KeyEvent.VK_S);
        clickOn("Peskov", 0);
    }

    /** Waits out the double-click interval, so that the next click is a click of its own. */
    void pauseForNewClick() throws InterruptedException {
        Object interval = Toolkit.getDefaultToolkit().getDesktopProperty("awt.multiClickInterval");
        Thread.sleep((interval instanceof Integer i ? i : 500) + 100L);
    }

    /** Clicks in the middle of a piece of the article. */
    void clickOn(String piece, int from) {
        int[] r = find(piece, from);
        Point a = pointAt(r[0], false);
        Point b = pointAt(r[1], true);
        robot.click(new Point((a.x + b.x) / 2, a.y), MouseButton.LEFT_BUTTON, 1);
        robot.waitForIdle();
    }

    /**
     * Waits until the window has the keyboard again: after a dialog closes, the window manager
     * gives the focus back to the window a moment later, and a key pressed before that goes to no
     * window at all (a person sees the dialog close before typing on).
     */
    void awaitFocus() {
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline) {
            boolean focused = GuiActionRunner.execute(() -> window.isFocused()
                    && KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() != null);
            if (focused) {
                robot.waitForIdle();
                return;
            }
            robot.waitForIdle();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Presses keys wherever the focus is now, as a user who does not click first does. */
    void press(int... keyCodes) {
        awaitFocus();
        for (int k : keyCodes) {
            robot.pressAndReleaseKey(k);
        }
        robot.waitForIdle();
    }

    /** Presses one key with modifiers (the old masks: SHIFT_MASK, CTRL_MASK) wherever the focus is now. */
    void pressWith(int modifiers, int keyCode) {
        awaitFocus();
        robot.pressAndReleaseKey(keyCode, modifiers);
        robot.waitForIdle();
    }

    /** Double-clicks in the middle of a piece of the article. */
    void doubleClickOn(String piece, int from) throws InterruptedException {
        int[] r = find(piece, from);
        Point a = pointAt(r[0], false);
        Point b = pointAt(r[1], true);
        Point middle = new Point((a.x + b.x) / 2, a.y);
        robot.click(middle, MouseButton.LEFT_BUTTON, 2);
        robot.waitForIdle();
        // On a loaded machine the window system can see the two clicks further apart than its
        // double-click time, as two single clicks: then a person double-clicks again, and so do we.
        for (int attempt = 0; attempt < 2 && selectedText() == null; attempt++) {
            pauseForNewClick();
            robot.click(middle, MouseButton.LEFT_BUTTON, 2);
            robot.waitForIdle();
        }
    }

    private String selectedText() {
        return GuiActionRunner.execute(() -> text().target().getSelectedText());
    }

    /** Drags from one offset to another holding a modifier key (a KeyEvent.VK_ code). */
    void dragSelectHolding(int modifierKey, int start, int end) {
        GuiActionRunner.execute(
                () -> ((TextView) text().target()).scrollTo(Annotation.span("x", "", "", start, end, "")));
        robot.waitForIdle();
        Point from = pointAt(start, false);
        Point to = pointAt(end, true);
        robot.moveMouse(from);
        robot.pressKey(modifierKey);
        try {
            robot.pressMouse(MouseButton.LEFT_BUTTON);
            robot.moveMouse(new Point((from.x + to.x) / 2, (from.y + to.y) / 2));
            robot.moveMouse(to);
            robot.releaseMouse(MouseButton.LEFT_BUTTON);
        } finally {
            robot.releaseKey(modifierKey);
        }
        robot.waitForIdle();
    }

    /** Drags the mouse from the middle of one piece of the article to the middle of another. */
    void dragFromTo(String fromPiece, int fromOffset, String toPiece, int toOffset) {
        int[] a = find(fromPiece, fromOffset);
        int[] b = find(toPiece, toOffset);
        Point a1 = pointAt(a[0], false);
        Point a2 = pointAt(a[1], true);
        Point b1 = pointAt(b[0], false);
        Point b2 = pointAt(b[1], true);
        Point from = new Point((a1.x + a2.x) / 2, a1.y);
        Point to = new Point((b1.x + b2.x) / 2, b1.y);
        robot.moveMouse(from);
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        for (int i = 1; i <= 4; i++) {
            robot.moveMouse(new Point(from.x + (to.x - from.x) * i / 4, from.y + (to.y - from.y) * i / 4));
        }
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        robot.waitForIdle();
    }

    /** Clicks the row of the showing list (a dropdown's or a picker's) whose text contains a piece. */
    void clickListItem(String piece) {
        JList<?> list =
                (JList<?>) robot.finder().find(c -> c instanceof JList<?> l && l.isShowing() && indexOf(l, piece) >= 0);
        int index = GuiActionRunner.execute(() -> indexOf(list, piece));
        new JListFixture(robot, list).clickItem(index);
        robot.waitForIdle();
    }

    private static int indexOf(JList<?> list, String piece) {
        for (int i = 0; i < list.getModel().getSize(); i++) {
            if (String.valueOf(list.getModel().getElementAt(i)).contains(piece)) {
                return i;
            }
        }
        return -1;
    }

    /** The name of the component that has the keyboard focus, or null. */
    String focusOwnerName() {
        return GuiActionRunner.execute(() -> {
            Component c = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            return c == null ? null : c.getName();
        });
    }

    /** Waits a moment (for saves that must not happen) and returns the annotations on disk. */
    List<Annotation> onDiskAfterPause() throws Exception {
        Thread.sleep(AnnotationSession.SAVE_DELAY_MS + 600);
        if (!Files.exists(file())) {
            return List.of();
        }
        return AnnotationCsv.parse(Files.readString(file()), "f", article().id(), annotator)
                .annotations();
    }

    void keys(int... keyCodes) {
        awaitFocus();
        text().focus();
        for (int k : keyCodes) {
            robot.pressAndReleaseKey(k);
        }
        robot.waitForIdle();
    }

    void keyWith(int modifiers, int keyCode) {
        awaitFocus();
        text().focus();
        robot.pressAndReleaseKey(keyCode, modifiers);
        robot.waitForIdle();
    }

    Path file() {
        Path folder = annotator.equals("gold")
                ? project.resolve("gold")
                : project.resolve("annotators").resolve(annotator);
        return folder.resolve(article().id() + ".csv");
    }

    /** The annotations on disk once they satisfy the condition (saves happen off the event thread). */
    List<Annotation> onDisk(Predicate<List<Annotation>> condition) throws Exception {
        long deadline = System.currentTimeMillis() + 8000;
        List<Annotation> rows = List.of();
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(file())) {
                AnnotationCsv.Parsed parsed = AnnotationCsv.parse(
                        Files.readString(file()), "f", article().id(), annotator);
                rows = parsed.annotations();
                if (parsed.problems().isEmpty() && condition.test(rows)) {
                    return rows;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the file never reached the expected state; last read: " + rows);
    }

    String statusMessage() {
        return GuiActionRunner.execute(
                () -> frame.label("statusMessage").target().getText());
    }

    String saveState() {
        return GuiActionRunner.execute(() -> frame.label("statusSave").target().getText());
    }

    static int ctrl() {
        return InputEvent.CTRL_MASK;
    }

    /** Closes the window the way a user does and waits until it is gone. */
    void closeWindow() {
        frame.close();
        robot.waitForIdle();
    }

    @Override
    public void close() {
        try {
            GuiActionRunner.execute(() -> {
                if (window != null && window.isDisplayable()) {
                    window.session().ifPresent(AnnotationSession::close);
                    window.dispose();
                }
            });
        } finally {
            if (ownsRobot) {
                robot.cleanUp();
            }
            try {
                if (ownsRobot && !keepPrefs) {
                    node.removeNode();
                }
            } catch (BackingStoreException | IllegalStateException e) {
                // already gone
            }
        }
    }
}
