package org.newsmark.agreement.bootstrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.ConfidenceInterval;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.coref.CorefAgreement;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.model.Article;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.WordTokenizer;

/**
 * Bootstrap confidence intervals for the corpus values of an agreement report (percentile
 * intervals, {@link Percentiles}).
 * <ul>
 * <li>Krippendorff's alpha (on tokens, on typed attributes, on article labels): Krippendorff's own
 *     bootstrap ({@link KrippendorffBootstrap}), which draws pairs of values from the corpus's
 *     coincidence matrix; without his practical limit on the number of draws.</li>
 * <li>Every other value (observed agreement, Cohen's and Fleiss' kappa, αU, F1, speaker and other
 *     role agreement by mention and by identity, argument F1, the coreference scores, the values
 *     of typed attributes and of article labels, and the means over pairs): the bootstrap over
 *     articles, a cluster bootstrap. Each replicate draws as many articles as the corpus has, with
 *     replacement, adds up their per-article counts (worked out once: tokens and spans stay
 *     grouped by article, nothing is tokenized or matched again; see {@link TokenReplicates},
 *     {@link UnitizingReplicates}, {@link SpanReplicates}, {@link CorefReplicates},
 *     {@link CategoryReplicates}) and computes the value as the report does on the corpus of the
 *     drawn articles. Krippendorff's scheme does not carry over to αU, whose expected disagreement
 *     places every unit in every gap of the continuum: there is no matrix of independent pairs to
 *     draw from, so αU resamples articles too.</li>
 * </ul>
 * A replicate whose value is undefined is dropped and the interval says how many were usable;
 * a value that is undefined has no interval. Everything is deterministic for a seed: replicate r
 * draws its articles from its own stream of the seed, and each alpha row from a stream of the
 * seed and its layer and label, so the intervals do not depend on the number of threads or on
 * which other layers were measured.
 */
public final class AgreementBootstrap {
    private static final long ARTICLE_STREAM = 0x41525449434C4553L;
    private static final long ALPHA_STREAM = 0x414C504841L;

    private final AnnotatedCorpus corpus;
    private final BootstrapOptions options;
    private final RowIndex rows;
    private final List<ReplicateStatistic> statistics = new ArrayList<>();
    /** The coincidence matrices of the alpha rows, for Krippendorff's bootstrap. */
    private final List<AlphaMatrix> alphas = new ArrayList<>();

    AgreementBootstrap(AnnotatedCorpus corpus, AgreementReport report, BootstrapOptions options) {
        this.corpus = corpus;
        this.options = options;
        this.rows = new RowIndex(report.measurements());
        List<Layer> layers = report.layers().stream()
                .map(name ->
                        corpus.schema().layer(name).orElseThrow(() -> new IllegalArgumentException("no layer " + name)))
                .toList();
        // As AgreementCalculator: a layer that labels articles has article items only, the others spans.
        List<Layer> spanLayers = layers.stream().filter(l -> !l.marksArticles()).toList();
        Map<String, int[]> bounds = corpus.articles().parallelStream()
                .collect(Collectors.toMap(Article::id, a -> WordTokenizer.bounds(a.text())));
        for (Layer layer : layers) {
            if (layer.marksArticles()) {
                add(CategoryReplicates.articleLabels(corpus, layer, rows));
                continue;
            }
            TokenReplicates t = TokenReplicates.of(corpus, layer, bounds, rows);
            statistics.add(t);
            alphas.add(new AlphaMatrix(layer.name(), Measurement.ALL, t.pairable()));
            List<Label> labels = layer.labels();
            for (int c = 1; c <= labels.size(); c++) {
                alphas.add(new AlphaMatrix(
                        layer.name(), labels.get(c - 1).name(), t.pairable().dichotomize(c)));
            }
            statistics.add(new UnitizingReplicates(corpus, layer, rows));
            add(CategoryReplicates.attributes(corpus, layer, rows));
        }
        statistics.add(new SpanReplicates(corpus, spanLayers, rows));
        for (Layer layer : spanLayers) {
            if (CorefAgreement.applies(layer)) {
                statistics.add(new CorefReplicates(corpus, layer, rows));
            }
        }
    }

    private void add(CategoryReplicates c) {
        statistics.add(c);
        alphas.addAll(c.alphaMatrices());
    }

