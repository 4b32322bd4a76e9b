package org.newsmark.model;

import java.util.Objects;

/** A label of a layer: its name, the key that applies it, its colour (#RRGGBB) and a one-line description. */
public record Label(String name, String key, String color, String description) {
    public Label {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(color, "color");
        description = description == null ? "" : description;
    }

    /** The colour as an RGB integer. */
    public int rgb() {
        return Integer.parseInt(color.substring(1), 16);
    }
}
