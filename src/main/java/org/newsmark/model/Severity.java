package org.newsmark.model;

/** How bad a problem is: an error makes data unusable, a warning can be repaired automatically. */
public enum Severity {
    ERROR, WARNING;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
