package org.newsmark.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One annotation: a span of an article (code point offsets, end exclusive) with a layer and a
 * label, its links to other annotations of the same set, attributes and a note.
 */
public record Annotation(
        String id,
        String layer,
        String label,
        int start,
        int end,
        String text,
        List<Link> links,
        Map<String, String> attributes,
        String note) {

    public Annotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        links = List.copyOf(links);
        // Most annotations have no attributes: one shared empty map instead of one each.
        attributes = attributes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        note = note == null ? "" : note;
    }

    /** A plain span without links, attributes or note. */
    public static Annotation span(String id, String layer, String label, int start, int end, String text) {
        return new Annotation(id, layer, label, start, end, text, List.of(), Map.of(), "");
    }

    public int length() {
        return end - start;
    }

    /** The targets of one role, in file order. */
    public List<String> targets(String role) {
        if (links.isEmpty()) {
            return List.of(); // most annotations: asked for every mention whenever chains are made
        }
        List<String> out = new ArrayList<>(links.size());
        for (Link l : links) {
            if (l.role().equals(role)) {
                out.add(l.target());
            }
        }
        return Collections.unmodifiableList(out);
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    public Annotation withLabel(String newLabel) {
        return new Annotation(id, layer, newLabel, start, end, text, links, attributes, note);
    }

    public Annotation withBounds(int newStart, int newEnd, String newText) {
        return new Annotation(id, layer, label, newStart, newEnd, newText, links, attributes, note);
    }

    public Annotation withId(String newId) {
        return new Annotation(newId, layer, label, start, end, text, links, attributes, note);
    }

    public Annotation withLinks(List<Link> newLinks) {
        return new Annotation(id, layer, label, start, end, text, newLinks, attributes, note);
    }

    public Annotation withAttributes(Map<String, String> newAttributes) {
        return new Annotation(id, layer, label, start, end, text, links, newAttributes, note);
    }

    public Annotation withNote(String newNote) {
        return new Annotation(id, layer, label, start, end, text, links, attributes, newNote);
    }

    /** This annotation with one more link; for a role that allows one target, it replaces the old one. */
    public Annotation withLink(Link link, boolean roleAllowsMany) {
        List<Link> result = new ArrayList<>();
        for (Link l : links) {
            if (l.role().equals(link.role()) && (!roleAllowsMany || l.target().equals(link.target()))) {
                continue;
            }
            result.add(l);
        }
        result.add(link);
        return withLinks(result);
    }

    /** This annotation without any link to the given target. */
    public Annotation withoutLinksTo(String targetId) {
        return withLinks(
                links.stream().filter(l -> !l.target().equals(targetId)).toList());
    }

    public boolean linksTo(String targetId) {
        return links.stream().anyMatch(l -> l.target().equals(targetId));
    }
}
