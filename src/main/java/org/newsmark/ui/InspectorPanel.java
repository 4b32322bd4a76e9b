package org.newsmark.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.ComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.Scrollable;
import javax.swing.SpinnerNumberModel;
import javax.swing.event.ChangeListener;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.Link;
import org.newsmark.model.LinkRole;
import org.newsmark.model.Schema;

/**
 * The selected annotation: label, boundaries, links (targets chosen from this article's
 * annotations of the allowed layer, with type-ahead), attributes and note. Every change goes
 * through the window's edits, so it can be undone.
 */
final class InspectorPanel extends JPanel {
    /** What the inspector asks the window to do. */
    interface Editor {
        void relabel(String id, String label);

        void bounds(String id, int start, int end);

        void link(String id, String role, String target);

        void unlink(String id, Link link);

        void attribute(String id, String key, String value);

        void note(String id, String note);

        void select(String id);
    }

    private final Editor editor;
    private final JPanel content = new JPanel(new GridBagLayout());
    private boolean building;

    InspectorPanel(Editor editor) {
        super(new BorderLayout());
        this.editor = editor;
        setName("inspector");
        content.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        JPanel top = new TrackingPanel();
        top.add(content, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(top);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        add(scroll, BorderLayout.CENTER);
        setMinimumSize(new Dimension(260, 100));
        setPreferredSize(new Dimension(350, 400));
        show(null, null, null, false);
    }

    /** Rebuilds the inspector for an annotation (or a hint when none is selected). */
    void show(Annotation a, AnnotationSet set, Schema schema, boolean readOnly) {
        building = true;
        try {
            content.removeAll();
            if (a == null) {
                row(0, new JLabel("<html><i>No annotation selected.</i><br><br>Select text and press a label key"
                        + " (1–9), or click an annotation.</html>"), null);
                return;
            }
            Layer layer = schema.layer(a.layer()).orElse(null);
            int y = 0;
            JLabel title = new JLabel("<html><b>" + a.id() + "</b> · " + a.layer() + "</html>");
            title.setName("inspectorTitle");
            row(y++, title, null);
            JComboBox<String> label = new JComboBox<>(layer == null ? new String[] {a.label()}
                    : layer.labels().stream().map(Label::name).toArray(String[]::new));
            label.setName("inspectorLabel");
            label.setSelectedItem(a.label());
            label.addActionListener(e -> {
                if (!building && label.getSelectedItem() != null && !label.getSelectedItem().equals(a.label())) {
                    editor.relabel(a.id(), (String) label.getSelectedItem());
                }
            });
            row(y++, new JLabel("Label"), label);
            JSpinner start = new JSpinner(new SpinnerNumberModel(a.start(), 0, Integer.MAX_VALUE, 1));
            JSpinner end = new JSpinner(new SpinnerNumberModel(a.end(), 1, Integer.MAX_VALUE, 1));
            ((JSpinner.DefaultEditor) start.getEditor()).getTextField().setColumns(6);
            ((JSpinner.DefaultEditor) end.getEditor()).getTextField().setColumns(6);
            start.setName("inspectorStart");
            end.setName("inspectorEnd");
            ChangeListener bounds = e -> {
                if (!building) {
                    int s = (Integer) start.getValue();
                    int en = (Integer) end.getValue();
                    if (s != a.start() || en != a.end()) {
                        editor.bounds(a.id(), s, en);
                    }
                }
            };
            start.addChangeListener(bounds);
            end.addChangeListener(bounds);
            JPanel spans = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
            spans.add(start);
            spans.add(new JLabel("–"));
            spans.add(end);
            row(y++, new JLabel("Span"), spans);
            JTextArea text = new JTextArea(a.text());
            text.setEditable(false);
            text.setLineWrap(true);
            text.setWrapStyleWord(true);
            text.setRows(Math.min(4, 1 + a.text().length() / 40));
            row(y++, new JLabel("Text"), text);
            if (layer != null) {
                for (LinkRole role : layer.roles()) {
                    y = roleRows(y, a, set, schema, role);
                }
            }
            y = attributeRows(y, a);
            JTextArea note = new JTextArea(a.note(), 3, 20);
            note.setName("inspectorNote");
            note.setLineWrap(true);
            note.setWrapStyleWord(true);
            note.addFocusListener(new FocusAdapter() {
                @Override
                public void focusLost(FocusEvent e) {
                    if (!note.getText().equals(a.note())) {
                        editor.note(a.id(), note.getText().replace("\r", ""));
                    }
                }
            });
            row(y, new JLabel("Note"), new JScrollPane(note));
            setEnabledDeep(content, !readOnly);
        } finally {
            building = false;
            content.revalidate();
            content.repaint();
        }
    }

    private int roleRows(int y, Annotation a, AnnotationSet set, Schema schema, LinkRole role) {
        List<String> targets = a.targets(role.name());
        JPanel box = new JPanel();
        box.setLayout(new BoxLayout(box, BoxLayout.Y_AXIS));
        for (String t : targets) {
            JPanel line = new JPanel(new BorderLayout(4, 0));
            JButton go = new JButton(describe(set, t));
            go.setName("link-" + role.name() + "-" + t);
            go.setHorizontalAlignment(JButton.LEFT);
            go.setToolTipText("Select " + t);
            go.addActionListener(e -> editor.select(t));
            JButton remove = new JButton("✕");
            remove.setName("unlink-" + role.name() + "-" + t);
            remove.setToolTipText("Remove this link");
            remove.addActionListener(e -> editor.unlink(a.id(), new Link(role.name(), t)));
            line.add(go, BorderLayout.CENTER);
            line.add(remove, BorderLayout.EAST);
            box.add(line);
        }
        if (role.many() || targets.isEmpty()) {
            List<Choice> choices = new ArrayList<>();
            choices.add(new Choice(null, role.many() ? "add " + role.name() + "…" : "choose " + role.name() + "…"));
            for (Annotation t : set.inLayer(role.targetLayer())) {
                if (!t.id().equals(a.id()) && !targets.contains(t.id())) {
                    choices.add(new Choice(t.id(), t.id() + " " + t.label() + " " + oneLine(t.text())));
                }
            }
            JComboBox<Choice> combo = new JComboBox<>(choices.toArray(Choice[]::new));
            combo.setName("choose-" + role.name());
            combo.setKeySelectionManager(new TypeAhead());
            combo.setMaximumRowCount(16);
            combo.addActionListener(e -> {
                Choice c = (Choice) combo.getSelectedItem();
                if (!building && c != null && c.id != null) {
                    editor.link(a.id(), role.name(), c.id);
                }
            });
            box.add(combo);
        }
        row(y, new JLabel(role.name() + " (" + role.key() + ")"), box);
        return y + 1;
    }

    private int attributeRows(int y, Annotation a) {
        for (Map.Entry<String, String> e : a.attributes().entrySet()) {
            JTextField value = new JTextField(e.getValue());
            value.setName("attribute-" + e.getKey());
            value.addActionListener(ev -> editor.attribute(a.id(), e.getKey(), value.getText()));
            value.addFocusListener(new FocusAdapter() {
                @Override
                public void focusLost(FocusEvent ev) {
                    if (!value.getText().equals(e.getValue())) {
                        editor.attribute(a.id(), e.getKey(), value.getText());
                    }
                }
            });
            row(y++, new JLabel(e.getKey()), value);
        }
        JTextField add = new JTextField();
        add.setName("attributeAdd");
        add.putClientProperty("JTextField.placeholderText", "key=value, Enter");
        add.addActionListener(ev -> {
            String s = add.getText();
            int eq = s.indexOf('=');
            if (eq > 0) {
                editor.attribute(a.id(), s.substring(0, eq).trim(), s.substring(eq + 1).trim());
            }
        });
        row(y++, new JLabel("Attribute"), add);
        return y;
    }

    private static String describe(AnnotationSet set, String id) {
        return set.get(id).map(t -> id + " " + t.label() + " " + oneLine(t.text())).orElse(id + " (missing)");
    }

    private static String oneLine(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 48 ? t.substring(0, 45) + "…" : t;
    }

    private void row(int y, JComponent left, JComponent right) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = y;
        c.insets = new Insets(3, 0, 3, 6);
        c.anchor = GridBagConstraints.NORTHWEST;
        if (right == null) {
            c.gridx = 0;
            c.gridwidth = 2;
            c.weightx = 1;
            c.fill = GridBagConstraints.HORIZONTAL;
            content.add(left, c);
            return;
        }
        c.gridx = 0;
        content.add(left, c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        right.setMinimumSize(new Dimension(60, right.getMinimumSize().height));
        right.setPreferredSize(new Dimension(60, right.getPreferredSize().height));
        content.add(right, c);
    }

    private static void setEnabledDeep(Container c, boolean enabled) {
        for (Component child : c.getComponents()) {
            if (child instanceof JButton b && b.getName() != null && b.getName().startsWith("link-")) {
                continue; // navigating to a link target stays possible when read-only
            }
            child.setEnabled(enabled);
            if (child instanceof Container inner) {
                setEnabledDeep(inner, enabled);
            }
        }
    }

    /** A panel that takes the viewport's width, so that the inspector never scrolls sideways. */
    private static final class TrackingPanel extends JPanel implements Scrollable {
        TrackingPanel() {
            super(new BorderLayout());
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle r, int orientation, int direction) {
            return 16;
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle r, int orientation, int direction) {
            return r.height;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }

    /** One entry of a link target list. */
    record Choice(String id, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** Type-ahead over several keys typed in quick succession, matching anywhere in the entry. */
    static final class TypeAhead implements JComboBox.KeySelectionManager {
        private final StringBuilder typed = new StringBuilder();
        private long last;

        @Override
        public int selectionForKey(char key, ComboBoxModel<?> model) {
            long now = System.currentTimeMillis();
            if (now - last > 1000) {
                typed.setLength(0);
            }
            last = now;
            typed.append(Character.toLowerCase(key));
            String prefix = typed.toString();
            for (int i = 0; i < model.getSize(); i++) {
                Object item = model.getElementAt(i);
                if (item instanceof Choice c && c.id != null) {
                    String text = c.text.toLowerCase(Locale.ROOT);
                    String afterId = text.substring(text.indexOf(' ') + 1);
                    String words = afterId.substring(Math.max(0, afterId.indexOf(' ') + 1));
                    if (text.startsWith(prefix) || words.startsWith(prefix) || words.contains(" " + prefix)) {
                        return i;
                    }
                }
            }
            return -1;
        }
    }
}
