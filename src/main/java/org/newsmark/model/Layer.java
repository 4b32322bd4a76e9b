package org.newsmark.model;

import java.util.List;
import java.util.Locale;
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
