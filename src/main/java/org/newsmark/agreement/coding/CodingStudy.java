package org.newsmark.agreement.coding;

import java.util.List;

/**
 * A coding study, as in DKPro Statistics: items (here tokens) that each rater (annotator) put in
 * one category, or left without a value (missing: the annotator has no file for the article).
 * Categories are numbered in the order of {@link #categories()}.
 */
public interface CodingStudy {
    /** The code of a missing value. */
    int MISSING = -1;

    List<String> raters();

    List<String> categories();

    int itemCount();

    /** The category index that a rater gave an item, or {@link #MISSING}. */
    int code(int item, int rater);

    default int raterCount() {
        return raters().size();
    }

    default int categoryCount() {
        return categories().size();
    }

    /** The category name that a rater gave an item, or null when the value is missing. */
    default String category(int item, int rater) {
        int c = code(item, rater);
        return c == MISSING ? null : categories().get(c);
    }
}
