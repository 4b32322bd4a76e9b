package org.newsmark.service.team;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Which annotators share which article, so that every pair of annotators shares about the same
 * number of articles (what a pairwise agreement study needs). Where a balanced incomplete block
 * design exists for v annotators and k per article (every annotator on r articles, every pair on
 * exactly λ; Fisher's condition and the divisibility conditions b·k = v·r, λ(v−1) = r(k−1)), it is
 * found by an exhaustive search with a budget and repeated as often as the articles allow; the
 * articles left over, or all of them when no design is found, are placed greedily: each on the k
 * annotators with the fewest articles so far, then with the fewest shared ones. Deterministic for
 * a seed.
 */
final class BlockDesign {
    /** Above this many k-subsets, the greedy choice builds each block annotator by annotator. */
    private static final int ENUMERATE_LIMIT = 20_000;

    /** The blocks (each k annotator indexes, sorted) and how they were made. */
    record Design(List<int[]> blocks, String description, boolean balanced) {}

    private BlockDesign() {}

    static Design build(int v, int k, int b, long seed) {
        if (k < 1 || k > v) {
            throw new IllegalArgumentException("per article must be between 1 and " + v + ", not " + k);
        }
        Random random = new Random(seed);
        if (k == v) {
            List<int[]> blocks = new ArrayList<>();
            for (int i = 0; i < b; i++) {
                blocks.add(range(v));
            }
            return new Design(blocks, "every annotator on every article", true);
        }
        int[] perm = permutation(v, random);
        Placement placement = new Placement(v, k);
        String description = "greedy: each article to the annotators with the fewest articles, then the fewest shared";
        boolean balanced = false;
        int[] found = null;
        List<int[]> design = null;
        for (int lambda = 1; found == null && k > 1; lambda++) {
            long b0 = (long) lambda * v * (v - 1) / ((long) k * (k - 1));
            if (b0 > b) {
                break;
            }
            if ((long) lambda * (v - 1) % (k - 1) != 0 || (long) lambda * v * (v - 1) % ((long) k * (k - 1)) != 0) {
                continue;
            }
            int r = lambda * (v - 1) / (k - 1);
            design = new DesignSearch(v, k, lambda, r, (int) b0).run();
            if (design == null) {
                break; // larger designs of the same parameters are harder still: greedy placement instead
            }
            found = new int[] {lambda, r, (int) b0};
        }
        if (found != null) {
            int copies = b / found[2];
            for (int c = 0; c < copies; c++) {
                for (int[] block : design) {
                    placement.add(mapped(block, perm));
                }
            }
            int rest = b - copies * found[2];
            balanced = rest == 0;
            description = "balanced incomplete block design: " + v + " annotators, " + k
                    + " per article, every annotator on "
                    + found[1] * copies + " articles, every pair on " + found[0] * copies
                    + (copies > 1 ? " (" + copies + " copies of a design of " + found[2] + " articles)" : "")
                    + (rest > 0
                            ? "; " + rest + (rest == 1 ? " more article" : " more articles") + " placed greedily"
                            : "");
        }
        int fixed = placement.blocks.size();
        while (placement.blocks.size() < b) {
            placement.add(placement.greedy(random));
        }
        placement.improve(fixed);
        List<int[]> blocks = new ArrayList<>(placement.blocks);
        Collections.shuffle(blocks, random);
        return new Design(blocks, description, balanced);
    }

    private static int[] range(int v) {
        int[] all = new int[v];
        for (int i = 0; i < v; i++) {
            all[i] = i;
        }
        return all;
    }

    private static int[] permutation(int v, Random random) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < v; i++) {
            list.add(i);
        }
        Collections.shuffle(list, random);
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] mapped(int[] block, int[] perm) {
        int[] out = new int[block.length];
        for (int i = 0; i < block.length; i++) {
            out[i] = perm[block[i]];
        }
        Arrays.sort(out);
        return out;
    }

    /** Blocks placed so far, with each annotator's load and each pair's count. */
    private static final class Placement {
        final int v;
        final int k;
        final int[] load;
        final int[][] pair;
        final List<int[]> blocks = new ArrayList<>();

        Placement(int v, int k) {
            this.v = v;
            this.k = k;
            load = new int[v];
            pair = new int[v][v];
        }

        void add(int[] block) {
            blocks.add(block);
            for (int i = 0; i < block.length; i++) {
                load[block[i]]++;
                for (int j = i + 1; j < block.length; j++) {
                    pair[block[i]][block[j]]++;
                    pair[block[j]][block[i]]++;
                }
            }
        }

        void remove(int index) {
            int[] block = blocks.get(index);
            for (int i = 0; i < block.length; i++) {
                load[block[i]]--;
                for (int j = i + 1; j < block.length; j++) {
                    pair[block[i]][block[j]]--;
                    pair[block[j]][block[i]]--;
                }
            }
        }

        /**
         * Local search over the greedily placed blocks (from index {@code from}): each is replaced by
         * the block that lowers the sum of squared loads (first) and squared pair counts most, until
         * no replacement helps. Greedy choices made early cannot see the later ones; this evens them out.
         */
        void improve(int from) {
            if (binomial(v, k) > ENUMERATE_LIMIT) {
                return;
            }
            for (int pass = 0; pass < 50; pass++) {
                boolean changed = false;
                for (int i = from; i < blocks.size(); i++) {
                    int[] old = blocks.get(i);
                    remove(i);
                    int[] best = old;
                    long bestCost = squareCost(old);
                    for (int[] c = range(k); c != null; c = next(c, v)) {
                        long cost = squareCost(c);
                        if (cost < bestCost) {
                            bestCost = cost;
                            best = c.clone();
                        }
                    }
                    blocks.remove(i);
                    add(best);
                    blocks.add(i, blocks.remove(blocks.size() - 1));
                    changed |= best != old;
                }
                if (!changed) {
                    return;
                }
            }
        }

        /** What adding the block adds to Σ load² · 10⁹ + Σ pair². */
        private long squareCost(int[] block) {
            long loads = 0;
            long pairs = 0;
            for (int i = 0; i < block.length; i++) {
                loads += 2L * load[block[i]] + 1;
                for (int j = i + 1; j < block.length; j++) {
                    pairs += 2L * pair[block[i]][block[j]] + 1;
                }
            }
            return loads * 1_000_000_000L + pairs;
        }

        /** The cheapest block: fewest articles among its annotators first, then fewest shared; ties by the seed. */
        int[] greedy(Random random) {
            if (binomial(v, k) > ENUMERATE_LIMIT) {
                return incremental(random);
            }
            List<int[]> best = new ArrayList<>();
            long bestCost = Long.MAX_VALUE;
            int[] c = range(k);
            while (c != null) {
                long cost = cost(c);
                if (cost < bestCost) {
                    bestCost = cost;
                    best.clear();
                }
                if (cost == bestCost) {
                    best.add(c.clone());
                }
                c = next(c, v);
            }
            return best.get(random.nextInt(best.size()));
        }

        private long cost(int[] block) {
            long loads = 0;
            long pairs = 0;
            for (int i = 0; i < block.length; i++) {
                loads += load[block[i]];
                for (int j = i + 1; j < block.length; j++) {
                    pairs += pair[block[i]][block[j]];
                }
            }
            return loads * 1_000_000_000L + pairs;
        }

        private int[] incremental(Random random) {
            List<Integer> chosen = new ArrayList<>();
            while (chosen.size() < k) {
                long bestCost = Long.MAX_VALUE;
                List<Integer> best = new ArrayList<>();
                for (int p = 0; p < v; p++) {
                    if (chosen.contains(p)) {
                        continue;
                    }
                    long cost = load[p] * 1_000_000_000L;
                    for (int q : chosen) {
                        cost += pair[p][q];
                    }
                    if (cost < bestCost) {
                        bestCost = cost;
                        best.clear();
                    }
                    if (cost == bestCost) {
                        best.add(p);
                    }
                }
                chosen.add(best.get(random.nextInt(best.size())));
            }
            return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
    }

    /** The next k-subset of 0..v-1 in lexicographic order, or null after the last. */
    static int[] next(int[] c, int v) {
        int[] n = c.clone();
        int k = n.length;
        int i = k - 1;
        while (i >= 0 && n[i] == v - k + i) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        n[i]++;
        for (int j = i + 1; j < k; j++) {
            n[j] = n[j - 1] + 1;
        }
        return n;
    }

    static long binomial(int n, int k) {
        long r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
            if (r > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
        }
        return r;
    }
}
