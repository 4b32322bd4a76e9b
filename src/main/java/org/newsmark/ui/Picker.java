package org.newsmark.ui;

import java.awt.AWTEvent;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.ActionEvent;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JLayeredPane;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * A small list that commits only on a decision: Enter or a click chooses, Esc (or a click
 * elsewhere) cancels, and nothing else saves anything. With a filter, typing narrows the list
 * (entries where every typed word starts a word first, then entries that contain them) and the
 * arrows move in it; with keys, pressing an entry's key chooses it at once (the link chooser: A
 * for agent). It opens inside the window, in its popup layer, so the keys stay with the window:
 * nothing typed right after opening or closing it is lost while a window manager hands the focus
 * from one window to another. While it is open it has every key (see {@link KeyDispatcher}). The
 * same picker chooses link targets and labels in the inspector and the role of a dragged link.
 */
final class Picker<T> {
    /** The name of the picker's panel, by which the key map and the focus model recognise it. */
    static final String NAME = "picker";

    /** One entry: what it stands for, how it reads, and its key (or null). */
    record Item<T>(T value, String text, String key) {
        @Override
        public String toString() {
            return key == null ? text : key + "   " + text;
        }
    }

    private final JPanel panel = new JPanel(new BorderLayout(0, 4));
    private final JList<Item<T>> list;
    private final DefaultListModel<Item<T>> model = new DefaultListModel<>();
    private final JTextField filter;
    private final List<Item<T>> items;
    private final boolean keysChoose;
    private final Consumer<T> onChoose;
    private final Runnable onClose;
    private final AWTEventListener outside = this::clickedOutside;
    private JLayeredPane layers;
    private boolean finished;

