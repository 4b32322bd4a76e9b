package org.newsmark.service;

import java.util.List;
import java.util.Optional;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.EntityChains;

/**
 * Coreference links as the annotator makes them. Whichever of two mentions the user starts from,
 * the link goes from the later mention to the earlier one (the schema's "an earlier mention of the
 * same entity"), and two mentions of one entity are never linked again: so a chain made here can
 * never loop, and a link never silently takes a mention out of the entity it is in.
 */
public final class CorefLinks {
    /** The link to make ({@code from} gets the role {@code coref} to {@code to}), or why not. */
    public record Decision(String from, String to, String refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    private CorefLinks() {}

    /** Whether a role is the coreference role of the ENTITY layer. */
    public static boolean isCoref(String layer, String role) {
        return EntityChains.LAYER.equals(layer) && EntityChains.ROLE.equals(role);
    }

    /** Whether one mention comes before another in the text: by start, then end, then id. */
    static boolean before(Annotation a, Annotation b) {
        if (a.start() != b.start()) {
            return a.start() < b.start();
        }
        if (a.end() != b.end()) {
            return a.end() < b.end();
        }
        return AnnotationSet.compareIds(a.id(), b.id()) < 0;
    }

    /**
     * The coref link that joins mention {@code id} to mention {@code other}'s entity: from the
     * later of the two to the earlier. Refused when they are the same entity already, and when the
     * later mention is {@code other} and it already links elsewhere (relinking it is done from it).
     */
    public static Decision decide(AnnotationSet set, String id, String other) {
        Optional<Annotation> a = set.get(id);
        Optional<Annotation> b = set.get(other);
        if (a.isEmpty() || b.isEmpty()) {
            return new Decision(null, null, "No annotation " + (a.isEmpty() ? id : other));
        }
        if (id.equals(other)) {
            return new Decision(null, null, id + " cannot be its own earlier mention");
        }
        EntityChains chains = EntityChains.of(set);
        Optional<EntityChains.Entity> entity = chains.entityOf(id);
        if (entity.isPresent() && entity.equals(chains.entityOf(other))) {
            return new Decision(
                    null,
                    null,
                    id + " and " + other + " are already one entity ("
                            + entity.get().name() + ")");
        }
        if (before(a.get(), b.get())) {
            List<String> has = b.get().targets(EntityChains.ROLE);
            if (!has.isEmpty()) {
                return new Decision(
                        null,
                        null,
                        other + " comes later and already links to " + has.get(0) + " (coref); select " + other
                                + " to relink it");
            }
            return new Decision(other, id, null);
        }
        return new Decision(id, other, null);
    }

    /** The mentions {@code id} may be linked to: the candidates given, without those of its own entity. */
    public static List<Annotation> candidates(AnnotationSet set, String id, List<Annotation> nearestFirst) {
        EntityChains chains = EntityChains.of(set);
        Optional<EntityChains.Entity> own = chains.entityOf(id);
        return nearestFirst.stream()
                .filter(t -> own.isEmpty() || !own.equals(chains.entityOf(t.id())))
                .toList();
    }
}
