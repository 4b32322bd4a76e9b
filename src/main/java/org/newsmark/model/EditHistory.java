package org.newsmark.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The annotation set being edited, with unlimited undo and redo. Each step keeps the set before
 * and after the edit; sets share their annotations, so a step costs one list of references.
 */
public final class EditHistory {
    private record Step(Edit edit, AnnotationSet before, AnnotationSet after) {}

    private AnnotationSet current;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Consumer<AnnotationSet>> listeners = new ArrayList<>();
    private long version;

    public EditHistory(AnnotationSet initial) {
        this.current = Objects.requireNonNull(initial);
    }

    public AnnotationSet current() {
        return current;
    }

    /** Counts every change, including undo and redo, so that a saver can tell what it has written. */
    public long version() {
        return version;
    }

    public void addListener(Consumer<AnnotationSet> listener) {
        listeners.add(listener);
    }

    /** Applies an edit; an edit that changes nothing is not recorded. */
    public AnnotationSet apply(Edit edit) {
        AnnotationSet after = edit.apply(current);
        if (after.equals(current)) {
            return current;
        }
        undo.push(new Step(edit, current, after));
        redo.clear();
        set(after);
        return after;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(s -> s.edit().description());
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(s -> s.edit().description());
    }

    public void undo() {
        Step step = undo.pop();
        redo.push(step);
        set(step.before());
    }

    public void redo() {
        Step step = redo.pop();
        undo.push(step);
        set(step.after());
    }

    /**
     * Starts again from another set, without undo or redo: for when the article under the set was
     * replaced (steps recorded against the old text would not apply to the new one).
     */
    public void restart(AnnotationSet next) {
        undo.clear();
        redo.clear();
        set(Objects.requireNonNull(next));
    }

    private void set(AnnotationSet next) {
        current = next;
        version++;
        for (Consumer<AnnotationSet> l : listeners) {
            l.accept(next);
        }
    }
}
