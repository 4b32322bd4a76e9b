package org.newsmark.agreement.span;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsmark.agreement.Score;
import org.newsmark.model.Link;

/**
 * F1 of the arguments of matched events: over the pairs of events matched by overlap, an argument
 * (role, target) of the first annotator matches one of the second when the roles are equal and
 * the targets are a pair of the matching by overlap of their layer; F1 = 2 · matches / (|args A|
 * + |args B|). Arguments of unmatched events do not count. Counts of several articles add up.
 */
public final class ArgumentF1 {
    private final SpanF1 f1 = SpanF1.of(0, 0, 0);

    /**
     * Adds the matched event pairs of one article.
     *
     * @param roles         the roles that count as arguments
     * @param targetMatches the overlap matching of all spans of the two annotators on the
     *                      article, from the first annotator's span id to the second's
     */
    public void add(List<SpanMatching.Match> events, Set<String> roles, Map<String, String> targetMatches) {
        for (SpanMatching.Match m : events) {
            Set<Link> a = arguments(m.first().links(), roles);
            Set<Link> b = arguments(m.second().links(), roles);
            long matches = 0;
            for (Link l : a) {
                String target = targetMatches.get(l.target());
                if (target != null && b.contains(new Link(l.role(), target))) {
                    matches++;
                }
            }
            f1.add(matches, a.size(), b.size());
        }
    }

    private static Set<Link> arguments(List<Link> links, Set<String> roles) {
        Set<Link> out = new HashSet<>();
        for (Link l : links) {
            if (roles.contains(l.role())) {
                out.add(l);
            }
        }
        return out;
    }

    void add(ArgumentF1 other) {
        f1.add(other.f1);
    }

    /** The arguments found in both annotators' matched events. */
    public long matches() {
        return f1.matches();
    }

    /** The arguments of both annotators' matched events: what the value rests on. */
    public long units() {
        return f1.units();
    }

    public Score score(String noUnits) {
        return f1.score(noUnits);
    }
}
