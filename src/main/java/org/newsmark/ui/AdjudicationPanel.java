package org.newsmark.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;

import org.newsmark.model.AnnotationSet;
import org.newsmark.service.Adjudication;

/**
 * The adjudication view's list: every span an annotator marked that gold does not have yet, who
 * marked it and how the others differ. Enter (or A) accepts the selected spans into gold; the
 * buttons accept everything all annotators agree on, or all of one annotator's spans.
 */
final class AdjudicationPanel extends JPanel {
    /** What the panel asks the window to do. */
    interface Host {
        void accept(List<Adjudication.Candidate> candidates, String preferredAnnotator);

        void preview(Adjudication.Candidate candidate);
    }

    private final Host host;
    private final RowsTableModel<Adjudication.Candidate> model = new RowsTableModel<>(
            new String[] {"Start", "Layer", "Label", "Text", "Marked by", "Others"}, (c, column) -> switch (column) {
                case 0 -> c.start();
                case 1 -> c.layer();
                case 2 -> c.label();
                case 3 -> c.text().replace('\n', ' ');
                case 4 -> String.join(", ", c.by().keySet());
                default -> c.status();
            });
    private final JTable table = new JTable(model);
    private final JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
    private final JLabel summary = new JLabel(" ");
    private Adjudication adjudication;

    AdjudicationPanel(Host host) {
        super(new BorderLayout(0, 4));
        this.host = host;
        setName("adjudication");
        table.setName("candidates");
        summary.setName("candidatesSummary");
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.setFillsViewportHeight(true);
        int[] widths = {60, 70, 110, 320, 110, 300};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && table.getSelectedRow() >= 0) {
                host.preview(model.row(table.getSelectedRow()));
            }
        });
        // Enter and A accept the selected rows: rows of the key table that work while this panel has the focus.
        JPanel north = new JPanel(new BorderLayout());
        north.add(buttons, BorderLayout.CENTER);
        north.add(summary, BorderLayout.SOUTH);
        add(north, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    void acceptSelected() {
        List<Adjudication.Candidate> chosen = new ArrayList<>();
        for (int row : table.getSelectedRows()) {
            chosen.add(model.row(row));
        }
        if (!chosen.isEmpty()) {
            int first = table.getSelectedRows()[0];
            host.accept(chosen, null);
            if (model.rows().size() > 0) {
                int next = Math.min(first, model.rows().size() - 1);
                table.setRowSelectionInterval(next, next);
            }
        }
    }

    void load(Adjudication loaded, AnnotationSet gold) {
        this.adjudication = loaded;
        buttons.removeAll();
        JButton accept = new JButton("Accept selected (Enter)");
        accept.setName("acceptSelected");
        accept.addActionListener(e -> acceptSelected());
        buttons.add(accept);
        JButton agreed = new JButton("Accept all agreed");
        agreed.setName("acceptAgreed");
        agreed.addActionListener(e -> host.accept(
                model.rows().stream()
                        .filter(c -> c.status().equals("all agree"))
                        .toList(),
                null));
        buttons.add(agreed);
        for (String annotator : loaded.annotators()) {
            JButton all = new JButton("Accept all of " + annotator);
            all.setName("acceptAll-" + annotator);
            all.addActionListener(e -> host.accept(
                    model.rows().stream()
                            .filter(c -> c.by().containsKey(annotator))
                            .toList(),
                    annotator));
            buttons.add(all);
        }
        buttons.revalidate();
        refresh(gold);
    }

    void refresh(AnnotationSet gold) {
        if (adjudication == null) {
            return;
        }
        int selected = table.getSelectedRow();
        model.setRows(adjudication.candidates(gold));
        if (selected >= 0 && !model.rows().isEmpty()) {
            int row = Math.min(selected, model.rows().size() - 1);
            table.setRowSelectionInterval(row, row);
        }
        long agreed = model.rows().stream()
                .filter(c -> c.status().equals("all agree"))
                .count();
        summary.setText(" " + model.rows().size() + " span(s) not in gold, " + agreed + " on which all annotators agree"
                + (adjudication.problems().isEmpty()
                        ? ""
                        : "; " + adjudication.problems().size() + " file problem(s) left out, first: "
                                + adjudication.problems().get(0)));
    }

    JTable table() {
        return table;
    }
}
