package org.newsmark.model;

import java.util.Optional;

/**
 * A broken rule found in a list of annotations: the index of the annotation in that list, what
 * is wrong, and for a span whose text moved, where it is now.
 */
public record Violation(int index, Severity severity, String message, Optional<Relocation> relocation) {

    public static Violation error(int index, String message) {
        return new Violation(index, Severity.ERROR, message, Optional.empty());
    }

    /** New offsets for a span whose covered text was found nearby after the article was edited. */
    public record Relocation(int start, int end) {}
}
