package org.newsmark.report;

import java.util.List;

import org.newsmark.agreement.Score;
import org.newsmark.training.LabelCounts;
import org.newsmark.training.LayerAgreement;
import org.newsmark.training.Scorecard;
import org.newsmark.training.TrainingError;

/**
 * A scorecard as CSV (RFC 4180, LF line ends) with one stable header for both kinds of row:
 * {@code type} is {@code score} (a value over all articles: {@code name} is the measure,
 * {@code units} what it rests on) or {@code error} (one classified error: {@code name} is its
 * class, with offsets, text, context, what each marked, a hint and the guideline section).
 */
public final class ScorecardCsv {
    public static final String HEADER =
            "type,doc,layer,label,name,value,units,start,end,text,context,marked,reference,hint,guideline";

    private ScorecardCsv() {}

    public static String format(Scorecard card) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (LabelCounts c : card.totals()) {
            score(b, c.layer(), c.label(), "precision_exact", c.precision(true), c.trainee());
            score(b, c.layer(), c.label(), "recall_exact", c.recall(true), c.reference());
            score(b, c.layer(), c.label(), "f1_exact", c.f1(true), c.trainee() + c.reference());
            score(b, c.layer(), c.label(), "precision_overlap", c.precision(false), c.trainee());
            score(b, c.layer(), c.label(), "recall_overlap", c.recall(false), c.reference());
            score(b, c.layer(), c.label(), "f1_overlap", c.f1(false), c.trainee() + c.reference());
        }
        score(b, "QUOTE", "*", "speaker_accuracy", card.speakerAccuracy(), card.speakerTotal());
        score(b, "EVENT", "*", "argument_f1", card.argumentF1(), card.argumentUnits());
        for (LayerAgreement a : card.agreement()) {
            score(b, a.layer(), "*", "cohen_kappa", a.kappa(), a.tokens());
            score(b, a.layer(), "*", "unitizing_alpha", a.unitizingAlpha(), a.spans());
        }
        for (TrainingError e : card.errors()) {
            row(
                    b,
                    List.of(
                            "error",
                            e.doc(),
                            e.layer(),
                            e.label(),
                            e.kind().id(),
                            "",
                            "",
                            Integer.toString(e.start()),
                            Integer.toString(e.end()),
                            e.text(),
                            e.context(),
                            e.marked(),
                            e.reference(),
                            e.hint(),
                            e.guideline()));
        }
        return b.toString();
    }

    private static void score(StringBuilder b, String layer, String label, String name, Score s, long units) {
        row(
                b,
                List.of(
                        "score",
                        "*",
                        layer,
                        label,
                        name,
                        s.defined() ? Double.toString(s.value()) : "",
                        Long.toString(units),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        s.defined() ? "" : s.undefinedReason(),
                        ""));
    }

    private static void row(StringBuilder b, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String v = fields.get(i);
            if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
                b.append(v);
            } else {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            }
        }
        b.append('\n');
    }
}
