package org.newsmark.agreement.span;

import java.util.List;
import java.util.Map;
import org.newsmark.model.AnnotationSet;
import org.newsmark.agreement.Score;

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
    public void add(List<SpanMatching.Match> sources, String role, Map<String, String> targetMatches,
             AnnotationSet first, AnnotationSet second) {
        for (SpanMatching.Match m : sources) {
            List<String> a = m.first().targets(role);
            List<String> b = m.second().targets(role);
            pairs++;
            if (a.isEmpty() && b.isEmpty()
                    || a.size() == 1 && b.size() == 1 && first.contains(a.get(0))
                    && second.contains(b.get(0)) && b.get(0).equals(targetMatches.get(a.get(0)))) {
                agreeing++;
            }
        }
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
