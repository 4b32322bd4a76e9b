package org.newsmark.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsmark.agreement.Score;
import org.newsmark.training.ArticleScore;
import org.newsmark.training.ErrorKind;
import org.newsmark.training.LabelCounts;
import org.newsmark.training.LayerAgreement;
import org.newsmark.training.Scorecard;
import org.newsmark.training.TrainingError;

/**
 * A scorecard as text for the trainee: precision, recall and F1 per layer and label (exact and
 * overlap), speaker accuracy, argument F1, agreement with the reference, the errors counted by
 * class, then every error on one line, grouped by article.
 */
public final class ScorecardTable {
    private ScorecardTable() {}

    public static String format(Scorecard card) {
        StringBuilder b = new StringBuilder();
        b.append(card.annotator())
                .append(" against ")
                .append(card.reference())
                .append(": ")
                .append(card.articles().size())
                .append(card.articles().size() == 1 ? " article, " : " articles, ")
                .append(card.errors().size())
                .append(card.errors().size() == 1 ? " error" : " errors")
                .append('\n');
        spans(b, card);
        b.append('\n');
        b.append("speaker accuracy  ")
                .append(value(card.speakerAccuracy()))
                .append("  (")
                .append(card.speakerTotal())
                .append(" paired quotes with a reference speaker)\n");
        b.append("argument F1       ")
                .append(value(card.argumentF1()))
                .append("  (")
                .append(card.argumentUnits())
                .append(" arguments of paired events)\n");
        agreement(b, card);
        classes(b, card);
        errors(b, card);
        return b.toString();
    }

    private static void spans(StringBuilder b, Scorecard card) {
        b.append('\n');
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {
            "layer",
            "label",
            "trainee",
            "reference",
            "P exact",
            "R exact",
            "F1 exact",
            "P overlap",
            "R overlap",
            "F1 overlap"
        });
        for (LabelCounts c : card.totals()) {
            if (!c.label().equals("*") && c.trainee() + c.reference() == 0) {
                continue;
            }
            cells.add(new String[] {
                c.layer(),
                c.label(),
                Long.toString(c.trainee()),
                Long.toString(c.reference()),
                value(c.precision(true)),
                value(c.recall(true)),
                value(c.f1(true)),
                value(c.precision(false)),
                value(c.recall(false)),
                value(c.f1(false))
            });
        }
        AgreementTable.table(b, cells);
    }

    private static void agreement(StringBuilder b, Scorecard card) {
        b.append("\nagreement with ").append(card.reference()).append('\n');
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"layer", "cohen_kappa", "tokens", "unitizing_alpha", "spans"});
        for (LayerAgreement a : card.agreement()) {
            cells.add(new String[] {
                a.layer(),
                value(a.kappa()),
                Long.toString(a.tokens()),
                value(a.unitizingAlpha()),
                Long.toString(a.spans())
            });
        }
        AgreementTable.table(b, cells);
    }

    private static void classes(StringBuilder b, Scorecard card) {
        Map<ErrorKind, Integer> counts = new EnumMap<>(ErrorKind.class);
        for (TrainingError e : card.errors()) {
            counts.merge(e.kind(), 1, Integer::sum);
        }
        b.append("\nerrors by class\n");
        for (ErrorKind k : ErrorKind.values()) {
            b.append(String.format(Locale.ROOT, "  %-20s %d%n", k.title(), counts.getOrDefault(k, 0)));
        }
    }

    private static void errors(StringBuilder b, Scorecard card) {
        for (ArticleScore a : card.articles()) {
            if (a.errors().isEmpty()) {
                continue;
            }
            b.append("\n=== ")
                    .append(a.doc())
                    .append(" (")
                    .append(a.errors().size())
                    .append(a.errors().size() == 1 ? " error" : " errors")
                    .append(") ===\n");
            for (TrainingError e : a.errors()) {
                b.append(line(e)).append('\n');
            }
        }
    }

    /** One error on one line: where, class, layer, what was marked, what the reference has, context, hint, section. */
    public static String line(TrainingError e) {
        return e.start() + "-" + e.end() + " " + e.kind().title() + " [" + e.layer() + "] "
                + (e.marked().isEmpty() ? "(nothing)" : e.marked()) + "; reference: "
                + (e.reference().isEmpty() ? "(nothing)" : e.reference()) + "; in \"" + e.context() + "\"; "
                + e.hint() + (e.guideline().isEmpty() ? "" : " (" + e.guideline() + ")");
    }

    static String value(Score s) {
        return s.defined() ? String.format(Locale.ROOT, "%.3f", s.value()) : "-";
    }
}
