package org.newsmark.agreement.bootstrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.Score;
import org.newsmark.agreement.coding.CodingStudy;
import org.newsmark.agreement.coding.CohenKappa;
import org.newsmark.agreement.coding.CoincidenceMatrix;
import org.newsmark.agreement.coding.ContingencyTable;
import org.newsmark.agreement.coding.DefaultCodingStudy;
import org.newsmark.agreement.coding.FleissKappa;
import org.newsmark.agreement.coding.ItemCategoryCounts;
import org.newsmark.agreement.coding.PercentageAgreement;
import org.newsmark.agreement.coding.TokenLabels;
import org.newsmark.model.Article;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;

/**
 * The token-level values of one layer for the article bootstrap: per article, the contingency
 * table of each pair (articles both have), the category counts of Fleiss' kappa (articles all
 * have) and the coincidence matrix of Krippendorff's alpha (articles two or more have), worked
 * out once as {@code TokenAgreement} does; a replicate adds up the tables of the drawn articles
 * and computes observed agreement and Cohen's kappa per pair, their mean, and Fleiss' kappa, for
 * all labels and for each label against the rest. Krippendorff's alpha is not resampled by
 * article (see {@link KrippendorffBootstrap}); the coincidence matrix of the corpus is kept for it.
 */
final class TokenReplicates implements ReplicateStatistic {
    private final List<String> categories;
    private final int raters;
    /** Per pair, each article's table row by row; zeros where the pair does not both have the article. */
    private final ArticleCounts[] pairs;
    /** all[article], null where not every annotator has the article. */
    private final ItemCategoryCounts[] all;

    private final CoincidenceMatrix pairable;
    /** Rows by category (0 = all labels, c = the c-th label) and pair. */
    private final int[][] observedRows;

    private final int[][] cohenRows;
    private final int[] observedMeanRows;
    private final int[] fleissRows;

