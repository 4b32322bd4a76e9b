package org.newsmark.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Schema;

/** The annotations of the article as a sortable, filterable table, kept in step with the text. */
final class AnnotationTablePanel extends JPanel {
    private final RowsTableModel<Annotation> model = new RowsTableModel<>(
            new String[] {"Id", "Layer", "Label", "Text", "Links", "Note"}, (a, column) -> switch (column) {
                case 0 -> a.id();
                case 1 -> a.layer();
                case 2 -> a.label();
                case 3 -> a.text().replace('\n', ' ');
                case 4 -> this.names.links(a.links());
                default -> a.note();
            });
    private final JTable table = new JTable(model);
    private final TableRowSorter<RowsTableModel<Annotation>> sorter = new TableRowSorter<>(model);
    private final JTextField filter =
            FilterField.forSorter("annotationFilter", "Filter annotations (id, label, text, links, note)", sorter);
    private Schema schema = new Schema(List.of());
    /** Names link targets by their entity's canonical name (a quote's speaker “he” as Peskov). */
    private EntityNames names = EntityNames.of(AnnotationSet.empty("", ""));

    private boolean updating;

    AnnotationTablePanel(Consumer<String> onSelect) {
        super(new BorderLayout(0, 4));
        table.setName("annotations");
        table.setRowSorter(sorter);
        sorter.setComparator(0, (a, b) -> AnnotationSet.compareIds((String) a, (String) b));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        int[] widths = {50, 70, 110, 380, 160, 160};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.getColumnModel().getColumn(2).setCellRenderer(new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(
                    JTable t, Object value, boolean selected, boolean focus, int row, int column) {
                JLabel l = (JLabel) super.getTableCellRendererComponent(t, value, selected, focus, row, column);
                Annotation a = model.row(t.convertRowIndexToModel(row));
                Color c = Colors.of(schema, a.layer(), a.label());
                if (!selected) {
                    l.setBackground(c);
                    l.setForeground(Colors.textOn(c));
                }
                return l;
            }
        });
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !updating && table.getSelectedRow() >= 0) {
                onSelect.accept(model.row(table.convertRowIndexToModel(table.getSelectedRow()))
                        .id());
            }
        });
        add(filter, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    void setAnnotations(AnnotationSet set, Schema newSchema, String selectedId, EntityNames newNames) {
        this.schema = newSchema;
        this.names = newNames;
        updating = true;
        try {
            model.setRows(set.annotations());
            select(selectedId);
        } finally {
            updating = false;
        }
    }

    void select(String id) {
        boolean was = updating;
        updating = true;
        try {
            table.clearSelection();
            if (id == null) {
                return;
            }
            for (int i = 0; i < model.rows().size(); i++) {
                if (model.row(i).id().equals(id)) {
                    int view = table.convertRowIndexToView(i);
                    if (view >= 0) {
                        table.setRowSelectionInterval(view, view);
                        table.scrollRectToVisible(table.getCellRect(view, 0, true));
                    }
                    return;
                }
            }
        } finally {
            updating = was;
        }
    }
}
