package org.newsmark.gold;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Layer;
import org.newsmark.model.Link;
import org.newsmark.model.LinkRole;
import org.newsmark.model.Schema;

/**
 * Builds a gold standard for one article from several annotators by vote.
 *
 * <ul>
 *   <li><b>Spans</b>: a span (layer, label, start, end) goes in when at least {@code minAgree}
 *   annotators marked it exactly (an annotator's duplicates count once).</li>
 *   <li><b>Ties</b>: when spans with the same layer and bounds but different labels both reach
 *   {@code minAgree}, the label with the most votes goes in; with as many votes for two labels,
 *   none goes in and the span is a {@code tie} conflict.</li>
 *   <li><b>Links</b>: a link of a gold span goes in when more than half of the annotators who
 *   marked that span link it, under the same role, to the same target span (layer, label, bounds),
 *   and that target is itself in gold. One against one is no majority: the link stays out and is
 *   a {@code link} conflict, as is every link some annotator made that did not go in.</li>
 *   <li><b>Attributes</b>: a {@code key=value} goes in when more than half of the span's
 *   annotators gave it. Notes are left out.</li>
 *   <li><b>Ids</b>: renumbered per layer in file order (start, end): E1, E2, ..., Q1, ..., V1, ...</li>
 * </ul>
 * The spans that did not go in are grouped by layer into runs of overlapping spans, one
 * {@code span} conflict each, listing what every annotator marked there (also what went in).
 */
public final class GoldMerger {
    /** The merged set of one article and what was left out. */
    public record Merged(AnnotationSet gold, List<MergeConflict> conflicts) {
        public Merged {
            conflicts = List.copyOf(conflicts);
        }
    }

    /** A span as votes see it. */
    private record Key(String layer, String label, int start, int end) {
        static Key of(Annotation a) {
            return new Key(a.layer(), a.label(), a.start(), a.end());
        }

        String shown() {
            return label + " " + start + "-" + end;
        }
    }

    private GoldMerger() {}

    /** The majority of n annotators: floor(n / 2) + 1. */
    public static int majority(int annotators) {
        return annotators / 2 + 1;
    }

    /**
     * @param annotators the chosen annotators, in the order conflicts list them
     * @param sets       the sets of those who have a file for the article; the others vote for nothing
     */
    public static Merged merge(
            Schema schema,
            Article article,
            List<String> annotators,
            Map<String, AnnotationSet> sets,
            int minAgree,
            String goldName) {
        Map<Key, Map<String, Annotation>> votes = new LinkedHashMap<>();
        for (String name : annotators) {
            AnnotationSet set = sets.get(name);
            if (set != null) {
                for (Annotation a : set.annotations()) {
                    votes.computeIfAbsent(Key.of(a), k -> new LinkedHashMap<>()).putIfAbsent(name, a);
                }
            }
        }
        List<MergeConflict> conflicts = new ArrayList<>();
        Map<List<Object>, List<Key>> byBounds = new LinkedHashMap<>();
        votes.forEach((k, v) -> {
            if (v.size() >= minAgree) {
                byBounds.computeIfAbsent(List.of(k.layer(), k.start(), k.end()), b -> new ArrayList<>())
                        .add(k);
            }
        });
        Map<Key, String> ids = new HashMap<>();
        List<Key> accepted = new ArrayList<>();
        Set<Key> tied = new HashSet<>();
        for (List<Key> same : byBounds.values()) {
            int best = same.stream().mapToInt(k -> votes.get(k).size()).max().orElse(0);
            List<Key> top =
                    same.stream().filter(k -> votes.get(k).size() == best).toList();
            if (top.size() == 1) {
                accepted.add(top.get(0));
            } else {
                tied.addAll(top);
            }
        }
        Map<String, Integer> layerOrder = new HashMap<>();
        for (Layer l : schema.layers()) {
            layerOrder.put(l.name(), layerOrder.size());
        }
        accepted.sort(Comparator.comparingInt(Key::start)
                .thenComparingInt(Key::end)
                .thenComparingInt(k -> layerOrder.getOrDefault(k.layer(), Integer.MAX_VALUE))
                .thenComparing(Key::label));
        Map<String, Integer> counters = new HashMap<>();
        for (Key k : accepted) {
            String prefix = schema.layer(k.layer())
                    .map(Layer::idPrefix)
                    .orElse(k.layer().substring(0, 1));
            ids.put(k, prefix + counters.merge(k.layer(), 1, Integer::sum));
        }
        List<Annotation> gold = new ArrayList<>();
        for (Key k : accepted) {
            Map<String, Annotation> voters = votes.get(k);
            Annotation first = voters.values().iterator().next();
            List<Link> links = new ArrayList<>();
            for (LinkRole role : schema.layer(k.layer()).map(Layer::roles).orElse(List.of())) {
                links.addAll(links(article, annotators, sets, k, voters, role, ids, conflicts));
            }
            gold.add(new Annotation(
                    ids.get(k), k.layer(), k.label(), k.start(), k.end(), first.text(), links, attributes(voters), ""));
        }
        gold = withoutCycles(article, gold, conflicts);
        spanConflicts(article, annotators, sets, votes, ids, tied, conflicts);
        conflicts.sort(Comparator.comparingInt(MergeConflict::start)
                .thenComparingInt(MergeConflict::end)
                .thenComparingInt(c -> layerOrder.getOrDefault(c.layer(), Integer.MAX_VALUE))
                .thenComparing(MergeConflict::kind)
                .thenComparing(MergeConflict::note));
        return new Merged(new AnnotationSet(article.id(), goldName, gold), conflicts);
    }

