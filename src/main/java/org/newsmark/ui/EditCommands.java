package org.newsmark.ui;

import java.awt.Component;
import java.awt.Cursor;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JOptionPane;

import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.Link;
import org.newsmark.model.LinkRole;
import org.newsmark.service.Adjudication;
import org.newsmark.service.AnnotationEditor;
import org.newsmark.service.CorefLinks;

/**
 * The window's editing commands: what a key, a click or the inspector asks for, carried out by
 * the session's {@link AnnotationEditor} (which holds the rules) and reported in the status bar.
 * Holds the one piece of editing state that is the window's own: a link waiting for its target.
 */
final class EditCommands implements InspectorPanel.Editor, AdjudicationPanel.Host {
    private final AnnotatorWindow window;
    private final TextView text;
    /** The role of a link started with its key, waiting for a click on the target (or null). */
    private LinkRole linkRole;

    EditCommands(AnnotatorWindow window, TextView text) {
        this.window = window;
        this.text = text;
    }

    private Optional<AnnotationEditor> editor() {
        return window.editor();
    }

    /** Shows what happened and selects what the command asks to select; true when the set changed. */
    boolean report(AnnotationEditor.Outcome o) {
        if (o.message() != null && !o.message().isBlank()) {
            window.status(o.message());
        }
        if (o.select() != null) {
            window.select(o.select());
        }
        return o.changed();
    }

    // ---- label keys and the selection ----------------------------------------------------

    /** A label key: marks the text selection in the current layer, or relabels the selected annotation. */
    boolean labelKey(String key) {
        Optional<Label> label = window.workspace()
                .schema()
                .layer(window.layer())
                .flatMap(l -> l.labels().stream()
                        .filter(x -> x.key().equalsIgnoreCase(key))
                        .findFirst());
        if (label.isEmpty() || editor().isEmpty()) {
            return label.isPresent();
        }
        if (window.suggestions().actions().acceptAs(label.get().name())) {
            return true;
        }
        applyLabel(label.get().name());
        return true;
    }

    /** Marks the text selection with a label of the current layer, or relabels the selected annotation. */
    void applyLabel(String label) {
        AnnotationEditor editor = editor().orElse(null);
        if (editor == null) {
            return;
        }
        if (window.workspace()
                .schema()
                .layer(window.layer())
                .map(Layer::marksArticles)
                .orElse(false)) {
            window.corpus().toggleArticleLabel(window.layer(), label); // a layer of article labels marks no text
            return;
        }
        Article article = editor.session().article();
        int selStart = text.getSelectionStart();
        int selEnd = text.getSelectionEnd();
        if (selStart < selEnd) {
            AnnotationEditor.Outcome o = editor.mark(
                    window.layer(),
                    label,
                    article.codePointOffset(selStart),
                    article.codePointOffset(selEnd),
                    window.snap() && !window.gestures().unsnappedSelection());
            if (o.changed()) {
                text.select(selEnd, selEnd);
            }
            report(o);
        } else if (window.selectedId() != null) {
            Annotation a = editor.get(window.selectedId()).orElse(null);
            if (a != null && !a.layer().equals(window.layer())) {
                // The layer follows the selection, so the key means a label of the selected annotation's layer.
                window.setLayer(a.layer());
            }
            report(editor.relabel(window.selectedId(), label));
        } else {
            window.status("Select text first, then press a label key");
        }
    }

    void deleteSelected() {
        String id = window.selectedId();
        AnnotationEditor editor = editor().orElse(null);
        if (id == null || editor == null) {
            return;
        }
        int links = editor.linksTo(id);
        if (links > 0 && !editor.session().readOnly()) {
            int choice = JOptionPane.showConfirmDialog(
                    window,
                    id + " is the target of " + links + " link" + (links == 1 ? "" : "s") + ". Delete it and remove "
                            + (links == 1 ? "that link" : "those links") + "?",
                    "Delete " + id,
                    JOptionPane.OK_CANCEL_OPTION,
                    JOptionPane.QUESTION_MESSAGE);
            window.focus().home();
            if (choice != JOptionPane.OK_OPTION) {
                return;
            }
        }
        if (report(editor.delete(id))) {
            window.select(null);
        }
    }

