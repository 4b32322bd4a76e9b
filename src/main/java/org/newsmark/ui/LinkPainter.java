package org.newsmark.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Stroke;
import java.awt.geom.QuadCurve2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Link;
import org.newsmark.model.Schema;

/**
 * Draws the links of an annotation as arcs. Each role label sits just above the annotation that
 * plays the role ("agent" over Putin), in the gap between two lines where the underline lanes
 * are, never on the glyphs of the line above; labels over one line are pushed apart so that none
 * hides another. Arcs and labels are kept inside the visible part of the text, which has room
 * above its first line for them.
 */
final class LinkPainter {
    private final TextView view;
    private final List<Rectangle> placed = new ArrayList<>();
    /** Links already drawn (source, role, target): a link of the selected and the hovered annotation is drawn once. */
    private final Set<String> drawn = new HashSet<>();

    private final List<TextView.LinkShape> shapes = new ArrayList<>();

    LinkPainter(TextView view) {
        this.view = view;
    }

    List<TextView.LinkShape> shapes() {
        return shapes;
    }

    /** The label font: as large as fits in the gap between lines, at most 0.75 of the text's size. */
    Font labelFont() {
        Font base = view.getFont().deriveFont(Font.BOLD);
        float size = Math.max(8f, Math.min(view.getFont().getSize2D() * 0.75f, 12f));
        while (size > 8f) {
            FontMetrics fm = view.getFontMetrics(base.deriveFont(size));
            if (fm.getAscent() + fm.getDescent() + 1 <= view.gap()) {
                break;
            }
            size -= 0.5f;
        }
        return base.deriveFont(size);
    }

    /**
     * Draws the links of one annotation, out of it and into it. {@code strong} for the selected
     * annotation; a hovered one is drawn lighter.
     */
    void paint(Graphics2D g, AnnotationSet set, Schema schema, String id, boolean strong, boolean dark) {
        Annotation focus = set.get(id).orElse(null);
        if (focus == null) {
            return;
        }
        for (Link link : focus.links()) {
            set.get(link.target()).ifPresent(t -> connect(g, schema, focus, t, link.role(), strong, dark));
        }
        for (Annotation source : view.linking(id)) {
            for (Link link : source.links()) {
                if (link.target().equals(id)) {
                    connect(g, schema, source, focus, link.role(), strong, dark);
                }
            }
        }
    }

    private void connect(
            Graphics2D g,
            Schema schema,
            Annotation source,
            Annotation target,
            String role,
            boolean strong,
            boolean dark) {
        if (!drawn.add(source.id() + '\u0000' + role + '\u0000' + target.id())) {
            return;
        }
        List<Rectangle> from = view.rows(source.start(), source.end());
        List<Rectangle> to = view.rows(target.start(), target.end());
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        Color c = Colors.of(schema, target.layer(), target.label()).darker();
        Color ink = strong ? c : Colors.alpha(c, 150);
        int h = view.textHeight();
        g.setColor(ink);
        g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {4f, 3f}, 0f));
        for (Annotation other : List.of(source, target)) {
            if (!other.id().equals(view.selectedId())) {
                for (Rectangle r : view.rows(other.start(), other.end())) {
                    g.drawRect(r.x - 2, r.y - 2, r.width + 4, h + 4);
                }
            }
        }
        Font font = labelFont();
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        Rectangle label = place(to.get(0), fm.stringWidth(role) + 8, fm.getAscent() + fm.getDescent() + 1);
        Rectangle a = from.get(0);
        Rectangle visible = view.getVisibleRect();
        double x1 = a.getCenterX();
        double y1 = Math.max(visible.y + 1, a.y - 1);
        double x2 = label.getCenterX();
        double y2 = label.y;
        double lift = Math.min(40, 10 + Math.abs(x2 - x1) / 8 + Math.abs(y2 - y1) / 10);
        double cx = (x1 + x2) / 2;
        double cy = Math.max(visible.y + 1, Math.min(y1, y2) - lift);
        QuadCurve2D curve = new QuadCurve2D.Double(x1, y1, cx, cy, x2, y2);
        g.setStroke(new BasicStroke(strong ? 1.6f : 1.2f));
        g.draw(curve);
        g.fillOval((int) x1 - 3, (int) y1 - 3, 6, 6);
        Color back = dark ? new Color(0x2B, 0x2B, 0x2B) : Color.WHITE;
        g.setColor(Colors.alpha(back, 240));
        g.fillRoundRect(label.x, label.y, label.width, label.height, 6, 6);
        g.setColor(ink);
        g.setStroke(new BasicStroke(1f));
        g.drawRoundRect(label.x, label.y, label.width - 1, label.height - 1, 6, 6);
        g.drawString(role, label.x + 4, label.y + fm.getAscent());
        shapes.add(new TextView.LinkShape(role, curve, label));
    }

    /**
     * A label's box just above a row of the text, inside the visible part, clear of the labels
     * already placed.
     */
    private Rectangle place(Rectangle row, int width, int height) {
        Rectangle visible = view.getVisibleRect();
        int y = Math.max(visible.y + 1, row.y - height);
        int x = (int) Math.round(row.getCenterX() - width / 2.0);
        Rectangle box = new Rectangle(x, y, width, height);
        for (int tries = 0; tries < 20; tries++) {
            Rectangle hit = null;
            for (Rectangle p : placed) {
                if (p.intersects(box)) {
                    hit = p;
                    break;
                }
            }
            if (hit == null) {
                break;
            }
            box.x = hit.x + hit.width + 3;
        }
        box.x = Math.max(visible.x + 1, Math.min(box.x, visible.x + visible.width - width - 1));
        placed.add(box);
        return box;
    }

    /** The line from the annotation a link is dragged from to the mouse, and the annotation under it. */
    void paintDrag(Graphics2D g, Annotation source, Point to, Annotation target, boolean valid) {
        List<Rectangle> from = view.rows(source.start(), source.end());
        if (from.isEmpty()) {
            return;
        }
        Color c = valid ? new Color(0x1E, 0x88, 0x3A) : new Color(0x90, 0x90, 0x90);
        g.setColor(c);
        Stroke dashed =
                new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f}, 0f);
        g.setStroke(dashed);
        Rectangle a = from.get(0);
        g.drawLine((int) a.getCenterX(), a.y, to.x, to.y);
        if (target != null) {
            int h = view.textHeight();
            g.setStroke(new BasicStroke(2f));
            for (Rectangle r : view.rows(target.start(), target.end())) {
                g.drawRect(r.x - 2, r.y - 2, r.width + 4, h + 4);
            }
        }
    }
}
