package org.newsmark.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.Window;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;

import org.newsmark.model.Annotation;
import org.newsmark.service.team.TeamClone;

/**
 * The two versions of a file that was changed on two computers, side by side: the spans of the
 * team's version (now under the file's name) and of this computer's (kept as a conflict copy), a
 * mark (•) on what only one of them has. The annotator keeps one; "Decide later" leaves both.
 */
final class ConflictDialog extends JDialog {
    /** What the annotator chose. */
    enum Choice {
        MINE,
        THEIRS,
        LATER
    }

    private Choice choice = Choice.LATER;

    private ConflictDialog(Window owner, TeamClone.Comparison c) {
        super(owner, "Conflict: " + c.conflict().path(), ModalityType.APPLICATION_MODAL);
        setName("conflictDialog");
        JLabel intro = new JLabel(
                "<html>" + (c.doc() == null ? c.conflict().path() : "Your annotations of <b>" + c.doc() + "</b>")
                        + " were changed on another computer too. The team's version is in the project now;"
                        + " yours was kept at " + c.conflict().copy() + ". Keep one of them.</html>");
        intro.setBorder(BorderFactory.createEmptyBorder(10, 10, 6, 10));
        intro.setPreferredSize(new Dimension(760, 60));
        List<String> theirs = rows(c.theirs());
        List<String> mine = rows(c.mine());
        JPanel sides = new JPanel(new GridLayout(1, 2, 8, 0));
        sides.add(side("Theirs (the team's repository): " + count(c.theirs()), "theirsList", theirs, mine));
        sides.add(side("Mine (this computer): " + count(c.mine()), "mineList", mine, theirs));
        sides.setBorder(BorderFactory.createEmptyBorder(0, 10, 0, 10));
        JButton keepMine = button("keepMine", "Keep mine", Choice.MINE);
        JButton keepTheirs = button("keepTheirs", "Keep theirs", Choice.THEIRS);
        JButton later = button("decideLater", "Decide later", Choice.LATER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(later);
        buttons.add(keepTheirs);
        buttons.add(keepMine);
        add(intro, BorderLayout.NORTH);
        add(sides, BorderLayout.CENTER);
        add(buttons, BorderLayout.SOUTH);
        getRootPane().setDefaultButton(later);
        setSize(820, 460);
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog and waits for the choice (Decide later when it is closed). */
    static Choice ask(Window owner, TeamClone.Comparison c) {
        ConflictDialog d = new ConflictDialog(owner, c);
        d.setVisible(true);
        return d.choice;
    }

    private JButton button(String name, String text, Choice value) {
        JButton b = new JButton(text);
        b.setName(name);
        b.addActionListener(e -> {
            choice = value;
            dispose();
        });
        return b;
    }

    private static String count(TeamClone.Version v) {
        if (v.problem() != null) {
            return v.problem();
        }
        int n = v.lines().isEmpty() ? v.spans().size() : v.lines().size();
        return n + (v.lines().isEmpty() ? " span" : " line") + (n == 1 ? "" : "s");
    }

    private static JPanel side(String title, String name, List<String> rows, List<String> other) {
        Set<String> there = new HashSet<>(other);
        DefaultListModel<String> model = new DefaultListModel<>();
        rows.forEach(r -> model.addElement((there.contains(r) ? "   " : "• ") + r));
        JList<String> list = new JList<>(model);
        list.setName(name);
        JPanel p = new JPanel(new BorderLayout(0, 4));
        p.add(new JLabel(title), BorderLayout.NORTH);
        p.add(new JScrollPane(list), BorderLayout.CENTER);
        return p;
    }

    /** A span as one comparable line: layer, label, where, text, links, attributes, note (ids differ between machines). */
    private static List<String> rows(TeamClone.Version v) {
        if (!v.lines().isEmpty() || v.spans().isEmpty()) {
            return v.lines();
        }
        return v.spans().stream().map(ConflictDialog::row).toList();
    }

    private static String row(Annotation a) {
        String links = a.links().stream().map(Object::toString).collect(Collectors.joining(" "));
        return a.layer() + " " + a.label() + " " + a.start() + "–" + a.end() + " “" + EntityNames.oneLine(a.text())
                + "”"
                + (links.isEmpty() ? "" : " " + links) + (a.attributes().isEmpty() ? "" : " " + a.attributes())
                + (a.note().isEmpty() ? "" : " (" + EntityNames.oneLine(a.note()) + ")");
    }
}
