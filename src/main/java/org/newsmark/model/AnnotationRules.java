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
 * targets present and in the allowed layer, no cycles through same-layer links ({@code continues}).
 */
public final class AnnotationRules {
    /** How far (code points) around its old place a moved span's text is looked for. */
    public static final int RELOCATION_WINDOW = 200;

    private AnnotationRules() {
    }

    public static List<Violation> check(Article article, Schema schema, List<Annotation> annotations) {
        List<Violation> out = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            Integer earlier = firstIndex.putIfAbsent(a.id(), i);
            if (earlier != null) {
                out.add(Violation.error(i, "duplicate id " + a.id()));
            }
            checkSpan(article, i, a, out);
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
            out.add(new Violation(i, Severity.WARNING, "text " + quote(a.text()) + " is no longer at "
                    + a.start() + "-" + a.end() + " but at " + r.start() + "-" + r.end()
                    + " (the article was edited; validate --fix moves it)", moved));
        } else if (!inside) {
            out.add(Violation.error(i, "end " + a.end() + " is past the end of the article ("
                    + article.length() + " code points)"));
        } else {
            out.add(Violation.error(i, "text " + quote(a.text()) + " does not match the article at "
                    + a.start() + "-" + a.end() + ", which has " + quote(article.slice(a.start(), a.end()))));
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
            out.add(Violation.error(i, "unknown label " + a.label() + " in layer " + a.layer() + " (it has "
                    + layer.get().labels().stream().map(Label::name).toList() + ")"));
        }
        for (String key : a.attributes().keySet()) {
            if (key.isBlank()) {
                out.add(Violation.error(i, "attribute with an empty name"));
            }
        }
    }

    private static void checkLinks(Schema schema, Map<String, Annotation> byId, int i, Annotation a,
                                   List<Violation> out) {
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
                out.add(Violation.error(i, "link " + link + " points at a " + target.layer()
                        + " annotation; " + link.role() + " must point at " + role.get().targetLayer()));
            }
            int count = perRole.merge(link.role(), 1, Integer::sum);
            if (count == 2 && !role.get().many()) {
                out.add(Violation.error(i, "role " + link.role() + " allows one link, found more"));
            }
        }
    }

    /** Links within one layer ({@code continues}) must not form a cycle. */
    private static void checkCycles(Schema schema, List<Annotation> annotations, List<Violation> out) {
        Map<String, List<String>> next = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            index.putIfAbsent(a.id(), i);
            Optional<Layer> layer = schema.layer(a.layer());
            for (Link link : a.links()) {
                boolean sameLayer = layer.flatMap(l -> l.role(link.role()))
                        .map(r -> r.targetLayer().equals(a.layer())).orElse(false);
                if (sameLayer && !link.target().equals(a.id())) {
                    next.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(link.target());
                }
            }
        }
        Set<String> done = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String startId : next.keySet().stream().sorted().toList()) {
            List<String> path = new ArrayList<>();
            findCycle(startId, next, done, new HashSet<>(), path, reported, index, out);
        }
    }

    private static void findCycle(String id, Map<String, List<String>> next, Set<String> done, Set<String> onPath,
                                  List<String> path, Set<String> reported, Map<String, Integer> index,
                                  List<Violation> out) {
        if (done.contains(id)) {
            return;
        }
        if (onPath.contains(id)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            if (reported.add(cycle.stream().sorted().toList().toString())) {
                out.add(Violation.error(index.getOrDefault(id, 0),
                        "links form a cycle: " + String.join(" -> ", cycle)));
            }
            return;
        }
        onPath.add(id);
        path.add(id);
        for (String target : next.getOrDefault(id, List.of())) {
            findCycle(target, next, done, onPath, path, reported, index, out);
        }
        path.remove(path.size() - 1);
        onPath.remove(id);
        done.add(id);
    }

    static String quote(String s) {
        String shown = s.length() > 60 ? s.substring(0, 57) + "..." : s;
        return "\"" + shown.replace("\n", "\\n") + "\"";
    }
}
