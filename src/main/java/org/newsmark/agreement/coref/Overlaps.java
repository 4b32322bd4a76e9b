package org.newsmark.agreement.coref;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every metric needs from a document: the size of each key and response entity and, for each
 * key entity and response entity that share mentions, how many. Mentions match by exact span.
 */
final class Overlaps {
    final int[] keySizes;
    final int[] responseSizes;
    /** The pairs with a shared mention: key entity, response entity and count, in parallel. */
    final int[] pairKey;

    final int[] pairResponse;
    final int[] pairCount;
    final int keyMentions;
    final int responseMentions;
    /** Mentions found in both the key and the response. */
    final int common;

    private Overlaps(int[] keySizes, int[] responseSizes, int[] pairKey, int[] pairResponse, int[] pairCount) {
        this.keySizes = keySizes;
        this.responseSizes = responseSizes;
        this.pairKey = pairKey;
        this.pairResponse = pairResponse;
        this.pairCount = pairCount;
        this.keyMentions = sum(keySizes);
        this.responseMentions = sum(responseSizes);
        this.common = sum(pairCount);
    }

    static Overlaps of(CorefDocument d) {
        Map<Mention, Integer> keyEntity = new HashMap<>();
        int[] keySizes = sizes(d.key());
        for (int k = 0; k < d.key().size(); k++) {
            for (Mention m : d.key().get(k)) {
                keyEntity.put(m, k);
            }
        }
        int[] responseSizes = sizes(d.response());
        // Keyed by key entity * (number of response entities) + response entity.
        Map<Long, Integer> shared = new HashMap<>();
        long width = Math.max(1, responseSizes.length);
        for (int r = 0; r < d.response().size(); r++) {
            for (Mention m : d.response().get(r)) {
                Integer k = keyEntity.get(m);
                if (k != null) {
                    shared.merge(k * width + r, 1, Integer::sum);
                }
            }
        }
        int n = shared.size();
        int[] pk = new int[n];
        int[] pr = new int[n];
        int[] pc = new int[n];
        int i = 0;
        for (Map.Entry<Long, Integer> e : shared.entrySet()) {
            pk[i] = (int) (e.getKey() / width);
            pr[i] = (int) (e.getKey() % width);
            pc[i] = e.getValue();
            i++;
        }
        return new Overlaps(keySizes, responseSizes, pk, pr, pc);
    }

    private static int[] sizes(List<List<Mention>> clusters) {
        return clusters.stream().mapToInt(List::size).toArray();
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    /** n choose 2, the number of links among n mentions. */
    static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
