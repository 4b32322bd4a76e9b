package org.newsmark.service.team;

import java.util.ArrayList;
import java.util.List;

/**
 * Backtracking for a (v, k, λ) design of b0 blocks: the next block always holds the smallest
 * annotator short of r blocks (so blocks come in order of their smallest member, and within
 * it in lexicographic order), and an annotator is finished only when it shares exactly λ
 * blocks with every other.
 */
final class DesignSearch {
    /** Search steps before a design counts as not found (small designs take a few hundred). */
    static final int BUDGET = 400_000;

    final int v;
    final int k;
    final int lambda;
    final int r;
    final int b0;
    final int[] rep;
    final int[][] pair;
    final List<int[]> blocks = new ArrayList<>();
    int steps;

    DesignSearch(int v, int k, int lambda, int r, int b0) {
        this.v = v;
        this.k = k;
        this.lambda = lambda;
        this.r = r;
        this.b0 = b0;
        rep = new int[v];
        pair = new int[v][v];
    }

    List<int[]> run() {
        return place() ? blocks : null;
    }

    private boolean place() {
        if (blocks.size() == b0) {
            return true;
        }
        if (++steps > BUDGET) {
            return false;
        }
        int p = 0;
        while (p < v && rep[p] == r) {
            p++;
        }
        if (p == v) {
            return false;
        }
        for (int q = 0; q < p; q++) {
            if (pair[q][p] != lambda) {
                return false; // q is finished and can no longer meet p
            }
        }
        int[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        int[] floor = last != null && last[0] == p ? last : null;
        int[] block = new int[k];
        block[0] = p;
        return extend(block, 1, floor);
    }

    private boolean extend(int[] block, int size, int[] floor) {
        if (size == k) {
            if (floor != null && compare(block, floor) < 0) {
                return false;
            }
            add(block, 1);
            blocks.add(block.clone());
            if (place()) {
                return true;
            }
            blocks.remove(blocks.size() - 1);
            add(block, -1);
            return false;
        }
        int start = Math.max(block[size - 1] + 1, floor != null && prefixEqual(block, floor, size) ? floor[size] : 0);
        for (int q = start; q <= v - (k - size); q++) {
            if (rep[q] == r || !fits(block, size, q)) {
                continue;
            }
            block[size] = q;
            if (extend(block, size + 1, floor != null && prefixEqual(block, floor, size + 1) ? floor : null)) {
                return true;
            }
            if (steps > BUDGET) {
                return false;
            }
        }
        return false;
    }

    private boolean fits(int[] block, int size, int q) {
        for (int i = 0; i < size; i++) {
            if (pair[block[i]][q] >= lambda) {
                return false;
            }
        }
        return rep[block[0]] < r;
    }

    private void add(int[] block, int d) {
        for (int i = 0; i < k; i++) {
            rep[block[i]] += d;
            for (int j = i + 1; j < k; j++) {
                pair[block[i]][block[j]] += d;
                pair[block[j]][block[i]] += d;
            }
        }
    }

    private static boolean prefixEqual(int[] a, int[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
