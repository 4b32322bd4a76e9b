package org.newsmark.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules every annotation list must satisfy against its article and schema: offsets inside
 * the text, covered text equal to the article, unique ids, known layers, labels and roles, link
 * targets present and in the allowed layer, no cycles through same-layer links ({@code continues},
 * {@code coref}), values of typed attributes among those the schema allows, article labels without
 * a span.
 */
public final class AnnotationRules {
    /** How far (code points) around its old place a moved span's text is looked for. */
    public static final int RELOCATION_WINDOW = 200;

    private AnnotationRules() {}

    public static List<Violation> check(Article article, Schema schema, List<Annotation> annotations) {
        List<Violation> out = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            Integer earlier = firstIndex.putIfAbsent(a.id(), i);
            if (earlier != null) {
                out.add(Violation.error(i, "duplicate id " + a.id()));
            }
            if (schema.layer(a.layer()).map(Layer::marksArticles).orElse(false)) {
                checkArticleLabel(i, a, out);
            } else {
                checkSpan(article, i, a, out);
            }
            checkSchema(schema, i, a, out);
        }
        Map<String, Annotation> byId = new HashMap<>();
        for (Annotation a : annotations) {
            byId.putIfAbsent(a.id(), a);
        }
        for (int i = 0; i < annotations.size(); i++) {
            checkLinks(schema, byId, i, annotations.get(i), out);
        }
        checkCycles(schema, annotations, out);
        out.sort((x, y) -> Integer.compare(x.index(), y.index()));
        return out;
    }

    /** True when the list breaks no rule at all (warnings count too). */
    public static boolean isValid(Article article, Schema schema, List<Annotation> annotations) {
        return check(article, schema, annotations).isEmpty();
    }

    private static void checkSpan(Article article, int i, Annotation a, List<Violation> out) {
        if (a.start() < 0) {
            out.add(Violation.error(i, "start " + a.start() + " is negative"));
            return;
        }
        if (a.start() >= a.end()) {
            out.add(Violation.error(i, "start " + a.start() + " is not before end " + a.end()));
            return;
        }
        boolean inside = a.end() <= article.length();
        if (inside && article.covers(a.start(), a.end(), a.text())) {
            return;
        }
        Optional<Violation.Relocation> moved = relocate(article, a);
        if (moved.isPresent()) {
            Violation.Relocation r = moved.get();
            out.add(new Violation(
                    i,
                    Severity.WARNING,
                    "text " + quote(a.text()) + " is no longer at "
                            + a.start() + "-" + a.end() + " but at " + r.start() + "-" + r.end()
                            + " (the article was edited; validate --fix moves it)",
                    moved));
        } else if (!inside) {
            out.add(Violation.error(
                    i, "end " + a.end() + " is past the end of the article (" + article.length() + " code points)"));
        } else {
            out.add(Violation.error(
                    i,
                    "text " + quote(a.text()) + " does not match the article at " + a.start() + "-" + a.end()
                            + ", which has " + quote(article.slice(a.start(), a.end()))));
        }
    }

    /** A label of the whole article has no span: start 0, end 0, no text. */
    private static void checkArticleLabel(int i, Annotation a, List<Violation> out) {
        if (a.start() != 0 || a.end() != 0 || !a.text().isEmpty()) {
            out.add(Violation.error(
                    i,
                    "layer " + a.layer() + " labels the whole article: start and end are 0 and"
                            + " the text is empty, found " + a.start() + "-" + a.end() + " " + quote(a.text())));
        }
    }

    /** Where the span's text is now, when it occurs exactly once near its old place. */
    public static Optional<Violation.Relocation> relocate(Article article, Annotation a) {
        int length = a.text().codePointCount(0, a.text().length());
        if (a.text().isEmpty() || length != a.end() - a.start()) {
            return Optional.empty();
        }
        int from = Math.max(0, Math.min(a.start(), article.length()) - RELOCATION_WINDOW);
        int to = Math.min(article.length(), Math.max(a.end(), 0) + RELOCATION_WINDOW);
        if (from >= to) {
            return Optional.empty();
        }
        String window = article.text().substring(article.charIndex(from), article.charIndex(to));
        int first = window.indexOf(a.text());
        if (first < 0 || window.indexOf(a.text(), first + 1) >= 0) {
            return Optional.empty();
        }
        int start = article.codePointOffset(article.charIndex(from) + first);
        return Optional.of(new Violation.Relocation(start, start + length));
    }

    private static void checkSchema(Schema schema, int i, Annotation a, List<Violation> out) {
        Optional<Layer> layer = schema.layer(a.layer());
        if (layer.isEmpty()) {
            out.add(Violation.error(i, "unknown layer " + a.layer() + " (the schema has " + schema.layerNames() + ")"));
            return;
        }
        if (layer.get().label(a.label()).isEmpty()) {
            out.add(Violation.error(
                    i,
                    "unknown label " + a.label() + " in layer " + a.layer() + " (it has "
                            + layer.get().labels().stream().map(Label::name).toList() + ")"));
        }
        for (Map.Entry<String, String> e : a.attributes().entrySet()) {
            if (e.getKey().isBlank()) {
                out.add(Violation.error(i, "attribute with an empty name"));
                continue;
            }
            // Attributes the schema declares have their values checked; others are free notes (source=suggest).
            Optional<AttributeDef> def = layer.get().attribute(e.getKey());
            String problem = def.map(d -> d.problem(e.getValue())).orElse(null);
            if (problem != null) {
                out.add(Violation.error(i, problem));
            }
        }
    }

    private static void checkLinks(
            Schema schema, Map<String, Annotation> byId, int i, Annotation a, List<Violation> out) {
        if (a.links().isEmpty()) {
            return;
        }
        Optional<Layer> layer = schema.layer(a.layer());
        Map<String, Integer> perRole = new HashMap<>();
        for (Link link : a.links()) {
            Optional<LinkRole> role = layer.flatMap(l -> l.role(link.role()));
            if (role.isEmpty()) {
                if (layer.isPresent()) {
                    out.add(Violation.error(i, "unknown role " + link.role() + " for layer " + a.layer()));
                }
                continue;
            }
            if (link.target().equals(a.id())) {
                out.add(Violation.error(i, "link " + link + " points at the annotation itself"));
                continue;
            }
            Annotation target = byId.get(link.target());
            if (target == null) {
                out.add(Violation.error(i, "link " + link + " points at " + link.target() + ", which does not exist"));
            } else if (!target.layer().equals(role.get().targetLayer())) {
                out.add(Violation.error(
                        i,
                        "link " + link + " points at a " + target.layer() + " annotation; " + link.role()
                                + " must point at " + role.get().targetLayer()));
            }
            int count = perRole.merge(link.role(), 1, Integer::sum);
            if (count == 2 && !role.get().many()) {
                out.add(Violation.error(i, "role " + link.role() + " allows one link, found more"));
            }
        }
    }

    /**
     * Links of a role whose targets sit in the annotation's own layer ({@code continues},
     * {@code coref}) must not form a cycle. A depth-first search from each source in id order,
     * kept on an explicit stack: a chain of 100,000 links is as ordinary as a short one.
     */
    private static void checkCycles(Schema schema, List<Annotation> annotations, List<Violation> out) {
        Map<String, List<String>> next = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            index.putIfAbsent(a.id(), i);
            Optional<Layer> layer = schema.layer(a.layer());
            for (Link link : a.links()) {
                boolean sameLayer = layer.flatMap(l -> l.role(link.role()))
                        .map(r -> r.targetLayer().equals(a.layer()))
                        .orElse(false);
                if (sameLayer && !link.target().equals(a.id())) {
                    next.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(link.target());
                }
            }
        }
        CycleSearch search = new CycleSearch(next, index, out);
        for (String startId : next.keySet().stream().sorted().toList()) {
            search.from(startId);
        }
    }

    /** The state of the depth-first search for cycles, shared by all start points. */
    private static final class CycleSearch {
        private final Map<String, List<String>> next;
        private final Map<String, Integer> index;
        private final List<Violation> out;
        private final Set<String> done = new HashSet<>();
        private final Set<String> reported = new HashSet<>();
        private final Set<String> onPath = new HashSet<>();
        private final List<String> path = new ArrayList<>();
        /** For each node on the path, how many of its targets have been followed. */
        private final List<Integer> followed = new ArrayList<>();

        CycleSearch(Map<String, List<String>> next, Map<String, Integer> index, List<Violation> out) {
            this.next = next;
            this.index = index;
            this.out = out;
        }

        void from(String startId) {
            if (done.contains(startId)) {
                return;
            }
            enter(startId);
            while (!path.isEmpty()) {
                int top = path.size() - 1;
                String id = path.get(top);
                List<String> targets = next.getOrDefault(id, List.of());
                int k = followed.get(top);
                if (k == targets.size()) {
                    path.remove(top);
                    followed.remove(top);
                    onPath.remove(id);
                    done.add(id);
                    continue;
                }
                followed.set(top, k + 1);
                String target = targets.get(k);
                if (done.contains(target)) {
                    continue;
                }
                if (onPath.contains(target)) {
                    report(target);
                } else {
                    enter(target);
                }
            }
        }

        private void enter(String id) {
            onPath.add(id);
            path.add(id);
            followed.add(0);
        }

        private void report(String id) {
            List<String> cycle = new ArrayList<>(path.subList(path.lastIndexOf(id), path.size()));
            cycle.add(id);
            if (reported.add(cycle.stream().sorted().toList().toString())) {
                out.add(Violation.error(
                        index.getOrDefault(id, 0), "links form a cycle: " + String.join(" -> ", cycle)));
            }
        }
    }

    static String quote(String s) {
        String shown = s.length() > 60 ? s.substring(0, 57) + "..." : s;
        return "\"" + shown.replace("\n", "\\n") + "\"";
    }
}
