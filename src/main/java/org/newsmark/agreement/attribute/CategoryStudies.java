package org.newsmark.agreement.attribute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.newsmark.agreement.Coverage;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.PairMean;
import org.newsmark.agreement.Score;
import org.newsmark.agreement.coding.CohenKappa;
import org.newsmark.agreement.coding.DefaultCodingStudy;
import org.newsmark.agreement.coding.FleissKappa;
import org.newsmark.agreement.coding.KrippendorffAlpha;
import org.newsmark.agreement.coding.PercentageAgreement;

/**
 * The coding measures of items that annotators put in categories, where an item is already given
 * (a span all of them marked, an article): observed agreement and Cohen's kappa per pair (items both
 * coded), their mean, Fleiss' kappa (items every annotator coded) and Krippendorff's alpha (items at
 * least two coded, the others missing).
 */
final class CategoryStudies {
    /** One item: the category each annotator gave it, in annotator order, null where missing. */
    record Item(String article, String[] values) {}

    private CategoryStudies() {}

    /**
     * The rows of one scope. {@code present}: for one article, the annotators who have a file for it
     * (pairs with another have no value, as for the other measures); null for the corpus.
     */
    static void measure(
            String layer,
            String label,
            String doc,
            List<String> annotators,
            List<String> present,
            List<Item> items,
            List<Measurement> out) {
        int n = annotators.size();
        List<Measurement> observed = new ArrayList<>();
        List<Measurement> kappas = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                DefaultCodingStudy study = new DefaultCodingStudy(List.of(annotators.get(i), annotators.get(j)));
                Set<String> articles = new HashSet<>();
                for (Item item : items) {
                    if (item.values()[i] != null && item.values()[j] != null) {
                        study.addItem(item.values()[i], item.values()[j]);
                        articles.add(item.article());
                    }
                }
                String pair = Measurement.pair(annotators.get(i), annotators.get(j));
                String note = doc.equals(Measurement.ALL) ? Coverage.articles(articles.size()) : "";
                List<String> gone = present == null
                        ? List.of()
                        : Stream.of(annotators.get(i), annotators.get(j))
                                .filter(a -> !present.contains(a))
                                .toList();
                if (!gone.isEmpty()) {
                    Score none = Score.undefined(Coverage.missing(gone));
                    observed.add(row(layer, label, Measurement.OBSERVED_AGREEMENT, pair, doc, none, 0, ""));
                    kappas.add(row(layer, label, Measurement.COHEN_KAPPA, pair, doc, none, 0, ""));
                    continue;
                }
                observed.add(row(
                        layer,
                        label,
                        Measurement.OBSERVED_AGREEMENT,
                        pair,
                        doc,
                        score(
                                study,
                                new PercentageAgreement(study).undefinedReason(),
                                () -> new PercentageAgreement(study).agreement()),
                        study.itemCount(),
                        note));
                kappas.add(row(
                        layer,
                        label,
                        Measurement.COHEN_KAPPA,
                        pair,
                        doc,
                        score(study, new CohenKappa(study).undefinedReason(), () -> new CohenKappa(study).agreement()),
                        study.itemCount(),
                        note));
            }
        }
        out.addAll(observed);
        out.add(PairMean.of(observed, layer, label, Measurement.OBSERVED_AGREEMENT, doc, n));
        out.addAll(kappas);
        out.add(all(layer, label, doc, annotators, present, items, true));
        out.add(all(layer, label, doc, annotators, present, items, false));
    }

    private static Measurement all(
            String layer,
            String label,
            String doc,
            List<String> annotators,
            List<String> present,
            List<Item> items,
            boolean fleiss) {
        String measure = fleiss ? Measurement.FLEISS_KAPPA : Measurement.KRIPPENDORFF_ALPHA;
        if (fleiss && present != null && present.size() < annotators.size()) {
            Score none = Score.undefined(Coverage.missing(
                    annotators.stream().filter(a -> !present.contains(a)).toList()));
            return row(layer, label, measure, Measurement.ALL, doc, none, 0, "");
        }
        if (annotators.size() < 2 || present != null && present.size() < 2) {
            Score none = Score.undefined("needs at least two annotators");
            return row(layer, label, measure, Measurement.ALL, doc, none, 0, none.undefinedReason());
        }
        DefaultCodingStudy study = new DefaultCodingStudy(annotators);
        Set<String> articles = new HashSet<>();
        for (Item item : items) {
            int coded = 0;
            for (String v : item.values()) {
                coded += v == null ? 0 : 1;
            }
            if (fleiss ? coded == annotators.size() : coded >= 2) {
                study.addItem(item.values());
                articles.add(item.article());
            }
        }
        Score score = fleiss
                ? score(study, new FleissKappa(study).undefinedReason(), () -> new FleissKappa(study).agreement())
                : score(
                        study,
                        new KrippendorffAlpha(study).undefinedReason(),
                        () -> new KrippendorffAlpha(study).agreement());
        String note = doc.equals(Measurement.ALL) ? Coverage.articles(articles.size()) : "";
        return row(layer, label, measure, Measurement.ALL, doc, score, study.itemCount(), note);
    }

    private static Score score(DefaultCodingStudy study, Optional<String> undefined, Supplier<Score> value) {
        if (study.itemCount() == 0) {
            return Score.undefined("no item coded by the annotators compared");
        }
        return undefined.map(Score::undefined).orElseGet(value);
    }

    private static Measurement row(
            String layer,
            String label,
            String measure,
            String annotators,
            String doc,
            Score score,
            long units,
            String note) {
        String why = score.defined() ? note : score.undefinedReason();
        return new Measurement(layer, label, measure, annotators, doc, score, units, why);
    }
}
