package org.newsmark.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingWorker;
import javax.swing.ToolTipManager;

import org.newsmark.consistency.Finding;
import org.newsmark.service.ConsistencyService;

/**
 * The Checks tab: the consistency findings of the annotator's work across the corpus, as
 * {@code newsmark check} lists them, each with the repair one key applies. The check runs off the
 * event thread, on demand and after saves; a check asked for while one runs runs once more after it.
 */
final class ChecksPanel extends JPanel {
    /** The name of the panel, which the key table's Checks keys are scoped to. */
    static final String NAME = "checks";

    private final RowsTableModel<Finding> model = new RowsTableModel<>(
            new String[] {"Problem", "Article", "Text", "Detail", "Repair (R)"}, (f, c) -> switch (c) {
                case 0 -> f.problem().word();
                case 1 -> f.doc();
                case 2 -> f.text().replace('\n', ' ');
                case 3 -> f.detail();
                default -> repairText(f);
            });
    private final JTable table = new JTable(model) {
        @Override
        public String getToolTipText(MouseEvent e) {
            // The detail is often longer than its column: the whole of it on hover.
            int row = rowAtPoint(e.getPoint());
            int column = columnAtPoint(e.getPoint());
            Object v = row < 0 || column < 0 ? null : getValueAt(row, column);
            return v == null || v.toString().isEmpty() ? null : v.toString();
        }
    };
    private final JLabel note = new JLabel("Not checked yet");
    private final Callable<ConsistencyService.CheckResult> check;
    private boolean running;
    private boolean again;

    ChecksPanel(Callable<ConsistencyService.CheckResult> check, Consumer<Finding> onSelect, Consumer<Finding> onGo) {
        super(new BorderLayout(0, 2));
        this.check = check;
        setName(NAME);
        table.setName("checkFindings");
        note.setName("checksNote");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        ToolTipManager.sharedInstance().registerComponent(table);
        int[] widths = {250, 190, 120, 420, 150};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && selected() != null) {
                onSelect.accept(selected());
            }
        });
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && selected() != null) {
                    onGo.accept(selected());
                }
            }
        });
        JButton again = new JButton("Check again");
        again.setName("checkAgain");
        again.addActionListener(e -> refresh());
        JPanel top = new JPanel(new BorderLayout());
        note.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        top.add(note, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 0));
        buttons.add(again);
        top.add(buttons, BorderLayout.EAST);
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    /** What the repair key does, in words. */
    static String repairText(Finding f) {
        Finding.Repair r = f.repair();
        if (r == null) {
            return "";
        }
        if (r.relabels()) {
            return "relabel as " + r.label();
        }
        return r.id() == null ? "mark as " + r.label() : "resize to " + r.start() + "-" + r.end();
    }

    Finding selected() {
        int row = table.getSelectedRow();
        return row < 0 ? null : model.row(table.convertRowIndexToModel(row));
    }

    List<Finding> findings() {
        return model.rows();
    }

    void focusTable() {
        table.requestFocusInWindow();
    }

    /** Runs the check in the background; the selection stays on the same row number where it can. */
    void refresh() {
        if (running) {
            again = true;
            return;
        }
        running = true;
        note.setText("Checking…");
        new SwingWorker<ConsistencyService.CheckResult, Void>() {
            @Override
            protected ConsistencyService.CheckResult doInBackground() throws Exception {
                return check.call();
            }

            @Override
            protected void done() {
                running = false;
                try {
                    show(get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    model.setRows(List.of());
                    note.setText(e.getCause().getMessage());
                }
                if (again) {
                    again = false;
                    refresh();
                }
            }
        }.execute();
    }

    private void show(ConsistencyService.CheckResult r) {
        int row = table.getSelectedRow();
        model.setRows(r.findings());
        long repairable = r.findings().stream().filter(f -> f.repair() != null).count();
        note.setText(
                r.findings().size() + " finding" + (r.findings().size() == 1 ? "" : "s") + " in your work across the"
                        + " corpus, " + repairable + " with a repair (Enter: go there, R: repair)"
                        + (r.problems().isEmpty()
                                ? ""
                                : "; " + r.problems().size() + " file problem(s), first: "
                                        + r.problems().get(0)));
        if (!r.findings().isEmpty()) {
            int keep = Math.min(Math.max(row, 0), r.findings().size() - 1);
            table.setRowSelectionInterval(keep, keep);
        }
    }
}
