package org.newsmark.ui;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.swing.JTabbedPane;

import org.newsmark.consistency.CorpusSearch;
import org.newsmark.consistency.Finding;
import org.newsmark.model.Annotation;
import org.newsmark.model.Layer;
import org.newsmark.model.Spans;
import org.newsmark.service.AnnotationEditor;
import org.newsmark.service.AnnotationSession;
import org.newsmark.service.ArticleLabels;
import org.newsmark.service.ConsistencyService;
import org.newsmark.service.FindingRepair;
import org.newsmark.service.HitMarking;
import org.newsmark.service.Workspace;

/**
 * The window's commands across the corpus and on the article as a whole: going to a search hit
 * or a finding, annotating the search hits of the open article, the Checks tab with its repairs,
 * and the article's labels. Each change is one edit of the open article's history.
 */
final class CorpusCommands {
    private final AnnotatorWindow window;
    private final TextView text;
    private final ChecksPanel checks;
    private JTabbedPane tabs;

    CorpusCommands(AnnotatorWindow window, TextView text) {
        this.window = window;
        this.text = text;
        this.checks = new ChecksPanel(this::checkMyWork, this::outline, this::goTo);
    }

    /** Adds the Checks tab to the window's bottom tabs; it checks again whenever it is chosen. */
    void addChecksTab(JTabbedPane bottomTabs) {
        tabs = bottomTabs;
        bottomTabs.addTab("Checks", checks);
        bottomTabs.addChangeListener(e -> {
            if (bottomTabs.getSelectedComponent() == checks) {
                checks.refresh();
            }
        });
    }

    private Optional<AnnotationSession> session() {
        return window.session();
    }

    // ---- search -----------------------------------------------------------------------------

    /** The text selected in the article, else the selected annotation's text, else null. */
    String selectedText() {
        String s = text.getSelectedText();
        if (s != null && !s.isBlank()) {
            return s;
        }
        return window.editor()
                .flatMap(e -> e.get(window.selectedId()))
                .map(Annotation::text)
                .orElse(null);
    }

    /** Opens an article at a search hit or a finding: the span selected in the text, the keys in the text. */
    void showHit(String doc, int start, int end) {
        if (!window.openArticle(doc) || end > window.article().length()) {
            return;
        }
        window.select(null);
        window.showMatch(new Spans.Range(start, end));
        window.toFront();
        text.requestFocus();
        window.focus().home();
    }

    /** Gives the search hits in the open article a label, as one undoable edit; the number of hits changed. */
    int annotateHits(Layer layer, String label, List<CorpusSearch.Hit> hits) {
        AnnotationEditor editor = window.editor().orElse(null);
        if (editor == null) {
            return 0;
        }
        AnnotationSession s = editor.session();
        return HitMarking.plan(layer, label, s.article(), s.current(), hits)
                .map(p -> window.edits()
                                .report(editor.applyEdit(p.edit(), p.edit().description()))
                        ? p.marked() + p.relabelled()
                        : 0)
                .orElse(0);
    }

    // ---- checks -----------------------------------------------------------------------------

    private ConsistencyService.CheckResult checkMyWork() throws IOException {
        Workspace w = window.workspace();
        if (w.articleIds().stream().noneMatch(d -> w.hasAnnotations(w.annotator(), d))) {
            return new ConsistencyService.CheckResult(List.of(), List.of()); // nothing of theirs to check yet
        }
        return w.consistency().check(Optional.of(w.annotator()));
    }

    /** Article → Consistency checks: the Checks tab, checked again, with the keys in its list. */
    void showChecks() {
        window.saveNow();
        if (tabs.getSelectedComponent() == checks) {
            checks.refresh();
        } else {
            tabs.setSelectedComponent(checks);
        }
        checks.focusTable();
    }

    /** Checks again when the Checks tab shows (after a save, or files written outside the open session). */
    void refreshChecks() {
        if (checks.isShowing()) {
            checks.refresh();
        }
    }

    /** A finding selected in the list is outlined in the text when it is in the open article. */
    private void outline(Finding f) {
        if (session().isPresent()
                && f.doc().equals(window.article().id())
                && f.end() <= window.article().length()) {
            text.setCandidate(f.start(), f.end());
            text.scrollTo(f.start(), f.end());
        }
    }

    /** Goes to a finding: its article, its annotation selected (or its text, for an unmarked one), keys in the text. */
    private void goTo(Finding f) {
        if (f.id() != null
                && window.openArticle(f.doc())
                && session().map(s -> s.current().contains(f.id())).orElse(false)) {
            window.select(f.id());
            window.focus().home();
        } else {
            showHit(f.doc(), f.start(), f.end());
        }
    }

    boolean goToSelectedFinding() {
        Finding f = checks.selected();
        if (f != null) {
            goTo(f);
        }
        return f != null;
    }

    boolean findingSelected() {
        return checks.selected() != null;
    }

    /** Applies the selected finding's repair to its article as one undoable edit; the keys stay in the list. */
    boolean repairSelectedFinding() {
        Finding f = checks.selected();
        if (f == null || !window.openArticle(f.doc()) || window.editor().isEmpty()) {
            return f != null;
        }
        AnnotationEditor editor = window.editor().get();
        AnnotationSession s = editor.session();
        FindingRepair.Result r = FindingRepair.of(f, window.workspace().schema(), s.article(), s.current());
        if (r.ok()) {
            window.edits()
                    .report(editor.applyEdit(r.edit(), "Repaired: " + r.edit().description()));
            if (r.select() != null && s.current().contains(r.select())) {
                window.select(r.select());
            }
        } else {
            window.status(r.refusal());
        }
        checks.focusTable();
        return true;
    }

    // ---- article labels ---------------------------------------------------------------------

    /** Adds a label of a layer that labels whole articles to the open article, or takes it away: one undo step. */
    void toggleArticleLabel(String layerName, String label) {
        window.editor().ifPresent(editor -> {
            Layer l = window.workspace().schema().requireLayer(layerName);
            AnnotationSession s = editor.session();
            boolean had = ArticleLabels.of(s.current(), l).contains(label);
            window.edits()
                    .report(editor.applyEdit(
                            ArticleLabels.toggle(s.current(), l, label),
                            (had ? "Removed the article label " : "Article label ") + label));
        });
        window.focus().home();
    }
}
