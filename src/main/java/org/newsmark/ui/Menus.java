package org.newsmark.ui;

import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;

/**
 * The menu bar, made from the key table: one item per action in its menu, with the action's
 * current key shown as the accelerator. The items never act on a key themselves (the window's
 * key map does, once, for every key), so a key typed into a field can never also fire a menu.
 */
final class Menus {
    private final AnnotatorWindow window;
    private final KeyBindings bindings;
    private final JMenuBar bar = new JMenuBar();
    private final List<Entry> entries = new ArrayList<>();

    private record Entry(KeyTable.Action action, JMenuItem item) {}

    Menus(AnnotatorWindow window, KeyBindings bindings) {
        this.window = window;
        this.bindings = bindings;
        int[] mnemonics = {KeyEvent.VK_F, KeyEvent.VK_E, KeyEvent.VK_N, KeyEvent.VK_V, KeyEvent.VK_A, KeyEvent.VK_H};
        for (int i = 0; i < KeyTable.MENUS.size(); i++) {
            String name = KeyTable.MENUS.get(i);
            JMenu menu = new JMenu(name);
            menu.setName("menu-" + name);
            menu.setMnemonic(mnemonics[i]);
            String group = null;
            for (KeyTable.Action a : bindings.table().actions()) {
                if (!a.menu().equals(name)) {
                    continue;
                }
                String g = groupOf(a);
                if (group != null && !group.equals(g)) {
                    menu.addSeparator();
                }
                group = g;
                JMenuItem item = a.checked() != null ? new KeyFreeCheckBox() : new KeyFreeItem();
                item.setText(a.name());
                item.setName(a.id());
                item.setToolTipText(a.description());
                item.addActionListener(e -> {
                    a.run().test(window);
                    update();
                });
                menu.add(item);
                entries.add(new Entry(a, item));
            }
            bar.add(menu);
        }
        bindings.onChange(this::showKeys);
        showKeys();
        update();
    }

    /** Items of one kind stay together; a separator between kinds. */
    private static String groupOf(KeyTable.Action a) {
        if (a.id().startsWith("layer-") || a.id().startsWith("label-") || a.id().startsWith("role-")) {
            return a.id().substring(0, a.id().indexOf('-'));
        }
        return a.checked() != null ? "toggle" : a.context().name();
    }

    JMenuBar bar() {
        return bar;
    }

    private void showKeys() {
        for (Entry e : entries) {
            List<KeyStroke> keys = bindings.keys(e.action().id());
            e.item().setAccelerator(keys.isEmpty() ? null : keys.get(0));
        }
    }

    /** Enabled and checked states and the names of Undo and Redo, after every change. */
    void update() {
        for (Entry e : entries) {
            KeyTable.Action a = e.action();
            e.item().setEnabled(a.enabled().test(window));
            if (e.item() instanceof JCheckBoxMenuItem c) {
                c.setSelected(a.checked().test(window));
            }
            if (a.id().equals("undo")) {
                e.item().setText(window.undoName());
            } else if (a.id().equals("redo")) {
                e.item().setText(window.redoName());
            }
        }
    }

    /** A menu item whose accelerator is only shown: the window's key map runs the action. */
    private static final class KeyFreeItem extends JMenuItem {
        @Override
        protected boolean processKeyBinding(KeyStroke ks, KeyEvent e, int condition, boolean pressed) {
            return condition != JComponent.WHEN_IN_FOCUSED_WINDOW && super.processKeyBinding(ks, e, condition, pressed);
        }
    }

    private static final class KeyFreeCheckBox extends JCheckBoxMenuItem {
        @Override
        protected boolean processKeyBinding(KeyStroke ks, KeyEvent e, int condition, boolean pressed) {
            return condition != JComponent.WHEN_IN_FOCUSED_WINDOW && super.processKeyBinding(ks, e, condition, pressed);
        }
    }
}
