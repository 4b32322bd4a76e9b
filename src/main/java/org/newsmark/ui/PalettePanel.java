package org.newsmark.ui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;

import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.Schema;

/**
 * The layer switch and one button per label of the current layer, with its key and colour. The
 * labels of every layer are laid out at once, one card each, and the palette is as tall as the
 * tallest: switching layers (which clicking an annotation of another layer does) never changes
 * its height, so the text below never moves under the mouse.
 */
final class PalettePanel extends JPanel {
    private final Consumer<String> onLayer;
    private final Consumer<String> onLabel;
    private final JPanel layers = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
    private final CardLayout cards = new CardLayout();
    private final JPanel labels = new JPanel(cards);
    private final ButtonGroup group = new ButtonGroup();
    private Schema shown;

    PalettePanel(Consumer<String> onLayer, Consumer<String> onLabel) {
        super(new BorderLayout());
        this.onLayer = onLayer;
        this.onLabel = onLabel;
        setName("palette");
        add(layers, BorderLayout.WEST);
        add(labels, BorderLayout.CENTER);
    }

    /** Shows the palette of a schema with one layer current; builds the buttons once per schema. */
    void show(Schema schema, String currentLayer) {
        if (shown != schema) {
            build(schema);
        }
        for (Component c : layers.getComponents()) {
            if (c instanceof JToggleButton b) {
                b.setSelected(b.getName().equals("layer-" + currentLayer));
            }
        }
        cards.show(labels, currentLayer);
    }

    private void build(Schema schema) {
        shown = schema;
        layers.removeAll();
        labels.removeAll();
        for (Layer layer : schema.layers()) {
            JToggleButton b = new JToggleButton(layer.key() + "  " + Layers.plural(layer.name()));
            b.setName("layer-" + layer.name());
            b.setToolTipText("Switch to " + layer.name() + " (key " + layer.key() + ")");
            b.setFocusable(false);
            b.addActionListener(e -> onLayer.accept(layer.name()));
            group.add(b);
            layers.add(b);
            JPanel card = new JPanel(new WrapLayout(FlowLayout.LEFT, 4, 2));
            for (Label label : layer.labels()) {
                card.add(labelButton(label));
            }
            labels.add(card, layer.name());
        }
        revalidate();
        repaint();
    }

    /**
     * The height that wrapping needs is only known once the cards have their width, after a
     * layout; settle it at once after a resize, rather than at the next layer switch.
     */
    @Override
    public void doLayout() {
        super.doLayout();
        if (getPreferredSize().height != getHeight()) {
            SwingUtilities.invokeLater(this::revalidate);
        }
    }

    private JButton labelButton(Label label) {
        JButton b = new JButton(label.key() + "  " + label.name());
        b.setName("label-" + label.name());
        b.setToolTipText(
                "<html><b>" + label.name() + "</b> (key " + label.key() + ")<br>" + label.description() + "</html>");
        b.setFocusable(false);
        Color c = new Color(label.rgb());
        b.setBackground(c);
        b.setForeground(Colors.textOn(c));
        b.putClientProperty("JButton.buttonType", "roundRect");
        b.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(c.darker()), BorderFactory.createEmptyBorder(3, 8, 3, 8)));
        b.setOpaque(true);
        b.addActionListener(e -> onLabel.accept(label.name()));
        return b;
    }
}
