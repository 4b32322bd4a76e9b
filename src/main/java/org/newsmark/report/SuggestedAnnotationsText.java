package org.newsmark.report;

import java.util.ArrayList;
import java.util.List;

import org.newsmark.agreement.SuggestedAnnotations;

/**
 * How many annotations came from accepted suggestions ({@code source=suggest}), as {@code agree}
 * and {@code score} print it: lines under the table, or rows in the columns of their CSV
 * (measure or name {@code suggested_annotations}: the annotator's suggested annotations of a layer
 * as the value, all of that layer as the units; the note says whether they were left out). Nothing
 * is added when no annotation came from a suggestion and none were left out, so the reports of
 * projects without pre-annotation stay as they were.
 */
public final class SuggestedAnnotationsText {
    public static final String MEASURE = "suggested_annotations";

    private SuggestedAnnotationsText() {}

    /** "from accepted suggestions (source=suggest): ana 12 of 450 (ENTITY 10 of 300, QUOTE 2 of 80); ben 0 of 466". */
    public static String table(SuggestedAnnotations.Report r) {
        if (!r.worthReporting()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String annotator : r.annotators()) {
            int[] total = r.total(annotator);
            List<String> layers = new ArrayList<>();
            for (SuggestedAnnotations.Count c : r.counts()) {
                if (c.annotator().equals(annotator) && c.suggested() > 0) {
                    layers.add(c.layer() + " " + c.suggested() + " of " + c.total());
                }
            }
            parts.add(annotator + " " + total[0] + " of " + total[1]
                    + (layers.isEmpty() ? "" : " (" + String.join(", ", layers) + ")"));
        }
        StringBuilder b = new StringBuilder("\nannotations from accepted suggestions (source=suggest): ")
                .append(String.join("; ", parts))
                .append('\n');
        if (r.excluded()) {
            b.append("left out of every value above (--exclude-suggested): ")
                    .append(r.annotationsLeftOut())
                    .append(r.annotationsLeftOut() == 1 ? " annotation" : " annotations")
                    .append(" and ")
                    .append(r.linksLeftOut())
                    .append(r.linksLeftOut() == 1 ? " link" : " links")
                    .append(" to them\n");
        }
        return b.toString();
    }

    /**
     * Rows in {@code agree}'s CSV columns: {@code layer,label,measure,annotators,doc,value,units,note},
     * and empty {@code ci_low,ci_high} when the report has confidence intervals.
     */
    public static String agreementCsv(SuggestedAnnotations.Report r, boolean intervals) {
        StringBuilder b = new StringBuilder();
        if (!r.worthReporting()) {
            return "";
        }
        for (SuggestedAnnotations.Count c : r.counts()) {
            b.append(c.layer())
                    .append(",*,")
                    .append(MEASURE)
                    .append(',')
                    .append(c.annotator())
                    .append(",*,")
                    .append(c.suggested())
                    .append(',')
                    .append(c.total())
                    .append(',')
                    .append(note(r))
                    .append(intervals ? ",," : "")
                    .append('\n');
        }
        return b.toString();
    }

    /**
     * Rows in {@code score}'s CSV columns
     * ({@code type,doc,layer,label,name,value,units,start,end,text,context,marked,reference,hint,guideline}):
     * type {@code suggested}, the annotator in {@code marked}, the note in {@code hint}.
     */
    public static String scorecardCsv(SuggestedAnnotations.Report r) {
        StringBuilder b = new StringBuilder();
        if (!r.worthReporting()) {
            return "";
        }
        for (SuggestedAnnotations.Count c : r.counts()) {
            b.append("suggested,*,")
                    .append(c.layer())
                    .append(",*,")
                    .append(MEASURE)
                    .append(',')
                    .append(c.suggested())
                    .append(',')
                    .append(c.total())
                    .append(",,,,,")
                    .append(c.annotator())
                    .append(",,")
                    .append(note(r))
                    .append(",\n");
        }
        return b.toString();
    }

    private static String note(SuggestedAnnotations.Report r) {
        return r.excluded() ? "left out of the measures" : "counted in the measures";
    }
}
