package org.newsmark.ui;

import java.awt.Point;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;

import org.newsmark.model.Annotation;
import org.newsmark.model.AttributeDef;
import org.newsmark.service.AttributeChoice;

/**
 * The inspector's control for one typed attribute of the schema: a button that shows the value
 * (the default marked as such) and opens a {@link Picker} of the allowed values, each with its
 * digit. Only a choice (the digit, Enter or a click) changes anything, as one undoable edit; for an
 * attribute that takes several values each choice adds or removes one.
 */
final class AttributeChooser {
    private AttributeChooser() {}

    /** The button of an attribute, named {@code attr-NAME}. */
    static JButton button(Annotation a, AttributeDef def, InspectorPanel.Editor editor) {
        JButton b = new JButton(shown(a, def) + "  ▾");
        b.setName("attribute-" + def.name());
        b.setHorizontalAlignment(JButton.LEFT);
        b.setToolTipText((def.description().isEmpty() ? def.name() : def.description()) + " (press " + def.key()
                + ", then the value's digit)");
        b.addActionListener(e -> pick(b, a, def, editor));
        return b;
    }

    private static String shown(Annotation a, AttributeDef def) {
        String own = a.attributes().get(def.name());
        String value = String.join(", ", AttributeChoice.values(def, a));
        return own == null || own.isEmpty() ? value + " (default)" : value;
    }

    /** Opens the list of the attribute's values under the anchor. */
    static void pick(JComponent anchor, Annotation a, AttributeDef def, InspectorPanel.Editor editor) {
        List<String> have = AttributeChoice.values(def, a);
        List<Picker.Item<String>> items = new ArrayList<>();
        for (int i = 0; i < def.values().size(); i++) {
            String v = def.values().get(i);
            String mark = def.many() ? (have.contains(v) ? "☑ " : "☐ ") : have.contains(v) ? "● " : "  ";
            items.add(new Picker.Item<>(
                    v, mark + v + (i == 0 ? "  (default)" : ""), i < 9 ? String.valueOf(i + 1) : null));
        }
        String title = def.name() + " of " + a.id() + (def.many() ? " (a choice adds or removes the value)" : "");
        Picker.open(
                        anchor,
                        new Point(0, anchor.getHeight()),
                        title,
                        items,
                        false,
                        true,
                        v -> {
                            String stored = AttributeChoice.stored(def, a, v);
                            if (!stored.equals(a.attributes().getOrDefault(def.name(), ""))) {
                                editor.attribute(a.id(), def.name(), stored);
                            }
                        },
                        editor::inspectorDone)
                .highlight(have.get(0));
    }
}
