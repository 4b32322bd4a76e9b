package org.newsmark.suggest;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a pronoun that takes part in an event stands for, in the spirit of the sieves of
 * deterministic coreference (Lee et al. 2013, "Deterministic coreference resolution based on
 * entity-centric, precision-ranked rules"): a compatible mention (person for "he", organisation or
 * place for "it", any group for "they") first in its sentence, then in the sentence before, then
 * the closest before it within two paragraphs; "I" and "me" inside a quotation stand for the
 * quote's speaker. "We" and "our" are a group of their own and stand for nothing earlier.
 */
final class Antecedents {
    private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her", "i", "me", "my");
    private static final Set<String> NEUTER = Set.of("it", "its");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my");
    private static final Set<String> OWN_GROUP = Set.of("we", "us", "our");

    private final SuggestionContext context;
    private final TextAnalysis a;

    Antecedents(SuggestionContext context) {
        this.context = context;
        this.a = context.analysis();
    }

    /** The label a pronoun's mention takes when nothing earlier is found. */
    static String defaultLabel(String pronoun) {
        return NEUTER.contains(pronoun.toLowerCase(Locale.ROOT)) ? "ORGANIZATION" : "PERSON";
    }

    /** The mention the pronoun at token t stands for, or null. */
    Mention of(int t) {
        String word = a.lower(t);
        int at = a.tokenStart[t];
        if (OWN_GROUP.contains(word)) {
            return null;
        }
        if (FIRST_PERSON.contains(word)) {
            return speakerOfQuoteAround(at);
        }
        Predicate<Mention> usable = compatible(word).and(m -> m.end() <= at && !m.pronoun());
        int sentence = a.sentenceOf(at);
        Mention m = first(a.sentenceStart[sentence], at, usable);
        if (m == null && sentence > 0 && a.paragraphOf(a.sentenceStart[sentence - 1]) >= a.paragraphOf(at) - 1) {
            m = first(a.sentenceStart[sentence - 1], a.sentenceEnd[sentence - 1], usable);
        }
        if (m == null) {
            int from = a.paragraphStart[Math.max(0, a.paragraphOf(at) - 2)];
            m = context.mentions().before(at, from).stream()
                    .filter(usable)
                    .findFirst()
                    .orElse(null);
        }
        return m;
    }

    private Mention first(int start, int end, Predicate<Mention> usable) {
        for (Mention m : context.mentions().within(start, end)) {
            if (usable.test(m)) {
                return m;
            }
        }
        return null;
    }

    private static Predicate<Mention> compatible(String word) {
        if (PERSONAL.contains(word)) {
            return m -> m.isPersonLike() && m.named();
        }
        if (NEUTER.contains(word)) {
            return Mention::isOrganizationLike;
        }
        return m -> m.isPersonLike() || m.isOrganizationLike() || m.label().equals("NORP"); // they, them, their
    }

    /** The speaker mention of the quote (annotated or suggested earlier in the run) that holds the offset. */
    private Mention speakerOfQuoteAround(int offset) {
        SuggestedLink speaker = null;
        int shortest = Integer.MAX_VALUE;
        for (var q : context.annotations().inLayer(Layers.QUOTE)) {
            if (q.start() <= offset
                    && offset < q.end()
                    && !q.targets(Layers.SPEAKER).isEmpty()
                    && q.length() < shortest) {
                speaker = SuggestedLink.toAnnotation(
                        Layers.SPEAKER, q.targets(Layers.SPEAKER).get(0));
                shortest = q.length(); // the innermost quote: "said, 'I ...'" is the inner speaker's
            }
        }
        for (Suggestion q : context.earlier()) {
            if (q.layer().equals(Layers.QUOTE)
                    && q.start() <= offset
                    && offset < q.end()
                    && !q.links(Layers.SPEAKER).isEmpty()
                    && q.end() - q.start() < shortest) {
                speaker = q.links(Layers.SPEAKER).get(0);
                shortest = q.end() - q.start();
            }
        }
        return speaker == null ? null : context.mentions().byLink(speaker);
    }
}
