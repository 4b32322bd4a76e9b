package org.newsmark.suggest;

import org.newsmark.model.EntityChains.Form;

/**
 * An entity mention that a link can point at: an ENTITY annotation of the set (with its id) or an
 * ENTITY suggestion of the current batch (with its key), and what kind of mention it is (a name, a
 * nominal such as "officials", a pronoun such as "he").
 */
record Mention(int start, int end, String label, String annotationId, String suggestionKey, Form form) {
    boolean isSuggestion() {
        return suggestionKey != null;
    }

    /** The mention's name in the batch's chains: annotation ids and suggestion keys never collide. */
    String ref() {
        return isSuggestion() ? "s:" + suggestionKey : "a:" + annotationId;
    }

    SuggestedLink link(String role) {
        return isSuggestion()
                ? SuggestedLink.toSuggestion(role, suggestionKey)
                : SuggestedLink.toAnnotation(role, annotationId);
    }

    boolean nominal() {
        return form == Form.NOMINAL;
    }

    boolean pronoun() {
        return form == Form.PRONOUN;
    }

    boolean named() {
        return form == Form.NAME;
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
