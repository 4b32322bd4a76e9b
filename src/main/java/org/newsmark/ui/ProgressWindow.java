package org.newsmark.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import javax.swing.BorderFactory;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.SwingWorker;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;

import org.newsmark.service.ProgressService;
import org.newsmark.service.Workspace;
import org.newsmark.service.team.TeamClone;

/**
 * The progress view: per annotator and article, status, count of annotations, and per layer the
 * mean Cohen's kappa with the other annotators and the overlap F1 against gold. Computed off the
 * event thread; values are coloured by band.
 */
final class ProgressWindow extends JDialog {
    private final Model model = new Model();
    private final JTable table = new JTable(model);
    private final JLabel note = new JLabel("Measuring…");

    ProgressWindow(Window owner, Workspace project) {
        super(owner, "Progress — " + project.root().getFileName(), ModalityType.MODELESS);
        setName("progress");
        table.setName("progressTable");
        note.setName("progressNote");
        note.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        table.setRowSorter(new TableRowSorter<>(model));
        table.setDefaultRenderer(Double.class, new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(
                    JTable t, Object value, boolean selected, boolean focus, int row, int column) {
                JLabel l = (JLabel) super.getTableCellRendererComponent(
                        t, value == null ? "–" : String.format("%.3f", (Double) value), selected, focus, row, column);
                l.setHorizontalAlignment(RIGHT);
                if (!selected) {
                    l.setBackground(value == null ? t.getBackground() : band((Double) value));
                    l.setForeground(value == null ? Color.GRAY : Color.BLACK);
                }
                return l;
            }
        });
        JPanel progress = new JPanel(new BorderLayout());
        progress.add(note, BorderLayout.NORTH);
        progress.add(new JScrollPane(table), BorderLayout.CENTER);
        if (new TeamClone(project.root(), project.annotator()).lead()) {
            // A lead also sees where each annotator of the team stands.
            JTabbedPane tabs = new JTabbedPane();
            tabs.setName("progressTabs");
            tabs.addTab("Agreement", progress);
            tabs.addTab("Team", new TeamStatusPanel(project.root()));
            add(tabs, BorderLayout.CENTER);
        } else {
            add(progress, BorderLayout.CENTER);
        }
        setSize(new Dimension(1180, 520));
        setLocationRelativeTo(owner);
        new SwingWorker<ProgressService.Progress, Void>() {
            @Override
            protected ProgressService.Progress doInBackground() throws Exception {
                return project.progress().compute();
            }

            @Override
            protected void done() {
                try {
                    ProgressService.Progress p = get();
                    model.set(p);
                    Model.widths(table);
                    note.setText(
                            p.problems().isEmpty()
                                    ? "κ: mean Cohen's kappa (tokens) with the other annotators; F1: overlap F1 against gold."
                                    : "Agreement not measured: " + p.problems().size() + " file problem(s), first: "
                                            + p.problems().get(0) + " (run newsmark validate)");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    note.setText("Cannot measure: " + e.getCause().getMessage());
                }
            }
        }.execute();
    }

    /** Landis and Koch's bands, as soft colours. */
    static Color band(double v) {
        if (v >= 0.8) {
            return new Color(0xC8, 0xE6, 0xC9);
        }
        if (v >= 0.6) {
            return new Color(0xDC, 0xED, 0xC8);
        }
        if (v >= 0.4) {
            return new Color(0xFF, 0xF9, 0xC4);
        }
        return new Color(0xFF, 0xCD, 0xD2);
    }

    private static final class Model extends AbstractTableModel {
        private List<String> columns = List.of("Annotator", "Article", "Status", "Annotations");
        private List<String> layers = List.of();
        private List<ProgressService.Row> rows = List.of();

        void set(ProgressService.Progress p) {
            layers = p.layers();
            List<String> c = new ArrayList<>(List.of("Annotator", "Article", "Status", "Annotations"));
            for (String l : layers) {
                c.add(Layers.plural(l) + " κ");
                c.add(Layers.plural(l) + " F1 gold");
            }
            columns = c;
            rows = p.rows();
            fireTableStructureChanged();
        }

        static void widths(JTable table) {
            int[] w = {70, 230, 90, 90};
            for (int i = 0; i < w.length && i < table.getColumnCount(); i++) {
                table.getColumnModel().getColumn(i).setPreferredWidth(w[i]);
            }
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.size();
        }

        @Override
        public String getColumnName(int column) {
            return columns.get(column);
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column < 3 ? String.class : column == 3 ? Integer.class : Double.class;
        }

        @Override
        public Object getValueAt(int row, int column) {
            ProgressService.Row r = rows.get(row);
            switch (column) {
                case 0:
                    return r.annotator();
                case 1:
                    return r.doc();
                case 2:
                    return r.status().toString();
                case 3:
                    return r.annotations();
                default:
                    String layer = layers.get((column - 4) / 2);
                    OptionalDouble v = (column - 4) % 2 == 0
                            ? r.kappaWithOthers().get(layer)
                            : r.f1WithGold().get(layer);
                    return v != null && v.isPresent() ? v.getAsDouble() : null;
            }
        }
    }
}
