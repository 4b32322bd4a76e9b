package org.newsmark.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.newsmark.agreement.AgreementBands;
import org.newsmark.agreement.ConfidenceInterval;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.corpus.AgreementReport;

/**
 * The agreement report as a text table for people: the coverage, then per layer one line per
 * value with the units it rests on and the verbal band of kappas (Landis and Koch) and alphas
 * (Krippendorff), then the pairs that disagree most and the labels with the lowest agreement.
 * When the report has confidence intervals, a column shows each corpus value's interval and a
 * line under the coverage says how they were made.
 */
public final class AgreementTable {
    private static final int WORST = 5;

    private AgreementTable() {}

    public static String format(AgreementReport report) {
        StringBuilder b = new StringBuilder();
        coverage(b, report);
        ConfidenceInterval intervals = report.measurements().stream()
                .map(Measurement::interval)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        if (intervals != null) {
            b.append(String.format(
                    Locale.ROOT,
                    "%s confidence intervals: percentile bootstrap, %,d replicates, seed %d;"
                            + " articles resampled, Krippendorff's bootstrap of pairable values for krippendorff_alpha%n",
                    intervals.percent(),
                    intervals.replicates(),
                    intervals.seed()));
        }
        Map<String, List<Measurement>> byDoc = new LinkedHashMap<>();
        for (Measurement m : report.measurements()) {
            byDoc.computeIfAbsent(m.doc(), d -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<String, List<Measurement>> e : byDoc.entrySet()) {
            if (!e.getKey().equals(Measurement.ALL)) {
                b.append("\n=== Article ").append(e.getKey()).append(" ===\n");
            }
            Map<String, List<Measurement>> byLayer = new LinkedHashMap<>();
            for (Measurement m : e.getValue()) {
                byLayer.computeIfAbsent(m.layer(), l -> new ArrayList<>()).add(m);
            }
            byLayer.forEach((layer, rows) -> layer(b, report, layer, rows, intervals));
            if (e.getKey().equals(Measurement.ALL)) {
                worstPairs(b, report);
                worstLabels(b, report);
            }
        }
        return b.toString();
    }

    private static void coverage(StringBuilder b, AgreementReport report) {
        int docs = report.docs().size();
        b.append("Agreement of ")
                .append(report.annotators().size())
                .append(" annotators on ")
                .append(count(docs, "article", "articles"))
                .append('\n');
        int width = report.annotators().stream().mapToInt(String::length).max().orElse(0);
        for (String a : report.annotators()) {
            b.append("  ")
                    .append(pad(a, width))
                    .append("  has a file for ")
                    .append(report.filesPerAnnotator().get(a))
                    .append(" of ")
                    .append(docs)
                    .append('\n');
        }
        b.append("  ")
                .append(count(report.articlesAnnotatedByAll(), "article has", "articles have"))
                .append(" a file of every chosen annotator\n");
    }

    private static void layer(
            StringBuilder b,
            AgreementReport report,
            String layer,
            List<Measurement> rows,
            ConfidenceInterval intervals) {
        b.append('\n').append(layer).append('\n');
        List<String[]> cells = new ArrayList<>();
        cells.add(
                intervals == null
                        ? new String[] {"label", "measure", "annotators", "value", "units", "reading"}
                        : new String[] {
                            "label", "measure", "annotators", "value", intervals.percent() + " CI", "units", "reading"
                        });
        for (Measurement m : rows) {
            String value = m.score().defined()
                    ? String.format(Locale.ROOT, "%.4f", m.score().value())
                    : "-";
            String units =
                    m.score().defined() ? String.format(Locale.ROOT, "%,d %s", m.units(), report.unitName(m)) : "";
            String band = m.score().defined()
                    ? AgreementBands.of(m.measure(), m.score().value())
                    : "";
            String reading = band.isEmpty() ? m.note() : m.note().isEmpty() ? band : band + "; " + m.note();
            if (!m.score().defined()) {
                reading = "undefined: " + m.note();
            }
            if (intervals == null) {
                cells.add(new String[] {m.label(), m.measure(), m.annotators(), value, units, reading});
                continue;
            }
            ConfidenceInterval ci = m.score().defined() ? m.interval() : null;
            String interval = ci == null
                    ? ""
                    : ci.defined() ? String.format(Locale.ROOT, "[%.4f, %.4f]", ci.low(), ci.high()) : "-";
            if (ci != null && ci.usable() < ci.replicates()) {
                reading = join(
                        reading,
                        ci.defined()
                                ? "CI from " + ci.usable() + " of " + ci.replicates()
                                        + " replicates (the others have no value)"
                                : "no CI: no replicate has a value");
            }
            cells.add(new String[] {m.label(), m.measure(), m.annotators(), value, interval, units, reading});
        }
        table(b, cells);
    }

    private static void worstPairs(StringBuilder b, AgreementReport report) {
        List<Measurement> pairs = report.corpus().stream()
                .filter(m -> m.label().equals(Measurement.ALL)
                        && m.isPair()
                        && m.score().defined()
                        && m.measure().equals(Measurement.COHEN_KAPPA))
                .sorted(Comparator.comparingDouble((Measurement m) -> m.score().value()))
                .toList();
        if (pairs.isEmpty()) {
            return;
        }
        b.append("\nPairs that disagree most (Cohen's kappa on all labels of a layer, lowest first)\n");
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"layer", "annotators", "cohen_kappa", "reading", "f1_overlap", "units"});
        for (Measurement m : pairs.subList(0, Math.min(WORST, pairs.size()))) {
            Optional<Measurement> f1 =
                    report.find(m.layer(), Measurement.ALL, Measurement.F1_OVERLAP, m.annotators(), Measurement.ALL);
            cells.add(new String[] {
                m.layer(),
                m.annotators(),
                String.format(Locale.ROOT, "%.4f", m.score().value()),
                AgreementBands.landisKoch(m.score().value()),
                f1.map(AgreementTable::value).orElse("-"),
                String.format(Locale.ROOT, "%,d %s", m.units(), report.unitName(m))
            });
        }
        table(b, cells);
    }

    private static void worstLabels(StringBuilder b, AgreementReport report) {
        List<Measurement> labels = report.corpus().stream()
                .filter(m -> !m.label().equals(Measurement.ALL)
                        && !m.isPair()
                        && m.score().defined()
                        && m.measure().equals(Measurement.KRIPPENDORFF_ALPHA))
                .sorted(Comparator.comparingDouble((Measurement m) -> m.score().value()))
                .toList();
        if (labels.isEmpty()) {
            return;
        }
        b.append("\nLabels with the lowest agreement (Krippendorff's alpha on tokens, lowest first)\n");
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"layer", "label", "krippendorff_alpha", "reading", "unitizing_alpha", "f1_overlap"});
        for (Measurement m : labels.subList(0, Math.min(WORST, labels.size()))) {
            String unitizing = report.find(
                            m.layer(), m.label(), Measurement.UNITIZING_ALPHA, Measurement.ALL, Measurement.ALL)
                    .map(AgreementTable::value)
                    .orElse("-");
            String f1 = report.find(m.layer(), m.label(), Measurement.F1_OVERLAP, Measurement.ALL, Measurement.ALL)
                    .map(AgreementTable::value)
                    .orElse("-");
            cells.add(new String[] {
                m.layer(),
                m.label(),
                String.format(Locale.ROOT, "%.4f", m.score().value()),
                AgreementBands.krippendorff(m.score().value()),
                unitizing,
                f1
            });
        }
        table(b, cells);
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }

    private static String value(Measurement m) {
        return m.score().defined()
                ? String.format(Locale.ROOT, "%.4f", m.score().value())
                : "-";
    }

    /** Columns padded to their widest cell, two spaces apart, the first row a header. */
    static void table(StringBuilder b, List<String[]> cells) {
        int[] width = new int[cells.get(0).length];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : pad(row[i], width[i]) + "  ");
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String pad(String s, int width) {
        int n = s.codePointCount(0, s.length());
        return n >= width ? s : s + " ".repeat(width - n);
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
