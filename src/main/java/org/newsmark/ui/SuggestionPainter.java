package org.newsmark.ui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsmark.model.Schema;
import org.newsmark.suggest.Suggestion;

/**
 * Draws suggestions over the text as dashed outlines in their label's colour, never as the
 * backgrounds and lanes of annotations, so that nobody mistakes one for the other; the selected
 * suggestion gets a thicker outline and a faint fill, and the suggestions it links to (the speaker
 * it proposes), which accepting it adds too, a thicker outline. Only spans near the clip are measured.
 */
final class SuggestionPainter {
    private static final int DASH_ON = 4;
    private static final int DASH_PERIOD = 7;

    private SuggestionPainter() {}

    /** The code points [first, last] that the clip shows, a line either side. */
    static int[] range(TextView view, Rectangle clip) {
        int h = view.textHeight();
        int first = view.article().codePointOffset(Math.max(0, view.viewToModel2D(new Point(0, clip.y - h))));
        int last = view.article()
                .codePointOffset(Math.min(
                        view.getDocument().getLength(),
                        view.viewToModel2D(new Point(view.getWidth(), clip.y + clip.height + h)) + 1));
        return new int[] {first, last};
    }

    /**
     * Draws the suggestions near the clip; {@code selected} (or null) is drawn last, over the
     * others, and the suggestions it links to with a thicker outline.
     */
    static void paint(
            Graphics2D g, TextView view, Schema schema, List<Suggestion> near, Suggestion selected, Rectangle clip) {
        if (near.isEmpty()) {
            return;
        }
        Graphics2D o = (Graphics2D) g.create();
        // Axis-aligned outlines on whole pixels: crisp without antialiasing, which costs more than the text.
        o.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        int h = view.textHeight();
        Set<String> linked = new HashSet<>();
        if (selected != null) {
            selected.links().stream().filter(l -> l.toSuggestion()).forEach(l -> linked.add(l.target()));
        }
        boolean selectedNear = false;
        for (Suggestion s : near) {
            if (selected != null && s.key().equals(selected.key())) {
                selectedNear = true;
                continue; // drawn last, over the others
            }
            outline(o, view, schema, s, h, linked.contains(s.key()) ? Weight.LINKED : Weight.PLAIN);
        }
        if (selectedNear) {
            outline(o, view, schema, selected, h, Weight.SELECTED);
        }
        o.dispose();
    }

    private enum Weight {
        PLAIN,
        LINKED,
        SELECTED
    }

    private static void outline(Graphics2D g, TextView view, Schema schema, Suggestion s, int h, Weight weight) {
        boolean selected = weight == Weight.SELECTED;
        Color c = Colors.of(schema, s.layer(), s.label());
        // Nested suggestions (a speaker inside a quote's line) stay apart: each layer a little further out.
        int pad = 1 + Math.max(0, layerIndex(schema, s.layer())) * 2;
        int t = weight == Weight.PLAIN ? 1 : 2;
        for (Rectangle r : view.rows(s.start(), s.end())) {
            int x = r.x - pad;
            int y = r.y - pad;
            int w = r.width + 2 * pad + 1;
            int hh = h + 2 * pad + 1;
            if (selected) {
                g.setColor(Colors.alpha(c, 40));
                g.fillRect(x, y, w, hh);
            }
            // The dashes come from a repeating pattern: four fills per row, not one per dash.
            g.setPaint(dashes(c));
            g.fillRect(x, y, w, t);
            g.fillRect(x, y + hh - t, w, t);
            g.fillRect(x, y, t, hh);
            g.fillRect(x + w - t, y, t, hh);
        }
    }

    private static final Map<Color, TexturePaint> DASHES = new HashMap<>();

    /** A pattern of the colour, 4 pixels on and 3 off along any row or column. */
    private static TexturePaint dashes(Color c) {
        return DASHES.computeIfAbsent(c, color -> {
            BufferedImage tile = new BufferedImage(DASH_PERIOD, DASH_PERIOD, BufferedImage.TYPE_INT_ARGB);
            for (int x = 0; x < DASH_PERIOD; x++) {
                for (int y = 0; y < DASH_PERIOD; y++) {
                    if ((x + y) % DASH_PERIOD < DASH_ON) {
                        tile.setRGB(x, y, color.getRGB());
                    }
                }
            }
            return new TexturePaint(tile, new Rectangle(0, 0, DASH_PERIOD, DASH_PERIOD));
        });
    }

    private static int layerIndex(Schema schema, String layer) {
        for (int i = 0; i < schema.layers().size(); i++) {
            if (schema.layers().get(i).name().equals(layer)) {
                return i;
            }
        }
        return 0;
    }
}
