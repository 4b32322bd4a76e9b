package org.newsmark.ui;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

/**
 * Where the keyboard goes. The text is home: after every action in the inspector, a picker or a
 * dialog, the keys go back to it. A field where one types (a filter, the note, an attribute, a
 * span box) gets the keys only when the user put the caret there: by clicking it, by Tab, or by
 * a command that opens it (Ctrl+F, Ctrl+L). When Swing moves the focus by itself, because the
 * component that had it was removed (the inspector is rebuilt after every edit) or a window came
 * back, and it lands in such a field, it is sent home instead, so an annotating key is never
 * typed into a filter.
 */
final class FocusModel {
    /** How long after a click or a Tab the focus arriving in a field counts as the user's doing. */
    private static final long INTENT_MS = 1500;

    private final Window window;
    private final JComponent home;
    private Component pressed;
    private long pressedAt;
    private long tabAt;
    private Component allowed;
    /** The field the user is typing in, so that the focus may come back to it (after a dialog). */
    private Component userField;

    private final AWTEventListener listener = this::event;

    FocusModel(Window window, JComponent home) {
        this.window = window;
        this.home = home;
    }

    void install() {
        Toolkit.getDefaultToolkit()
                .addAWTEventListener(
                        listener, AWTEvent.MOUSE_EVENT_MASK | AWTEvent.KEY_EVENT_MASK | AWTEvent.FOCUS_EVENT_MASK);
    }

    void uninstall() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(listener);
    }

    /** Whether a component is a field the user types into (the text of the article is not one). */
    static boolean isTyping(Component c) {
        return c instanceof JTextComponent t && t.isEditable() && t.isEnabled() && !(c instanceof TextView);
    }

    /** Sends the keys back to the text. */
    void home() {
        userField = null;
        home.requestFocusInWindow();
    }

    /** Gives the caret to a field on the user's command (Ctrl+F, Ctrl+L). */
    void focusField(JComponent field) {
        allowed = field;
        field.requestFocusInWindow();
    }

    private boolean inWindow(Component c) {
        return c != null && (c == window || SwingUtilities.getWindowAncestor(c) == window);
    }

    private void event(AWTEvent e) {
        if (e instanceof MouseEvent m && m.getID() == MouseEvent.MOUSE_PRESSED && inWindow(m.getComponent())) {
            pressed = m.getComponent();
            pressedAt = System.currentTimeMillis();
        } else if (e instanceof KeyEvent k && k.getID() == KeyEvent.KEY_PRESSED && k.getKeyCode() == KeyEvent.VK_TAB) {
            tabAt = System.currentTimeMillis();
        } else if (e instanceof FocusEvent f && f.getID() == FocusEvent.FOCUS_GAINED && inWindow(f.getComponent())) {
            gained(f.getComponent());
        }
    }

    private void gained(Component c) {
        if (!isTyping(c)) {
            if (!(c instanceof Window)) {
                userField = null;
            }
            return;
        }
        long now = System.currentTimeMillis();
        boolean clicked = pressed != null
                && now - pressedAt < INTENT_MS
                && (pressed == c
                        || SwingUtilities.isDescendingFrom(pressed, c)
                        || SwingUtilities.isDescendingFrom(c, pressed));
        boolean picking = SwingUtilities.getAncestorNamed(Picker.NAME, c) != null;
        boolean intended = c == allowed || c == userField || clicked || picking || now - tabAt < INTENT_MS;
        allowed = null;
        if (intended) {
            userField = c;
        } else {
            SwingUtilities.invokeLater(this::home);
        }
    }
}
