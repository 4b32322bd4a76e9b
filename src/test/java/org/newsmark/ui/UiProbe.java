package org.newsmark.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.service.AnnotationSession;

/** Drives the annotator's own actions on the event thread, for the UI benchmark. */
public final class UiProbe {
    private final Prefs prefs;
    private AnnotatorWindow window;

    public UiProbe(Preferences node, Rectangle bounds) {
        this.prefs = new Prefs(node);
        prefs.bounds(bounds);
    }

    public void open(Path project, String annotator) throws Exception {
        SwingLauncher launcher = new SwingLauncher(prefs);
        launcher.open(Optional.of(project), Optional.of(annotator));
        window = launcher.window();
    }

    public void openArticle(String doc) {
        window.openArticle(doc);
    }

    public JComponent text() {
        return find(window, TextView.class);
    }

    private static <T> T find(Container c, Class<T> type) {
        for (Component child : c.getComponents()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Container inner) {
                T t = find(inner, type);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    public List<Annotation> annotations() {
        return window.session().orElseThrow().current().annotations();
    }

    public void scrollTo(Annotation a) {
        ((TextView) text()).scrollTo(a);
        text().paintImmediately(text().getVisibleRect());
    }

    /**
     * Milliseconds from the action to the end of the repaint of the visible text and of the
     * updates it queued (table, inspector, status), as the event thread runs them.
     */
    public double timed(Runnable action) throws Exception {
        long t = System.nanoTime();
        long cpu = edtCpu();
        SwingUtilities.invokeAndWait(action);
        SwingUtilities.invokeAndWait(() -> {
            JComponent text = text();
            text.paintImmediately(text.getVisibleRect());
        });
        lastCpuMs = (edtCpu() - cpu) / 1e6;
        return (System.nanoTime() - t) / 1e6;
    }

    private long edtThread = -1;
    private double lastCpuMs;

    /** The event thread's CPU time of the last timed action: what the action costs, whatever else the machine runs. */
    public double lastCpuMs() {
        return lastCpuMs;
    }

    private long edtCpu() throws Exception {
        if (edtThread < 0) {
            long[] id = new long[1];
            SwingUtilities.invokeAndWait(() -> id[0] = Thread.currentThread().getId());
            edtThread = id[0];
        }
        return ManagementFactory.getThreadMXBean().getThreadCpuTime(edtThread);
    }

    /**
     * Selects the text of an annotation, as the annotator's drag or double-click does before the
     * label key. Not part of an edit's time: selecting text hands it to the X server as the
     * primary selection, whose round trip, after a pause, waits on the toolkit's event loop.
     */
    public void selectOver(Annotation a) {
        TextView text = (TextView) text();
        Article article = text.article();
        window.select(null);
        text.select(article.charIndex(a.start()), article.charIndex(a.end()));
        window.setLayer(a.layer());
    }

    /** The label key on the selected text: a new annotation. */
    public void create(String label) {
        window.edits().applyLabel(label);
    }

    public void relabelSelected(String label) {
        window.edits().applyLabel(label);
    }

    public void deleteSelected() {
        window.edits().deleteSelected();
    }

    public void undo() {
        window.edits().undo();
    }

    public void scrollOneScreen() {
        JComponent text = text();
        Rectangle r = text.getVisibleRect();
        text.scrollRectToVisible(new Rectangle(r.x, r.y + r.height, r.width, r.height));
    }

    /** The pause after an edit before the suggestions are worked out again. */
    public int suggestionPauseMs() {
        return SuggestionsController.DEBOUNCE_MS;
    }

    /** How many suggestion runs for the open article have come back. */
    public int suggestionRuns() throws Exception {
        int[] n = new int[1];
        SwingUtilities.invokeAndWait(() -> n[0] = window.suggestions().computed());
        return n[0];
    }

    /** Waits (at most a minute) until the open article's suggestions have come back once, when they are shown. */
    public void awaitSuggestions() throws Exception {
        long until = System.nanoTime() + 60_000_000_000L;
        while (suggestionsShown() && suggestionRuns() == 0 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
    }

    private boolean suggestionsShown() throws Exception {
        boolean[] on = new boolean[1];
        SwingUtilities.invokeAndWait(() -> on[0] = window.suggestions().active());
        return on[0];
    }

    public void close() throws Exception {
        // Let the repaints already queued run first: one that runs after dispose() finds no buffer.
        SwingUtilities.invokeAndWait(() -> {});
        SwingUtilities.invokeAndWait(() -> {
            window.session().ifPresent(AnnotationSession::close);
            window.dispose();
        });
    }
}
