package org.newsmark.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * Training mode's differences, each kind in its own style: missed spans boxed in red dashes,
 * spurious ones struck through with an orange zigzag, wrong labels boxed in purple, boundary
 * errors bracketed in blue, link errors outlined in dots.
 */
final class FindingPainter {
    private FindingPainter() {}

    static void paint(Graphics2D g, TextView view, List<Finding> findings, Rectangle clip) {
        int h = view.textHeight();
        for (Finding f : findings) {
            if (f.end() > view.article().length() || f.start() >= f.end()) {
                continue;
            }
            for (Rectangle r : view.rows(f.start(), f.end())) {
                if (r.intersects(clip.x, clip.y - h, clip.width, clip.height + 2 * h)) {
                    paint(g, f.kind(), r, h);
                }
            }
        }
    }

    private static void paint(Graphics2D g, Finding.Kind kind, Rectangle r, int h) {
        switch (kind) {
            case MISSED -> {
                g.setColor(new Color(0xD0, 0x10, 0x10));
                g.setStroke(new BasicStroke(
                        2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
                g.drawRect(r.x - 2, r.y - 2, r.width + 4, h + 4);
            }
            case SPURIOUS -> {
                g.setColor(new Color(0xF0, 0x7A, 0x00));
                g.setStroke(new BasicStroke(1.6f));
                int y = r.y + h / 2;
                Path2D zig = new Path2D.Double();
                zig.moveTo(r.x, y);
                for (int x = r.x; x < r.x + r.width; x += 4) {
                    zig.lineTo(x + 2, y + ((x - r.x) / 4 % 2 == 0 ? -2 : 2));
                }
                g.draw(zig);
            }
            case LABEL -> {
                g.setColor(new Color(0x80, 0x20, 0xC0));
                g.setStroke(new BasicStroke(2f));
                g.drawRect(r.x - 2, r.y - 2, r.width + 4, h + 4);
            }
            case BOUNDARY -> {
                g.setColor(new Color(0x10, 0x60, 0xD0));
                g.setStroke(new BasicStroke(2f));
                g.drawLine(r.x - 2, r.y - 2, r.x - 2, r.y + h + 2);
                g.drawLine(r.x - 2, r.y - 2, r.x + 3, r.y - 2);
                g.drawLine(r.x + r.width + 2, r.y - 2, r.x + r.width + 2, r.y + h + 2);
                g.drawLine(r.x + r.width + 2, r.y + h + 2, r.x + r.width - 3, r.y + h + 2);
            }
            default -> {
                g.setColor(new Color(0x20, 0x80, 0x80));
                g.setStroke(new BasicStroke(
                        1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {1f, 3f}, 0f));
                g.drawRect(r.x - 3, r.y - 3, r.width + 6, h + 6);
            }
        }
    }
}
