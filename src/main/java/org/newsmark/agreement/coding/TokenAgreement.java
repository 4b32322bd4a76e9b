package org.newsmark.agreement.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.Coverage;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.PairMean;
import org.newsmark.agreement.Score;
import org.newsmark.model.Article;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;

/**
 * The token-level measures of one layer: each token gets, per annotator, the label of the layer
 * that covers it or {@code O} ({@link TokenLabels}); then observed agreement and Cohen's kappa per
 * pair (articles both annotated), Fleiss' kappa (articles all annotated) and Krippendorff's alpha
 * (articles at least two annotated, the others' tokens missing), for all labels and for each
 * label L as L against not-L.
 */
public final class TokenAgreement {
    private final AnnotatedCorpus corpus;
    private final Layer layer;
    private final Map<String, int[]> tokens;
    private final boolean byDoc;
    private final List<Measurement> out;
    private final List<String> annotators;
    private final List<String> labels;
    private final List<String> categories;

    /** What the values of one scope (an article or the corpus) rest on; null where an annotator is missing. */
    private final class Scope {
        final String doc;
        final ContingencyTable[] pairs;
        final String[] pairMissing;
        ItemCategoryCounts all;
        String allMissing;
        CoincidenceMatrix pairable;
        String pairableMissing;
        String pairableNote = "";
        final long[] pairArticles;
        long allArticles;
        long pairableArticles;

        Scope(String doc) {
            this.doc = doc;
            int n = annotators.size() * (annotators.size() - 1) / 2;
            pairs = new ContingencyTable[n];
            pairMissing = new String[n];
            pairArticles = new long[n];
        }
    }

    public TokenAgreement(
            AnnotatedCorpus corpus, Layer layer, Map<String, int[]> tokens, boolean byDoc, List<Measurement> out) {
        this.corpus = corpus;
        this.layer = layer;
        this.tokens = tokens;
        this.byDoc = byDoc;
        this.out = out;
        this.annotators = corpus.annotators();
        this.labels = layer.labels().stream().map(Label::name).toList();
        List<String> c = new ArrayList<>();
        c.add(TokenLabels.OUTSIDE);
        c.addAll(labels);
        this.categories = List.copyOf(c);
    }

    public void measure() {
        int raters = annotators.size();
        Scope total = new Scope(Measurement.ALL);
        for (int p = 0; p < total.pairs.length; p++) {
            total.pairs[p] = ContingencyTable.empty(categories);
        }
        total.all = ItemCategoryCounts.empty(categories, raters);
        total.pairable = CoincidenceMatrix.empty(categories, raters);
        List<Scope> scopes =
                corpus.articles().parallelStream().map(this::article).toList();
        for (Scope scope : scopes) {
            for (int p = 0; p < scope.pairs.length; p++) {
                if (scope.pairs[p] != null) {
                    total.pairs[p].add(scope.pairs[p]);
                    total.pairArticles[p]++;
                }
            }
            if (scope.all != null) {
                total.all.add(scope.all);
                total.allArticles++;
            }
            if (scope.pairable != null) {
                total.pairable.add(scope.pairable);
                total.pairableArticles++;
            }
            if (byDoc) {
                emit(scope);
            }
        }
        for (int p = 0; p < total.pairs.length; p++) {
            if (total.pairArticles[p] == 0) {
                total.pairs[p] = null;
                total.pairMissing[p] = "no article that both annotated";
            }
        }
        if (total.allArticles == 0) {
            total.all = null;
            total.allMissing = "no article that every chosen annotator annotated";
        }
        if (total.pairableArticles == 0) {
            total.pairable = null;
            total.pairableMissing = "no article that two annotators annotated";
        }
        emit(total);
    }

