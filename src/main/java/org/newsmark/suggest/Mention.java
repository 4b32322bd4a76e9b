package org.newsmark.suggest;

/**
 * An entity mention that a link can point at: an ENTITY annotation of the set (with its id) or an
 * ENTITY suggestion of the current batch (with its key).
 */
record Mention(int start, int end, String label, String annotationId, String suggestionKey, boolean nominal) {
    boolean isSuggestion() {
        return suggestionKey != null;
    }

    SuggestedLink link(String role) {
        return isSuggestion() ? SuggestedLink.toSuggestion(role, suggestionKey) : SuggestedLink.toAnnotation(role, annotationId);
    }

    boolean isPersonLike() {
        return label.equals("PERSON");
    }

    boolean isOrganizationLike() {
        return label.equals("ORGANIZATION") || label.equals("GPE");
    }

    boolean canSpeak() {
        return !label.equals("DATE") && !label.equals("LOCATION");
    }
}
