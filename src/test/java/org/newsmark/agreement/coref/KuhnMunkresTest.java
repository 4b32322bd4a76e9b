package org.newsmark.agreement.coref;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KuhnMunkresTest {
    /**
     * The example of the Perl module Algorithm::Munkres (lib/Algorithm/README.Munkres in the CoNLL
     * scorer's repository): rows 0, 1, 2 take columns 0, 3, 1, at cost 2 + 1 + 2 = 5.
     */
    @Test
    void algorithmMunkresReadmeExample() {
        double[][] cost = {{2, 4, 7, 9}, {3, 9, 5, 1}, {8, 2, 9, 7}};
        assertThat(KuhnMunkres.assign(cost)).containsExactly(0, 3, 1);
    }

    @Test
    void moreRowsThanColumnsLeavesTheDearestRowsOut() {
        double[][] cost = {{2, 3, 8}, {4, 9, 2}, {7, 1, 9}, {9, 9, 9}, {7, 4, 1}};
        // Rows 0, 2 and 4 on columns 0, 1, 2 cost 2 + 1 + 1 = 4; nothing else comes close.
        assertThat(KuhnMunkres.assign(cost)).containsExactly(0, -1, 1, -1, 2);
    }

    /** Every shape up to 6 by 6, against trying every assignment. */
    @Test
    void theLeastCostOfEveryAssignmentTried() {
        Random random = new Random(1957);
        for (int trial = 0; trial < 400; trial++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            double[][] cost = new double[rows][columns];
            for (double[] row : cost) {
                for (int j = 0; j < columns; j++) {
                    // Few distinct values, so that ties are common, as in CEAF.
                    row[j] = trial % 2 == 0 ? random.nextInt(4) : -random.nextDouble();
                }
            }
            int[] assigned = KuhnMunkres.assign(cost);
            boolean[] taken = new boolean[columns];
            double total = 0;
            int matched = 0;
            for (int i = 0; i < rows; i++) {
                if (assigned[i] >= 0) {
                    assertThat(taken[assigned[i]]).isFalse();
                    taken[assigned[i]] = true;
                    total += cost[i][assigned[i]];
                    matched++;
                }
            }
            assertThat(matched).isEqualTo(Math.min(rows, columns));
            assertThat(total)
                    .isCloseTo(bruteForce(cost, 0, new boolean[columns], Math.min(rows, columns)), within(1e-9));
        }
    }

    /** The least total over rows from {@code row} on, each taking a free column or none, {@code left} still to match. */
    private static double bruteForce(double[][] cost, int row, boolean[] taken, int left) {
        if (left == 0) {
            return 0;
        }
        if (cost.length - row < left) {
            return Double.POSITIVE_INFINITY;
        }
        double best = bruteForce(cost, row + 1, taken, left);
        for (int j = 0; j < taken.length; j++) {
            if (!taken[j]) {
                taken[j] = true;
                best = Math.min(best, cost[row][j] + bruteForce(cost, row + 1, taken, left - 1));
                taken[j] = false;
            }
        }
        return best;
    }
}
