package org.newsmark.agreement.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The coreference metrics of the CoNLL-2011/2012 shared tasks on one document, computed as the
 * reference scorer v8.01 computes them (Pradhan et al. 2014, "Scoring Coreference Partitions of
 * Predicted Mentions: A Reference Implementation", ACL). Mentions match by exact span.
 *
 * <p>Twinless mentions (in the key only or in the response only) are handled as the scorer does:
 * every metric takes the key and the response partitions as they are, so a twinless mention counts
 * in its own side's denominator (for MUC as one more link, when its entity has other mentions) and
 * never in a numerator. (Before MUC the scorer adds key mentions missing from the response as
 * singletons and drops response singletons missing from the key; neither changes a MUC count.)
 */
public final class CorefMetrics {
    private CorefMetrics() {}

    /** Mention identification: recall and precision of the mentions (exact spans), entities aside. */
    public static RecallPrecision mentions(CorefDocument d) {
        Overlaps o = Overlaps.of(d);
        return new RecallPrecision(o.common, o.keyMentions, o.common, o.responseMentions);
    }

    /**
     * MUC (Vilain et al. 1995): the links an entity needs to be connected, |E| - 1, recovered by the
     * other side. The correct links are, for each pair of a key and a response entity sharing n
     * mentions, n - 1.
     */
    public static RecallPrecision muc(CorefDocument d) {
        return muc(Overlaps.of(d));
    }

    static RecallPrecision muc(Overlaps o) {
        long correct = 0;
        for (int count : o.pairCount) {
            correct += count - 1;
        }
        return new RecallPrecision(correct, links(o.keySizes), correct, links(o.responseSizes));
    }

    private static long links(int[] sizes) {
        long links = 0;
        for (int size : sizes) {
            links += size - 1;
        }
        return links;
    }

    /**
     * B-cubed (Bagga and Baldwin 1998): for each mention, the share of its response entity that is
     * in its key entity (precision) and the reverse (recall), summed over response mentions; the
     * denominators are the numbers of key and of response mentions.
     */
    public static RecallPrecision bCubed(CorefDocument d) {
        return bCubed(Overlaps.of(d));
    }

    static RecallPrecision bCubed(Overlaps o) {
        double recall = 0;
        double precision = 0;
        for (int i = 0; i < o.pairCount.length; i++) {
            double n = o.pairCount[i];
            recall += n * n / o.keySizes[o.pairKey[i]];
            precision += n * n / o.responseSizes[o.pairResponse[i]];
        }
        return new RecallPrecision(recall, o.keyMentions, precision, o.responseMentions);
    }

    /**
     * Mention-based CEAF (Luo 2005, φ3): the one-to-one alignment of key and response entities
     * that shares the most mentions; denominators are the numbers of key and response mentions.
     */
    public static RecallPrecision ceafM(CorefDocument d) {
        return ceafM(Overlaps.of(d));
    }

    static RecallPrecision ceafM(Overlaps o) {
        double similarity = bestAlignment(o, false);
        return new RecallPrecision(similarity, o.keyMentions, similarity, o.responseMentions);
    }

    /**
     * Entity-based CEAF (Luo 2005, φ4): the one-to-one alignment of entities that maximises the sum
     * of 2|K ∩ R| / (|K| + |R|); denominators are the numbers of key and response entities.
     */
    public static RecallPrecision ceafE(CorefDocument d) {
        return ceafE(Overlaps.of(d));
    }

    static RecallPrecision ceafE(Overlaps o) {
        double similarity = bestAlignment(o, true);
        return new RecallPrecision(similarity, o.keySizes.length, similarity, o.responseSizes.length);
    }

    /**
     * The greatest total similarity of a one-to-one alignment, found with the Kuhn-Munkres
     * algorithm. Only entities that share a mention take part (any other pair has similarity 0),
     * and the alignment splits into the connected groups of such entities, each solved on its own:
     * an article of many small entities never builds one large matrix.
     */
    private static double bestAlignment(Overlaps o, boolean entityBased) {
        int keys = o.keySizes.length;
        int[] parent = new int[keys + o.responseSizes.length];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < o.pairCount.length; i++) {
            int a = root(parent, o.pairKey[i]);
            int b = root(parent, keys + o.pairResponse[i]);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < o.pairCount.length; i++) {
            groups.computeIfAbsent(root(parent, o.pairKey[i]), g -> new ArrayList<>())
                    .add(i);
        }
        double total = 0;
        for (List<Integer> pairs : groups.values()) {
            total += bestAlignment(o, entityBased, pairs);
        }
        return total;
    }

    private static double bestAlignment(Overlaps o, boolean entityBased, List<Integer> pairs) {
        Map<Integer, Integer> rowOf = new HashMap<>();
        Map<Integer, Integer> columnOf = new HashMap<>();
        for (int i : pairs) {
            rowOf.putIfAbsent(o.pairKey[i], rowOf.size());
            columnOf.putIfAbsent(o.pairResponse[i], columnOf.size());
        }
        double[][] cost = new double[rowOf.size()][columnOf.size()];
        for (int i : pairs) {
            double n = o.pairCount[i];
            double similarity =
                    entityBased ? 2 * n / (o.keySizes[o.pairKey[i]] + o.responseSizes[o.pairResponse[i]]) : n;
            cost[rowOf.get(o.pairKey[i])][columnOf.get(o.pairResponse[i])] = -similarity;
        }
        if (cost.length == 1 && cost[0].length == 1) {
            return -cost[0][0];
        }
        int[] assigned = KuhnMunkres.assign(cost);
        double total = 0;
        for (int row = 0; row < assigned.length; row++) {
            if (assigned[row] >= 0) {
                total -= cost[row][assigned[row]];
            }
        }
        return total;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * BLANC as generalised to predicted mentions by Luo et al. (2014, "An Extension of BLANC to
     * System Mentions", ACL): coreference links are the pairs of mentions within an entity,
     * non-coreference links the pairs across entities, on each side with all its mentions; a link is
     * correct when both sides have it between the same two mentions.
     */
    public static BlancScore blanc(CorefDocument d) {
        return blanc(Overlaps.of(d));
    }

    static BlancScore blanc(Overlaps o) {
        long keyCoreference = 0;
        for (int size : o.keySizes) {
            keyCoreference += Overlaps.pairs(size);
        }
        long responseCoreference = 0;
        for (int size : o.responseSizes) {
            responseCoreference += Overlaps.pairs(size);
        }
        long keyNonCoreference = Overlaps.pairs(o.keyMentions) - keyCoreference;
        long responseNonCoreference = Overlaps.pairs(o.responseMentions) - responseCoreference;
        // Pairs of shared mentions: in one key entity, in one response entity, in both.
        long[] sharedPerKey = new long[o.keySizes.length];
        long[] sharedPerResponse = new long[o.responseSizes.length];
        long sameBoth = 0;
        for (int i = 0; i < o.pairCount.length; i++) {
            sharedPerKey[o.pairKey[i]] += o.pairCount[i];
            sharedPerResponse[o.pairResponse[i]] += o.pairCount[i];
            sameBoth += Overlaps.pairs(o.pairCount[i]);
        }
        long sameKey = 0;
        for (long n : sharedPerKey) {
            sameKey += Overlaps.pairs(n);
        }
        long sameResponse = 0;
        for (long n : sharedPerResponse) {
            sameResponse += Overlaps.pairs(n);
        }
        long differentBoth = Overlaps.pairs(o.common) - sameKey - sameResponse + sameBoth;
        return new BlancScore(
                new RecallPrecision(sameBoth, keyCoreference, sameBoth, responseCoreference),
                new RecallPrecision(differentBoth, keyNonCoreference, differentBoth, responseNonCoreference));
    }
}
