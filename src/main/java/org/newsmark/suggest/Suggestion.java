package org.newsmark.suggest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One proposed annotation: layer, label and span (code points, end exclusive) with its text, the
 * recommender that made it, a score in [0, 1], its links (to annotations of the set or to other
 * suggestions of the batch) and its attributes ({@code mention=nominal} for a nominal speaker).
 * {@code key} names it within its batch ({@code S1}, {@code S2}, ...).
 */
public record Suggestion(
        String key,
        String layer,
        String label,
        int start,
        int end,
        String text,
        String recommender,
        double score,
        List<SuggestedLink> links,
        Map<String, String> attributes) {

    public Suggestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(recommender, "recommender");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + "-" + end);
        }
        links = List.copyOf(links);
        attributes = attributes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    public boolean sameSpan(int otherStart, int otherEnd) {
        return start == otherStart && end == otherEnd;
    }

    /** The targets of one role, in order. */
    public List<SuggestedLink> links(String role) {
        return links.stream().filter(l -> l.role().equals(role)).toList();
    }

    public Suggestion withKey(String newKey) {
        return new Suggestion(newKey, layer, label, start, end, text, recommender, score, links, attributes);
    }

    public Suggestion withLabel(String newLabel) {
        return new Suggestion(key, layer, newLabel, start, end, text, recommender, score, links, attributes);
    }

    public Suggestion withLinks(List<SuggestedLink> newLinks) {
        return new Suggestion(key, layer, label, start, end, text, recommender, score, newLinks, attributes);
    }

    @Override
    public String toString() {
        return key + " " + layer + "/" + label + " " + start + "-" + end + " \"" + text + "\" " + recommender
                + String.format(Locale.ROOT, " %.2f", score) + (links.isEmpty() ? "" : " " + links);
    }
}
