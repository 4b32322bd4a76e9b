package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsmark.model.EntityChains.Form;

/**
 * The entity mentions that a quote or event recommender proposes because a speaker or participant
 * needs one (guidelines 1.1): a name not marked yet, a nominal ("officials", "the US President") or a
 * pronoun ("he", "his", "it"), the last two with {@code mention=nominal|pronoun}. A mention whose
 * entity was mentioned before gets a {@code coref} link to the nearest earlier mention of it, an
 * annotation or a suggestion; the chain is recorded so that later mentions link to this one.
 */
final class NewMentions {
    private final SuggestionContext context;
    private final String recommender;
    private final List<Suggestion> created = new ArrayList<>();

    NewMentions(SuggestionContext context, String recommender) {
        this.context = context;
        this.recommender = recommender;
    }

    /** The entity suggestions made so far, in the order made. */
    List<Suggestion> created() {
        return created;
    }

    /**
     * A new mention of the given form; with an antecedent of the same label, chained to the nearest
     * earlier mention of its entity. The caller has checked that no mention overlaps the span.
     */
    Mention add(int start, int end, String label, Form form, Mention antecedent, double score) {
        List<SuggestedLink> links = new ArrayList<>();
        Mention target = null;
        if (antecedent != null && antecedent.label().equals(label) && antecedent.start() < start) {
            target = context.mentions().nearestOfEntity(antecedent, start);
            links.add(target.link(Layers.COREF));
        }
        Map<String, String> attributes = form == Form.NAME ? Map.of() : Map.of(Layers.MENTION, form.value());
        Suggestion s = new Suggestion(
                context.newKey(),
                Layers.ENTITY,
                label,
                start,
                end,
                context.analysis().slice(start, end),
                recommender,
                score,
                links,
                attributes);
        created.add(s);
        Mention m = new Mention(start, end, label, null, s.key(), form);
        context.mentions().add(m);
        if (target != null) {
            context.mentions().join(m, target);
        }
        return m;
    }
}