    /**
     * Links within a layer ({@code continues}) must not form a cycle. Each annotator's own links do
     * not, but links that won their majorities among different annotators can (one set links Q1 to
     * Q2, another Q2 to Q1). Links are taken in text order of their source; one that would close a
     * cycle is left out and becomes a {@code link} conflict. Only links inside a strongly connected
     * component of all the links can close one, so only those are checked, each by a walk over the
     * links kept so far within its component; a chain without a cycle costs one pass.
     */
    private static List<Annotation> withoutCycles(
            Article article, List<Annotation> gold, List<MergeConflict> conflicts) {
        // Gold ids are unique (numbered above), so a node's number is its place in the list.
        Map<String, Integer> node = new HashMap<>();
        for (Annotation a : gold) {
            node.put(a.id(), node.size());
        }
        int[][] next = new int[node.size()][];
        for (Annotation a : gold) {
            next[node.get(a.id())] = a.links().stream()
                    .map(l -> within(a, l, gold, node))
                    .filter(t -> t >= 0)
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
        for (int i = 0; i < next.length; i++) {
            next[i] = next[i] == null ? new int[0] : next[i];
        }
        int[] component = StronglyConnected.components(next);
        Map<Integer, List<Integer>> kept = new HashMap<>();
        List<Annotation> out = new ArrayList<>(gold.size());
        for (Annotation a : gold) {
            int from = node.get(a.id());
            List<Link> links = new ArrayList<>();
            for (Link l : a.links()) {
                int to = within(a, l, gold, node);
                if (to >= 0 && component[to] == component[from]) {
                    if (reaches(kept, to, from)) {
                        Annotation t = gold.get(to);
                        conflicts.add(new MergeConflict(
                                article.id(),
                                a.layer(),
                                MergeConflict.LINK,
                                a.start(),
                                a.end(),
                                a.text(),
                                Map.of(),
                                a.id() + " " + l.role() + " → " + t.id() + " left out: it would close a"
                                        + " cycle of links that each had a majority"));
                        continue;
                    }
                    kept.computeIfAbsent(from, x -> new ArrayList<>()).add(to);
                }
                links.add(l);
            }
            out.add(links.size() == a.links().size() ? a : a.withLinks(links));
        }
        return out;
    }

    /** The node a link points at when it stays within the source's layer, else -1. */
    private static int within(Annotation a, Link l, List<Annotation> gold, Map<String, Integer> node) {
        Integer to = node.get(l.target());
        return to != null && gold.get(to).layer().equals(a.layer()) ? to : -1;
    }

    /** Whether {@code to} can be reached from {@code from} along the kept links (an explicit stack, no recursion). */
    private static boolean reaches(Map<Integer, List<Integer>> kept, int from, int to) {
        ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(from));
        Set<Integer> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            int at = todo.pop();
            if (at == to) {
                return true;
            }
            if (seen.add(at)) {
                todo.addAll(kept.getOrDefault(at, List.of()));
            }
        }
        return false;
    }

    private static List<Link> links(
            Article article,
            List<String> annotators,
            Map<String, AnnotationSet> sets,
            Key k,
            Map<String, Annotation> voters,
            LinkRole role,
            Map<Key, String> ids,
            List<MergeConflict> conflicts) {
        Map<Key, Integer> count = new LinkedHashMap<>();
        Map<String, String> marks = new LinkedHashMap<>();
        for (String name : annotators) {
            Annotation a = voters.get(name);
            if (a == null) {
                marks.put(name, "(span not marked)");
                continue;
            }
            List<String> shown = new ArrayList<>();
            for (String target : a.targets(role.name()).stream().distinct().toList()) {
                sets.get(name).get(target).ifPresent(t -> {
                    count.merge(Key.of(t), 1, Integer::sum);
                    shown.add(role.name() + " → " + Key.of(t).shown());
                });
            }
            marks.put(name, shown.isEmpty() ? "-" : String.join(" + ", shown));
        }
        List<Link> out = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (Map.Entry<Key, Integer> e : count.entrySet()) {
            String target = ids.get(e.getKey());
            if (e.getValue() * 2 > voters.size() && target != null) {
                out.add(new Link(role.name(), target));
            } else {
                left.add(e.getKey().shown()
                        + (target == null
                                ? " (target not in gold)"
                                : " (" + e.getValue() + " of " + voters.size() + ")"));
            }
        }
        out.sort(Comparator.comparing(Link::target, AnnotationSet::compareIds));
        if (!left.isEmpty()) {
            conflicts.add(new MergeConflict(
                    article.id(),
                    k.layer(),
                    MergeConflict.LINK,
                    k.start(),
                    k.end(),
                    article.slice(k.start(), k.end()),
                    marks,
                    ids.get(k) + " " + role.name() + " left out: " + String.join(", ", left)));
        }
        return out;
    }

    private static Map<String, String> attributes(Map<String, Annotation> voters) {
        Map<Map.Entry<String, String>, Integer> count = new LinkedHashMap<>();
        for (Annotation a : voters.values()) {
            a.attributes().entrySet().forEach(e -> count.merge(Map.entry(e.getKey(), e.getValue()), 1, Integer::sum));
        }
        Map<String, String> out = new LinkedHashMap<>();
        count.forEach((e, n) -> {
            if (n * 2 > voters.size()) {
                out.putIfAbsent(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    private static void spanConflicts(
            Article article,
            List<String> annotators,
            Map<String, AnnotationSet> sets,
            Map<Key, Map<String, Annotation>> votes,
            Map<Key, String> ids,
            Set<Key> tied,
            List<MergeConflict> conflicts) {
        Map<String, List<Key>> outByLayer = new LinkedHashMap<>();
        for (Key k : votes.keySet()) {
            if (!ids.containsKey(k)) {
                outByLayer.computeIfAbsent(k.layer(), l -> new ArrayList<>()).add(k);
            }
        }
        for (Map.Entry<String, List<Key>> e : outByLayer.entrySet()) {
            List<Key> keys = e.getValue();
            keys.sort(Comparator.comparingInt(Key::start)
                    .thenComparingInt(Key::end)
                    .thenComparing(Key::label));
            int i = 0;
            while (i < keys.size()) {
                int start = keys.get(i).start();
                int end = keys.get(i).end();
                boolean tie = false;
                int j = i;
                while (j < keys.size() && keys.get(j).start() < end) {
                    end = Math.max(end, keys.get(j).end());
                    tie |= tied.contains(keys.get(j));
                    j++;
                }
                conflicts.add(new MergeConflict(
                        article.id(),
                        e.getKey(),
                        tie ? MergeConflict.TIE : MergeConflict.SPAN,
                        start,
                        end,
                        article.slice(start, end),
                        marks(annotators, sets, e.getKey(), start, end, ids),
                        ""));
                i = j;
            }
        }
    }

    private static Map<String, String> marks(
            List<String> annotators,
            Map<String, AnnotationSet> sets,
            String layer,
            int start,
            int end,
            Map<Key, String> ids) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : annotators) {
            AnnotationSet set = sets.get(name);
            if (set == null) {
                out.put(name, "(no file)");
                continue;
            }
            List<String> shown = new ArrayList<>();
            for (Annotation a : set.inLayer(layer)) {
                if (a.overlaps(start, end)) {
                    Key k = Key.of(a);
                    shown.add(k.shown() + (ids.containsKey(k) ? " (in gold)" : ""));
                }
            }
            out.put(name, shown.isEmpty() ? "-" : String.join(" + ", shown));
        }
        return out;
    }
}
