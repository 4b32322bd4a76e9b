package org.newsmark.ui;

import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;

import org.newsmark.model.Article;
import org.newsmark.model.Spans;

/** Find in the article (Ctrl+F): Enter for the next match, Shift+Enter for the previous, Escape closes. */
final class FindBar extends JPanel {
    /** Where a match is shown. */
    interface Target {
        Article article();

        void showMatch(Spans.Range range);

        void closeFind();
    }

    private final JTextField field = new JTextField(24);
    private final JLabel count = new JLabel(" ");
    private final Target target;
    private int current = -1;

    FindBar(Target target) {
        super(new FlowLayout(FlowLayout.LEFT, 6, 2));
        this.target = target;
        setName("findBar");
        field.setName("findField");
        count.setName("findCount");
        field.putClientProperty("JTextField.placeholderText", "Find in article");
        JButton previous = new JButton("▲");
        previous.setToolTipText("Previous (Shift+Enter)");
        previous.setName("findPrevious");
        JButton next = new JButton("▼");
        next.setToolTipText("Next (Enter)");
        next.setName("findNext");
        JButton close = new JButton("✕");
        close.setName("findClose");
        previous.addActionListener(e -> move(-1));
        next.addActionListener(e -> move(1));
        close.addActionListener(e -> target.closeFind());
        field.addActionListener(e -> move(1));
        field.getInputMap(JComponent.WHEN_FOCUSED)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, KeyEvent.SHIFT_DOWN_MASK), "previous");
        field.getActionMap().put("previous", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                move(-1);
            }
        });
        field.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close");
        field.getActionMap().put("close", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                target.closeFind();
            }
        });
        FilterField.onChange(field, this::reset);
        add(new JLabel("Find"));
        add(field);
        add(previous);
        add(next);
        add(count);
        add(close);
    }

    JTextField field() {
        return field;
    }

    /** Searching as the user types: the first match shows at once. */
    private void reset() {
        current = -1;
        count.setText(" ");
        if (!field.getText().isEmpty()) {
            move(1);
        }
    }

    /** Case-insensitive matches of the text in the article (code point ranges). */
    static List<Spans.Range> matches(Article article, String query) {
        if (query.isEmpty()) {
            return List.of();
        }
        String hay = article.text().toLowerCase(Locale.ROOT);
        String needle = query.toLowerCase(Locale.ROOT);
        if (hay.length() != article.text().length()) {
            hay = article.text();
            needle = query;
        }
        ArrayList<Spans.Range> out = new ArrayList<>();
        int length = query.codePointCount(0, query.length());
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
            int s = article.codePointOffset(i);
            out.add(new Spans.Range(s, s + length));
        }
        return out;
    }

    private void move(int direction) {
        List<Spans.Range> all = matches(target.article(), field.getText());
        if (all.isEmpty()) {
            count.setText(field.getText().isEmpty() ? " " : "no match");
            return;
        }
        current = Math.floorMod(current + direction, all.size());
        if (current < 0) {
            current = 0;
        }
        count.setText((current + 1) + " of " + all.size());
        target.showMatch(all.get(current));
    }
}