    /** Shift(+Ctrl)+arrows: moves a boundary of the selected annotation; false (the text extends its selection) when none is. */
    boolean moveBoundary(boolean start, int direction) {
        String id = window.selectedId();
        if (id == null || text.getSelectionStart() != text.getSelectionEnd() || editor().isEmpty()) {
            return false;
        }
        report(editor().get().moveBoundary(id, start, direction, window.snap()));
        return true;
    }

    boolean markAll() {
        editor().ifPresent(e -> report(e.markAll(window.selectedId())));
        return true;
    }

    void undo() {
        editor().ifPresent(e -> report(e.undo()));
    }

    void redo() {
        editor().ifPresent(e -> report(e.redo()));
    }

    /** Esc: cancels a link, leaves a field for the text, or clears the selection. */
    boolean escape() {
        if (linkRole != null) {
            cancelLink();
            window.status("Link cancelled");
            return true;
        }
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        if (FocusModel.isTyping(owner)) {
            window.leaveField(owner);
            return true;
        }
        text.select(text.getCaretPosition(), text.getCaretPosition());
        window.select(null);
        return true;
    }

    // ---- links -------------------------------------------------------------------------------

    /** A role key with an annotation of the role's layer selected: click the target, or pick it from a list. */
    boolean startLink(LinkRole role) {
        String id = window.selectedId();
        if (id == null || editor().isEmpty()) {
            return false;
        }
        if (editor().get().session().readOnly()) {
            window.status(
                    "Read-only: " + editor().get().session().readOnlyReason().orElse(""));
            return true;
        }
        linkRole = role;
        text.setCursor(Cursor.getPredefinedCursor(Cursor.CROSSHAIR_CURSOR));
        window.status("Click the " + role.targetLayer().toLowerCase(Locale.ROOT) + " that is the " + role.name()
                + " of " + id + ", or press " + role.key() + " again for a list (Esc cancels)");
        return true;
    }

    /** The same role key again while waiting for a click: pick the target from the type-ahead list instead. */
    boolean roleKeyAgain(LinkRole role) {
        if (linkRole == null || !linkRole.equals(role)) {
            return false;
        }
        cancelLink();
        String id = window.selectedId();
        Annotation a = editor().flatMap(e -> e.get(id)).orElse(null);
        if (a != null) {
            List<Picker.Item<String>> items = new ArrayList<>();
            EntityNames names = EntityNames.of(editor().get().session().current());
            for (Annotation t : targets(id, role)) {
                items.add(new Picker.Item<>(t.id(), names.describe(t), null));
            }
            List<Rectangle> rows = text.rows(a.start(), a.end());
            Point at =
                    rows.isEmpty() ? new Point(40, 40) : new Point(rows.get(0).x, rows.get(0).y + rows.get(0).height);
            Picker.open(
                    text,
                    at,
                    role.name() + " of " + id,
                    items,
                    true,
                    false,
                    target -> link(id, role.name(), target),
                    this::inspectorDone);
        }
        return true;
    }

    boolean linking() {
        return linkRole != null;
    }

    LinkRole linkRole() {
        return linkRole;
    }

    void cancelLink() {
        linkRole = null;
        text.setCursor(Cursor.getPredefinedCursor(Cursor.TEXT_CURSOR));
    }

    /** A click while a link waits for its target. */
    void completeLink(List<Annotation> here) {
        LinkRole role = linkRole;
        List<Annotation> fitting =
                here.stream().filter(a -> a.layer().equals(role.targetLayer())).toList();
        if (fitting.isEmpty()) {
            window.status("That is not a " + role.targetLayer().toLowerCase(Locale.ROOT) + ": click one (Esc cancels)");
            return;
        }
        cancelLink();
        link(window.selectedId(), role.name(), fitting.get(0).id());
    }

    /** A role key pressed with nothing (or an annotation of another layer) selected. */
    void roleKeyWithoutSource(String key) {
        window.status("Select an annotation first, then press its key (" + key + ")");
    }

