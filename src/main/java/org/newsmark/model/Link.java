package org.newsmark.model;

import java.util.Objects;

/** A link from an annotation to another one in the same set, under a role ({@code speaker=E3}). */
public record Link(String role, String target) {
    public Link {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public String toString() {
        return role + "=" + target;
    }
}
