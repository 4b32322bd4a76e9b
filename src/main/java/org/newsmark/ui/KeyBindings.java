package org.newsmark.ui;

import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.KeyStroke;

/**
 * The keys in force: the table's defaults with the keys a user chose in Edit → Keys… (kept in
 * the preferences), and the lookup from a key to its actions that the window's key map uses.
 */
final class KeyBindings {
    private final KeyTable table;
    private final Prefs prefs;
    private final Map<String, List<KeyStroke>> keys = new LinkedHashMap<>();
    private final Map<KeyStroke, List<KeyTable.Action>> byKey = new HashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();

    KeyBindings(KeyTable table, Prefs prefs) {
        this.table = table;
        this.prefs = prefs;
        load();
    }

    KeyTable table() {
        return table;
    }

    private void load() {
        keys.clear();
        for (KeyTable.Action a : table.actions()) {
            List<KeyStroke> chosen =
                    prefs.key(a.id()).map(KeyStroke::getKeyStroke).map(List::of).orElse(a.keys());
            keys.put(a.id(), chosen);
        }
        byKey.clear();
        for (KeyTable.Action a : table.actions()) {
            for (KeyStroke k : keys.get(a.id())) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(a);
            }
        }
        listeners.forEach(Runnable::run);
    }

    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    List<KeyStroke> keys(String id) {
        return keys.getOrDefault(id, List.of());
    }

    /** The actions a key is bound to, in table order. */
    List<KeyTable.Action> actionsFor(KeyStroke key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** Binds an action to a key, or says why not (a clash with another action, a key fields need). */
    Optional<String> rebind(String id, KeyStroke key) {
        KeyTable.Action action = table.action(id).orElseThrow();
        int code = key.getKeyCode();
        if (code == KeyEvent.VK_TAB
                || code == KeyEvent.VK_SHIFT
                || code == KeyEvent.VK_CONTROL
                || code == KeyEvent.VK_ALT
                || code == KeyEvent.VK_META
                || code == KeyEvent.VK_ALT_GRAPH) {
            return Optional.of(KeyTable.text(key) + " cannot be a key of its own");
        }
        boolean plain =
                (key.getModifiers() & (KeyEvent.CTRL_DOWN_MASK | KeyEvent.ALT_DOWN_MASK | KeyEvent.META_DOWN_MASK))
                        == 0;
        boolean functionKey = code >= KeyEvent.VK_F1 && code <= KeyEvent.VK_F12 || code == KeyEvent.VK_ESCAPE;
        if (action.context() == KeyTable.Context.WINDOW && plain && !functionKey) {
            return Optional.of("“" + action.name() + "” works while typing in a field, so its key needs Ctrl or Alt"
                    + " (or is a function key): " + KeyTable.text(key) + " would be typed");
        }
        for (KeyTable.Action other : actionsFor(key)) {
            if (!other.id().equals(id) && other.clashesWith(action)) {
                return Optional.of(KeyTable.text(key) + " is already the key of “" + other.name() + "”");
            }
        }
        prefs.key(id, key.toString());
        prefs.flush();
        load();
        return Optional.empty();
    }

    /** Back to the table's keys. */
    void reset() {
        prefs.clearKeys();
        prefs.flush();
        load();
    }
}
