package org.newsmark.agreement.span;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsmark.agreement.Score;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.EntityChains;

/**
 * Agreement on a role that takes one target, such as a quote's speaker: over the pairs of source
 * spans matched by overlap, the share whose targets agree. Targets agree when both annotators
 * gave none, or when the two targets are themselves a pair of the matching by overlap of their
 * layer. Counts of several articles add up. Undefined without a matched pair.
 */
public final class LinkAgreement {
    private long pairs;
    private long agreeing;

    /**
     * Adds the matched source pairs of one article.
     *
     * @param targetMatches the overlap matching of all spans of the two annotators on the article,
     *                      from the first annotator's span id to the second's
     * @param first         the first annotator's set, {@code second} the second's
     */
    public void add(
            List<SpanMatching.Match> sources,
            String role,
            Map<String, String> targetMatches,
            AnnotationSet first,
            AnnotationSet second) {
        for (SpanMatching.Match m : sources) {
            List<String> a = m.first().targets(role);
            List<String> b = m.second().targets(role);
            pairs++;
            if (a.isEmpty() && b.isEmpty()
                    || a.size() == 1
                            && b.size() == 1
                            && first.contains(a.get(0))
                            && second.contains(b.get(0))
                            && b.get(0).equals(targetMatches.get(a.get(0)))) {
                agreeing++;
            }
        }
    }

    /**
     * Adds the matched source pairs of one article, judged by identity: targets agree when both
     * annotators gave none, or when the entities of the two targets share a mention: a mention of
     * the first's entity is matched (by overlap, as for the targets of {@link #add}) to a mention of
     * the second's. Agreement by mention implies agreement by identity.
     *
     * @param firstEntities the ids of the mentions of the entity of each of the first annotator's mentions
     */
    void addByIdentity(
            List<SpanMatching.Match> sources,
            String role,
            Map<String, String> targetMatches,
            Map<String, Set<String>> firstEntities,
            Map<String, Set<String>> secondEntities) {
        pairs += sources.size();
        agreeing += agreeingByIdentity(sources, role, targetMatches, firstEntities, secondEntities);
    }

    /**
     * How many of the matched source pairs of one article agree by identity (see
     * {@link #addByIdentity}); the bootstrap counts article by article with it.
     */
    public static long agreeingByIdentity(
            List<SpanMatching.Match> sources,
            String role,
            Map<String, String> targetMatches,
            Map<String, Set<String>> firstEntities,
            Map<String, Set<String>> secondEntities) {
        long agreeing = 0;
        for (SpanMatching.Match m : sources) {
            List<String> a = m.first().targets(role);
            List<String> b = m.second().targets(role);
            if (a.isEmpty() && b.isEmpty()) {
                agreeing++;
            } else if (a.size() == 1 && b.size() == 1) {
                Set<String> x = firstEntities.getOrDefault(a.get(0), Set.of(a.get(0)));
                Set<String> y = secondEntities.getOrDefault(b.get(0), Set.of(b.get(0)));
                // A mention without a match has none to share (and an immutable set refuses null).
                if (x.stream().map(targetMatches::get).anyMatch(t -> t != null && y.contains(t))) {
                    agreeing++;
                }
            }
        }
        return agreeing;
    }

    /** For each entity mention of a set, the ids of every mention of its entity (its coreference chain). */
    public static Map<String, Set<String>> entityMentions(AnnotationSet set) {
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

    void add(LinkAgreement other) {
        pairs += other.pairs;
        agreeing += other.agreeing;
    }

    public static LinkAgreement of(long agreeing, long pairs) {
        if (agreeing < 0 || agreeing > pairs) {
            throw new IllegalArgumentException(agreeing + " of " + pairs);
        }
        LinkAgreement l = new LinkAgreement();
        l.agreeing = agreeing;
        l.pairs = pairs;
        return l;
    }

    /** The matched source pairs: what the value rests on. */
    public long units() {
        return pairs;
    }

    public long agreeing() {
        return agreeing;
    }

    public Score score(String noUnits) {
        return pairs == 0 ? Score.undefined(noUnits) : Score.of(agreeing / (double) pairs);
    }
}
