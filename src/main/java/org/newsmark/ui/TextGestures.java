package org.newsmark.ui;

import java.awt.Cursor;
import java.awt.Point;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;

import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.Spans;
import org.newsmark.service.AnnotationEditor;
import org.newsmark.service.AnnotationSession;

/**
 * The mouse on the text. A drag selects text, widened to whole tokens (Ctrl+drag: as dragged, for
 * that selection; Ctrl is not taken by window managers as Alt is); a click selects the annotation
 * there and a second click at the same place the next one under it; a drag from the selected
 * annotation to another links them, through a small chooser of the roles valid between the two
 * (one valid role is linked at once); hovering an annotation draws its links.
 */
final class TextGestures extends MouseAdapter {
    /** How far the mouse must move before a press on the selected annotation becomes a link drag. */
    private static final int DRAG_SLOP = 5;

    private final AnnotatorWindow window;
    private final TextView text;
    private int lastClickOffset = -1;
    private int clickCycle;
    private boolean unsnapped;
    private Point pressedAt;
    private String linkFrom;
    private boolean dragging;

    TextGestures(AnnotatorWindow window, TextView text) {
        this.window = window;
        this.text = text;
        text.addMouseListener(this);
        text.addMouseMotionListener(this);
    }

    /** Whether the text selection was made with Ctrl held (or snapping off): it is marked as selected. */
    boolean unsnappedSelection() {
        return unsnapped;
    }

    @Override
    public void mousePressed(MouseEvent e) {
        if (!SwingUtilities.isLeftMouseButton(e)) {
            return;
        }
        pressedAt = e.getPoint();
        dragging = false;
        linkFrom = null;
        String selected = window.selectedId();
        if (selected != null
                && e.getClickCount() == 1
                && !window.edits().linking()
                && text.annotationsAt(e.getPoint()).stream().anyMatch(a -> a.id().equals(selected))) {
            // A press on the selected annotation may start a link; the caret leaves the selection alone meanwhile.
            linkFrom = selected;
            text.setLinkDrag(e.getPoint(), null, false);
        }
    }

    @Override
    public void mouseDragged(MouseEvent e) {
        if (linkFrom == null) {
            return;
        }
        if (!dragging && e.getPoint().distance(pressedAt) < DRAG_SLOP) {
            return;
        }
        dragging = true;
        Annotation target = targetAt(e.getPoint());
        boolean valid = target != null && !choices(target).isEmpty();
        text.setLinkDrag(e.getPoint(), target == null ? null : target.id(), valid);
    }

    /** The innermost annotation under a point that is not the one being linked from. */
    private Annotation targetAt(Point p) {
        List<Annotation> here = new ArrayList<>(text.annotationsAt(p));
        here.removeIf(a -> a.id().equals(linkFrom));
        for (Annotation a : here) {
            if (!choices(a).isEmpty()) {
                return a;
            }
        }
        return here.isEmpty() ? null : here.get(0);
    }

    private List<AnnotationEditor.LinkChoice> choices(Annotation target) {
        return window.editor().map(ed -> ed.linksBetween(linkFrom, target.id())).orElse(List.of());
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        if (!SwingUtilities.isLeftMouseButton(e) || window.session().isEmpty()) {
            return;
        }
        if (window.edits().linking()) {
            clearDrag();
            window.edits().completeLink(text.annotationsAt(e.getPoint()));
            return;
        }
        if (linkFrom != null) {
            boolean moved = dragging;
            Annotation target = moved ? targetAt(e.getPoint()) : null;
            String from = linkFrom;
            clearDrag();
            if (!moved && e.getClickCount() < 2) {
                clickAt(e.getPoint());
                return;
            }
            if (target != null && linkDropped(from, target, e.getPoint())) {
                return;
            }
            if (moved) {
                selectBetween(pressedAt, e.getPoint());
            }
        }
        int s = text.getSelectionStart();
        int en = text.getSelectionEnd();
        if (s == en) {
            clickAt(e.getPoint());
            return;
        }
        window.select(null);
        unsnapped = e.isControlDown() || !window.snap();
        if (!unsnapped) {
            Article a = window.article();
            Spans.Range r = window.editor()
                    .map(ed -> ed.spanOf(a.codePointOffset(s), a.codePointOffset(en), true))
                    .orElse(new Spans.Range(0, 0));
            if (!r.isEmpty()) {
                text.select(a.charIndex(r.start()), a.charIndex(r.end()));
            }
        }
        text.getCaret().setSelectionVisible(true);
        window.status(unsnapped ? "Selected as dragged (Ctrl+drag: no snapping); press a label key" : " ");
    }

