package org.newsmark.ui;

import javax.swing.JDialog;
import javax.swing.JOptionPane;

import org.newsmark.service.AnnotationSession;

/**
 * What the window shows of saving: the save state in the status bar and the title, a dialog
 * (once) when saving fails, and one question per change on disk: keep the edits in memory,
 * overwrite (after moving them onto an edited article), or reload.
 */
final class SaveStates {
    private final AnnotatorWindow window;
    /** Whether the failure or conflict now going on was shown already. */
    private boolean shown;

    SaveStates(AnnotatorWindow window) {
        this.window = window;
    }

    /** A new session: nothing shown yet. */
    void reset() {
        shown = false;
    }

    void changed(AnnotationSession.SaveState state) {
        AnnotationSession.SaveState.Kind kind = state.kind();
        window.statusBar()
                .save(
                        state.message(),
                        kind == AnnotationSession.SaveState.Kind.FAILED
                                || kind == AnnotationSession.SaveState.Kind.CONFLICT);
        window.updateTitle();
        if (window.session().isEmpty()) {
            return;
        }
        if (kind == AnnotationSession.SaveState.Kind.SAVED) {
            shown = false;
            window.savedRow();
        } else if (kind == AnnotationSession.SaveState.Kind.FAILED && !shown) {
            shown = true;
            JOptionPane pane = new JOptionPane(state.message(), JOptionPane.WARNING_MESSAGE);
            JDialog dialog = pane.createDialog(window, "Cannot save");
            dialog.setName("saveFailed");
            dialog.setModal(false);
            dialog.setVisible(true);
        } else if (kind == AnnotationSession.SaveState.Kind.CONFLICT && !shown) {
            shown = true;
            askAboutConflict(state);
        }
    }

    /** A file (or the article) changed on disk: keep the edits in memory, overwrite, or reload. */
    private void askAboutConflict(AnnotationSession.SaveState state) {
        AnnotationSession asked = window.session().orElseThrow();
        int choice = JOptionPane.showOptionDialog(
                window,
                state.message(),
                "File changed on disk",
                JOptionPane.DEFAULT_OPTION,
                JOptionPane.WARNING_MESSAGE,
                null,
                new String[] {"Keep my edits in memory", "Overwrite with my edits", "Reload from disk"},
                "Keep my edits in memory");
        if (window.session().orElse(null) != asked) {
            return; // the article was left meanwhile
        }
        if (choice == 1) {
            AnnotationSession.Overwrite o = asked.overwriteExternalChange();
            window.status(o.message());
            if (!o.started()) {
                JOptionPane.showMessageDialog(window, o.message(), "Not overwritten", JOptionPane.WARNING_MESSAGE);
            } else {
                shown = false;
                if (o.articleReplaced()) {
                    window.showReplacedArticle();
                }
            }
        } else if (choice == 2) {
            window.reload();
        }
        window.focus().home();
    }
}
