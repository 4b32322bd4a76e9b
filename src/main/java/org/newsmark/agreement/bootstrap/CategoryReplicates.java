package org.newsmark.agreement.bootstrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.coding.CohenKappa;
import org.newsmark.agreement.coding.CoincidenceMatrix;
import org.newsmark.agreement.coding.ContingencyTable;
import org.newsmark.agreement.coding.DefaultCodingStudy;
import org.newsmark.agreement.coding.FleissKappa;
import org.newsmark.agreement.coding.ItemCategoryCounts;
import org.newsmark.agreement.coding.PercentageAgreement;
import org.newsmark.model.Annotation;
import org.newsmark.model.AttributeDef;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;

/**
 * The coding values of items that are given rather than found, for the article bootstrap: the
 * typed attributes of a layer (label {@code @NAME}; an item is a span that annotators marked
 * alike, as {@code AttributeAgreement} makes them) and a layer that labels whole articles (an
 * item is an article, its category the set of labels, or one label against {@code O}, as
 * {@code ArticleLabelAgreement} makes them). Per article and scope (layer and label), what the
 * values rest on is worked out once: each pair's contingency table over the items both coded,
 * kept sparse (an article fills few of the cells), and the category counts of the items every
 * annotator coded. A replicate adds them up with the articles' weights and computes observed
 * agreement and Cohen's kappa per pair, the mean of the observed agreement over the pairs, and
 * Fleiss' kappa, as {@code CategoryStudies} does. Krippendorff's alpha is left to Krippendorff's
 * bootstrap, from each scope's coincidence matrix ({@link #alphaMatrices}).
 */
final class CategoryReplicates implements ReplicateStatistic {
    /** The category of an article an annotator gave no label of the layer, as the report names it. */
    private static final String NONE = "NONE";

    private static final String NOT = "O";

    /** One layer and label: its categories, per-article counts and rows. */
    private static final class Scope {
        List<String> categories;
        /** Per pair, the table of each article, k × k cells row by row. */
        SparseArticleCounts[] pairs;
        /** Per article, the counts of the items every annotator coded; null where there is none. */
        ItemCategoryCounts[] all;

        int[] observedRows;
        int[] cohenRows;
        int observedMeanRow;
        int fleissRow;

        boolean hasRows() {
            return observedMeanRow >= 0
                    || fleissRow >= 0
                    || IntStream.of(observedRows).anyMatch(r -> r >= 0)
                    || IntStream.of(cohenRows).anyMatch(r -> r >= 0);
        }
    }

    private final int raters;
    private final List<Scope> scopes = new ArrayList<>();
    private final List<AlphaMatrix> alphas = new ArrayList<>();

    private CategoryReplicates(int raters) {
        this.raters = raters;
    }

    /** The rows of each typed attribute of a layer that marks spans. */
    static CategoryReplicates attributes(AnnotatedCorpus corpus, Layer layer, RowIndex rows) {
        CategoryReplicates out = new CategoryReplicates(corpus.annotators().size());
        if (out.raters < 2) {
            return out;
        }
        for (AttributeDef attribute : layer.attributes()) {
            List<List<String[]>> items = IntStream.range(0, corpus.articles().size())
                    .parallel()
                    .mapToObj(
                            a -> attributeItems(corpus, corpus.articles().get(a).id(), layer, attribute))
                    .toList();
            out.add(corpus, layer.name(), Measurement.ATTRIBUTE_PREFIX + attribute.name(), items, rows);
        }
        return out;
    }

