package org.newsmark.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * Help → Keys and Edit → Keys…: the key table as a table, gestures first. In Edit → Keys… a row's
 * key can be changed (press the new key; a key another action uses is refused, with a message)
 * and every change can be reset; the choices are kept in the preferences.
 */
final class KeysDialog {
    private KeysDialog() {}

    /** One row of the dialog: a gesture (no id) or an action with its current keys. */
    private record Row(String id, String key, String name, String menu, String description) {}

    private static List<Row> rows(KeyBindings bindings) {
        List<Row> rows = new ArrayList<>();
        for (KeyTable.Gesture g : bindings.table().gestures()) {
            rows.add(new Row(null, g.gesture(), "", "", g.description()));
        }
        for (String menu : KeyTable.MENUS) {
            for (KeyTable.Action a : bindings.table().actions()) {
                if (a.menu().equals(menu)) {
                    rows.add(new Row(a.id(), KeyTable.text(bindings.keys(a.id())), a.name(), menu, a.description()));
                }
            }
        }
        return rows;
    }

    static void show(AnnotatorWindow owner, KeyBindings bindings, boolean editable) {
        JDialog dialog = new JDialog(owner, editable ? "Keys — choose your own" : "Keys", true);
        dialog.setName(editable ? "editKeys" : "keys");
        RowsTableModel<Row> model =
                new RowsTableModel<>(new String[] {"Key", "Action", "Menu", "What it does"}, (r, c) -> switch (c) {
                    case 0 -> r.key();
                    case 1 -> r.name();
                    case 2 -> r.menu();
                    default -> r.description();
                });
        model.setRows(rows(bindings));
        JTable table = new JTable(model);
        table.setName("keysTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        int[] widths = {190, 190, 70, 700};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        // Long descriptions are cut in the column: the whole text shows when the mouse rests on a row.
        table.setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(
                    JTable t, Object value, boolean selected, boolean focus, int row, int column) {
                JLabel l = (JLabel) super.getTableCellRendererComponent(t, value, selected, focus, row, column);
                l.setToolTipText(value == null || String.valueOf(value).isEmpty() ? null : String.valueOf(value));
                return l;
            }
        });
        JLabel message = new JLabel(editable ? "Select an action and press Change key…" : " ");
        message.setName("keysMessage");
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        if (editable) {
            JButton change = new JButton("Change key…");
            change.setName("changeKey");
            change.addActionListener(e -> {
                int row = table.getSelectedRow();
                Row r = row < 0 ? null : model.row(row);
                if (r == null || r.id() == null) {
                    message.setText("Select an action (a mouse gesture has no key to change)");
                    return;
                }
                captureKey(dialog, r.name()).ifPresent(k -> {
                    Optional<String> refused = bindings.rebind(r.id(), k);
                    message.setText(
                            refused.map(m -> "Not changed: " + m).orElse(r.name() + " is now " + KeyTable.text(k)));
                    refused.ifPresent(m ->
                            JOptionPane.showMessageDialog(dialog, m, "Key not changed", JOptionPane.WARNING_MESSAGE));
                    model.setRows(rows(bindings));
                    table.setRowSelectionInterval(row, row);
                });
            });
            JButton reset = new JButton("Reset all keys");
            reset.setName("resetKeys");
            reset.addActionListener(e -> {
                bindings.reset();
                model.setRows(rows(bindings));
                message.setText("Every key is back to the table's");
            });
            buttons.add(change);
            buttons.add(reset);
        }
        JButton close = new JButton("Close");
        close.setName("closeKeys");
        close.addActionListener(e -> dialog.dispose());
        buttons.add(close);
        JPanel south = new JPanel(new BorderLayout());
        south.add(message, BorderLayout.CENTER);
        south.add(buttons, BorderLayout.EAST);
        dialog.add(new JScrollPane(table), BorderLayout.CENTER);
        dialog.add(south, BorderLayout.SOUTH);
        dialog.getRootPane()
                .registerKeyboardAction(
                        e -> dialog.dispose(),
                        KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                        JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.setSize(new Dimension(1200, 640));
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
    }

    /** Waits for one key (with its modifiers) in a small dialog; Esc alone cancels. */
    private static Optional<KeyStroke> captureKey(JDialog owner, String action) {
        JDialog ask = new JDialog(owner, "New key", true);
        ask.setName("captureKey");
        JLabel label = new JLabel("  Press the new key for “" + action + "” (Esc cancels)  ");
        label.setFocusable(true);
        KeyStroke[] got = new KeyStroke[1];
        label.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                int c = e.getKeyCode();
                if (c == KeyEvent.VK_SHIFT
                        || c == KeyEvent.VK_CONTROL
                        || c == KeyEvent.VK_ALT
                        || c == KeyEvent.VK_META
                        || c == KeyEvent.VK_ALT_GRAPH
                        || c == KeyEvent.VK_UNDEFINED) {
                    return; // wait for the key itself
                }
                if (!(c == KeyEvent.VK_ESCAPE && e.getModifiersEx() == 0)) {
                    got[0] = KeyStroke.getKeyStroke(c, e.getModifiersEx());
                }
                e.consume();
                ask.dispose();
            }
        });
        label.setFocusTraversalKeysEnabled(false);
        ask.add(label);
        ask.setSize(460, 90);
        ask.setLocationRelativeTo(owner);
        ask.addWindowFocusListener(new WindowAdapter() {
            @Override
            public void windowGainedFocus(WindowEvent e) {
                label.requestFocusInWindow();
            }
        });
        ask.setVisible(true);
        return Optional.ofNullable(got[0]);
    }
}
