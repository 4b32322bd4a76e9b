package org.newsmark.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;

import org.newsmark.model.Annotation;
import org.newsmark.model.EntityChains;
import org.newsmark.model.Schema;

/**
 * The article's entities: every chain of ENTITY mentions joined by {@code coref} links, with its
 * canonical name, label and mentions. Selecting one asks the window to highlight all its mentions;
 * the selection survives edits (it follows the entity's first mention).
 */
final class EntitiesPanel extends JPanel {
    private final RowsTableModel<EntityChains.Entity> model = new RowsTableModel<>(
            new String[] {"Entity", "Label", "Mentions", "All mentions"},
            (e, column) -> switch (column) {
                case 0 -> EntityNames.oneLine(e.name());
                case 1 -> e.canonical().label();
                case 2 -> e.mentions().size();
                default ->
                    e.mentions().stream()
                            .map(m -> EntityNames.oneLine(m.text()))
                            .collect(Collectors.joining(" · "));
            },
            String.class,
            String.class,
            Integer.class);
    private final JTable table = new JTable(model);
    private final TableRowSorter<RowsTableModel<EntityChains.Entity>> sorter = new TableRowSorter<>(model);
    private final JTextField filter =
            FilterField.forSorter("entityFilter", "Filter entities (name, label, mentions)", sorter);
    private Schema schema = new Schema(List.of());
    /** The first mention of the selected entity: what stays the same while its chain is edited. */
    private String selectedFirst;

    private boolean updating;

    EntitiesPanel(Consumer<EntityChains.Entity> onPick) {
        super(new BorderLayout(0, 4));
        setName("entitiesPanel");
        table.setName("entities");
        table.setRowSorter(sorter);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        int[] widths = {220, 110, 90, 460};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        // The count's header whole: the mentions' text gives way first.
        table.getColumnModel()
                .getColumn(2)
                .setMinWidth(table.getFontMetrics(table.getFont()).stringWidth("Mentions") + 24);
        table.getColumnModel().getColumn(1).setCellRenderer(new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(
                    JTable t, Object value, boolean selected, boolean focus, int row, int column) {
                JLabel l = (JLabel) super.getTableCellRendererComponent(t, value, selected, focus, row, column);
                Annotation a = model.row(t.convertRowIndexToModel(row)).canonical();
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
                EntityChains.Entity picked = model.row(table.convertRowIndexToModel(table.getSelectedRow()));
                selectedFirst = picked.first().id();
                onPick.accept(picked);
            }
        });
        add(filter, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    /** Shows the entities of the open article, keeping the selected entity selected when it is still there. */
    void setEntities(EntityChains chains, Schema newSchema) {
        schema = newSchema;
        updating = true;
        try {
            model.setRows(chains.entities());
            Optional<EntityChains.Entity> kept =
                    selectedFirst == null ? Optional.empty() : chains.entityOf(selectedFirst);
            if (kept.isEmpty()) {
                selectedFirst = null;
                table.clearSelection();
            } else {
                int view = table.convertRowIndexToView(kept.get().index());
                if (view >= 0) {
                    table.setRowSelectionInterval(view, view);
                }
            }
        } finally {
            updating = false;
        }
    }

    /** The selected entity as it is now, if any. */
    Optional<EntityChains.Entity> selected() {
        if (selectedFirst == null) {
            return Optional.empty();
        }
        return model.rows().stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.id().equals(selectedFirst)))
                .findFirst();
    }

    /** Forgets the selected entity (a new article, or Esc). */
    void clearSelection() {
        selectedFirst = null;
        updating = true;
        try {
            table.clearSelection();
        } finally {
            updating = false;
        }
    }
}
