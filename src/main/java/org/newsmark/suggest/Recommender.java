package org.newsmark.suggest;

import java.util.List;

/**
 * Proposes annotations of one layer for one article. A recommender reads the context (article,
 * the annotator's set, the schema, what earlier recommenders of the run proposed) and returns
 * suggestions; it never changes the set. Implementations are immutable and may run on any thread.
 */
public interface Recommender {
    /** The id used in settings and in each suggestion ({@code quotes}, {@code entity-strings}). */
    String id();

    /** The layer it proposes annotations in (a quote recommender may also propose speaker entities). */
    String layer();

    /** The suggestions for the article; keys come from {@link SuggestionContext#newKey()}. */
    List<Suggestion> suggest(SuggestionContext context);
}
