package org.newsmark.ui;

import java.awt.Component;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.KeyStroke;
import javax.swing.MenuSelectionManager;
import javax.swing.SwingUtilities;

/**
 * The window's key map, made from the key table: a key pressed anywhere in the window runs its
 * action before any component sees it, so no scroll pane or table can swallow Ctrl+PgDn and
 * label keys work in the annotation table as in the text. Annotating keys are left to a field
 * the user is typing in (see {@link FocusModel}); keys with Ctrl or Alt work everywhere.
 */
final class KeyDispatcher implements KeyEventDispatcher {
    private final AnnotatorWindow window;
    private final KeyBindings bindings;
    /** The key typed after a key an action took, which no component must see. */
    private boolean swallowTyped;

    KeyDispatcher(AnnotatorWindow window, KeyBindings bindings) {
        this.window = window;
        this.bindings = bindings;
    }

    void install() {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(this);
    }

    void uninstall() {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(this);
    }

    /** Whether a component is the named panel or inside it. */
    private static boolean inPanel(Component c, String name) {
        for (Component p = c; p != null; p = p.getParent()) {
            if (name.equals(p.getName())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean dispatchKeyEvent(KeyEvent e) {
        Component c = e.getComponent();
        Window w = c instanceof Window ww ? ww : c == null ? null : SwingUtilities.getWindowAncestor(c);
        if (w != window) {
            return false;
        }
        if (e.getID() == KeyEvent.KEY_TYPED) {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
                return true;
            }
            return false;
        }
        if (e.getID() != KeyEvent.KEY_PRESSED) {
            return false;
        }
        swallowTyped = false;
        if (MenuSelectionManager.defaultManager().getSelectedPath().length > 0 || inPanel(c, Picker.NAME)) {
            return false; // an open menu or picker takes its own keys
        }
        KeyStroke key = KeyStroke.getKeyStroke(e.getKeyCode(), e.getModifiersEx());
        boolean typing = FocusModel.isTyping(c);
        boolean roleKey = false;
        List<KeyTable.Action> actions = bindings.actionsFor(key);
        for (KeyTable.Action a : actions) {
            if (a.context() == KeyTable.Context.PANEL
                    && inPanel(c, a.scope())
                    && a.run().test(window)) {
                e.consume();
                swallowTyped = true;
                return true;
            }
        }
        for (KeyTable.Action a : actions) {
            if (a.context() == KeyTable.Context.PANEL || typing && a.context() == KeyTable.Context.ANNOTATE) {
                continue;
            }
            if (a.layer() != null && !a.layer().equals(window.selectedLayer())) {
                roleKey = true;
                continue;
            }
            if (a.run().test(window)) {
                e.consume();
                swallowTyped = true;
                return true;
            }
        }
        if (roleKey && !typing) {
            window.edits().roleKeyWithoutSource(KeyTable.text(key));
            e.consume();
            swallowTyped = true;
            return true;
        }
        return false;
    }
}
