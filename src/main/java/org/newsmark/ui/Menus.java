package org.newsmark.ui;

import com.formdev.flatlaf.FlatLaf;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.InputMap;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;

/** The menu bar: every command as a small action with its accelerator. */
final class Menus {
    private final AnnotatorWindow window;
    private final JMenuBar bar = new JMenuBar();
    private final Action undo;
    private final Action redo;
    private final Action delete;
    private final Action markAll;
    private final JCheckBoxMenuItem done = new JCheckBoxMenuItem();

    Menus(AnnotatorWindow window) {
        this.window = window;
        int ctrl = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

        JMenu file = menu("File", KeyEvent.VK_F);
        file.add(item(action("Import articles…", KeyStroke.getKeyStroke(KeyEvent.VK_I, ctrl), window::importArticles)));
        file.add(item(action("Export workbook…", KeyStroke.getKeyStroke(KeyEvent.VK_E, ctrl), window::exportWorkbook)));
        file.add(item(action("Save now", KeyStroke.getKeyStroke(KeyEvent.VK_S, ctrl), window::saveNow)));
        file.addSeparator();
        file.add(item(action("Quit", KeyStroke.getKeyStroke(KeyEvent.VK_Q, ctrl), window::closeWindow)));

        JMenu edit = menu("Edit", KeyEvent.VK_E);
        undo = action("Undo", KeyStroke.getKeyStroke(KeyEvent.VK_Z, ctrl), window::undo);
        redo = action("Redo", KeyStroke.getKeyStroke(KeyEvent.VK_Y, ctrl), window::redo);
        delete = action("Delete annotation", KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), window::deleteSelected);
        markAll = action("Mark all occurrences", KeyStroke.getKeyStroke(KeyEvent.VK_M, ctrl), window::markAll);
        edit.add(item(undo));
        edit.add(item(redo));
        edit.addSeparator();
        edit.add(item(delete));
        edit.add(item(markAll));
        edit.addSeparator();
        edit.add(item(action("Find…", KeyStroke.getKeyStroke(KeyEvent.VK_F, ctrl), window::showFind)));
        JCheckBoxMenuItem snap = new JCheckBoxMenuItem("Snap selections to whole words", window.snap());
        snap.setName("snapToggle");
        snap.addActionListener(e -> window.setSnap(snap.isSelected()));
        edit.add(snap);

        JMenu view = menu("View", KeyEvent.VK_V);
        JCheckBoxMenuItem dark = new JCheckBoxMenuItem("Dark theme", FlatLaf.isLafDark());
        dark.addActionListener(e -> window.setDark(dark.isSelected()));
        view.add(dark);
        view.add(item(action("Progress…", KeyStroke.getKeyStroke(KeyEvent.VK_P, ctrl), window::showProgress)));
        view.add(item(action("Larger text", KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, ctrl), () -> window.changeFontSize(1))));
        view.add(item(action("Smaller text", KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, ctrl), () -> window.changeFontSize(-1))));

        JMenu article = menu("Article", KeyEvent.VK_A);
        done.setAction(action("Done", KeyStroke.getKeyStroke(KeyEvent.VK_D, ctrl), () -> window.setDone(done.isSelected())));
        done.setName("doneToggle");
        article.add(done);
        article.add(item(action("Check my work", KeyStroke.getKeyStroke(KeyEvent.VK_K, ctrl), window::checkWork)));
        article.add(item(action("Next article", KeyStroke.getKeyStroke(KeyEvent.VK_PAGE_DOWN, ctrl), () -> window.stepArticle(1))));
        article.add(item(action("Previous article", KeyStroke.getKeyStroke(KeyEvent.VK_PAGE_UP, ctrl), () -> window.stepArticle(-1))));

        JMenu help = menu("Help", KeyEvent.VK_H);
        help.add(item(action("Guidelines", KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0), window::showGuidelines)));
        help.add(item(action("Keys", null, () -> JOptionPane.showMessageDialog(window, KEYS, "Keys",
                JOptionPane.INFORMATION_MESSAGE))));

        // Second accelerators that a menu item cannot carry.
        InputMap im = window.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        im.put(KeyStroke.getKeyStroke(KeyEvent.VK_Z, ctrl | InputEvent.SHIFT_DOWN_MASK), "redo2");
        window.getRootPane().getActionMap().put("redo2", redo);
        im.put(KeyStroke.getKeyStroke(KeyEvent.VK_PLUS, ctrl), "larger2");
        im.put(KeyStroke.getKeyStroke(KeyEvent.VK_ADD, ctrl), "larger2");
        im.put(KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, ctrl | InputEvent.SHIFT_DOWN_MASK), "larger2");
        window.getRootPane().getActionMap().put("larger2", action("Larger text", null, () -> window.changeFontSize(1)));
        im.put(KeyStroke.getKeyStroke(KeyEvent.VK_SUBTRACT, ctrl), "smaller2");
        window.getRootPane().getActionMap().put("smaller2", action("Smaller text", null, () -> window.changeFontSize(-1)));
        update();
    }

    static final String KEYS = """
            E / Q / V        switch layer (entities, quotes, events)
            1 … 9            apply the label with that key to the selected text, or relabel the selected annotation
            click            select the annotation there; click again to cycle through overlapping ones
            S                with a quote selected: click its speaker (C: the quote it continues)
            A / T / P / M    with an event selected: click its agent, target, place or time
            Delete           delete the selected annotation (links to it are removed)
            Shift+←/→        move the end of the selected annotation (a word; a character without snapping)
            Ctrl+Shift+←/→   move its start
            Ctrl+M           mark all other occurrences of the selected annotation's text
            Ctrl+Z / Ctrl+Y  undo / redo (also Ctrl+Shift+Z)
            Ctrl+F           find in the article
            Ctrl+D           mark the article done (again to reopen)
            Ctrl+= / Ctrl+-  larger / smaller text
            Esc              cancel a link, clear the selection
            F1               the guidelines, at the selected label
            Hold Alt while selecting to turn off snapping to whole words.""";

    JMenuBar bar() {
        return bar;
    }

    void update() {
        var session = window.session();
        boolean canUndo = session.map(s -> s.history().canUndo() && !s.readOnly()).orElse(false);
        boolean canRedo = session.map(s -> s.history().canRedo() && !s.readOnly()).orElse(false);
        undo.setEnabled(canUndo);
        redo.setEnabled(canRedo);
        undo.putValue(Action.NAME, canUndo ? "Undo " + session.get().history().undoDescription().orElse("") : "Undo");
        redo.putValue(Action.NAME, canRedo ? "Redo " + session.get().history().redoDescription().orElse("") : "Redo");
        delete.setEnabled(window.selectedId() != null);
        markAll.setEnabled(window.selectedId() != null);
        done.setSelected(window.isDone());
    }

    private JMenu menu(String name, int mnemonic) {
        JMenu m = new JMenu(name);
        m.setMnemonic(mnemonic);
        bar.add(m);
        return m;
    }

    private static JMenuItem item(Action a) {
        JMenuItem i = new JMenuItem(a);
        i.setName(String.valueOf(a.getValue(Action.NAME)));
        return i;
    }

    private static Action action(String name, KeyStroke key, Runnable run) {
        AbstractAction a = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
        if (key != null) {
            a.putValue(Action.ACCELERATOR_KEY, key);
        }
        return a;
    }
}
