package org.newsmark.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;

import org.newsmark.model.Annotation;
import org.newsmark.model.Names;
import org.newsmark.service.Guidelines;
import org.newsmark.service.ImportService;
import org.newsmark.service.Workspace;

/**
 * The window's commands that open something: find, the guidelines, the key table, import,
 * export, progress, training mode's check, and the adjudication window. After each, the keys go
 * back to the text.
 */
final class WindowCommands {
    private final AnnotatorWindow window;
    private GuidelinesWindow guidelines;
    private SearchDialog search;

    WindowCommands(AnnotatorWindow window) {
        this.window = window;
    }

    void showFind() {
        window.findBar().setVisible(true);
        window.findBar().revalidate();
        window.focus().focusField(window.findBar().field());
        window.findBar().field().selectAll();
    }

    /** Edit → Search corpus…: the search window, with the text selected in the article as the query. */
    void showSearch() {
        if (search == null) {
            search = new SearchDialog(window);
        }
        search.open(window.corpus().selectedText());
    }

    void focusArticleFilter() {
        window.focus().focusField(window.articleFilter());
    }

    void showKeys() {
        KeysDialog.show(window, window.bindings(), false);
        window.focus().home();
    }

    void editKeys() {
        KeysDialog.show(window, window.bindings(), true);
        window.focus().home();
    }

    private GuidelinesWindow guidelines() {
        if (guidelines == null) {
            guidelines = new GuidelinesWindow(
                    window, Guidelines.forProject(window.workspace().root()));
        }
        return guidelines;
    }

    void showGuidelines() {
        String label = window.editor()
                .flatMap(e -> e.get(window.selectedId()))
                .map(Annotation::label)
                .orElse(null);
        guidelines().openAt(label);
    }

    /** Opens the guidelines at a "file#anchor" link. */
    void showGuidelinesAt(String link) {
        if (link != null && !link.isEmpty()) {
            guidelines().openLink(link);
        }
    }

    void dispose() {
        if (search != null) {
            search.dispose();
        }
        if (guidelines != null) {
            guidelines.dispose();
        }
    }

    void updateTheme() {
        if (guidelines != null) {
            SwingUtilities.updateComponentTreeUI(guidelines);
        }
        if (search != null) {
            SwingUtilities.updateComponentTreeUI(search);
        }
    }

    void showProgress() {
        window.saveNow();
        new ProgressWindow(window, window.workspace()).setVisible(true);
    }

    /** File → Export workbook…: the agreement workbook, written in the background with progress and cancel. */
    void exportWorkbook() {
        window.saveNow();
        ExportWorkbookDialog.start(window, window.workspace(), window::status);
    }

    /**
     * File → Adjudicate gold…: the same project's gold standard in a second window, with the
     * annotators' spans to accept.
     */
    void openAdjudication() {
        window.saveNow();
        Workspace gold = window.workspace().as(Names.GOLD);
        AnnotatorWindow w = new AnnotatorWindow(gold, window.prefs());
        w.setLocation(window.getX() + 40, window.getY() + 40);
        w.setVisible(true);
        window.session().ifPresent(s -> w.openArticle(s.article().id()));
        if (w.session().isEmpty()) {
            window.articleIds().stream().findFirst().ifPresent(w::openArticle);
        }
    }

    /**
     * Training mode's "Check my work": only once the article is marked done (the reference stays
     * hidden until then), the differences from gold are drawn in the text and listed with their
     * explanations and guideline sections, under a score card.
     */
    void checkWork() {
        if (window.session().isEmpty()) {
            return;
        }
        if (!window.isDone()) {
            JOptionPane.showMessageDialog(
                    window,
                    "Mark the article done first (Article → Done, Ctrl+D).\n"
                            + "The reference stays hidden until you have finished.",
                    "Check my work",
                    JOptionPane.INFORMATION_MESSAGE);
            window.focus().home();
            return;
        }
        window.saveNow();
        try {
            TrainingFeedback.Result r = TrainingFeedback.check(window.workspace(), window.article());
            window.showFeedback(r);
            window.status(r.findings().size() + " difference(s) from the reference");
        } catch (TrainingFeedback.NoReferenceException e) {
            JOptionPane.showMessageDialog(window, e.getMessage(), "Check my work", JOptionPane.INFORMATION_MESSAGE);
        }
        window.focus().home();
    }

    /**
     * File → Import: text, Word, HTML, CSV corpora and brat files or folders, imported off the
     * event thread; the report lists what was imported and what was skipped, and why.
     */
    void importArticles() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Import articles (text, Word, HTML, CSV corpus, brat)");
        chooser.setMultiSelectionEnabled(true);
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        if (chooser.showOpenDialog(window) != JFileChooser.APPROVE_OPTION) {
            window.focus().home();
            return;
        }
        List<Path> paths =
                Arrays.stream(chooser.getSelectedFiles()).map(File::toPath).toList();
        window.status("Importing " + paths.size() + " item(s)…");
        new SwingWorker<ImportService.Report, Void>() {
            @Override
            protected ImportService.Report doInBackground() {
                return window.workspace().importer().importPaths(paths, ImportService.Options.DEFAULT);
            }

            @Override
            protected void done() {
                try {
                    report(get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    window.status("Import failed: " + e.getCause().getMessage());
                }
                window.focus().home();
            }
        }.execute();
    }

    private void report(ImportService.Report r) {
        StringBuilder b = new StringBuilder();
        r.imported()
                .forEach(i -> b.append("imported ")
                        .append(i.source().getFileName())
                        .append(" as ")
                        .append(i.doc())
                        .append(i.how() == null || i.how().isEmpty() ? "" : " (" + i.how() + ")")
                        .append('\n'));
        r.skipped()
                .forEach(s -> b.append("skipped ")
                        .append(s.source().getFileName())
                        .append(": ")
                        .append(s.reason())
                        .append('\n'));
        r.problems().forEach(p -> b.append(p).append('\n'));
        window.refreshArticles();
        window.status(r.imported().size() + " imported, " + r.skipped().size() + " skipped");
        JTextArea text = new JTextArea(b.toString(), 12, 70);
        text.setEditable(false);
        JOptionPane.showMessageDialog(
                window,
                new JScrollPane(text),
                "Import",
                r.clean() ? JOptionPane.INFORMATION_MESSAGE : JOptionPane.WARNING_MESSAGE);
    }
}
