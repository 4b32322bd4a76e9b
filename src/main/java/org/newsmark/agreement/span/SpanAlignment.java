package org.newsmark.agreement.span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.model.Annotation;
import org.newsmark.model.Layer;
import org.newsmark.model.Link;
import org.newsmark.model.LinkRole;

/**
 * The spans of every annotator of one article lined up in rows, one span per annotator per row,
 * as a reviewer reads them side by side. Annotators are taken in name order; each span of the next
 * annotator joins the row whose first span it overlaps, spans with the same label first, then the
 * largest overlap (as in overlap matching), one span per annotator per row; a span that overlaps
 * no free row starts a row of its own. Each row gets a status: {@code agree}, or what differs.
 */
public final class SpanAlignment {
    public static final String AGREE = "agree";
    public static final String LABEL_DIFFERS = "label differs";
    public static final String BOUNDARIES_DIFFER = "boundaries differ";

    /**
     * One aligned row: the article, the layer, the span of each annotator who marked it (in the
     * order of {@code present}), the annotators who have a file for the article, and the status.
     */
    public record Row(String doc, String layer, Map<String, Annotation> spans, List<String> present, String status) {
        public Row {
            spans = Collections.unmodifiableMap(new LinkedHashMap<>(spans));
            present = List.copyOf(present);
        }

        /** The first code point any span of the row covers. */
        public int start() {
            return spans.values().stream().mapToInt(Annotation::start).min().orElse(0);
        }

        /** The end (exclusive) of the row: the last end of its spans. */
        public int end() {
            return spans.values().stream().mapToInt(Annotation::end).max().orElse(0);
        }

        public boolean agrees() {
            return status.equals(AGREE);
        }
    }

    private SpanAlignment() {}

