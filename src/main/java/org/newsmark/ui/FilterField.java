package org.newsmark.ui;

import java.util.regex.Pattern;
import javax.swing.JTextField;
import javax.swing.RowFilter;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.TableRowSorter;

/** A filter box over a table: rows that contain the typed text anywhere, ignoring case. */
final class FilterField {
    private FilterField() {}

    static JTextField forSorter(String name, String placeholder, TableRowSorter<?> sorter) {
        JTextField field = new JTextField();
        field.setName(name);
        field.putClientProperty("JTextField.placeholderText", placeholder);
        field.putClientProperty("JTextField.showClearButton", true);
        onChange(field, () -> {
            String text = field.getText().trim();
            sorter.setRowFilter(text.isEmpty() ? null : RowFilter.regexFilter("(?i)" + Pattern.quote(text)));
        });
        return field;
    }

    /** Runs the action on every change of the field's text. */
    static void onChange(JTextField field, Runnable action) {
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                action.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                action.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                action.run();
            }
        });
    }
}