    private Scope article(Article article) {
        Scope scope = new Scope(article.id());
        if (annotators.isEmpty()) {
            scope.allMissing = "needs at least two annotators";
            scope.pairableMissing = "needs at least two annotators";
            return scope;
        }
        int[] bounds = tokens.get(article.id());
        int[][] columns = new int[annotators.size()][];
        List<String> missing = new ArrayList<>();
        for (int r = 0; r < annotators.size(); r++) {
            String name = annotators.get(r);
            if (corpus.has(article.id(), name)) {
                columns[r] = TokenLabels.codes(bounds, corpus.spans(article.id(), name, layer.name()), labels);
            } else {
                missing.add(name);
            }
        }
        CodingStudy study = DefaultCodingStudy.ofColumns(annotators, categories, columns);
        int p = 0;
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++, p++) {
                if (columns[i] != null && columns[j] != null) {
                    scope.pairs[p] = ContingencyTable.of(study, i, j);
                } else {
                    List<String> gone = new ArrayList<>();
                    if (columns[i] == null) {
                        gone.add(annotators.get(i));
                    }
                    if (columns[j] == null) {
                        gone.add(annotators.get(j));
                    }
                    scope.pairMissing[p] = Coverage.missing(gone);
                }
            }
        }
        int present = annotators.size() - missing.size();
        if (missing.isEmpty()) {
            scope.all = ItemCategoryCounts.of(study);
        } else {
            scope.allMissing = Coverage.missing(missing);
        }
        if (present >= 2) {
            scope.pairable = CoincidenceMatrix.of(study);
            scope.pairableNote = missing.isEmpty() ? "" : "without " + String.join(", ", missing) + " (no file)";
        } else {
            scope.pairableMissing = "fewer than two annotators have a file for this article";
        }
        return scope;
    }

    private void emit(Scope scope) {
        emit(scope, Measurement.ALL, -1);
        for (int c = 1; c < categories.size(); c++) {
            emit(scope, categories.get(c), c);
        }
    }

    /** The rows of one label ({@code category} -1 for all labels). */
    private void emit(Scope scope, String label, int category) {
        String doc = scope.doc;
        boolean corpusScope = doc.equals(Measurement.ALL);
        List<Measurement> observed = new ArrayList<>();
        int p = 0;
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++, p++) {
                String pair = Measurement.pair(annotators.get(i), annotators.get(j));
                ContingencyTable t = scope.pairs[p];
                if (t == null) {
                    Score none = Score.undefined(scope.pairMissing[p]);
                    observed.add(row(label, Measurement.OBSERVED_AGREEMENT, pair, doc, none, 0, ""));
                    out.add(row(label, Measurement.COHEN_KAPPA, pair, doc, none, 0, ""));
                    continue;
                }
                ContingencyTable table = category < 0 ? t : t.dichotomize(category);
                String note = corpusScope ? Coverage.articles(scope.pairArticles[p]) : "";
                PercentageAgreement a = PercentageAgreement.of(table);
                observed.add(row(label, Measurement.OBSERVED_AGREEMENT, pair, doc, a.agreement(), a.items(), note));
                CohenKappa k = CohenKappa.of(table);
                out.add(row(label, Measurement.COHEN_KAPPA, pair, doc, k.agreement(), k.items(), note));
            }
        }
        out.addAll(observed);
        out.add(PairMean.of(observed, layer.name(), label, Measurement.OBSERVED_AGREEMENT, doc, annotators.size()));
        if (annotators.size() < 2) {
            Score none = Score.undefined("needs at least two annotators");
            out.add(row(label, Measurement.FLEISS_KAPPA, Measurement.ALL, doc, none, 0, ""));
            out.add(row(label, Measurement.KRIPPENDORFF_ALPHA, Measurement.ALL, doc, none, 0, ""));
            return;
        }
        if (scope.all == null) {
            out.add(row(
                    label, Measurement.FLEISS_KAPPA, Measurement.ALL, doc, Score.undefined(scope.allMissing), 0, ""));
        } else {
            FleissKappa f = FleissKappa.of(category < 0 ? scope.all : scope.all.dichotomize(category));
            String note = corpusScope ? Coverage.articles(scope.allArticles) : "";
            out.add(row(label, Measurement.FLEISS_KAPPA, Measurement.ALL, doc, f.agreement(), f.items(), note));
        }
        if (scope.pairable == null) {
            out.add(row(
                    label,
                    Measurement.KRIPPENDORFF_ALPHA,
                    Measurement.ALL,
                    doc,
                    Score.undefined(scope.pairableMissing),
                    0,
                    ""));
        } else {
            KrippendorffAlpha k =
                    KrippendorffAlpha.of(category < 0 ? scope.pairable : scope.pairable.dichotomize(category));
            String note = corpusScope ? Coverage.articles(scope.pairableArticles) : scope.pairableNote;
            out.add(row(label, Measurement.KRIPPENDORFF_ALPHA, Measurement.ALL, doc, k.agreement(), k.items(), note));
        }
    }

    private Measurement row(
            String label, String measure, String group, String doc, Score score, long units, String note) {
        return new Measurement(
                layer.name(),
                label,
                measure,
                group,
                doc,
                score,
                units,
                score.defined() ? note : score.undefinedReason());
    }
}
