package org.newsmark.agreement.coref;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One document to score: the key (reference) entities and the response entities, each a cluster
 * of mentions. Singletons are clusters of one. Empty clusters are dropped (the scorer gives them
 * no weight in any metric).
 *
 * <p>A mention may occur once in the key and once in the response, never twice on one side: a
 * Newsmark file cannot hold two mentions of one span. (The reference scorer removes repeated
 * response mentions and misreads repeated key mentions; neither case is reproduced here.) Mentions
 * found on one side only ("twinless") are allowed and scored as the reference scorer does.
 */
public record CorefDocument(String name, List<List<Mention>> key, List<List<Mention>> response) {
    public CorefDocument {
        Objects.requireNonNull(name, "name");
        key = clusters(key, name, "key");
        response = clusters(response, name, "response");
    }

    private static List<List<Mention>> clusters(List<List<Mention>> clusters, String name, String side) {
        List<List<Mention>> out = new ArrayList<>(clusters.size());
        Set<Mention> seen = new HashSet<>();
        for (List<Mention> cluster : clusters) {
            for (Mention m : cluster) {
                if (!seen.add(Objects.requireNonNull(m, "mention"))) {
                    throw new IllegalArgumentException(
                            "mention " + m + " appears twice in the " + side + " of document " + name);
                }
            }
            if (!cluster.isEmpty()) {
                out.add(List.copyOf(cluster));
            }
        }
        return List.copyOf(out);
    }

    /** How many mentions the key holds. */
    public int keyMentions() {
        return key.stream().mapToInt(List::size).sum();
    }

    /** How many mentions the response holds. */
    public int responseMentions() {
        return response.stream().mapToInt(List::size).sum();
    }
}
