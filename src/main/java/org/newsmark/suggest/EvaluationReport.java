package org.newsmark.suggest;

import java.util.ArrayList;
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
public record EvaluationReport(
        List<LabelScore> scores,
        List<SpeakerScore> speakers,
        List<LinkScore> links,
        List<CurvePoint> curve,
        int articles) {

    /** What of gold a run starts from. */
    public enum Given {
        NOTHING,
        ENTITIES
    }

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
        return scores.stream()
                .filter(s -> s.given() == given
                        && s.layer().equals(layer)
                        && s.label().equals(label)
                        && s.matching().equals(matching))
                .findFirst();
    }

    public Optional<SpeakerScore> speaker(Given given) {
        return speakers.stream().filter(s -> s.given() == given).findFirst();
    }

    public Optional<LinkScore> link(Given given, String role) {
        return links.stream()
                .filter(s -> s.given() == given && s.role().equals(role))
                .findFirst();
    }

    public EvaluationReport withCurve(List<CurvePoint> points) {
        return new EvaluationReport(scores, speakers, links, points, articles);
    }

    /**
     * The report as a text table for people: what was run, then per given, layer and label the
     * counts and precision, recall and F1 with exact and with overlap matching, the speakers, the
     * links and the learning curve.
     */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "%d gold articles, each suggested by recommenders trained on the others;%n"
                        + "given NOTHING: every layer from the bare article; given ENTITIES: quotes and events on top of gold's"
                        + " entities%n%n",
                articles));
        b.append(String.format(
                Locale.ROOT,
                "%-9s %-7s %-13s %9s %5s %13s  %-19s %s%n",
                "given",
                "layer",
                "label",
                "suggested",
                "gold",
                "matched e / o",
                "exact P / R / F1",
                "overlap P / R / F1"));
        for (LabelScore exact : scores) {
            if (!exact.matching().equals("exact")) {
                continue;
            }
            LabelScore overlap = score(exact.given(), exact.layer(), exact.label(), "overlap")
                    .orElse(exact);
            b.append(String.format(
                    Locale.ROOT,
                    "%-9s %-7s %-13s %9d %5d %13s  %-19s %s%n",
                    exact.given(),
                    exact.layer(),
                    exact.label(),
                    exact.tp() + exact.fp(),
                    exact.tp() + exact.fn(),
                    exact.tp() + " / " + overlap.tp(),
                    prf(exact),
                    prf(overlap)));
        }
        b.append('\n');
        for (SpeakerScore s : speakers) {
            b.append(String.format(
                    Locale.ROOT,
                    "speaker of a found quote (given %s): %d quotes, right by mention %s," + " by identity %s%n",
                    s.given(),
                    s.quotes(),
                    num(s.accuracyByMention()),
                    num(s.accuracyByIdentity())));
        }
        for (LinkScore l : links) {
            b.append(String.format(
                    Locale.ROOT,
                    "%s links (given %s): %d suggested, %d right: precision %s, recall %s%n",
                    l.role(),
                    l.given(),
                    l.suggested(),
                    l.correct(),
                    num(l.precision()),
                    num(l.recall())));
        }
        curveTable(b);
        return b.toString();
    }

    /** The learning curve as one row per number of training articles, one column per layer. */
    private void curveTable(StringBuilder b) {
        if (curve.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>();
        for (CurvePoint p : curve) {
            String column = p.layer() + " (given " + p.given() + ")";
            if (!columns.contains(column)) {
                columns.add(column);
            }
        }
        List<StringBuilder> lines = new ArrayList<>();
        lines.add(new StringBuilder(String.format(Locale.ROOT, "%-4s", "n")));
        columns.forEach(c -> lines.get(0).append(String.format(Locale.ROOT, "  %-24s", c)));
        int last = -1;
        for (CurvePoint p : curve) {
            if (p.trainingArticles() != last) {
                lines.add(new StringBuilder(String.format(Locale.ROOT, "%-4d", p.trainingArticles())));
                last = p.trainingArticles();
            }
            lines.get(lines.size() - 1).append(String.format(Locale.ROOT, "  %-24s", num(p.f1())));
        }
        b.append(String.format(Locale.ROOT, "%nlearning curve, F1 (overlap) after training on n articles:%n"));
        lines.forEach(l -> b.append(l.toString().stripTrailing()).append('\n'));
    }

    /**
     * The report as CSV, one value a row: {@code type} is {@code score} (measures
     * {@code precision_exact}, {@code recall_exact}, {@code f1_exact} and the same {@code _overlap};
     * units: suggested spans, gold spans, both), {@code speaker} ({@code accuracy_mention},
     * {@code accuracy_identity}; units: quotes found), {@code link} (label: the role;
     * {@code precision}, {@code recall}; units: suggested links, gold links) or {@code curve}
     * ({@code f1_overlap} after {@code training_articles}). An undefined value is empty.
     */
    public String csv() {
        StringBuilder b = new StringBuilder("type,given,layer,label,measure,training_articles,value,units\n");
        for (LabelScore s : scores) {
            String m = s.matching();
            row(b, "score", s.given(), s.layer(), s.label(), "precision_" + m, "", s.precision(), s.tp() + s.fp());
            row(b, "score", s.given(), s.layer(), s.label(), "recall_" + m, "", s.recall(), s.tp() + s.fn());
            row(b, "score", s.given(), s.layer(), s.label(), "f1_" + m, "", s.f1(), 2 * s.tp() + s.fp() + s.fn());
        }
        for (SpeakerScore s : speakers) {
            row(b, "speaker", s.given(), "QUOTE", "*", "accuracy_mention", "", s.accuracyByMention(), s.quotes());
            row(b, "speaker", s.given(), "QUOTE", "*", "accuracy_identity", "", s.accuracyByIdentity(), s.quotes());
        }
        for (LinkScore l : links) {
            String layer = l.role().equals("coref") ? "ENTITY" : "EVENT";
            row(b, "link", l.given(), layer, l.role(), "precision", "", l.precision(), l.suggested());
            row(b, "link", l.given(), layer, l.role(), "recall", "", l.recall(), Math.max(0, l.reference()));
        }
        for (CurvePoint p : curve) {
            row(
                    b,
                    "curve",
                    p.given(),
                    p.layer(),
                    "*",
                    "f1_overlap",
                    Integer.toString(p.trainingArticles()),
                    p.f1(),
                    2 * p.tp() + p.fp() + p.fn());
        }
        return b.toString();
    }

    private static void row(
            StringBuilder b,
            String type,
            Given given,
            String layer,
            String label,
            String measure,
            String training,
            double value,
            int units) {
        b.append(type)
                .append(',')
                .append(given)
                .append(',')
                .append(layer)
                .append(',')
                .append(label)
                .append(',')
                .append(measure)
                .append(',')
                .append(training)
                .append(',')
                .append(Double.isNaN(value) ? "" : Double.toString(value))
                .append(',')
                .append(units)
                .append('\n');
    }

    private static String prf(LabelScore s) {
        return num(s.precision()) + " " + num(s.recall()) + " " + num(s.f1());
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
