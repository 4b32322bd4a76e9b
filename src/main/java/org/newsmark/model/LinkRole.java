package org.newsmark.model;

import java.util.Objects;

/**
 * A role by which an annotation of one layer links to an annotation of another (or the same)
 * layer: a quote's {@code speaker}, an event's {@code agent}.
 */
public record LinkRole(String name, String key, String targetLayer, boolean many, String description) {
    public LinkRole {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(targetLayer, "targetLayer");
        description = description == null ? "" : description;
    }
}
