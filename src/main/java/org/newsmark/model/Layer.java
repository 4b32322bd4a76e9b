package org.newsmark.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A layer of annotation (entities, quotes, events): its labels, the link roles and the typed
 * attributes of its annotations, and whether they mark spans of the text or the whole article
 * (genre, topic: {@link Scope#ARTICLE}).
 */
public record Layer(
        String name, String key, List<Label> labels, List<LinkRole> roles, List<AttributeDef> attributes, Scope scope) {
    /** What an annotation of the layer marks. */
    public enum Scope {
        /** A span of the text: start before end. */
        SPAN,
        /** The whole article: start 0, end 0, no text. */
        ARTICLE;

        /** The name in the schema file: {@code span}, {@code article}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Layer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        labels = List.copyOf(labels);
        roles = List.copyOf(roles);
        attributes = List.copyOf(attributes);
        Objects.requireNonNull(scope, "scope");
    }

    /** A layer of spans without typed attributes. */
    public Layer(String name, String key, List<Label> labels, List<LinkRole> roles) {
        this(name, key, labels, roles, List.of(), Scope.SPAN);
    }

    public Optional<AttributeDef> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }

    public boolean marksArticles() {
        return scope == Scope.ARTICLE;
    }

    // Loops, not streams: called for every row of every file read.
    public Optional<Label> label(String labelName) {
        for (Label l : labels) {
            if (l.name().equals(labelName)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public Optional<LinkRole> role(String roleName) {
        for (LinkRole r : roles) {
            if (r.name().equals(roleName)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The prefix of new annotation ids in this layer: its key, upper case. */
    public String idPrefix() {
        return key.toUpperCase(Locale.ROOT);
    }
}
