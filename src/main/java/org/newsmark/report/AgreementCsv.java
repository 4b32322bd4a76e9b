package org.newsmark.report;

import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.agreement.Measurement;

/**
 * The agreement report as CSV (RFC 4180, LF line ends), one row per value in the report's stable
 * order: {@code layer,label,measure,annotators,doc,value,units,note}. The value has full double
 * precision ({@link Double#toString(double)}) and is empty when undefined, the reason then in note.
 */
public final class AgreementCsv {
    public static final String HEADER = "layer,label,measure,annotators,doc,value,units,note";

    private AgreementCsv() {
    }

    public static String format(AgreementReport report) {
        StringBuilder b = new StringBuilder(report.measurements().size() * 64);
        b.append(HEADER).append('\n');
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
            field(b, m.note()).append('\n');
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
