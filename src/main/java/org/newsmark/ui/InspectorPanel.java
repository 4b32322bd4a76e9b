package org.newsmark.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFormattedTextField;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.Link;
import org.newsmark.model.LinkRole;
import org.newsmark.model.Schema;

/**
 * The selected annotation: label, boundaries, links, attributes and note. The label and the link
 * targets are chosen in a {@link Picker}, which saves only on Enter or a click; the span boxes
 * and the fields save what the user typed (on Enter, or when they leave the field). Every change
 * goes through the window's edits, so it can be undone, and after every action the keys go back
 * to the text.
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

        /** The annotations a role may link to, nearest first. */
        List<Annotation> targets(String id, LinkRole role);

        /** An inspector action is over (done or cancelled): the keys go back to the text. */
        void inspectorDone();
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
            row(y++, new JLabel("Label"), labelButton(a, layer, schema));
            row(y++, new JLabel("Span"), spanBoxes(a));
            JTextArea text = new JTextArea(a.text());
            text.setEditable(false);
            text.setLineWrap(true);
            text.setWrapStyleWord(true);
            text.setRows(Math.min(4, 1 + a.text().length() / 40));
            row(y++, new JLabel("Text"), text);
            if (layer != null) {
                for (LinkRole role : layer.roles()) {
                    y = roleRows(y, a, set, role);
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

    private JButton labelButton(Annotation a, Layer layer, Schema schema) {
        JButton label = new JButton(a.label() + "  ▾");
        label.setName("inspectorLabel");
        label.setHorizontalAlignment(JButton.LEFT);
        Color c = Colors.of(schema, a.layer(), a.label());
        label.setBackground(c);
        label.setForeground(Colors.textOn(c));
        label.setToolTipText("Choose another label (or press its key)");
        label.addActionListener(e -> {
            if (layer == null) {
                return;
            }
            List<Picker.Item<String>> items = new ArrayList<>();
            for (Label l : layer.labels()) {
                items.add(new Picker.Item<>(l.name(), l.name(), l.key()));
            }
            Picker.open(label, new java.awt.Point(0, label.getHeight()), "Label of " + a.id(), items, true, true,
                    name -> editor.relabel(a.id(), name), editor::inspectorDone);
        });
        return label;
    }

    /**
     * The start and end boxes, side by side, each taking half of the row so that neither is ever
     * pushed out of a narrow inspector. A value is saved by Enter, the arrows, or leaving the box.
     */
    private JPanel spanBoxes(Annotation a) {
        JSpinner start = spinner("inspectorStart", a.start(), 0);
        JSpinner end = spinner("inspectorEnd", a.end(), 1);
        javax.swing.event.ChangeListener bounds = e -> {
            if (!building) {
                int s = (Integer) start.getValue();
                int en = (Integer) end.getValue();
                if (s != a.start() || en != a.end()) {
                    editor.bounds(a.id(), s, en);
                    editor.inspectorDone();
                }
            }
        };
        start.addChangeListener(bounds);
        end.addChangeListener(bounds);
        JPanel spans = new JPanel(new GridLayout(1, 2, 6, 0));
        spans.add(start);
        spans.add(end);
        spans.setToolTipText("start – end, in code points, end exclusive");
        return spans;
    }

    private static JSpinner spinner(String name, int value, int min) {
        JSpinner s = new JSpinner(new SpinnerNumberModel(value, min, Integer.MAX_VALUE, 1));
        s.setName(name);
        JFormattedTextField field = ((JSpinner.DefaultEditor) s.getEditor()).getTextField();
        field.setColumns(3);
        s.setMinimumSize(new Dimension(50, s.getPreferredSize().height));
        return s;
    }

    private int roleRows(int y, Annotation a, AnnotationSet set, LinkRole role) {
        List<String> targets = a.targets(role.name());
        JPanel box = new JPanel();
        box.setLayout(new javax.swing.BoxLayout(box, javax.swing.BoxLayout.Y_AXIS));
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
            remove.addActionListener(e -> {
                editor.unlink(a.id(), new Link(role.name(), t));
                editor.inspectorDone();
            });
            line.add(go, BorderLayout.CENTER);
            line.add(remove, BorderLayout.EAST);
            line.setAlignmentX(0f);
            box.add(line);
        }
        if (role.many() || targets.isEmpty()) {
            JButton choose = new JButton((role.many() && !targets.isEmpty() ? "add " : "choose ") + role.name() + "…");
            choose.setName("choose-" + role.name());
            choose.setHorizontalAlignment(JButton.LEFT);
            choose.setAlignmentX(0f);
            choose.setToolTipText("Pick the " + role.targetLayer().toLowerCase(java.util.Locale.ROOT)
                    + " from a list: type to filter, Enter links, Esc cancels (or press " + role.key() + " and click it in the text)");
            choose.addActionListener(e -> pickTarget(choose, a, role));
            box.add(choose);
        }
        row(y, new JLabel(role.name() + " (" + role.key() + ")"), box);
        return y + 1;
    }

    /** Opens the type-ahead list of the role's possible targets, nearest first. */
    void pickTarget(JComponent anchor, Annotation a, LinkRole role) {
        List<Picker.Item<String>> items = new ArrayList<>();
        for (Annotation t : editor.targets(a.id(), role)) {
            items.add(new Picker.Item<>(t.id(), t.id() + " " + t.label() + " " + oneLine(t.text()), null));
        }
        Picker.open(anchor, new java.awt.Point(0, anchor.getHeight()), role.name() + " of " + a.id(), items, true, false,
                target -> editor.link(a.id(), role.name(), target), editor::inspectorDone);
    }

    private int attributeRows(int y, Annotation a) {
        for (Map.Entry<String, String> e : a.attributes().entrySet()) {
            JTextField value = new JTextField(e.getValue());
            value.setName("attribute-" + e.getKey());
            value.addActionListener(ev -> {
                editor.attribute(a.id(), e.getKey(), value.getText());
                editor.inspectorDone();
            });
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
                editor.inspectorDone();
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

    private static void setEnabledDeep(java.awt.Container c, boolean enabled) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof JButton b && b.getName() != null && b.getName().startsWith("link-")) {
                continue; // navigating to a link target stays possible when read-only
            }
            child.setEnabled(enabled);
            if (child instanceof java.awt.Container inner) {
                setEnabledDeep(inner, enabled);
            }
        }
    }

    /** A panel that takes the viewport's width, so that the inspector never scrolls sideways. */
    private static final class TrackingPanel extends JPanel implements javax.swing.Scrollable {
        TrackingPanel() {
            super(new BorderLayout());
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(java.awt.Rectangle r, int orientation, int direction) {
            return 16;
        }

        @Override
        public int getScrollableBlockIncrement(java.awt.Rectangle r, int orientation, int direction) {
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
}
