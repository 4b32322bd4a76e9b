package org.newsmark.ui;

import java.awt.BorderLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;

/**
 * Training mode's feedback: the score card and every difference from the reference, one per
 * row, with its explanation and the guideline section that decides it. Selecting a row shows the
 * place in the text; double-clicking opens the guidelines there.
 */
final class FeedbackPanel extends JPanel {
    private final RowsTableModel<Finding> model = new RowsTableModel<>(
            new String[] {"Kind", "At", "What the reference has, and why", "Guideline"},
            (f, column) -> switch (column) {
                case 0 -> f.kind().toString();
                case 1 -> f.start();
                case 2 -> f.message();
                default -> f.guideline() == null ? "" : f.guideline();
            });
    private final JTable table = new JTable(model);
    private final JLabel card = new JLabel(" ");

    FeedbackPanel(Consumer<Finding> onSelect, Consumer<Finding> onOpenGuideline) {
        super(new BorderLayout(0, 4));
        setName("feedback");
        table.setName("findings");
        card.setName("scoreCard");
        card.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        int[] widths = {90, 60, 520, 180};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && table.getSelectedRow() >= 0) {
                onSelect.accept(model.row(table.getSelectedRow()));
            }
        });
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && table.getSelectedRow() >= 0) {
                    onOpenGuideline.accept(model.row(table.getSelectedRow()));
                }
            }
        });
        add(card, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    void show(String scoreCard, List<Finding> findings) {
        card.setText(scoreCard);
        model.setRows(findings);
    }
}
