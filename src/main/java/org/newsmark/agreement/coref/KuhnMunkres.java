package org.newsmark.agreement.coref;

import java.util.Arrays;

/**
 * The assignment problem (Kuhn 1955, Munkres 1957): match rows to columns, each at most once, so
 * that the total cost of the matched cells is least. This is the shortest augmenting path form
 * with row and column potentials, O(n² m) for n rows and m ≥ n columns; a rectangular matrix
 * matches every row of the smaller side, as padding it to a square with zeros would.
 */
final class KuhnMunkres {
    private KuhnMunkres() {}

    /** For each row, the column it is matched to, or -1 when there are more rows than columns. */
    static int[] assign(double[][] cost) {
        int rows = cost.length;
        int columns = rows == 0 ? 0 : cost[0].length;
        if (rows <= columns) {
            return assignRows(cost, rows, columns);
        }
        double[][] transposed = new double[columns][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                transposed[j][i] = cost[i][j];
            }
        }
        int[] columnToRow = assignRows(transposed, columns, rows);
        int[] rowToColumn = new int[rows];
        Arrays.fill(rowToColumn, -1);
        for (int j = 0; j < columns; j++) {
            rowToColumn[columnToRow[j]] = j;
        }
        return rowToColumn;
    }

    /** Requires n ≤ m. Index 0 of the arrays is a virtual column that starts each augmenting path. */
    private static int[] assignRows(double[][] a, int n, int m) {
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] rowOf = new int[m + 1];
        int[] way = new int[m + 1];
        double[] minv = new double[m + 1];
        boolean[] used = new boolean[m + 1];
        for (int i = 1; i <= n; i++) {
            rowOf[0] = i;
            int j0 = 0;
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = rowOf[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double reduced = a[i0 - 1][j - 1] - u[i0] - v[j];
                        if (reduced < minv[j]) {
                            minv[j] = reduced;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[rowOf[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (rowOf[j0] != 0);
            do {
                int j1 = way[j0];
                rowOf[j0] = rowOf[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] result = new int[n];
        for (int j = 1; j <= m; j++) {
            if (rowOf[j] != 0) {
                result[rowOf[j] - 1] = j - 1;
            }
        }
        return result;
    }
}
