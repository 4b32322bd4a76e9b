package org.newsmark.ui;

import java.awt.Color;

import org.newsmark.model.Label;
import org.newsmark.model.Schema;

/** Label colours as the annotator and the workbook show them. */
final class Colors {
    private Colors() {}

    static Color of(Schema schema, String layer, String label) {
        return schema.label(layer, label).map(Label::rgb).map(Color::new).orElse(Color.GRAY);
    }

    static Color alpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Black or white, whichever reads better on the colour. */
    static Color textOn(Color c) {
        double luminance = 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
        return luminance > 150 ? Color.BLACK : Color.WHITE;
    }
}
