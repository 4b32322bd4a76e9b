package org.newsmark.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** The edits of the annotator: add, delete (cleaning links), relabel, move boundaries, link, note, batches. */
public final class Edits {
    private Edits() {}

    private record Simple(String description, UnaryOperator<AnnotationSet> change) implements Edit {
        @Override
        public AnnotationSet apply(AnnotationSet set) {
            return change.apply(set);
        }
    }

    private static Annotation require(AnnotationSet set, String id) {
        return set.get(id).orElseThrow(() -> new IllegalArgumentException("no annotation " + id));
    }

    public static Edit add(Annotation annotation) {
        return new Simple("Add " + annotation.label() + " " + annotation.id(), set -> set.with(annotation));
    }

    /** Removes an annotation and every link that points at it. */
    public static Edit remove(String id) {
        return new Simple("Delete " + id, set -> {
            require(set, id);
            List<Annotation> rest = new ArrayList<>();
            for (Annotation a : set.annotations()) {
                if (!a.id().equals(id)) {
                    rest.add(a.linksTo(id) ? a.withoutLinksTo(id) : a);
                }
            }
            return set.withAnnotations(rest);
        });
    }

    /** How many links would go with the annotation if it were removed. */
    public static int linksTo(AnnotationSet set, String id) {
        int n = 0;
        for (Annotation a : set.annotations()) {
            for (Link l : a.links()) {
                if (l.target().equals(id)) {
                    n++;
                }
            }
        }
        return n;
    }

    public static Edit relabel(String id, String label) {
        return new Simple(
                "Relabel " + id + " as " + label,
                set -> set.replacing(require(set, id).withLabel(label)));
    }

    /** Moves the boundaries; the covered text is taken from the article. */
    public static Edit bounds(String id, int start, int end, Article article) {
        if (start < 0 || end > article.length() || start >= end) {
            throw new IllegalArgumentException("bounds " + start + "-" + end + " outside the article or empty");
        }
        return new Simple(
                "Resize " + id,
                set -> set.replacing(require(set, id).withBounds(start, end, article.slice(start, end))));
    }

    /** Adds a link; for a role that takes one target, the new target replaces the old one. */
    public static Edit link(String id, Link link, boolean roleAllowsMany) {
        return new Simple("Link " + id + " " + link, set -> {
            require(set, link.target());
            return set.replacing(require(set, id).withLink(link, roleAllowsMany));
        });
    }

    public static Edit unlink(String id, Link link) {
        return new Simple("Unlink " + id + " " + link, set -> {
            Annotation a = require(set, id);
            List<Link> links = new ArrayList<>(a.links());
            if (!links.remove(link)) {
                throw new IllegalArgumentException(id + " has no link " + link);
            }
            return set.replacing(a.withLinks(links));
        });
    }

    public static Edit note(String id, String note) {
        return new Simple("Note on " + id, set -> set.replacing(require(set, id).withNote(note)));
    }

    /** Sets one attribute; an empty or null value removes it. */
    public static Edit attribute(String id, String key, String value) {
        return new Simple("Attribute " + key + " on " + id, set -> {
            Annotation a = require(set, id);
            Map<String, String> attrs = new LinkedHashMap<>(a.attributes());
            if (value == null || value.isEmpty()) {
                attrs.remove(key);
            } else {
                attrs.put(key, value);
            }
            return set.replacing(a.withAttributes(attrs));
        });
    }

    /** Several edits as one undo step. */
    public static Edit batch(String description, List<Edit> edits) {
        List<Edit> copy = List.copyOf(edits);
        return new Simple(Objects.requireNonNull(description), set -> {
            AnnotationSet s = set;
            for (Edit e : copy) {
                s = e.apply(s);
            }
            return s;
        });
    }
}
