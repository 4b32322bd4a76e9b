package org.newsmark.model;

import java.util.Locale;

/** How bad a problem is: an error makes data unusable, a warning can be repaired automatically. */
public enum Severity {
    ERROR,
    WARNING;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
