package org.newsmark.training;

import java.util.Locale;

/** The classes of a trainee's errors against a reference, in the order a scorecard lists them. */
public enum ErrorKind {
    MISSED("missed"),
    SPURIOUS("spurious"),
    WRONG_LABEL("wrong label"),
    BOUNDARY_TOO_WIDE("boundary too wide"),
    BOUNDARY_TOO_NARROW("boundary too narrow"),
    BOUNDARY_SHIFTED("boundary shifted"),
    WRONG_SPEAKER("wrong speaker"),
    MISSING_SPEAKER("missing speaker"),
    WRONG_ARGUMENT("wrong argument"),
    MISSING_ARGUMENT("missing argument"),
    WRONG_ATTRIBUTE("wrong attribute"),
    MISSING_LINK("missing coreference link"),
    WRONG_ENTITY("wrong entity"),
    SPLIT_ENTITY("split entity"),
    MERGED_ENTITIES("merged entities");

    private final String title;

    ErrorKind(String title) {
        this.title = title;
    }

    /** The words people read: {@code boundary too wide}. */
    public String title() {
        return title;
    }

    /** The id in CSV files: {@code boundary_too_wide}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An error of the coreference chains: missing link, wrong entity, split, merged. */
    public boolean isChain() {
        return this == MISSING_LINK || this == WRONG_ENTITY || this == SPLIT_ENTITY || this == MERGED_ENTITIES;
    }

    public boolean isBoundary() {
        return this == BOUNDARY_TOO_WIDE || this == BOUNDARY_TOO_NARROW || this == BOUNDARY_SHIFTED;
    }
}
