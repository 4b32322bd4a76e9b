package org.newsmark.agreement.bootstrap;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmark.agreement.span.SpanMatching;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.EntityChains;

/**
 * Agreement by identity on a role that takes one entity ({@code speaker_identity}), counted per
 * article as the report counts it ({@code LinkAgreement.addByIdentity}): over the matched source
 * pairs, targets agree when neither annotator gave one, or when the entities of the two targets
 * share a mention (a mention of the first's entity is matched by overlap to one of the second's).
 */
final class IdentityLinks {
    private IdentityLinks() {
    }

    /** For each entity mention of a set, the ids of every mention of its entity. */
    static Map<String, Set<String>> entityMentions(AnnotationSet set) {
        Map<String, Set<String>> out = new HashMap<>();
        for (EntityChains.Entity entity : EntityChains.of(set).entities()) {
            Set<String> ids = new HashSet<>();
            for (Annotation m : entity.mentions()) {
                ids.add(m.id());
            }
            for (Annotation m : entity.mentions()) {
                out.put(m.id(), ids);
            }
        }
        return out;
    }

    /**
     * The agreeing pairs among {@code sources}, the matched source pairs of one article and label.
     *
     * @param targetMatches the overlap matching of the article's spans, first annotator's id to the second's
     */
    static long agreeing(List<SpanMatching.Match> sources, String role, Map<String, String> targetMatches,
                         Map<String, Set<String>> firstEntities, Map<String, Set<String>> secondEntities) {
        long agreeing = 0;
        for (SpanMatching.Match m : sources) {
            List<String> a = m.first().targets(role);
            List<String> b = m.second().targets(role);
            if (a.isEmpty() && b.isEmpty()) {
                agreeing++;
            } else if (a.size() == 1 && b.size() == 1) {
                Set<String> x = firstEntities.getOrDefault(a.get(0), Set.of(a.get(0)));
                Set<String> y = secondEntities.getOrDefault(b.get(0), Set.of(b.get(0)));
                // A target without a match has none to share (null never is an id).
                if (x.stream().map(targetMatches::get).anyMatch(t -> t != null && y.contains(t))) {
                    agreeing++;
                }
            }
        }
        return agreeing;
    }
}