    private Picker(
            String title,
            List<Item<T>> items,
            boolean withFilter,
            boolean keysChoose,
            Consumer<T> onChoose,
            Runnable onClose) {
        this.items = List.copyOf(items);
        this.keysChoose = keysChoose;
        this.onChoose = onChoose;
        this.onClose = onClose;
        panel.setName(NAME);
        list = new JList<>(model);
        list.setName("pickerList");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(Math.min(12, Math.max(3, items.size())));
        filter = withFilter ? new JTextField(24) : null;
        Color border = UIManager.getColor("Component.borderColor");
        panel.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(border == null ? Color.GRAY : border),
                BorderFactory.createEmptyBorder(6, 6, 6, 6)));
        JLabel head = new JLabel(title
                + (withFilter
                        ? "  (type to filter, Enter chooses, Esc cancels)"
                        : "  (press a key or Enter, Esc cancels)"));
        head.setName("pickerTitle");
        JPanel north = new JPanel(new BorderLayout(0, 4));
        north.setOpaque(false);
        north.add(head, BorderLayout.NORTH);
        if (filter != null) {
            filter.setName("pickerFilter");
            FilterField.onChange(filter, this::refilter);
            north.add(filter, BorderLayout.SOUTH);
        }
        panel.add(north, BorderLayout.NORTH);
        panel.add(new JScrollPane(list), BorderLayout.CENTER);
        bindKeys(filter != null ? filter : list);
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseReleased(MouseEvent e) {
                int i = list.locationToIndex(e.getPoint());
                if (i >= 0 && list.getCellBounds(i, i).contains(e.getPoint())) {
                    list.setSelectedIndex(i);
                    choose();
                }
            }
        });
        refilter();
    }

    /**
     * Opens a picker at a point of a component. {@code onChoose} runs with the chosen value;
     * {@code onClose} runs afterwards in every case (chosen or cancelled), to give the keys back.
     */
    static <T> Picker<T> open(
            Component anchor,
            Point at,
            String title,
            List<Item<T>> items,
            boolean withFilter,
            boolean keysChoose,
            Consumer<T> onChoose,
            Runnable onClose) {
        Picker<T> p = new Picker<>(title, items, withFilter, keysChoose, onChoose, onClose);
        p.show(anchor, at);
        return p;
    }

    private void show(Component anchor, Point at) {
        layers = SwingUtilities.getRootPane(anchor).getLayeredPane();
        Dimension size = panel.getPreferredSize();
        size.width = Math.max(size.width, 340);
        Point p = SwingUtilities.convertPoint(anchor, at, layers);
        Rectangle room = new Rectangle(0, 0, layers.getWidth(), layers.getHeight());
        size.width = Math.min(size.width, room.width - 8);
        size.height = Math.min(size.height, room.height - 8);
        p.x = Math.max(4, Math.min(p.x, room.width - size.width - 4));
        p.y = Math.max(4, Math.min(p.y, room.height - size.height - 4));
        panel.setBounds(new Rectangle(p, size));
        layers.add(panel, JLayeredPane.POPUP_LAYER);
        layers.revalidate();
        layers.repaint();
        Toolkit.getDefaultToolkit().addAWTEventListener(outside, AWTEvent.MOUSE_EVENT_MASK);
        (filter != null ? filter : list).requestFocusInWindow();
    }

    /** A press anywhere else in the window is no decision: the picker closes without choosing. */
    private void clickedOutside(AWTEvent e) {
        if (e.getID() == MouseEvent.MOUSE_PRESSED
                && e.getSource() instanceof Component c
                && !SwingUtilities.isDescendingFrom(c, panel)) {
            cancel();
        }
    }

    private void bindKeys(JComponent c) {
        action(c, "ENTER", this::choose);
        action(c, "ESCAPE", this::cancel);
        if (filter != null) {
            action(c, "DOWN", () -> move(1));
            action(c, "UP", () -> move(-1));
            action(c, "PAGE_DOWN", () -> move(list.getVisibleRowCount()));
            action(c, "PAGE_UP", () -> move(-list.getVisibleRowCount()));
        }
        if (keysChoose) {
            c.addKeyListener(new KeyAdapter() {
                @Override
                public void keyTyped(KeyEvent e) {
                    if (filter != null && !filter.getText().isEmpty()) {
                        return;
                    }
                    String k = String.valueOf(e.getKeyChar());
                    for (int i = 0; i < model.size(); i++) {
                        if (model.get(i).key() != null && model.get(i).key().equalsIgnoreCase(k)) {
                            e.consume();
                            list.setSelectedIndex(i);
                            choose();
                            return;
                        }
                    }
                }
            });
        }
    }

    private static void action(JComponent c, String key, Runnable r) {
        c.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(key), "picker-" + key);
        c.getActionMap().put("picker-" + key, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        });
    }

    private void move(int by) {
        if (model.isEmpty()) {
            return;
        }
        int i = Math.max(0, Math.min(model.size() - 1, list.getSelectedIndex() + by));
        list.setSelectedIndex(i);
        list.ensureIndexIsVisible(i);
    }

    /** Whether the entry contains every word typed, anywhere. */
    static boolean matches(String entry, String typed) {
        String e = entry.toLowerCase(Locale.ROOT);
        for (String word : typed.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty() && !e.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Entries where every typed word starts a word first, then entries that contain them; each group in its order. */
    /** Puts the highlight on an entry (the current value), so that Enter keeps it. */
    Picker<T> highlight(T value) {
        for (int i = 0; i < model.size(); i++) {
            if (Objects.equals(model.get(i).value(), value)) {
                list.setSelectedIndex(i);
                list.ensureIndexIsVisible(i);
            }
        }
        return this;
    }

    private void refilter() {
        String typed = filter == null ? "" : filter.getText();
        model.clear();
        List<Item<T>> starts = new ArrayList<>();
        List<Item<T>> contains = new ArrayList<>();
        for (Item<T> item : items) {
            if (typed.isBlank() || startsAWord(item.text(), typed)) {
                starts.add(item);
            } else if (matches(item.text(), typed)) {
                contains.add(item);
            }
        }
        starts.forEach(model::addElement);
        contains.forEach(model::addElement);
        if (!model.isEmpty()) {
            list.setSelectedIndex(0);
            list.ensureIndexIsVisible(0);
        }
    }

    /** Whether every typed word starts a word of the entry: "kh" for "E2 GPE Kharkiv", "don tr" for "Donald Trump". */
    private static boolean startsAWord(String entry, String typed) {
        String e = " " + entry.toLowerCase(Locale.ROOT).replace('\n', ' ');
        for (String word : typed.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty() && !e.contains(" " + word) && !e.contains("“" + word) && !e.contains("\"" + word)) {
                return false;
            }
        }
        return true;
    }

    private void close() {
        finished = true;
        Toolkit.getDefaultToolkit().removeAWTEventListener(outside);
        layers.remove(panel);
        layers.revalidate();
        layers.repaint();
    }

    private void choose() {
        Item<T> chosen = list.getSelectedValue();
        if (finished || chosen == null) {
            return;
        }
        close();
        onChoose.accept(chosen.value());
        onClose.run();
    }

    private void cancel() {
        if (finished) {
            return;
        }
        close();
        onClose.run();
    }

    boolean isOpen() {
        return !finished;
    }
}
