package org.newsmark.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A layer of annotation (entities, quotes, events): its labels and the link roles of its annotations. */
public record Layer(String name, String key, List<Label> labels, List<LinkRole> roles) {
    public Layer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        labels = List.copyOf(labels);
        roles = List.copyOf(roles);
    }

    public Optional<Label> label(String labelName) {
        return labels.stream().filter(l -> l.name().equals(labelName)).findFirst();
    }

    public Optional<LinkRole> role(String roleName) {
        return roles.stream().filter(r -> r.name().equals(roleName)).findFirst();
    }

    /** The prefix of new annotation ids in this layer: its key, upper case. */
    public String idPrefix() {
        return key.toUpperCase(java.util.Locale.ROOT);
    }
}
