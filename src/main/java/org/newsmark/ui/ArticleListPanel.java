package org.newsmark.ui;

import java.awt.BorderLayout;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.TableColumn;
import javax.swing.table.TableRowSorter;

import org.newsmark.service.Workspace;

/** Every article with this annotator's status and count of annotations, with a filter box. */
final class ArticleListPanel extends JPanel {
    private final RowsTableModel<Workspace.ArticleInfo> model = new RowsTableModel<>(
            new String[] {"Article", "Status", "Annotations"},
            (info, column) -> switch (column) {
                case 0 -> info.doc();
                case 1 -> info.status().toString();
                default -> info.annotations();
            },
            String.class,
            String.class,
            Integer.class);
    private final JTable table = new JTable(model);
    private final TableRowSorter<RowsTableModel<Workspace.ArticleInfo>> sorter = new TableRowSorter<>(model);
    private final JTextField filter = FilterField.forSorter("articleFilter", "Filter articles", sorter);
    private boolean updating;

    ArticleListPanel(Consumer<String> onOpen) {
        super(new BorderLayout(0, 4));
        table.setName("articles");
        table.setRowSorter(sorter);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getColumnModel().getColumn(0).setPreferredWidth(170);
        TableColumn status = table.getColumnModel().getColumn(1);
        status.setPreferredWidth(80);
        // "in progress" whole; the article's id gives way first (its full id is in the title bar).
        status.setMinWidth(table.getFontMetrics(table.getFont()).stringWidth("in progress") + 12);
        // The count column is as wide as its header (and numbers are short): it is never cut.
        TableColumn count = table.getColumnModel().getColumn(2);
        int header = table.getTableHeader()
                        .getDefaultRenderer()
                        .getTableCellRendererComponent(table, count.getHeaderValue(), false, false, -1, 2)
                        .getPreferredSize()
                        .width
                + 8;
        count.setMinWidth(header);
        count.setPreferredWidth(header);
        count.setMaxWidth(header + 20);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !updating && table.getSelectedRow() >= 0) {
                onOpen.accept(model.row(table.convertRowIndexToModel(table.getSelectedRow()))
                        .doc());
            }
        });
        add(filter, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    JTextField filter() {
        return filter;
    }

    void setArticles(List<Workspace.ArticleInfo> rows) {
        updating = true;
        try {
            model.setRows(rows);
        } finally {
            updating = false;
        }
    }

    void update(Workspace.ArticleInfo info) {
        for (int i = 0; i < model.rows().size(); i++) {
            if (model.row(i).doc().equals(info.doc())) {
                updating = true;
                try {
                    model.setRow(i, info);
                } finally {
                    updating = false;
                }
            }
        }
    }

    void select(String doc) {
        updating = true;
        try {
            for (int i = 0; i < model.rows().size(); i++) {
                if (model.row(i).doc().equals(doc)) {
                    int view = table.convertRowIndexToView(i);
                    if (view >= 0) {
                        table.setRowSelectionInterval(view, view);
                        table.scrollRectToVisible(table.getCellRect(view, 0, true));
                    }
                }
            }
        } finally {
            updating = false;
        }
    }
}
