package org.newsmark.report;

import org.newsmark.agreement.ConfidenceInterval;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.corpus.AgreementReport;

/**
 * The agreement report as CSV (RFC 4180, LF line ends), one row per value in the report's stable
 * order: {@code layer,label,measure,annotators,doc,value,units,note}. The value has full double
 * precision ({@link Double#toString(double)}) and is empty when undefined, the reason then in note.
 * When the report has confidence intervals, two columns follow, {@code ci_low,ci_high} (empty for
 * per-article and undefined values), and the note of a corpus value says what its interval rests
 * on; without intervals the output is exactly as before.
 */
public final class AgreementCsv {
    public static final String HEADER = "layer,label,measure,annotators,doc,value,units,note";
    public static final String HEADER_WITH_INTERVALS = HEADER + ",ci_low,ci_high";

    private AgreementCsv() {}

    public static String format(AgreementReport report) {
        boolean intervals = report.measurements().stream().anyMatch(m -> m.interval() != null);
        StringBuilder b = new StringBuilder(report.measurements().size() * (intervals ? 160 : 64));
        b.append(intervals ? HEADER_WITH_INTERVALS : HEADER).append('\n');
        for (Measurement m : report.measurements()) {
            field(b, m.layer()).append(',');
            field(b, m.label()).append(',');
            field(b, m.measure()).append(',');
            field(b, m.annotators()).append(',');
            field(b, m.doc()).append(',');
            if (m.score().defined()) {
                b.append(Double.toString(m.score().value()));
            }
            b.append(',').append(m.units()).append(',');
            ConfidenceInterval ci = m.score().defined() ? m.interval() : null;
            field(b, ci == null ? m.note() : m.note().isEmpty() ? ci.describe() : m.note() + "; " + ci.describe());
            if (intervals) {
                b.append(',');
                if (ci != null && ci.defined()) {
                    b.append(Double.toString(ci.low())).append(',').append(Double.toString(ci.high()));
                } else {
                    b.append(',');
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static StringBuilder field(StringBuilder b, String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return b.append(value);
        }
        return b.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
