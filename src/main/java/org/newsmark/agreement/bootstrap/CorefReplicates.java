package org.newsmark.agreement.bootstrap;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.coref.BlancScore;
import org.newsmark.agreement.coref.CorefAgreement;
import org.newsmark.agreement.coref.CorefScores;
import org.newsmark.agreement.coref.RecallPrecision;
import org.newsmark.model.Article;
import org.newsmark.model.Layer;

/**
 * The coreference values of one layer ({@code coref_muc} to {@code coref_conll}, label {@code *})
 * for the article bootstrap. The CoNLL-2012 scorer adds up the counts of its documents, and so
 * does the report over articles: per article and pair of annotators, the counts are worked out
 * once with the report's {@link CorefScores} (numerators and denominators of MUC, B3, CEAFm and
 * CEAFe, CEAF's best alignment being found within each article, and BLANC's eight link counts);
 * a replicate adds them up with the articles' weights and computes each F1 from the sums, as
 * {@link CorefAgreement} does, and their mean over the pairs.
 */
final class CorefReplicates implements ReplicateStatistic {
    /** Row fields: whether the pair has the article, then MUC, B3, CEAFm, CEAFe and BLANC's two halves. */
    private static final int SHARED = 0;

    private static final int MUC = 1;
    private static final int B3 = 5;
    private static final int CEAFM = 9;
    private static final int CEAFE = 13;
    private static final int BLANC_COREFERENCE = 17;
    private static final int BLANC_NON_COREFERENCE = 21;
    private static final int WIDTH = 25;

    /** Per pair, each article's counts; zeros where the pair does not both have the article. */
    private final ArticleSums[] pairs;
    /** rows[pair, or the number of pairs for the mean][measure in {@link CorefAgreement#MEASURES} order]. */
    private final int[][] rows;

    CorefReplicates(AnnotatedCorpus corpus, Layer layer, RowIndex index) {
        List<String> annotators = corpus.annotators();
        List<Article> articles = corpus.articles();
        int pairCount = annotators.size() * (annotators.size() - 1) / 2;
        this.pairs = new ArticleSums[pairCount];
        this.rows = new int[pairCount + 1][CorefAgreement.MEASURES.size()];
        int p = 0;
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++, p++) {
                pairs[p] = new ArticleSums(articles.size(), WIDTH);
                rowsOf(index, layer, Measurement.pair(annotators.get(i), annotators.get(j)), rows[p]);
            }
        }
        rowsOf(index, layer, Measurement.ALL, rows[pairCount]);
        IntStream.range(0, articles.size()).parallel().forEach(a -> {
            String doc = articles.get(a).id();
            int q = 0;
            for (int i = 0; i < annotators.size(); i++) {
                for (int j = i + 1; j < annotators.size(); j++, q++) {
                    if (corpus.has(doc, annotators.get(i)) && corpus.has(doc, annotators.get(j))) {
                        pairs[q].set(a, counts(corpus, layer, doc, annotators.get(i), annotators.get(j)));
                    }
                }
            }
        });
    }

    private static void rowsOf(RowIndex index, Layer layer, String group, int[] out) {
        for (int m = 0; m < out.length; m++) {
            out[m] = index.row(layer.name(), Measurement.ALL, CorefAgreement.MEASURES.get(m), group);
        }
    }

    /**
     * The counts of a pair on one article, key and response chosen as {@link CorefAgreement} chooses them.
     */
    static double[] counts(AnnotatedCorpus corpus, Layer layer, String doc, String a, String b) {
        CorefScores s = CorefScores.of(CorefAgreement.pairDocument(corpus, layer, doc, a, b));
        double[] row = new double[WIDTH];
        row[SHARED] = 1;
        put(row, MUC, s.muc());
        put(row, B3, s.bCubed());
        put(row, CEAFM, s.ceafM());
        put(row, CEAFE, s.ceafE());
        put(row, BLANC_COREFERENCE, s.blanc().coreference());
        put(row, BLANC_NON_COREFERENCE, s.blanc().nonCoreference());
        return row;
    }

    private static void put(double[] row, int at, RecallPrecision s) {
        row[at] = s.recallNumerator();
        row[at + 1] = s.recallDenominator();
        row[at + 2] = s.precisionNumerator();
        row[at + 3] = s.precisionDenominator();
    }

    private static RecallPrecision get(double[] row, int at) {
        return new RecallPrecision(row[at], row[at + 1], row[at + 2], row[at + 3]);
    }

    @Override
    public void evaluate(int[] weights, double[] out) {
        int measures = CorefAgreement.MEASURES.size();
        double[][] values = new double[measures][pairs.length];
        for (int p = 0; p < pairs.length; p++) {
            double[] v = values(pairs[p].weightedSum(weights));
            for (int m = 0; m < measures; m++) {
                values[m][p] = v[m];
                RowIndex.put(out, rows[p][m], v[m]);
            }
        }
        for (int m = 0; m < measures; m++) {
            RowIndex.put(out, rows[pairs.length][m], TokenReplicates.meanOfDefined(values[m]));
        }
    }

    /**
     * The F1 of each measure from added-up counts, in {@link CorefAgreement#MEASURES} order; NaN
     * where the report has no value: no article both have, no mention in either's files, and for
     * MUC no coreference link on either side.
     */
    static double[] values(double[] sum) {
        double[] v = new double[CorefAgreement.MEASURES.size()];
        RecallPrecision bCubed = get(sum, B3);
        if (sum[SHARED] == 0 || bCubed.recallDenominator() + bCubed.precisionDenominator() == 0) {
            Arrays.fill(v, Double.NaN);
            return v;
        }
        RecallPrecision muc = get(sum, MUC);
        CorefScores s = new CorefScores(
                RecallPrecision.ZERO,
                muc,
                bCubed,
                get(sum, CEAFM),
                get(sum, CEAFE),
                new BlancScore(get(sum, BLANC_COREFERENCE), get(sum, BLANC_NON_COREFERENCE)));
        v[slot(CorefAgreement.MUC)] =
                muc.recallDenominator() == 0 && muc.precisionDenominator() == 0 ? Double.NaN : muc.f1();
        v[slot(CorefAgreement.B3)] = bCubed.f1();
        v[slot(CorefAgreement.CEAFM)] = s.ceafM().f1();
        v[slot(CorefAgreement.CEAFE)] = s.ceafE().f1();
        v[slot(CorefAgreement.BLANC)] = s.blanc().f1();
        v[slot(CorefAgreement.CONLL)] = s.conll();
        return v;
    }

    private static int slot(String measure) {
        return CorefAgreement.MEASURES.indexOf(measure);
    }
}
