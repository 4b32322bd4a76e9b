package org.newsmark.ui;

import java.awt.Color;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;

import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.Schema;
import org.newsmark.service.ArticleLabels;

/**
 * The labels of the open article, for the schema's layers that label whole articles (genre,
 * topic): one row per layer with a toggle per label, showing its key. A click, or the layer's key
 * and then the label's key, adds or removes the label as one undoable edit. Absent when the schema
 * has no such layer.
 */
final class ArticleLabelsBar extends JPanel {
    private final List<Layer> layers;
    private final List<JToggleButton> buttons = new ArrayList<>();

    /** {@code toggle} receives the layer and the label clicked. */
    ArticleLabelsBar(Schema schema, BiConsumer<String, String> toggle) {
        setName("articleLabels");
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setBorder(BorderFactory.createEmptyBorder(4, 4, 6, 4));
        layers = schema.layers().stream().filter(Layer::marksArticles).toList();
        for (Layer l : layers) {
            JLabel title = new JLabel("Article " + l.name().toLowerCase(Locale.ROOT) + " (" + l.key() + ")");
            title.setAlignmentX(0f);
            add(title);
            JPanel row = new JPanel(new WrapLayout(WrapLayout.LEFT, 3, 2));
            row.setAlignmentX(0f);
            for (Label label : l.labels()) {
                JToggleButton b = new JToggleButton(label.key() + " " + label.name());
                b.setName("articleLabel-" + l.name() + "-" + label.name());
                b.setMargin(new Insets(1, 4, 1, 4));
                b.setFocusable(false); // the keys stay with the text
                b.setToolTipText(label.description().isEmpty() ? label.name() : label.description());
                Color c = Colors.of(schema, l.name(), label.name());
                b.putClientProperty("label.color", c);
                b.addActionListener(e -> toggle.accept(l.name(), label.name()));
                buttons.add(b);
                row.add(b);
            }
            add(row);
        }
        setVisible(!layers.isEmpty());
    }

    boolean hasLayers() {
        return !layers.isEmpty();
    }

    /** Shows which labels the article has (none when no article is open). */
    void show(AnnotationSet set, boolean enabled) {
        int i = 0;
        for (Layer l : layers) {
            List<String> have = set == null ? List.of() : ArticleLabels.of(set, l);
            for (Label label : l.labels()) {
                JToggleButton b = buttons.get(i++);
                b.setSelected(have.contains(label.name()));
                b.setEnabled(enabled);
                Color c = (Color) b.getClientProperty("label.color");
                b.setBackground(b.isSelected() ? c : null);
                b.setForeground(b.isSelected() ? Colors.textOn(c) : null);
            }
        }
    }
}
