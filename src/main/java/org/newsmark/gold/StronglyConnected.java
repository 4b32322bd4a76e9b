package org.newsmark.gold;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The strongly connected components of a directed graph (Tarjan 1972), walked with an explicit
 * stack so that a chain of any length (100,000 {@code continues} links) needs no deeper call stack.
 * A link whose two ends lie in different components can never be part of a cycle.
 */
final class StronglyConnected {
    private StronglyConnected() {}

    /**
     * The component of every node, numbered from 0.
     *
     * @param next for each node, the nodes its edges point at
     */
    static int[] components(int[][] next) {
        int n = next.length;
        int[] index = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        Deque<Integer> stack = new ArrayDeque<>();
        // The walk: a node and how many of its edges it has followed so far.
        int[] walkNode = new int[n];
        int[] walkEdge = new int[n];
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            walkNode[0] = root;
            walkEdge[0] = 0;
            index[root] = low[root] = counter++;
            stack.push(root);
            onStack[root] = true;
            while (depth >= 0) {
                int v = walkNode[depth];
                if (walkEdge[depth] < next[v].length) {
                    int w = next[v][walkEdge[depth]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack.push(w);
                        onStack[w] = true;
                        depth++;
                        walkNode[depth] = w;
                        walkEdge[depth] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        component[w] = components;
                    } while (w != v);
                    components++;
                }
                depth--;
                if (depth >= 0) {
                    int parent = walkNode[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return component;
    }
}
