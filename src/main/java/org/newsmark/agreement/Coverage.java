package org.newsmark.agreement;

import java.util.List;

/** The notes that say which articles a value rests on and who has no file for an article. */
public final class Coverage {
    private Coverage() {}

    /** "ana and ben have no file for this article", or for one annotator "ben has no file ...". */
    public static String missing(List<String> names) {
        if (names.size() == 1) {
            return names.get(0) + " has no file for this article";
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1)
                + " have no file for this article";
    }

    /** "1 article", "7 articles". */
    public static String articles(long n) {
        return n + (n == 1 ? " article" : " articles");
    }
}