    /** Links two annotations; a coref link always goes from the later mention to the earlier (see CorefLinks). */
    @Override
    public void link(String id, String role, String target) {
        editor().ifPresent(e -> {
            String layer = e.get(id).map(Annotation::layer).orElse("");
            if (!CorefLinks.isCoref(layer, role)) {
                report(e.link(id, role, target));
                return;
            }
            CorefLinks.Decision d = CorefLinks.decide(e.session().current(), id, target);
            if (d.refused()) {
                window.status(d.refusal());
            } else {
                report(e.link(d.from(), role, d.to()));
            }
        });
    }

    @Override
    public void unlink(String id, Link link) {
        editor().ifPresent(e -> report(e.unlink(id, link)));
    }

    @Override
    public void relabel(String id, String label) {
        editor().ifPresent(e -> report(e.relabel(id, label)));
    }

    @Override
    public void bounds(String id, int start, int end) {
        editor().ifPresent(e -> {
            if (!report(e.setBounds(id, start, end))) {
                window.refresh(); // the boxes show the old values again
            }
        });
    }

    @Override
    public void attribute(String id, String key, String value) {
        editor().ifPresent(e -> report(e.attribute(id, key, value)));
    }

    @Override
    public void note(String id, String note) {
        editor().ifPresent(e -> report(e.note(id, note)));
    }

    @Override
    public void select(String id) {
        window.select(id);
        window.focus().home();
    }

    @Override
    public List<Annotation> targets(String id, LinkRole role) {
        return editor().map(e -> {
                    List<Annotation> all = e.targets(id, role);
                    String layer = e.get(id).map(Annotation::layer).orElse("");
                    return CorefLinks.isCoref(layer, role.name())
                            ? CorefLinks.candidates(e.session().current(), id, all)
                            : all;
                })
                .orElse(List.of());
    }

    @Override
    public void inspectorDone() {
        window.focus().home();
    }

    // ---- adjudication ------------------------------------------------------------------------

    /**
     * Accepts candidates into gold. When some overlap a gold span of the same label, asks first:
     * replace it (the default) or keep both; never a silent second span for one mention.
     */
    @Override
    public void accept(List<Adjudication.Candidate> candidates, String preferredAnnotator) {
        Adjudication adjudication = window.adjudication();
        AnnotationEditor editor = editor().orElse(null);
        if (adjudication == null || editor == null || candidates.isEmpty()) {
            return;
        }
        var gold = editor.session().current();
        List<String> overlaps = new ArrayList<>();
        for (Adjudication.Candidate c : candidates) {
            for (Annotation g : adjudication.overlapping(gold, c)) {
                overlaps.add("“" + c.text() + "” overlaps gold " + g.id() + " “" + g.text() + "” (" + g.label() + ")");
            }
        }
        boolean replace = false;
        if (!overlaps.isEmpty()) {
            String message = String.join("\n", overlaps.subList(0, Math.min(8, overlaps.size())))
                    + (overlaps.size() > 8 ? "\n… and " + (overlaps.size() - 8) + " more" : "")
                    + "\n\nReplace the gold span" + (overlaps.size() == 1 ? "" : "s")
                    + " (keeping id and links), or keep both?";
            String[] options = {"Replace", "Keep both", "Cancel"};
            int choice = JOptionPane.showOptionDialog(
                    window,
                    message,
                    "Accept into gold",
                    JOptionPane.DEFAULT_OPTION,
                    JOptionPane.QUESTION_MESSAGE,
                    null,
                    options,
                    options[0]);
            if (choice != 0 && choice != 1) {
                return;
            }
            replace = choice == 0;
        }
        Adjudication.Accepted accepted = adjudication.accept(gold, candidates, preferredAnnotator, replace);
        report(editor.applyEdit(
                accepted.edit(),
                "Accepted " + accepted.spans() + " span" + (accepted.spans() == 1 ? "" : "s")
                        + " into gold"
                        + (accepted.droppedLinks() > 0
                                ? "; " + accepted.droppedLinks()
                                        + " link(s) left out because their target is not in gold yet"
                                : "")));
    }

    @Override
    public void preview(Adjudication.Candidate candidate) {
        text.setCandidate(candidate.start(), candidate.end());
        text.scrollTo(candidate.start(), candidate.end());
    }
}