    /** The rows of a layer that labels whole articles: all labels as sets, and each label against the rest. */
    static CategoryReplicates articleLabels(AnnotatedCorpus corpus, Layer layer, RowIndex rows) {
        CategoryReplicates out = new CategoryReplicates(corpus.annotators().size());
        if (out.raters < 2) {
            return out;
        }
        List<String[]> sets = corpus.articles().stream()
                .map(a -> labelSets(corpus, a.id(), layer))
                .toList();
        out.add(
                corpus,
                layer.name(),
                Measurement.ALL,
                sets.stream().map(CategoryReplicates::oneItem).toList(),
                rows);
        for (Label label : layer.labels()) {
            List<List<String[]>> binary = new ArrayList<>();
            for (String[] values : sets) {
                String[] b = new String[values.length];
                for (int r = 0; r < b.length; r++) {
                    b[r] = values[r] == null
                            ? null
                            : List.of(values[r].split("\\|")).contains(label.name()) ? label.name() : NOT;
                }
                binary.add(oneItem(b));
            }
            out.add(corpus, layer.name(), label.name(), binary, rows);
        }
        return out;
    }

    /** An article that is its own single item. */
    private static List<String[]> oneItem(String[] values) {
        return List.<String[]>of(values);
    }

    /** One item per span (label, start, end) that an annotator marked, its value per annotator (null: not marked). */
    private static List<String[]> attributeItems(
            AnnotatedCorpus corpus, String doc, Layer layer, AttributeDef attribute) {
        List<String> annotators = corpus.annotators();
        Map<List<Object>, String[]> spans = new LinkedHashMap<>();
        for (int r = 0; r < annotators.size(); r++) {
            Set<List<Object>> seen = new HashSet<>();
            for (Annotation a : corpus.spans(doc, annotators.get(r), layer.name())) {
                List<Object> key = List.of(a.label(), a.start(), a.end());
                if (seen.add(key)) {
                    spans.computeIfAbsent(key, k -> new String[annotators.size()])[r] = value(attribute, a);
                }
            }
        }
        return List.copyOf(spans.values());
    }

    /** The value of an attribute (its default when absent); several values sorted, as the report compares them. */
    private static String value(AttributeDef attribute, Annotation a) {
        String v = attribute.valueOf(a);
        return attribute.many() ? String.join(AttributeDef.SEPARATOR, new TreeSet<>(attribute.split(v))) : v;
    }

    /** Per annotator, the labels they gave an article, sorted and joined ({@code NONE}: none; null: no file). */
    private static String[] labelSets(AnnotatedCorpus corpus, String doc, Layer layer) {
        List<String> annotators = corpus.annotators();
        String[] values = new String[annotators.size()];
        for (int r = 0; r < values.length; r++) {
            if (corpus.has(doc, annotators.get(r))) {
                TreeSet<String> labels = new TreeSet<>();
                corpus.spans(doc, annotators.get(r), layer.name()).forEach(a -> labels.add(a.label()));
                values[r] = labels.isEmpty() ? NONE : String.join("|", labels);
            }
        }
        return values;
    }

    /** Works out a scope from its items, article by article in corpus order. */
    private void add(AnnotatedCorpus corpus, String layer, String label, List<List<String[]>> items, RowIndex index) {
        List<String> annotators = corpus.annotators();
        Map<String, Integer> codes = new LinkedHashMap<>();
        items.forEach(article -> article.forEach(values -> {
            for (String v : values) {
                if (v != null) {
                    codes.putIfAbsent(v, codes.size());
                }
            }
        }));
        Scope s = new Scope();
        s.categories = List.copyOf(codes.keySet());
        rows(s, layer, label, annotators, index);
        if (!s.hasRows() && index.row(layer, label, Measurement.KRIPPENDORFF_ALPHA, Measurement.ALL) < 0) {
            return;
        }
        int k = s.categories.size();
        int pairCount = raters * (raters - 1) / 2;
        s.pairs = new SparseArticleCounts[pairCount];
        for (int p = 0; p < pairCount; p++) {
            s.pairs[p] = new SparseArticleCounts(items.size(), Math.multiplyExact(k, k));
        }
        s.all = new ItemCategoryCounts[items.size()];
        DefaultCodingStudy pairable = new DefaultCodingStudy(annotators, s.categories);
        for (int a = 0; a < items.size(); a++) {
            article(s, a, items.get(a), codes, pairable);
        }
        if (s.hasRows()) {
            scopes.add(s);
        }
        alphas.add(new AlphaMatrix(layer, label, CoincidenceMatrix.of(pairable)));
    }

