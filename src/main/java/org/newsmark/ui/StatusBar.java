package org.newsmark.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;

/** Annotator, article, counts per layer, what the user should do next, and the save state. */
final class StatusBar extends JPanel {
    private final JLabel who = new JLabel();
    private final JLabel counts = new JLabel();
    private final JLabel message = new JLabel();
    private final JLabel save = new JLabel();
    private final JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 12, 0));

    StatusBar() {
        super(new BorderLayout());
        setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
        who.setName("statusWho");
        counts.setName("statusCounts");
        message.setName("statusMessage");
        save.setName("statusSave");
        JPanel left = new JPanel(new FlowLayout(FlowLayout.LEFT, 12, 0));
        left.setOpaque(false);
        left.add(who);
        left.add(counts);
        left.add(message);
        add(left, BorderLayout.CENTER);
        right.setOpaque(false);
        right.add(save);
        add(right, BorderLayout.EAST);
    }

    /** A control of the team's sync, left of the save state. */
    void addControl(JComponent c) {
        right.add(c, 0);
    }

    void who(String text) {
        who.setText(text);
    }

    void counts(String text) {
        counts.setText(text);
    }

    void message(String text) {
        message.setText(text);
    }

    String messageText() {
        return message.getText();
    }

    void save(String text, boolean error) {
        save.setText(text);
        save.setForeground(error ? new Color(0xC0, 0x1E, 0x1E) : UIManager.getColor("Label.foreground"));
        save.setToolTipText(text);
    }
}
