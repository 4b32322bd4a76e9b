package org.newsmark.consistency;

import org.newsmark.model.Annotation;

/**
 * What kind of mention an entity annotation is, from its {@code mention} attribute: a name (no
 * attribute, or {@code mention=name}), a nominal ({@code the spokesman}) or a pronoun ({@code he}).
 * Pronouns and nominals are marked only where they speak or take part, so the checks that look for
 * the same text elsewhere treat names only.
 */
final class Mentions {
    static final String KEY = "mention";

    private Mentions() {}

    static boolean isName(Annotation a) {
        String form = a.attributes().get(KEY);
        return form == null || form.isEmpty() || form.equals("name");
    }

    static boolean isPronoun(Annotation a) {
        return "pronoun".equals(a.attributes().get(KEY));
    }
}
