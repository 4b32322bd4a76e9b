package org.newsmark.suggest;

import java.util.Objects;

/**
 * A link of a suggestion under a schema role: to an annotation that exists in the set
 * ({@code speaker=E3}) or to another suggestion of the same batch (the speaker entity that the
 * quote recommender proposes along with the quote), named by its key.
 */
public record SuggestedLink(String role, String target, boolean toSuggestion) {
    public SuggestedLink {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(target, "target");
    }

    /** A link to an annotation of the set, by its id. */
    public static SuggestedLink toAnnotation(String role, String annotationId) {
        return new SuggestedLink(role, annotationId, false);
    }

    /** A link to another suggestion of the same batch, by its key. */
    public static SuggestedLink toSuggestion(String role, String suggestionKey) {
        return new SuggestedLink(role, suggestionKey, true);
    }

    @Override
    public String toString() {
        return role + "=" + (toSuggestion ? "?" : "") + target;
    }
}
