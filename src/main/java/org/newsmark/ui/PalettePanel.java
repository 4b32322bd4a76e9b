package org.newsmark.ui;

import java.awt.Color;
import java.awt.FlowLayout;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.Schema;

/** The layer switch and one button per label of the current layer, with its key and colour. */
final class PalettePanel extends JPanel {
    private final Consumer<String> onLayer;
    private final Consumer<String> onLabel;

    PalettePanel(Consumer<String> onLayer, Consumer<String> onLabel) {
        super(new WrapLayout(FlowLayout.LEFT, 4, 2));
        this.onLayer = onLayer;
        this.onLabel = onLabel;
        setName("palette");
    }

    void show(Schema schema, String currentLayer) {
        removeAll();
        ButtonGroup group = new ButtonGroup();
        for (Layer layer : schema.layers()) {
            JToggleButton b = new JToggleButton(layer.key() + "  " + title(layer.name()));
            b.setName("layer-" + layer.name());
            b.setToolTipText("Switch to " + layer.name() + " (key " + layer.key() + ")");
            b.setFocusable(false);
            b.setSelected(layer.name().equals(currentLayer));
            b.addActionListener(e -> onLayer.accept(layer.name()));
            group.add(b);
            add(b);
        }
        add(new JLabel("   "));
        schema.layer(currentLayer).ifPresent(layer -> {
            for (Label label : layer.labels()) {
                JButton b = new JButton(label.key() + "  " + label.name());
                b.setName("label-" + label.name());
                b.setToolTipText("<html><b>" + label.name() + "</b> (key " + label.key() + ")<br>" + label.description()
                        + "</html>");
                b.setFocusable(false);
                Color c = new Color(label.rgb());
                b.setBackground(c);
                b.setForeground(Colors.textOn(c));
                b.putClientProperty("JButton.buttonType", "roundRect");
                b.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(c.darker()),
                        BorderFactory.createEmptyBorder(3, 8, 3, 8)));
                b.setOpaque(true);
                b.addActionListener(e -> onLabel.accept(label.name()));
                add(b);
            }
        });
        revalidate();
        repaint();
    }

    private static String title(String layer) {
        return Layers.plural(layer);
    }
}
