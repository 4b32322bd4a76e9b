package org.newsmark.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsmark.agreement.Score;

/**
 * A trainee scored against a reference (gold or another annotator) on some articles: the result of
 * each article with its classified errors, the counts of all articles added up (micro average),
 * and the agreement with the reference per layer.
 */
public record Scorecard(
        String annotator, String reference, List<ArticleScore> articles, List<LayerAgreement> agreement) {
    public Scorecard {
        articles = List.copyOf(articles);
        agreement = List.copyOf(agreement);
    }

    /** The span counts of all articles per layer and label, in the order of the first article's. */
    public List<LabelCounts> totals() {
        Map<String, LabelCounts> sum = new LinkedHashMap<>();
        for (ArticleScore a : articles) {
            for (LabelCounts c : a.counts()) {
                sum.merge(c.layer() + "\0" + c.label(), c, LabelCounts::plus);
            }
        }
        return List.copyOf(sum.values());
    }

    public Optional<LabelCounts> total(String layer, String label) {
        return totals().stream()
                .filter(c -> c.layer().equals(layer) && c.label().equals(label))
                .findFirst();
    }

    public Score speakerAccuracy() {
        long correct = 0;
        long total = 0;
        for (ArticleScore a : articles) {
            correct += a.speakerCorrect();
            total += a.speakerTotal();
        }
        return LabelCounts.ratio(correct, total, "no paired quote with a reference speaker");
    }

    public long speakerTotal() {
        return articles.stream().mapToLong(ArticleScore::speakerTotal).sum();
    }

    public Score argumentF1() {
        long m = 0;
        long t = 0;
        long r = 0;
        for (ArticleScore a : articles) {
            m += a.argumentMatches();
            t += a.argumentsTrainee();
            r += a.argumentsReference();
        }
        return LabelCounts.ratio(2 * m, t + r, "no argument on paired events");
    }

    public long argumentUnits() {
        return articles.stream()
                .mapToLong(a -> a.argumentsTrainee() + a.argumentsReference())
                .sum();
    }

    /** Every error of every article, in article and text order. */
    public List<TrainingError> errors() {
        List<TrainingError> out = new ArrayList<>();
        articles.forEach(a -> out.addAll(a.errors()));
        return out;
    }

    public Optional<ArticleScore> article(String doc) {
        return articles.stream().filter(a -> a.doc().equals(doc)).findFirst();
    }
}
