package org.newsmark.service.team;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The designs of the textbooks (Fisher 1940; the Fano plane, the affine plane of order 3 and the
 * projective plane of order 3 as Steiner systems; the (6, 3, 2) design of ten blocks) are found
 * where they exist, and where none exists the greedy placement keeps loads and pair counts within
 * one of each other.
 */
class BlockDesignTest {
    /** Cell i,j: blocks holding both i and j; the diagonal: blocks holding i. */
    static int[][] counts(int v, List<int[]> blocks) {
        int[][] m = new int[v][v];
        for (int[] b : blocks) {
            for (int i : b) {
                for (int j : b) {
                    m[i][j]++;
                }
            }
        }
        return m;
    }

    static void assertBalanced(int v, List<int[]> blocks, int r, int lambda) {
        int[][] m = counts(v, blocks);
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < v; j++) {
                assertThat(m[i][j]).as("cell %d,%d", i, j).isEqualTo(i == j ? r : lambda);
            }
        }
    }

    @Test
    void fanoPlaneSevenAnnotatorsThreePerArticleEveryPairOnce() {
        BlockDesign.Design d = BlockDesign.build(7, 3, 7, 1);
        assertThat(d.balanced()).isTrue();
        assertBalanced(7, d.blocks(), 3, 1);
        assertThat(d.description()).contains("balanced incomplete block design", "every pair on 1");
    }

    @Test
    void twoCopiesOfTheFanoPlaneForFourteenArticles() {
        BlockDesign.Design d = BlockDesign.build(7, 3, 14, 5);
        assertBalanced(7, d.blocks(), 6, 2);
    }

    @Test
    void affinePlaneOfOrderThreeNineAnnotatorsTwelveArticles() {
        assertBalanced(9, BlockDesign.build(9, 3, 12, 1).blocks(), 4, 1);
    }

    @Test
    void projectivePlaneOfOrderThreeThirteenAnnotatorsFourPerArticle() {
        assertBalanced(13, BlockDesign.build(13, 4, 13, 1).blocks(), 4, 1);
    }

    @Test
    void sixAnnotatorsThreePerArticleTenArticlesEveryPairTwice() {
        // No (6,3,1) design exists (λ(v-1)/(k-1) = 5/2 is not whole); the smallest is λ = 2 with ten blocks.
        assertBalanced(6, BlockDesign.build(6, 3, 10, 1).blocks(), 5, 2);
    }

    @Test
    void everyPairOfFourAnnotatorsOnceWhenTwoAnnotateEachOfSixArticles() {
        assertBalanced(4, BlockDesign.build(4, 2, 6, 1).blocks(), 3, 1);
    }

    @Test
    void withoutADesignLoadsStayWithinOneAndPairsWithinWhatCoveringAllows() {
        // {v, k, articles, the largest spread of pair counts allowed}. For 10 annotators, 4 per
        // article and 23 articles, the 8 articles beyond the (10,4,2) design cannot reach all 45
        // pairs (covering them needs 9 blocks, the Schönheim bound), so a spread of 2 remains.
        for (int[] c :
                new int[][] {{5, 2, 7, 1}, {6, 3, 7, 1}, {8, 3, 20, 1}, {10, 4, 23, 2}, {3, 2, 100, 1}, {25, 3, 40, 1}
                }) {
            int v = c[0];
            BlockDesign.Design d = BlockDesign.build(v, c[1], c[2], 11);
            assertThat(d.blocks()).hasSize(c[2]);
            int[][] m = counts(v, d.blocks());
            int minLoad = Integer.MAX_VALUE;
            int maxLoad = 0;
            int minPair = Integer.MAX_VALUE;
            int maxPair = 0;
            for (int i = 0; i < v; i++) {
                minLoad = Math.min(minLoad, m[i][i]);
                maxLoad = Math.max(maxLoad, m[i][i]);
                for (int j = i + 1; j < v; j++) {
                    minPair = Math.min(minPair, m[i][j]);
                    maxPair = Math.max(maxPair, m[i][j]);
                }
            }
            assertThat(maxLoad - minLoad).as("loads for %s", Arrays.toString(c)).isLessThanOrEqualTo(1);
            assertThat(maxPair - minPair).as("pairs for %s", Arrays.toString(c)).isLessThanOrEqualTo(c[3]);
            for (int[] b : d.blocks()) {
                assertThat(b).hasSize(c[1]).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameDesign() {
        List<int[]> a = BlockDesign.build(8, 3, 30, 42).blocks();
        List<int[]> b = BlockDesign.build(8, 3, 30, 42).blocks();
        assertThat(a).usingElementComparator(Arrays::compare).containsExactlyElementsOf(b);
        List<int[]> c = BlockDesign.build(8, 3, 30, 43).blocks();
        assertThat(a).usingElementComparator(Arrays::compare).isNotEqualTo(c);
    }
}