    /** A link dragged onto another annotation: one valid role links at once, several open the chooser. */
    private boolean linkDropped(String from, Annotation target, Point at) {
        linkFrom = from;
        List<AnnotationEditor.LinkChoice> valid = choices(target);
        linkFrom = null;
        if (valid.isEmpty()) {
            window.status("No role links " + from + " and " + target.id() + "; the text between them is selected");
            return false;
        }
        if (valid.size() == 1) {
            AnnotationEditor.LinkChoice c = valid.get(0);
            window.edits().link(c.source(), c.role().name(), c.target());
            return true;
        }
        List<Picker.Item<AnnotationEditor.LinkChoice>> items = new ArrayList<>();
        for (AnnotationEditor.LinkChoice c : valid) {
            items.add(new Picker.Item<>(
                    c,
                    c.role().name() + ":  " + c.source() + " → " + c.target() + " "
                            + window.editor()
                                    .flatMap(ed -> ed.get(c.target()))
                                    .map(t -> t.label() + " " + oneLine(t.text()))
                                    .orElse(""),
                    c.role().key()));
        }
        Picker.open(
                text,
                at,
                "Link " + from + " and " + target.id() + " as",
                items,
                false,
                true,
                c -> window.edits().link(c.source(), c.role().name(), c.target()),
                () -> window.focus().home());
        return true;
    }

    private static String oneLine(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 40 ? t.substring(0, 37) + "…" : t;
    }

    /** A drag from the selected annotation that found no link: the text it went over is selected, as a drag does. */
    private void selectBetween(Point from, Point to) {
        int a = text.viewToModel2D(from);
        int b = text.viewToModel2D(to);
        if (a >= 0 && b >= 0 && a != b) {
            text.select(Math.min(a, b), Math.max(a, b));
        }
    }

    private void clearDrag() {
        linkFrom = null;
        dragging = false;
        text.setLinkDrag(null, null, false);
    }

    /** A click selects the innermost annotation there; clicking again at the same place cycles outwards. */
    private void clickAt(Point p) {
        List<Annotation> here = text.annotationsAt(p);
        if (here.isEmpty()) {
            lastClickOffset = -1;
            window.select(null);
            return;
        }
        int offset = text.offsetAt(p);
        String selected = window.selectedId();
        if (offset == lastClickOffset && selected != null && here.stream().anyMatch(a -> a.id().equals(selected))) {
            clickCycle = (clickCycle + 1) % here.size();
        } else {
            clickCycle = 0;
        }
        lastClickOffset = offset;
        window.select(here.get(clickCycle).id());
        window.status(here.size() > 1 ? here.size() + " annotations here; click again for the next" : " ");
    }

    @Override
    public void mouseMoved(MouseEvent e) {
        List<Annotation> here = text.annotationsAt(e.getPoint());
        var set = window.session().map(AnnotationSession::current).orElse(null);
        String hovered = null;
        for (Annotation a : here) {
            if (!a.links().isEmpty() || set != null && !set.linking(a.id()).isEmpty()) {
                hovered = a.id();
                break;
            }
        }
        text.setHoveredId(hovered);
        String selected = window.selectedId();
        boolean overSelected = selected != null && here.stream().anyMatch(a -> a.id().equals(selected));
        if (!window.edits().linking()) {
            text.setCursor(Cursor.getPredefinedCursor(overSelected ? Cursor.HAND_CURSOR : Cursor.TEXT_CURSOR));
        }
    }

    @Override
    public void mouseExited(MouseEvent e) {
        text.setHoveredId(null);
    }
}
