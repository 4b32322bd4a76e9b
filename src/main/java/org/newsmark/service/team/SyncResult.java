package org.newsmark.service.team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.newsmark.model.Problem;

/**
 * What a sync did: what came in (per annotator, the articles whose files changed), what went out,
 * the local versions kept as conflict copies, what was repaired after an interrupted sync, and
 * the files that no longer validate after a schema or article change came in.
 */
public record SyncResult(
        String annotator,
        List<Change> incoming,
        List<Change> outgoing,
        boolean pushed,
        List<ConflictCopy> conflicts,
        List<String> repaired,
        List<Problem> problems,
        int attempts,
        String commit,
        Instant when) {
    /** The owner of project files that no annotator owns. */
    public static final String GOLD = "gold";

    public static final String ARTICLES = "articles";
    public static final String PROJECT = "project";

    /**
     * One file that changed: whose it is (an annotator, {@code gold}, {@code articles} or
     * {@code project} for schema, team, assignments, guidelines), the document id it concerns (or
     * the file name), and its path.
     */
    public record Change(String owner, String item, String path) {
        static Change of(String path) {
            return PathRules.classify(path)
                    .map(e -> switch (e.kind()) {
                        case ANNOTATION -> new Change(e.owner(), e.doc(), path);
                        case STATUS -> new Change(e.owner(), "status", path);
                        case GOLD -> new Change(GOLD, e.doc(), path);
                        case ARTICLE -> new Change(ARTICLES, e.doc(), path);
                        default -> new Change(PROJECT, path, path);
                    })
                    .orElse(new Change(PROJECT, path, path));
        }
    }

    public SyncResult {
        incoming = List.copyOf(incoming);
        outgoing = List.copyOf(outgoing);
        conflicts = List.copyOf(conflicts);
        repaired = List.copyOf(repaired);
        problems = List.copyOf(problems);
    }

    /** What came in, by owner: each owner's changed items (document ids, or file names), sorted. */
    public Map<String, List<String>> incomingByOwner() {
        return byOwner(incoming);
    }

    /** What went out, by owner. */
    public Map<String, List<String>> outgoingByOwner() {
        return byOwner(outgoing);
    }

    private static Map<String, List<String>> byOwner(List<Change> changes) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Change c : changes) {
            List<String> items = out.computeIfAbsent(c.owner(), k -> new ArrayList<>());
            if (!items.contains(c.item())) {
                items.add(c.item());
            }
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    /** Nothing came in and nothing went out. */
    public boolean nothingToDo() {
        return incoming.isEmpty() && outgoing.isEmpty() && conflicts.isEmpty();
    }
}