    /**
     * The report with an interval on every corpus value (one without bounds where the value is
     * undefined or no replicate had one); per-article values are left as they are.
     */
    public static AgreementReport withIntervals(
            AnnotatedCorpus corpus, AgreementReport report, BootstrapOptions options) {
        return new AgreementBootstrap(corpus, report, options).apply(report);
    }

    private AgreementReport apply(AgreementReport report) {
        double[][] values = articleReplicates();
        long[] draws = new long[rows.size()];
        alphaReplicates(values, draws);
        ConfidenceInterval[] intervals = new ConfidenceInterval[rows.size()];
        for (int row = 0; row < rows.size(); row++) {
            boolean alpha = rows.measurement(row).measure().equals(Measurement.KRIPPENDORFF_ALPHA);
            intervals[row] = Percentiles.interval(
                    values[row],
                    options,
                    alpha ? ConfidenceInterval.Method.KRIPPENDORFF : ConfidenceInterval.Method.ARTICLES,
                    draws[row]);
        }
        List<Measurement> out = new ArrayList<>(report.measurements().size());
        for (Measurement m : report.measurements()) {
            if (!m.doc().equals(Measurement.ALL)) {
                out.add(m);
                continue;
            }
            int row = rows.row(m.layer(), m.label(), m.measure(), m.annotators());
            out.add(m.withInterval(row >= 0 ? intervals[row] : none(m)));
        }
        return new AgreementReport(
                report.annotators(),
                report.docs(),
                report.layers(),
                report.filesPerAnnotator(),
                report.articlesAnnotatedByAll(),
                out,
                report.articleLayers());
    }

    private ConfidenceInterval none(Measurement m) {
        boolean alpha = m.measure().equals(Measurement.KRIPPENDORFF_ALPHA);
        return new ConfidenceInterval(
                Double.NaN,
                Double.NaN,
                options.level(),
                options.replicates(),
                0,
                options.seed(),
                alpha ? ConfidenceInterval.Method.KRIPPENDORFF : ConfidenceInterval.Method.ARTICLES,
                0);
    }

    /** values[row][replicate] of every row, NaN where the replicate has no value (alpha rows stay NaN here). */
    private double[][] articleReplicates() {
        int b = options.replicates();
        double[][] values = new double[rows.size()][b];
        IntStream.range(0, b).parallel().forEach(r -> {
            double[] out =
                    replicate(weights(options.seed(), r, corpus.articles().size()));
            for (int row = 0; row < out.length; row++) {
                values[row][r] = out[row];
            }
        });
        return values;
    }

    /** The corpus values that get replicates, in the order of {@link #replicate}'s values. */
    List<Measurement> rowMeasurements() {
        return IntStream.range(0, rows.size()).mapToObj(rows::measurement).toList();
    }

    /** The values of every row for one replicate, given how often each article was drawn. */
    double[] replicate(int[] weights) {
        double[] out = new double[rows.size()];
        Arrays.fill(out, Double.NaN);
        for (ReplicateStatistic s : statistics) {
            s.evaluate(weights, out);
        }
        return out;
    }

    /** How often each of n articles is drawn in replicate r: n draws with replacement. */
    static int[] weights(long seed, int replicate, int n) {
        int[] w = new int[n];
        SplitMix64 random = SplitMix64.stream(seed, ARTICLE_STREAM, replicate);
        for (int i = 0; i < n; i++) {
            w[random.nextInt(n)]++;
        }
        return w;
    }

    /**
     * Krippendorff's bootstrap for the alpha rows (on tokens each label against the rest too),
     * each from a stream of the seed, its layer and its label.
     */
    private void alphaReplicates(double[][] values, long[] draws) {
        for (AlphaMatrix a : alphas) {
            int row = rows.row(a.layer(), a.label(), Measurement.KRIPPENDORFF_ALPHA, Measurement.ALL);
            if (row < 0) {
                continue;
            }
            KrippendorffBootstrap boot = KrippendorffBootstrap.nominal(
                    a.matrix(), corpus.annotators().size(), KrippendorffBootstrap.Draws.ALL_PAIRS);
            values[row] = boot.replicates(
                    options.replicates(),
                    SplitMix64.stream(
                            options.seed(),
                            ALPHA_STREAM,
                            a.layer().hashCode(),
                            a.label().hashCode()));
            draws[row] = boot.draws();
        }
    }
}
