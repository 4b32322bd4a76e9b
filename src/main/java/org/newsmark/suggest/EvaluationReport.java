package org.newsmark.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The scores of suggestions against a gold standard: precision, recall and F1 per layer and label
 * (exact and overlap matching; label {@code *} for the whole layer), speaker accuracy, and the
 * learning curve when one was computed. {@code given} says what the runs started from: nothing
 * (every layer suggested from the bare article) or gold's entities (the guidelines' order of work:
 * entities first, then quotes and events).
 */
public record EvaluationReport(List<LabelScore> scores, List<SpeakerScore> speakers, List<LinkScore> links,
                               List<CurvePoint> curve, int articles) {

    /** What of gold a run starts from. */
    public enum Given { NOTHING, ENTITIES }

    public EvaluationReport {
        scores = List.copyOf(scores);
        speakers = List.copyOf(speakers);
        links = List.copyOf(links);
        curve = List.copyOf(curve);
    }

    /** Counts of one layer and label under one matching ({@code exact} or {@code overlap}). */
    public record LabelScore(Given given, String layer, String label, String matching, int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }

        public double f1() {
            return 2 * tp + fp + fn == 0 ? Double.NaN : 2.0 * tp / (2 * tp + fp + fn);
        }
    }

    /**
     * Speakers of the quotes found (suggested quotes matched to gold quotes by overlap, any label):
     * correct by mention when the suggested speaker shares a code point with gold's speaker
     * mention, by identity when the suggested speaker's entity and gold's share a mention (the
     * entities of {@link org.newsmark.model.EntityChains}: gold's, and the suggestions' accepted
     * into the set they were made for).
     */
    public record SpeakerScore(Given given, int quotes, int byMention, int byIdentity) {
        public double accuracyByMention() {
            return quotes == 0 ? Double.NaN : (double) byMention / quotes;
        }

        public double accuracyByIdentity() {
            return quotes == 0 ? Double.NaN : (double) byIdentity / quotes;
        }
    }

    /**
     * Links of one role: {@code agent} and {@code target} over the events found (suggested events
     * matched to gold's by overlap, any label), a link right when gold's event has one of the role
     * whose target shares a code point with the suggested target; {@code coref} over the suggested
     * mentions' and link suggestions' coref links, right when gold has one entity with a mention at
     * each end ({@code reference} is then -1: gold's links are not all there to be found).
     */
    public record LinkScore(Given given, String role, int suggested, int correct, int reference) {
        public double precision() {
            return suggested == 0 ? Double.NaN : (double) correct / suggested;
        }

        public double recall() {
            return reference <= 0 ? Double.NaN : (double) correct / reference;
        }
    }

    /** F1 by overlap of one layer after training on a number of articles (micro average over held-out articles). */
    public record CurvePoint(int trainingArticles, Given given, String layer, int tp, int fp, int fn) {
        public double f1() {
            return 2 * tp + fp + fn == 0 ? Double.NaN : 2.0 * tp / (2 * tp + fp + fn);
        }
    }

    public Optional<LabelScore> score(Given given, String layer, String label, String matching) {
        return scores.stream().filter(s -> s.given() == given && s.layer().equals(layer) && s.label().equals(label)
                && s.matching().equals(matching)).findFirst();
    }

    public Optional<SpeakerScore> speaker(Given given) {
        return speakers.stream().filter(s -> s.given() == given).findFirst();
    }

    public Optional<LinkScore> link(Given given, String role) {
        return links.stream().filter(s -> s.given() == given && s.role().equals(role)).findFirst();
    }

    public EvaluationReport withCurve(List<CurvePoint> points) {
        return new EvaluationReport(scores, speakers, links, points, articles);
    }

    /** The report as a plain text table, one line per value. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-9s %-7s %-13s %-7s %5s %5s %5s %6s %6s %6s%n", "given", "layer", "label",
                "match", "tp", "fp", "fn", "P", "R", "F1"));
        for (LabelScore s : scores) {
            b.append(String.format(Locale.ROOT, "%-9s %-7s %-13s %-7s %5d %5d %5d %6.3f %6.3f %6.3f%n", s.given(), s.layer(),
                    s.label(), s.matching(), s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1()));
        }
        for (SpeakerScore s : speakers) {
            b.append(String.format(Locale.ROOT, "speaker (given %s): %d quotes found, by mention %.3f, by identity %.3f%n",
                    s.given(), s.quotes(), s.accuracyByMention(), s.accuracyByIdentity()));
        }
        for (LinkScore l : links) {
            b.append(String.format(Locale.ROOT, "%s links (given %s): %d suggested, %d right, precision %.3f, recall %s%n",
                    l.role(), l.given(), l.suggested(), l.correct(), l.precision(),
                    l.reference() < 0 ? "-" : String.format(Locale.ROOT, "%.3f", l.recall())));
        }
        for (CurvePoint p : curve) {
            b.append(String.format(Locale.ROOT, "curve: %d training articles, given %s, %s F1 (overlap) %.3f%n",
                    p.trainingArticles(), p.given(), p.layer(), p.f1()));
        }
        return b.toString();
    }
}