    private void rows(Scope s, String layer, String label, List<String> annotators, RowIndex index) {
        List<Integer> observed = new ArrayList<>();
        List<Integer> cohen = new ArrayList<>();
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++) {
                String pair = Measurement.pair(annotators.get(i), annotators.get(j));
                observed.add(index.row(layer, label, Measurement.OBSERVED_AGREEMENT, pair));
                cohen.add(index.row(layer, label, Measurement.COHEN_KAPPA, pair));
            }
        }
        s.observedRows = observed.stream().mapToInt(Integer::intValue).toArray();
        s.cohenRows = cohen.stream().mapToInt(Integer::intValue).toArray();
        s.observedMeanRow = index.row(layer, label, Measurement.OBSERVED_AGREEMENT, Measurement.ALL);
        s.fleissRow = index.row(layer, label, Measurement.FLEISS_KAPPA, Measurement.ALL);
    }

    /** One article's tables and counts; its items coded by two or more go into {@code pairable} too. */
    private void article(
            Scope s, int a, List<String[]> items, Map<String, Integer> codes, DefaultCodingStudy pairable) {
        int k = s.categories.size();
        List<Map<Integer, Integer>> cells = new ArrayList<>();
        for (int p = 0; p < s.pairs.length; p++) {
            cells.add(new HashMap<>());
        }
        DefaultCodingStudy complete = new DefaultCodingStudy(pairable.raters(), s.categories);
        for (String[] v : items) {
            int p = 0;
            int coded = 0;
            for (int i = 0; i < raters; i++) {
                coded += v[i] == null ? 0 : 1;
                for (int j = i + 1; j < raters; j++, p++) {
                    if (v[i] != null && v[j] != null) {
                        cells.get(p).merge(codes.get(v[i]) * k + codes.get(v[j]), 1, Integer::sum);
                    }
                }
            }
            if (coded == raters) {
                complete.addItem(v);
            }
            if (coded >= 2) {
                pairable.addItem(v);
            }
        }
        for (int p = 0; p < s.pairs.length; p++) {
            s.pairs[p].set(a, cells.get(p));
        }
        s.all[a] = complete.itemCount() == 0 ? null : ItemCategoryCounts.of(complete);
    }

    /** Each scope's coincidence matrix over the corpus, for the alpha rows. */
    List<AlphaMatrix> alphaMatrices() {
        return alphas;
    }

    @Override
    public void evaluate(int[] weights, double[] out) {
        for (Scope s : scopes) {
            double[] observed = new double[s.pairs.length];
            for (int p = 0; p < s.pairs.length; p++) {
                ContingencyTable t = table(s.categories, s.pairs[p].weightedSum(weights));
                observed[p] = TokenReplicates.value(PercentageAgreement.of(t).agreement());
                RowIndex.put(out, s.observedRows[p], observed[p]);
                RowIndex.put(
                        out,
                        s.cohenRows[p],
                        TokenReplicates.value(CohenKappa.of(t).agreement()));
            }
            RowIndex.put(out, s.observedMeanRow, TokenReplicates.meanOfDefined(observed));
            if (s.fleissRow >= 0) {
                ItemCategoryCounts counts = ItemCategoryCounts.empty(s.categories, raters);
                for (int a = 0; a < weights.length; a++) {
                    for (int w = s.all[a] == null ? 0 : weights[a]; w > 0; w--) {
                        counts.add(s.all[a]);
                    }
                }
                RowIndex.put(
                        out,
                        s.fleissRow,
                        TokenReplicates.value(FleissKappa.of(counts).agreement()));
            }
        }
    }

    private static ContingencyTable table(List<String> categories, long[] cells) {
        int k = categories.size();
        long[][] rows = new long[k][];
        for (int i = 0; i < k; i++) {
            rows[i] = Arrays.copyOfRange(cells, i * k, i * k + k);
        }
        return ContingencyTable.of(categories, rows);
    }
}
