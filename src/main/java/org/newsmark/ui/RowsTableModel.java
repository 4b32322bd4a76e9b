package org.newsmark.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javax.swing.table.AbstractTableModel;

/** A read-only table of rows of one type: the column names and how a row gives each value. */
final class RowsTableModel<T> extends AbstractTableModel {
    private final String[] columns;
    private final BiFunction<T, Integer, Object> value;
    private final Class<?>[] classes;
    private List<T> rows = List.of();

    /**
     * @param classes the class of each column, for sorting and rendering (missing ones: String)
     */
    RowsTableModel(String[] columns, BiFunction<T, Integer, Object> value, Class<?>... classes) {
        this.columns = columns.clone();
        this.value = value;
        this.classes = classes.clone();
    }

    List<T> rows() {
        return rows;
    }

    T row(int index) {
        return rows.get(index);
    }

    void setRows(List<T> newRows) {
        rows = new ArrayList<>(newRows);
        fireTableDataChanged();
    }

    void setRow(int index, T row) {
        rows.set(index, row);
        fireTableRowsUpdated(index, index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public String getColumnName(int column) {
        return columns[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column < classes.length && classes[column] != null ? classes[column] : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        return value.apply(rows.get(row), column);
    }
}
