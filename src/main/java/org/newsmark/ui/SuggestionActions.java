package org.newsmark.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

import org.newsmark.model.Edit;
import org.newsmark.model.Schema;
import org.newsmark.service.AnnotationEditor;
import org.newsmark.service.RejectedSuggestions;
import org.newsmark.suggest.Suggester;
import org.newsmark.suggest.Suggestion;

/**
 * What the suggestion keys of the key table do: walk the suggestions, accept one (with its links,
 * or under another label) or all of one recommender, each as one undoable edit of the session's
 * editor, and reject one. In training mode, with suggestions hidden or in a read-only file, they
 * do nothing but say why in the status bar.
 */
final class SuggestionActions {
    private final SuggestionsController c;
    private final AnnotatorWindow window;
    private final TextView text;

    SuggestionActions(SuggestionsController c, AnnotatorWindow window, TextView text) {
        this.c = c;
        this.window = window;
        this.text = text;
    }

    /** Next (1) or previous (-1) suggestion: selects it, with its layer, and scrolls to it. */
    boolean step(int direction) {
        if (!available()) {
            return true;
        }
        List<Suggestion> list = c.visible();
        if (list.isEmpty()) {
            window.status(c.computing() ? "Suggestions are being computed…" : "No suggestions in this article");
            return true;
        }
        int at = c.selected().map(list::indexOf).orElse(-1);
        int next;
        if (at >= 0) {
            next = Math.floorMod(at + direction, list.size());
        } else if (direction > 0) {
            next = indexAfter(list, c.cursor());
        } else {
            next = indexBefore(list, c.cursor());
        }
        select(list.get(next), next, list.size());
        return true;
    }

    private static int indexAfter(List<Suggestion> list, int offset) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).start() > offset) {
                return i;
            }
        }
        return 0;
    }

    private static int indexBefore(List<Suggestion> list, int offset) {
        int found = list.size() - 1;
        for (int i = 0; i < list.size(); i++) {
            if (offset >= 0 && list.get(i).start() < offset) {
                found = i;
            }
        }
        return offset < 0 ? list.size() - 1 : found;
    }

    private void select(Suggestion s, int index, int of) {
        window.select(null);
        text.select(text.getCaretPosition(), text.getCaretPosition());
        c.select(s.key(), s.start());
        window.setLayer(s.layer());
        text.scrollTo(s.start(), s.end());
        text.repaint();
        // Short: the status bar drops a message that does not fit.
        window.status("Suggestion " + (index + 1) + "/" + of + ": " + s.label() + " “" + shorten(s.text())
                + "” ("
                + s.recommender() + ")");
    }

    /** Whether the keys may act: suggestions active; otherwise they do nothing but say why. */
    private boolean available() {
        if (c.session() == null) {
            return false;
        }
        if (c.training()) {
            window.status("Training mode: no suggestions");
            return false;
        }
        if (!c.active()) {
            window.status(
                    c.session().readOnly()
                            ? "Read-only: no suggestions"
                            : "Suggestions are hidden (View → Show suggestions)");
            return false;
        }
        return true;
    }

    /** Accepts the selected suggestion with what it links to: one undoable edit. */
    boolean accept() {
        if (!available()) {
            return true;
        }
        Optional<Suggestion> s = selectedOrSay();
        s.ifPresent(x -> apply(
                x,
                c.batch().accept(List.of(x.key()), schema()),
                "Accepted " + x.label() + " “" + shorten(x.text()) + "”"));
        return true;
    }

    /** A label key with a suggestion selected (and no text selected): accepts it under that label. */
    boolean acceptAs(String label) {
        if (!c.active() || text.getSelectionStart() != text.getSelectionEnd()) {
            return false;
        }
        Optional<Suggestion> s = c.selected();
        if (s.isEmpty() || schema().label(s.get().layer(), label).isEmpty()) {
            return false;
        }
        Suggestion x = s.get();
        apply(x, c.batch().acceptAs(x.key(), label, schema()), "Accepted “" + shorten(x.text()) + "” as " + label);
        return true;
    }

    /** Accepts every suggestion of the selected one's recommender in the article: one undoable edit. */
    boolean acceptAll() {
        if (!available()) {
            return true;
        }
        Optional<Suggestion> s = selectedOrSay();
        if (s.isPresent()) {
            String recommender = s.get().recommender();
            Set<String> shown =
                    new HashSet<>(c.visible().stream().map(Suggestion::key).toList());
            List<String> keys = c.batch().keysOf(recommender).stream()
                    .filter(k -> shown.contains(k) || c.batch().link(k).isPresent())
                    .toList();
            apply(
                    s.get(),
                    c.batch().accept(keys, schema()),
                    "Accepted " + keys.size() + " suggestion" + (keys.size() == 1 ? "" : "s") + " of " + recommender);
        }
        return true;
    }

    /** Rejects the selected suggestion: hidden now, and not offered again in this article. */
    boolean reject() {
        if (!available()) {
            return true;
        }
        Optional<Suggestion> s = selectedOrSay();
        if (s.isPresent()) {
            Suggester.Rejection r = Suggester.Rejection.of(s.get());
            c.rejectNow(r);
            c.select(null, s.get().start());
            String annotator = window.workspace().annotator();
            String doc = c.session().article().id();
            RejectedSuggestions file = c.rejections();
            CompletableFuture.runAsync(() -> {
                        try {
                            file.add(annotator, doc, List.of(r));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .whenComplete((v, e) -> SwingUtilities.invokeLater(() -> window.status(
                            e == null
                                    ? "Rejected " + s.get().label() + " “"
                                            + shorten(s.get().text()) + "”: not offered again here"
                                    : "Rejected for now, but it could not be recorded: "
                                            + SuggestionsController.rootMessageOf(e))));
        }
        return true;
    }

    private Optional<Suggestion> selectedOrSay() {
        Optional<Suggestion> s = c.selected();
        if (s.isEmpty()) {
            window.status("Select a suggestion first (" + keyOf("nextSuggestion") + ")");
        }
        return s;
    }

    private String keyOf(String action) {
        List<KeyStroke> keys = window.bindings().keys(action);
        return keys.isEmpty() ? "Annotate → Next suggestion" : KeyTable.text(keys.get(0));
    }

    private void apply(Suggestion s, Edit edit, String message) {
        AnnotationEditor editor = window.editor().orElse(null);
        if (editor == null) {
            return;
        }
        AnnotationEditor.Outcome o = editor.applyEdit(edit, message);
        window.status(o.message());
        if (o.changed()) {
            c.select(null, s.start());
            // The accepted annotation is selected, with its links drawn.
            c.session().current().annotations().stream()
                    .filter(a -> a.layer().equals(s.layer()) && a.start() == s.start() && a.end() == s.end())
                    .findFirst()
                    .ifPresent(a -> window.select(a.id()));
        }
    }

    private static String shorten(String s) {
        return SuggestionsController.shorten(s);
    }

    private Schema schema() {
        return window.workspace().schema();
    }
}