    TokenReplicates(
            String layer,
            List<String> labels,
            List<String> annotators,
            ContingencyTable[][] pairs,
            ItemCategoryCounts[] all,
            CoincidenceMatrix pairable,
            RowIndex rows) {
        List<String> c = new ArrayList<>();
        c.add(TokenLabels.OUTSIDE);
        c.addAll(labels);
        this.categories = List.copyOf(c);
        this.raters = annotators.size();
        int k = categories.size();
        this.pairs = byPair(pairs, annotators.size() * (annotators.size() - 1) / 2, k);
        this.all = all;
        this.pairable = pairable;
        List<String> pairNames = new ArrayList<>();
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++) {
                pairNames.add(Measurement.pair(annotators.get(i), annotators.get(j)));
            }
        }
        observedRows = new int[k][pairNames.size()];
        cohenRows = new int[k][pairNames.size()];
        observedMeanRows = new int[k];
        fleissRows = new int[k];
        for (int cat = 0; cat < k; cat++) {
            String label = cat == 0 ? Measurement.ALL : labels.get(cat - 1);
            for (int p = 0; p < pairNames.size(); p++) {
                observedRows[cat][p] = rows.row(layer, label, Measurement.OBSERVED_AGREEMENT, pairNames.get(p));
                cohenRows[cat][p] = rows.row(layer, label, Measurement.COHEN_KAPPA, pairNames.get(p));
            }
            observedMeanRows[cat] = rows.row(layer, label, Measurement.OBSERVED_AGREEMENT, Measurement.ALL);
            fleissRows[cat] = rows.row(layer, label, Measurement.FLEISS_KAPPA, Measurement.ALL);
        }
    }

    /** The tables of each pair, article after article, row by row (zeros for a missing table). */
    private static ArticleCounts[] byPair(ContingencyTable[][] tables, int pairCount, int k) {
        ArticleCounts[] out = new ArticleCounts[pairCount];
        for (int p = 0; p < pairCount; p++) {
            out[p] = new ArticleCounts(tables.length, k * k);
            for (int a = 0; a < tables.length; a++) {
                ContingencyTable t = tables[a][p];
                if (t != null) {
                    long[] counts = new long[k * k];
                    for (int i = 0; i < k * k; i++) {
                        counts[i] = t.count(i / k, i % k);
                    }
                    out[p].set(a, counts);
                }
            }
        }
        return out;
    }

    /** Works out the per-article counts of a layer: token labels once per annotator and article. */
    static TokenReplicates of(AnnotatedCorpus corpus, Layer layer, Map<String, int[]> tokens, RowIndex rows) {
        List<String> annotators = corpus.annotators();
        List<String> labels = layer.labels().stream().map(Label::name).toList();
        List<String> categories = new ArrayList<>();
        categories.add(TokenLabels.OUTSIDE);
        categories.addAll(labels);
        List<Article> articles = corpus.articles();
        int n = articles.size();
        int pairCount = annotators.size() * (annotators.size() - 1) / 2;
        ContingencyTable[][] pairs = new ContingencyTable[n][pairCount];
        ItemCategoryCounts[] all = new ItemCategoryCounts[n];
        CoincidenceMatrix[] pairable = new CoincidenceMatrix[n];
        if (annotators.size() >= 2) {
            IntStream.range(0, n).parallel().forEach(a -> {
                Article article = articles.get(a);
                int[][] columns = new int[annotators.size()][];
                int present = 0;
                for (int r = 0; r < annotators.size(); r++) {
                    if (corpus.has(article.id(), annotators.get(r))) {
                        columns[r] = TokenLabels.codes(
                                tokens.get(article.id()),
                                corpus.spans(article.id(), annotators.get(r), layer.name()),
                                labels);
                        present++;
                    }
                }
                CodingStudy study = DefaultCodingStudy.ofColumns(annotators, categories, columns);
                int p = 0;
                for (int i = 0; i < annotators.size(); i++) {
                    for (int j = i + 1; j < annotators.size(); j++, p++) {
                        pairs[a][p] =
                                columns[i] != null && columns[j] != null ? ContingencyTable.of(study, i, j) : null;
                    }
                }
                all[a] = present == annotators.size() ? ItemCategoryCounts.of(study) : null;
                pairable[a] = present >= 2 ? CoincidenceMatrix.of(study) : null;
            });
        }
        CoincidenceMatrix total = CoincidenceMatrix.empty(categories, annotators.size());
        for (CoincidenceMatrix m : pairable) {
            if (m != null) {
                total.add(m);
            }
        }
        return new TokenReplicates(layer.name(), labels, annotators, pairs, all, total, rows);
    }

    /** The coincidence matrix of the corpus (every article two or more annotators have), all labels. */
    CoincidenceMatrix pairable() {
        return pairable;
    }

    List<String> categories() {
        return categories;
    }

    @Override
    public void evaluate(int[] weights, double[] out) {
        int k = categories.size();
        int pairCount = observedRows.length == 0 ? 0 : observedRows[0].length;
        double[][] observed = new double[k][pairCount];
        for (int p = 0; p < pairCount; p++) {
            long[] sum = pairs[p].weightedSum(weights);
            long[][] rows = new long[k][];
            for (int i = 0; i < k; i++) {
                rows[i] = Arrays.copyOfRange(sum, i * k, i * k + k);
            }
            ContingencyTable table = ContingencyTable.of(categories, rows);
            for (int cat = 0; cat < k; cat++) {
                ContingencyTable t = cat == 0 ? table : table.dichotomize(cat);
                observed[cat][p] = value(PercentageAgreement.of(t).agreement());
                RowIndex.put(out, observedRows[cat][p], observed[cat][p]);
                RowIndex.put(out, cohenRows[cat][p], value(CohenKappa.of(t).agreement()));
            }
        }
        for (int cat = 0; cat < k; cat++) {
            RowIndex.put(out, observedMeanRows[cat], meanOfDefined(observed[cat]));
        }
        if (raters < 2) {
            return;
        }
        ItemCategoryCounts counts = ItemCategoryCounts.empty(categories, raters);
        for (int a = 0; a < weights.length; a++) {
            for (int w = all[a] == null ? 0 : weights[a]; w > 0; w--) {
                counts.add(all[a]);
            }
        }
        for (int cat = 0; cat < k; cat++) {
            RowIndex.put(
                    out,
                    fleissRows[cat],
                    value(FleissKappa.of(cat == 0 ? counts : counts.dichotomize(cat))
                            .agreement()));
        }
    }

    static double value(Score score) {
        return score.defined() ? score.value() : Double.NaN;
    }

    /** The mean of the values that are defined, as the {@code *} row of a pairwise measure; NaN when none is. */
    static double meanOfDefined(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
