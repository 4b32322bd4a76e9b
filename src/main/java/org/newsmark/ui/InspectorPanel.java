package org.newsmark.ui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFormattedTextField;
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
import org.newsmark.model.AttributeDef;
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
 * to the text. The fields are made once and filled for each annotation (only the link and
 * attribute rows are made again, when they change), so that following the selection costs little
 * on an article with thousands of annotations.
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
    private final CardLayout cards = new CardLayout();
    private final JPanel deck = new JPanel(cards);
    private final JPanel content = new JPanel(new GridBagLayout());
    private final JLabel title = new JLabel();
    private final JButton label = new JButton();
    private final JSpinner start = spinner("inspectorStart", 0);
    private final JSpinner end = spinner("inspectorEnd", 1);
    private final JTextArea text = new JTextArea();
    private final JPanel roles = new JPanel(new GridBagLayout());
    private final JPanel attributes = new JPanel(new GridBagLayout());
    private final JTextField attributeAdd = new JTextField();
    private final JTextArea note = new JTextArea(3, 20);
    private EntityNames names = EntityNames.of(AnnotationSet.empty("", ""));
    private Annotation shown;
    private Schema schema;
    private Layer layer;
    /** What the link and attribute rows were made for, so they are made again only when it changes. */
    private Object rolesKey;

    private Object attributesKey;
    /** The buttons of the layer's typed attributes, by attribute name. */
    private final Map<String, JButton> typedAttributes = new HashMap<>();

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
        JLabel hint = new JLabel("<html><i>No annotation selected.</i><br><br>Select text and press a label key"
                + " (1–9), or click an annotation.</html>");
        hint.setVerticalAlignment(JLabel.TOP);
        hint.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        deck.add(hint, "none");
        deck.add(scroll, "annotation");
        add(deck, BorderLayout.CENTER);
        setMinimumSize(new Dimension(260, 100));
        setPreferredSize(new Dimension(350, 400));
        build();
        cards.show(deck, "none");
    }

    private void build() {
        title.setName("inspectorTitle");
        title.setFont(title.getFont().deriveFont(Font.BOLD));
        label.setName("inspectorLabel");
        label.setText("LABEL  ▾"); // a text for its height before the first annotation is shown
        label.setHorizontalAlignment(JButton.LEFT);
        label.setToolTipText("Choose another label (or press its key)");
        label.addActionListener(e -> pickLabel());
        ChangeListener bounds = e -> {
            if (!building && shown != null) {
                int s = (Integer) start.getValue();
                int en = (Integer) end.getValue();
                if (s != shown.start() || en != shown.end()) {
                    editor.bounds(shown.id(), s, en);
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
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        attributeAdd.setName("attributeAdd");
        attributeAdd.putClientProperty("JTextField.placeholderText", "key=value, Enter");
        attributeAdd.addActionListener(ev -> {
            String s = attributeAdd.getText();
            int eq = s.indexOf('=');
            if (eq > 0 && shown != null) {
                editor.attribute(
                        shown.id(),
                        s.substring(0, eq).trim(),
                        s.substring(eq + 1).trim());
                attributeAdd.setText("");
                editor.inspectorDone();
            }
        });
        note.setName("inspectorNote");
        note.setLineWrap(true);
        note.setWrapStyleWord(true);
        note.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                if (shown != null && !note.getText().equals(shown.note())) {
                    editor.note(shown.id(), note.getText().replace("\r", ""));
                }
            }
        });
        int y = 0;
        row(content, y++, title, null);
        row(content, y++, new JLabel("Label"), label);
        row(content, y++, new JLabel("Span"), spans);
        row(content, y++, new JLabel("Text"), text);
        row(content, y++, roles, null);
        row(content, y++, attributes, null);
        row(content, y++, new JLabel("Attribute"), attributeAdd);
        row(content, y, new JLabel("Note"), new JScrollPane(note));
    }

    /** Fills the inspector for an annotation (or shows a hint when none is selected). */
    void show(Annotation a, AnnotationSet set, Schema newSchema, boolean readOnly) {
        if (a == null) {
            shown = null;
            cards.show(deck, "none");
            return;
        }
        building = true;
        try {
            boolean same = a.id().equals(shown == null ? null : shown.id());
            shown = a;
            schema = newSchema;
            layer = newSchema.layer(a.layer()).orElse(null);
            title.setText(a.id() + " · " + a.layer());
            label.setText(a.label() + "  ▾");
            Color c = Colors.of(newSchema, a.layer(), a.label());
            label.setBackground(c);
            label.setForeground(Colors.textOn(c));
            start.setValue(a.start());
            end.setValue(a.end());
            if (!text.getText().equals(a.text())) {
                text.setText(a.text());
                text.setRows(Math.min(4, 1 + a.text().length() / 40));
            }
            if (!same || !note.isFocusOwner()) {
                note.setText(a.note());
            }
            EntityNames names = EntityNames.of(set);
            this.names = names;
            List<String> shownTargets = a.links().stream()
                    .map(l -> describe(set, names, l.target()))
                    .toList();
            Object newRolesKey = List.of(a.id(), a.layer(), a.links(), set.size(), readOnly, shownTargets);
            if (!newRolesKey.equals(rolesKey)) {
                rolesKey = newRolesKey;
                roleRows(a, set, names);
            }
            Object newAttributesKey = List.of(a.id(), a.layer(), a.attributes(), readOnly);
            if (!newAttributesKey.equals(attributesKey)) {
                attributesKey = newAttributesKey;
                attributeRows(a);
            }
            setEnabledDeep(content, !readOnly);
            cards.show(deck, "annotation");
        } finally {
            building = false;
        }
    }

    private void pickLabel() {
        if (layer == null || shown == null) {
            return;
        }
        Annotation a = shown;
        List<Picker.Item<String>> items = new ArrayList<>();
        for (Label l : layer.labels()) {
            items.add(new Picker.Item<>(l.name(), l.name(), l.key()));
        }
        Picker.open(
                label,
                new Point(0, label.getHeight()),
                "Label of " + a.id(),
                items,
                true,
                true,
                name -> editor.relabel(a.id(), name),
                editor::inspectorDone);
    }

    private static JSpinner spinner(String name, int min) {
        JSpinner s = new JSpinner(new SpinnerNumberModel(min, min, Integer.MAX_VALUE, 1));
        s.setName(name);
        JFormattedTextField field = ((JSpinner.DefaultEditor) s.getEditor()).getTextField();
        field.setColumns(3);
        s.setMinimumSize(new Dimension(50, s.getPreferredSize().height));
        return s;
    }

    private void roleRows(Annotation a, AnnotationSet set, EntityNames names) {
        roles.removeAll();
        if (layer != null) {
            int y = 0;
            for (LinkRole role : layer.roles()) {
                row(roles, y++, new JLabel(role.name() + " (" + role.key() + ")"), roleBox(a, set, names, role));
            }
        }
        roles.revalidate();
    }

    private JPanel roleBox(Annotation a, AnnotationSet set, EntityNames names, LinkRole role) {
        List<String> targets = a.targets(role.name());
        JPanel box = new JPanel();
        box.setLayout(new BoxLayout(box, BoxLayout.Y_AXIS));
        for (String t : targets) {
            JPanel line = new JPanel(new BorderLayout(4, 0));
            JButton go = new JButton(describe(set, names, t));
            go.setName("link-" + role.name() + "-" + t);
            go.setHorizontalAlignment(JButton.LEFT);
            go.setToolTipText("Select " + go.getText());
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
            choose.setToolTipText("Pick the " + role.targetLayer().toLowerCase(Locale.ROOT)
                    + " from a list: type to filter, Enter links, Esc cancels (or press " + role.key()
                    + " and click it in the text)");
            choose.addActionListener(e -> pickTarget(choose, a, role));
            box.add(choose);
        }
        return box;
    }

    /** Opens the type-ahead list of the role's possible targets, nearest first. */
    private void pickTarget(JComponent anchor, Annotation a, LinkRole role) {
        List<Picker.Item<String>> items = new ArrayList<>();
        for (Annotation t : editor.targets(a.id(), role)) {
            items.add(new Picker.Item<>(t.id(), names.describe(t), null));
        }
        Picker.open(
                anchor,
                new Point(0, anchor.getHeight()),
                role.name() + " of " + a.id(),
                items,
                true,
                false,
                target -> editor.link(a.id(), role.name(), target),
                editor::inspectorDone);
    }

    /** The typed attribute's key: opens its list of values; false when the annotation's layer has no such attribute. */
    boolean pickAttribute(String name) {
        JButton b = typedAttributes.get(name);
        AttributeDef def = layer == null ? null : layer.attribute(name).orElse(null);
        if (b == null || def == null || shown == null || !b.isEnabled()) {
            return false;
        }
        AttributeChooser.pick(b, shown, def, editor);
        return true;
    }

    private void attributeRows(Annotation a) {
        attributes.removeAll();
        typedAttributes.clear();
        int y = 0;
        List<AttributeDef> typed = layer == null ? List.of() : layer.attributes();
        for (AttributeDef def : typed) {
            JButton b = AttributeChooser.button(a, def, editor);
            typedAttributes.put(def.name(), b);
            row(attributes, y++, new JLabel(def.name() + " (" + def.key() + ")"), b);
        }
        for (Map.Entry<String, String> e : a.attributes().entrySet()) {
            if (typedAttributes.containsKey(e.getKey())) {
                continue;
            }
            JTextField value = new JTextField(e.getValue());
            value.setName("attribute-" + e.getKey());
            value.addActionListener(ev -> {
                editor.attribute(a.id(), e.getKey(), value.getText());
                editor.inspectorDone();
            });
            value.addFocusListener(new FocusAdapter() {
                @Override
                public void focusLost(FocusEvent ev) {
                    if (!value.getText().equals(e.getValue())
                            && Objects.equals(shown == null ? null : shown.id(), a.id())) {
                        editor.attribute(a.id(), e.getKey(), value.getText());
                    }
                }
            });
            row(attributes, y++, new JLabel(e.getKey()), value);
        }
        attributes.revalidate();
    }

    /** A link target: id, label, text and, for a mention such as “he”, its entity's canonical name. */
    private static String describe(AnnotationSet set, EntityNames names, String id) {
        return set.get(id).map(names::target).orElse(id + " (missing)");
    }

    /**
     * One row: a label and its field, the field taking the rest of the width; a component alone
     * spans both columns. The link and attribute rows are panels of their own with the same two
     * columns, so their labels line up only within them; that keeps each part cheap to make again.
     */
    private static void row(JPanel panel, int y, JComponent left, JComponent right) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = y;
        c.insets = new Insets(3, 0, 3, 6);
        c.anchor = GridBagConstraints.NORTHWEST;
        if (right == null) {
            c.gridx = 0;
            c.gridwidth = 2;
            c.weightx = 1;
            c.fill = GridBagConstraints.HORIZONTAL;
            c.insets = new Insets(left instanceof JPanel ? 0 : 3, 0, left instanceof JPanel ? 0 : 3, 0);
            panel.add(left, c);
            return;
        }
        c.gridx = 0;
        left.setPreferredSize(
                new Dimension(Math.max(72, left.getPreferredSize().width), left.getPreferredSize().height));
        panel.add(left, c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        right.setMinimumSize(new Dimension(60, right.getMinimumSize().height));
        right.setPreferredSize(new Dimension(60, right.getPreferredSize().height));
        panel.add(right, c);
    }

    private static void setEnabledDeep(Container c, boolean enabled) {
        for (Component child : c.getComponents()) {
            if (child instanceof JButton b && b.getName() != null && b.getName().startsWith("link-")) {
                continue; // navigating to a link target stays possible when read-only
            }
            if (child.isEnabled() != enabled) {
                child.setEnabled(enabled);
            }
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
}
