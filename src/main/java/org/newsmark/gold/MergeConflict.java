package org.newsmark.gold;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something the annotators did not agree on enough for gold: spans (a group of overlapping spans
 * of one layer that did not get enough votes), a tie (as many votes for two labels of the same
 * span) or a link (a link of a gold span that no majority of its annotators made). Says who
 * marked what, in the order the annotators were given; an annotator who marked nothing there has
 * {@code -}.
 *
 * @param kind {@code span}, {@code tie} or {@code link}
 * @param marks annotator to what they marked ({@code PERSON 13-25}, several joined by {@code  + };
 *              {@code (in gold)} after a span that went in; for a link, {@code speaker → PERSON 99-107})
 */
public record MergeConflict(
        String doc,
        String layer,
        String kind,
        int start,
        int end,
        String text,
        Map<String, String> marks,
        String note) {
    public static final String SPAN = "span";
    public static final String TIE = "tie";
    public static final String LINK = "link";

    public MergeConflict {
        marks = Collections.unmodifiableMap(new LinkedHashMap<>(marks));
        note = note == null ? "" : note;
    }
}