    /** The rows of one article, layers in schema order, then by start, end. */
    public static List<Row> align(AnnotatedCorpus corpus, String doc, List<Layer> layers) {
        List<String> present = corpus.present(doc);
        List<List<Map<String, Annotation>>> perLayer = new ArrayList<>();
        // Which row each (annotator, id) sits in, for comparing links across rows.
        Map<String, Map<String, Integer>> rowOf = new HashMap<>();
        int next = 0;
        for (Layer layer : layers) {
            List<Map<String, Annotation>> rows = new ArrayList<>();
            for (String annotator : present) {
                join(rows, annotator, corpus.spans(doc, annotator, layer.name()));
            }
            rows.sort(Comparator.comparingInt((Map<String, Annotation> r) -> start(r.values()))
                    .thenComparingInt(r -> end(r.values())));
            for (Map<String, Annotation> r : rows) {
                int id = next++;
                r.forEach((annotator, a) ->
                        rowOf.computeIfAbsent(annotator, k -> new HashMap<>()).put(a.id(), id));
            }
            perLayer.add(rows);
        }
        List<Row> out = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            for (Map<String, Annotation> r : perLayer.get(l)) {
                out.add(new Row(doc, layer.name(), r, present, status(layer, r, present, rowOf)));
            }
        }
        return out;
    }

    private static int start(Collection<Annotation> spans) {
        return spans.stream().mapToInt(Annotation::start).min().orElse(0);
    }

    private static int end(Collection<Annotation> spans) {
        return spans.stream().mapToInt(Annotation::end).max().orElse(0);
    }

    /** A row and a span of the next annotator that overlaps the row's first span, with what ranks the pair. */
    private record Candidate(
            Map<String, Annotation> row,
            Annotation span,
            boolean sameLabel,
            int overlap,
            int rowStart,
            int rowIndex,
            int spanIndex) {}

    /**
     * Adds the spans of one annotator to the rows: each pair of a row and a span that overlaps
     * the row's first span is a candidate, the pairs with the same label first, then the largest
     * overlap (then the span's start and end, the row's start, the order of rows and spans);
     * taken greedily, one span per row and row per span. The overlapping pairs are found by a
     * sweep over both lists sorted by start, so the cost is n log n plus the number of
     * overlapping pairs, not rows times spans.
     */
    private static void join(List<Map<String, Annotation>> rows, String annotator, List<Annotation> spans) {
        List<Annotation> firsts = new ArrayList<>(rows.size());
        for (Map<String, Annotation> row : rows) {
            firsts.add(row.values().iterator().next());
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int[] pair : overlappingPairs(firsts, spans)) {
            Annotation first = firsts.get(pair[0]);
            Annotation s = spans.get(pair[1]);
            int overlap = Math.min(s.end(), first.end()) - Math.max(s.start(), first.start());
            candidates.add(new Candidate(
                    rows.get(pair[0]), s, s.label().equals(first.label()), overlap, first.start(), pair[0], pair[1]));
        }
        candidates.sort(Comparator.comparing((Candidate c) -> !c.sameLabel())
                .thenComparing(Comparator.comparingInt(Candidate::overlap).reversed())
                .thenComparingInt(c -> c.span().start())
                .thenComparingInt(c -> c.span().end())
                .thenComparingInt(Candidate::rowStart)
                .thenComparingInt(Candidate::rowIndex)
                .thenComparingInt(Candidate::spanIndex));
        Set<Annotation> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Candidate c : candidates) {
            if (!c.row().containsKey(annotator) && !used.contains(c.span())) {
                c.row().put(annotator, c.span());
                used.add(c.span());
            }
        }
        for (Annotation s : spans) {
            if (!used.contains(s)) {
                Map<String, Annotation> row = new LinkedHashMap<>();
                row.put(annotator, s);
                rows.add(row);
            }
        }
    }

    /**
     * Every pair (index in {@code a}, index in {@code b}) of spans that share at least one code
     * point: both lists are walked in order of start, each span meets the spans of the other list
     * that are still open where it starts (kept in a heap by end).
     */
    static List<int[]> overlappingPairs(List<Annotation> a, List<Annotation> b) {
        Integer[] byStartA = order(a);
        Integer[] byStartB = order(b);
        PriorityQueue<Integer> openA =
                new PriorityQueue<>(Comparator.comparingInt(i -> a.get(i).end()));
        PriorityQueue<Integer> openB =
                new PriorityQueue<>(Comparator.comparingInt(i -> b.get(i).end()));
        List<int[]> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < byStartA.length || j < byStartB.length) {
            boolean takeA = j >= byStartB.length
                    || (i < byStartA.length
                            && a.get(byStartA[i]).start() <= b.get(byStartB[j]).start());
            if (takeA) {
                int x = byStartA[i++];
                int at = a.get(x).start();
                while (!openB.isEmpty() && b.get(openB.peek()).end() <= at) {
                    openB.poll();
                }
                for (int y : openB) {
                    pairs.add(new int[] {x, y});
                }
                openA.add(x);
            } else {
                int y = byStartB[j++];
                int at = b.get(y).start();
                while (!openA.isEmpty() && a.get(openA.peek()).end() <= at) {
                    openA.poll();
                }
                for (int x : openA) {
                    pairs.add(new int[] {x, y});
                }
                openB.add(y);
            }
        }
        return pairs;
    }

    private static Integer[] order(List<Annotation> spans) {
        Integer[] idx = new Integer[spans.size()];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = k;
        }
        Arrays.sort(idx, Comparator.comparingInt(k -> spans.get(k).start()));
        return idx;
    }

    private static String status(
            Layer layer, Map<String, Annotation> row, List<String> present, Map<String, Map<String, Integer>> rowOf) {
        List<String> out = new ArrayList<>();
        List<String> missing = present.stream().filter(a -> !row.containsKey(a)).toList();
        if (present.size() < 2) {
            out.add("only " + String.join(", ", present) + " has a file");
        } else if (!missing.isEmpty()) {
            out.add("missing for " + String.join(", ", missing));
        }
        if (row.values().stream().map(Annotation::label).distinct().count() > 1) {
            out.add(LABEL_DIFFERS);
        }
        if (row.values().stream().map(a -> a.start() + ":" + a.end()).distinct().count() > 1) {
            out.add(BOUNDARIES_DIFFER);
        }
        if (row.size() > 1) {
            for (LinkRole role : layer.roles()) {
                Set<List<Integer>> seen = new HashSet<>();
                for (Map.Entry<String, Annotation> e : row.entrySet()) {
                    TreeSet<Integer> targets = new TreeSet<>();
                    Map<String, Integer> rows = rowOf.getOrDefault(e.getKey(), Map.of());
                    for (Link link : e.getValue().links()) {
                        if (link.role().equals(role.name())) {
                            targets.add(rows.getOrDefault(link.target(), -1));
                        }
                    }
                    seen.add(List.copyOf(targets));
                }
                if (seen.size() > 1) {
                    out.add(role.name() + " differs");
                }
            }
        }
        return out.isEmpty() ? AGREE : String.join("; ", out);
    }

    /** The annotators whose span in the row has the given label, in row order. */
    public static List<String> withLabel(Row row, String label) {
        List<String> out = new ArrayList<>();
        row.spans().forEach((a, s) -> {
            if (Objects.equals(s.label(), label)) {
                out.add(a);
            }
        });
        return out;
    }
}
