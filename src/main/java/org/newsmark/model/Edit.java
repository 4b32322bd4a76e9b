package org.newsmark.model;

/**
 * A change to an annotation set, as the annotator makes it: the unit of undo. Edits are pure
 * functions from one immutable set to the next, so undo restores the set the edit started from.
 */
public interface Edit {
    /** The set after the edit; throws IllegalArgumentException when the edit does not apply. */
    AnnotationSet apply(AnnotationSet set);

    /** What the edit did, for the Undo menu ("Add PERSON E3"). */
    String description();
}
