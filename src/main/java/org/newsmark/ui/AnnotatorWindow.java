package org.newsmark.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.ActionMap;
import javax.swing.BorderFactory;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.text.DefaultEditorKit;
import org.newsmark.model.FormatException;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Edit;
import org.newsmark.model.Edits;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.Link;
import org.newsmark.model.LinkRole;
import org.newsmark.model.Spans;
import org.newsmark.service.Adjudication;
import org.newsmark.service.AnnotationSession;
import org.newsmark.service.Guidelines;
import org.newsmark.service.ImportService;
import org.newsmark.service.Workspace;

/**
 * The annotator's window: article list, the text with its annotations, the label palette, the
 * annotation table, the inspector and the status bar. It holds no data of its own: it shows the
 * session's annotation set and changes it only through edits, which is also how undo works.
 */
final class AnnotatorWindow extends JFrame implements InspectorPanel.Editor, FindBar.Target, AdjudicationPanel.Host {
    private final Workspace workspace;
    private final Prefs prefs;
    private final TextView text = new TextView();
    private final ArticleListPanel articles;
    private final AnnotationTablePanel table;
    private final InspectorPanel inspector;
    private final PalettePanel palette;
    private final StatusBar status = new StatusBar();
    private final FindBar findBar;
    private final JPanel banner = new JPanel(new BorderLayout());
    private final JSplitPane outer;
    private final JSplitPane inner;
    private final JSplitPane center;
    private final Menus menus;
    /** Present when the window edits gold: the annotators' spans to accept. */
    private final AdjudicationPanel adjudicationPanel;
    private Adjudication adjudication;
    private final JTabbedPane bottomTabs = new JTabbedPane();
    private final FeedbackPanel feedbackPanel;

    private AnnotationSession session;
    private String layer;
    private String selectedId;
    private LinkRole linkRole;
    private boolean snap;
    private boolean altSelect;
    private int lastClickOffset = -1;
    private int clickCycle;
    private boolean failureShown;
    /** Whether the open article is marked done; read once per article, not per refresh. */
    private boolean done;
    private GuidelinesWindow guidelinesWindow;

    AnnotatorWindow(Workspace workspace, Prefs prefs) {
        super("Newsmark");
        this.workspace = workspace;
        this.prefs = prefs;
        this.snap = prefs.snapToWords();
        this.layer = workspace.schema().layers().get(0).name();
        setName("annotator");
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        articles = new ArticleListPanel(this::openArticle);
        table = new AnnotationTablePanel(this::select);
        inspector = new InspectorPanel(this);
        palette = new PalettePanel(this::setLayer, this::applyLabel);
        findBar = new FindBar(this);
        findBar.setVisible(false);

        text.setFont(textFont(prefs.fontSize()));
        JScrollPane textScroll = new JScrollPane(text);
        textScroll.getVerticalScrollBar().setUnitIncrement(24);
        JPanel top = new JPanel(new BorderLayout());
        JPanel north = new JPanel(new BorderLayout());
        north.add(palette, BorderLayout.NORTH);
        north.add(banner, BorderLayout.CENTER);
        north.add(findBar, BorderLayout.SOUTH);
        banner.setName("banner");
        banner.setVisible(false);
        top.add(north, BorderLayout.NORTH);
        top.add(textScroll, BorderLayout.CENTER);
        adjudicationPanel = workspace.annotator().equals(Names.GOLD) ? new AdjudicationPanel(this) : null;
        feedbackPanel = new FeedbackPanel(f -> {
            text.setCandidate(f.start(), f.end());
            text.scrollTo(Annotation.span("finding", "", "", f.start(), f.end(), ""));
        }, f -> showGuidelinesAt(f.guideline()));
        bottomTabs.setName("bottomTabs");
        if (adjudicationPanel != null) {
            bottomTabs.addTab("To adjudicate", adjudicationPanel);
            bottomTabs.addTab("Gold annotations", table);
        } else {
            bottomTabs.addTab("Annotations", table);
        }
        center = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top, bottomTabs);
        center.setResizeWeight(0.72);
        inner = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, center, inspector);
        inner.setResizeWeight(1.0);
        outer = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, articles, inner);
        add(outer, BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
        menus = new Menus(this);
        setJMenuBar(menus.bar());
        bindTextKeys();
        bindMouse();
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                closeWindow();
            }
        });
        palette.show(workspace.schema(), layer);
        status.who(workspace.annotator());
        setMinimumSize(new Dimension(800, 500));
        setSize(1280, 860);
        prefs.bounds().ifPresent(this::setBounds);
        outer.setDividerLocation(prefs.divider("outer", 260));
        inner.setDividerLocation(prefs.divider("inner", Math.max(400, getWidth() - 260 - 360)));
        center.setDividerLocation(prefs.divider("center", (int) (getHeight() * 0.62)));
        refreshArticles();
    }

    // ---- fonts and theme ---------------------------------------------------------------

    static Font textFont(float size) {
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        String family = Arrays.asList(families).contains("DejaVu Sans") ? "DejaVu Sans" : Font.DIALOG;
        return new Font(family, Font.PLAIN, Math.round(size));
    }

    void changeFontSize(float delta) {
        float size = Math.max(9f, Math.min(40f, text.getFont().getSize2D() + delta));
        text.setFont(textFont(size));
        prefs.fontSize(size);
        text.repaint();
    }

    void setDark(boolean dark) {
        prefs.dark(dark);
        SwingLauncher.applyTheme(dark);
        SwingUtilities.updateComponentTreeUI(this);
        text.setDark(dark);
        if (guidelinesWindow != null) {
            SwingUtilities.updateComponentTreeUI(guidelinesWindow);
        }
        refresh();
    }

    boolean snap() {
        return snap;
    }

    void setSnap(boolean on) {
        snap = on;
        prefs.snapToWords(on);
    }

    // ---- articles ------------------------------------------------------------------------

    Workspace workspace() {
        return workspace;
    }

    Optional<AnnotationSession> session() {
        return Optional.ofNullable(session);
    }

    void refreshArticles() {
        try {
            articles.setArticles(workspace.articles());
        } catch (IOException e) {
            status.message("cannot list articles: " + e.getMessage());
        }
        if (session != null) {
            articles.select(session.article().id());
        }
    }

    /** Opens an article, saving the current one first; returns false when the user stays. */
    boolean openArticle(String doc) {
        if (session != null && session.article().id().equals(doc)) {
            return true;
        }
        if (!leaveSession()) {
            if (session != null) {
                articles.select(session.article().id());
            }
            return false;
        }
        Article article;
        try {
            article = workspace.article(doc);
        } catch (FormatException e) {
            status.message(e.getMessage());
            JOptionPane.showMessageDialog(this, e.problems().stream().map(Problem::toString)
                    .collect(Collectors.joining("\n")), "Cannot open " + doc, JOptionPane.ERROR_MESSAGE);
            return false;
        }
        session = workspace.openSession(article);
        done = workspace.info(doc).status() == Workspace.Status.DONE;
        failureShown = false;
        selectedId = null;
        linkRole = null;
        text.show(article, session.current(), workspace.schema());
        hideFeedback();
        session.history().addListener(set -> SwingUtilities.invokeLater(this::refresh));
        session.setListener(state -> SwingUtilities.invokeLater(() -> saveStateChanged(state)));
        showBanner();
        if (adjudicationPanel != null) {
            try {
                adjudication = workspace.adjudication(article);
                adjudicationPanel.load(adjudication, session.current());
            } catch (IOException e) {
                status.message("cannot read the annotators' files: " + e.getMessage());
            }
        }
        prefs.lastArticle(workspace.root().toString(), doc);
        articles.select(doc);
        refresh();
        text.requestFocusInWindow();
        return true;
    }

    /** Saves and closes the current session; false when saving failed and the user chose to stay. */
    private boolean leaveSession() {
        if (session == null) {
            return true;
        }
        if (!session.flush() && session.dirty()) {
            int choice = JOptionPane.showOptionDialog(this, "Your last edits to " + session.article().id()
                            + " could not be saved:\n" + session.state().message(), "Unsaved edits",
                    JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null,
                    new String[] {"Stay and keep them", "Leave and discard them"}, "Stay and keep them");
            if (choice != 1) {
                return false;
            }
        }
        session.close();
        articles.update(workspace.info(session.article().id()));
        session = null;
        return true;
    }

    private void showBanner() {
        banner.removeAll();
        if (session != null && session.readOnly()) {
            StringBuilder b = new StringBuilder("<html><b>Read-only:</b> ")
                    .append(escape(session.readOnlyReason().orElse("")));
            for (Problem p : session.problems().stream().limit(12).toList()) {
                b.append("<br>").append(escape(p.toString()));
            }
            if (session.problems().size() > 12) {
                b.append("<br>… and ").append(session.problems().size() - 12).append(" more (run newsmark validate)");
            }
            JLabel l = new JLabel(b.append("</html>").toString());
            l.setName("bannerText");
            l.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
            banner.add(l, BorderLayout.CENTER);
            banner.setBackground(new Color(0xFF, 0xF3, 0xC4));
            l.setForeground(new Color(0x5A, 0x40, 0x00));
            banner.setVisible(true);
        } else {
            banner.setVisible(false);
        }
        banner.revalidate();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    void setDone(boolean done) {
        if (session == null) {
            return;
        }
        session.flush();
        try {
            workspace.setDone(session.article().id(), done);
            this.done = done;
            if (!done) {
                hideFeedback();
            }
            articles.update(workspace.info(session.article().id()));
            status.message(done ? "Marked done" : "Reopened");
            menus.update();
        } catch (IOException e) {
            status.message("cannot record the status: " + e.getMessage());
        }
    }

    boolean isDone() {
        return session != null && done;
    }

    void stepArticle(int direction) {
        try {
            List<String> ids = workspace.articleIds();
            if (ids.isEmpty()) {
                return;
            }
            int i = session == null ? -1 : ids.indexOf(session.article().id());
            openArticle(ids.get(Math.floorMod(i + direction, ids.size())));
        } catch (IOException e) {
            status.message(e.getMessage());
        }
    }

    // ---- refresh -------------------------------------------------------------------------

    private void refresh() {
        if (session == null) {
            setTitle("Newsmark — " + workspace.annotator());
            return;
        }
        AnnotationSet set = session.current();
        if (selectedId != null && !set.contains(selectedId)) {
            selectedId = null;
        }
        text.setAnnotations(set);
        text.setSelectedId(selectedId);
        table.setAnnotations(set, workspace.schema(), selectedId);
        if (adjudicationPanel != null) {
            adjudicationPanel.refresh(set);
        }
        inspector.show(set.get(selectedId).orElse(null), set, workspace.schema(), session.readOnly());
        StringBuilder counts = new StringBuilder(session.article().id() + "   ");
        for (Layer l : workspace.schema().layers()) {
            counts.append(title(l.name())).append(' ').append(set.inLayer(l.name()).size()).append("   ");
        }
        status.counts(counts.toString().trim());
        updateTitle();
        menus.update();
    }

    private static String title(String layerName) {
        return Layers.plural(layerName);
    }

    private void updateTitle() {
        String t = "Newsmark — " + (session == null ? "" : session.article().id() + " — ") + workspace.annotator()
                + (adjudicationPanel != null ? " (adjudication)" : "");
        if (session != null && session.readOnly()) {
            t += " (read-only)";
        } else if (session != null && session.dirty()) {
            t += " •";
        }
        setTitle(t);
    }

    private void saveStateChanged(AnnotationSession.SaveState state) {
        status.save(state.message(), state.kind() == AnnotationSession.SaveState.Kind.FAILED
                || state.kind() == AnnotationSession.SaveState.Kind.CONFLICT);
        updateTitle();
        if (state.kind() == AnnotationSession.SaveState.Kind.SAVED && session != null) {
            failureShown = false;
            boolean exists = workspace.hasAnnotations(workspace.annotator(), session.article().id());
            articles.update(new Workspace.ArticleInfo(session.article().id(), isDone() ? Workspace.Status.DONE
                    : exists ? Workspace.Status.IN_PROGRESS : Workspace.Status.NOT_STARTED, session.current().size()));
        } else if (state.kind() == AnnotationSession.SaveState.Kind.FAILED && !failureShown) {
            failureShown = true;
            JOptionPane pane = new JOptionPane(state.message(), JOptionPane.WARNING_MESSAGE);
            JDialog dialog = pane.createDialog(this, "Cannot save");
            dialog.setName("saveFailed");
            dialog.setModal(false);
            dialog.setVisible(true);
        } else if (state.kind() == AnnotationSession.SaveState.Kind.CONFLICT && !failureShown && session != null) {
            failureShown = true;
            int choice = JOptionPane.showOptionDialog(this, state.message(), "File changed on disk",
                    JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null,
                    new String[] {"Keep my edits in memory", "Overwrite with my edits", "Reload from disk"},
                    "Keep my edits in memory");
            if (choice == 1) {
                failureShown = false;
                session.overwriteExternalChange();
            } else if (choice == 2) {
                String doc = session.article().id();
                session.close();
                session = null;
                openArticle(doc);
            }
        }
    }

    // ---- selection and editing -----------------------------------------------------------

    @Override
    public void select(String id) {
        selectedId = id;
        text.setSelectedId(id);
        if (session != null) {
            AnnotationSet set = session.current();
            table.select(id);
            inspector.show(set.get(id).orElse(null), set, workspace.schema(), session.readOnly());
            set.get(id).ifPresent(a -> {
                text.scrollTo(a);
                if (!a.layer().equals(layer)) {
                    layer = a.layer();
                    palette.show(workspace.schema(), layer);
                }
            });
        }
        menus.update();
    }

    String selectedId() {
        return selectedId;
    }

    String layer() {
        return layer;
    }

    void setLayer(String name) {
        if (!name.equals(layer)) {
            layer = name;
            palette.show(workspace.schema(), layer);
        }
        status.message("Layer: " + name);
    }

    private boolean editable() {
        if (session == null) {
            return false;
        }
        if (session.readOnly()) {
            status.message("Read-only: " + session.readOnlyReason().orElse(""));
            return false;
        }
        return true;
    }

    /** Applies an edit; returns false (and says why) when it does not apply. */
    boolean apply(Edit edit) {
        if (!editable()) {
            return false;
        }
        try {
            session.apply(edit);
            return true;
        } catch (IllegalArgumentException e) {
            status.message(e.getMessage());
            return false;
        }
    }

    /** The label key: create a span from the text selection, or relabel the selected annotation. */
    void applyLabel(String label) {
        if (!editable()) {
            return;
        }
        Article article = session.article();
        int selStart = text.getSelectionStart();
        int selEnd = text.getSelectionEnd();
        if (selStart < selEnd) {
            int s = article.codePointOffset(selStart);
            int e = article.codePointOffset(selEnd);
            Spans.Range r = snap ? Spans.snapToWords(article, s, e) : Spans.trim(article, s, e);
            if (r.isEmpty()) {
                status.message("Nothing to mark: the selection is only white space");
                return;
            }
            AnnotationSet set = session.current();
            Optional<Annotation> same = set.annotations().stream().filter(a -> a.layer().equals(layer)
                    && a.label().equals(label) && a.start() == r.start() && a.end() == r.end()).findFirst();
            if (same.isPresent()) {
                status.message(same.get().id() + " already marks this span");
                select(same.get().id());
                return;
            }
            Layer l = workspace.schema().requireLayer(layer);
            String id = set.nextId(l.idPrefix());
            if (apply(Edits.add(Annotation.span(id, layer, label, r.start(), r.end(), article.slice(r.start(), r.end()))))) {
                text.select(selEnd, selEnd);
                status.message("Added " + label + " " + id);
                select(id);
            }
        } else if (selectedId != null) {
            Annotation a = session.current().get(selectedId).orElse(null);
            if (a != null && workspace.schema().label(a.layer(), label).isPresent() && !a.label().equals(label)) {
                apply(Edits.relabel(a.id(), label));
                status.message("Relabelled " + a.id() + " as " + label);
            }
        } else {
            status.message("Select text first, then press a label key");
        }
    }

    void labelKey(String key) {
        workspace.schema().layer(layer).flatMap(l -> l.labels().stream().filter(x -> x.key().equals(key)).findFirst())
                .map(Label::name).ifPresent(this::applyLabel);
    }

    void deleteSelected() {
        if (selectedId == null || !editable()) {
            return;
        }
        String id = selectedId;
        int links = Edits.linksTo(session.current(), id);
        if (links > 0) {
            int choice = JOptionPane.showConfirmDialog(this, id + " is the target of " + links + " link"
                    + (links == 1 ? "" : "s") + ". Delete it and remove " + (links == 1 ? "that link" : "those links") + "?",
                    "Delete " + id, JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE);
            if (choice != JOptionPane.OK_OPTION) {
                return;
            }
        }
        if (apply(Edits.remove(id))) {
            selectedId = null;
            status.message("Deleted " + id + (links > 0 ? " and " + links + " link" + (links == 1 ? "" : "s") + " to it" : ""));
            refresh();
        }
    }

    /** Moves the start (or end) boundary of the selected annotation by a word, or a character without snapping. */
    void adjustBoundary(boolean start, int direction) {
        Annotation a = session == null || selectedId == null ? null : session.current().get(selectedId).orElse(null);
        if (a == null || !editable()) {
            return;
        }
        Article article = session.article();
        int s = a.start();
        int e = a.end();
        if (start) {
            s = Spans.step(article, s, direction, snap);
        } else {
            e = Spans.step(article, e, direction, snap);
        }
        if (s >= e) {
            status.message("A span cannot be empty");
            return;
        }
        Spans.Range r = Spans.trim(article, s, e);
        if (r.isEmpty() || (r.start() == a.start() && r.end() == a.end())) {
            return;
        }
        apply(Edits.bounds(a.id(), r.start(), r.end(), article));
    }

    void roleKey(String key) {
        Annotation a = session == null || selectedId == null ? null : session.current().get(selectedId).orElse(null);
        if (a == null) {
            status.message("Select a quote or an event first, then press a role key");
            return;
        }
        Optional<LinkRole> role = workspace.schema().layer(a.layer())
                .flatMap(l -> l.roles().stream().filter(r -> r.key().equalsIgnoreCase(key)).findFirst());
        if (role.isEmpty()) {
            status.message(a.layer() + " has no role with key " + key);
            return;
        }
        if (!editable()) {
            return;
        }
        linkRole = role.get();
        text.setCursor(Cursor.getPredefinedCursor(Cursor.CROSSHAIR_CURSOR));
        status.message("Click the " + linkRole.targetLayer() + " that is the " + linkRole.name() + " of " + a.id()
                + " (Esc cancels)");
    }

    private void cancelLink() {
        linkRole = null;
        text.setCursor(Cursor.getPredefinedCursor(Cursor.TEXT_CURSOR));
    }

    private void completeLink(Point p) {
        LinkRole role = linkRole;
        List<Annotation> here = text.annotationsAt(p).stream().filter(a -> a.layer().equals(role.targetLayer())).toList();
        if (here.isEmpty()) {
            status.message("That is not a " + role.targetLayer() + ": click one (Esc cancels)");
            return;
        }
        cancelLink();
        String target = here.get(0).id();
        link(selectedId, role.name(), target);
    }

    @Override
    public void link(String id, String role, String target) {
        Annotation a = session.current().get(id).orElse(null);
        if (a == null) {
            return;
        }
        boolean many = workspace.schema().layer(a.layer()).flatMap(l -> l.role(role)).map(LinkRole::many).orElse(false);
        if (apply(Edits.link(id, new Link(role, target), many))) {
            status.message("Linked " + id + " " + role + " → " + target);
        }
    }

    @Override
    public void unlink(String id, Link link) {
        apply(Edits.unlink(id, link));
    }

    @Override
    public void relabel(String id, String label) {
        apply(Edits.relabel(id, label));
    }

    @Override
    public void bounds(String id, int start, int end) {
        if (session == null) {
            return;
        }
        try {
            apply(Edits.bounds(id, start, end, session.article()));
        } catch (IllegalArgumentException e) {
            status.message(e.getMessage());
            refresh();
        }
    }

    @Override
    public void attribute(String id, String key, String value) {
        apply(Edits.attribute(id, key, value));
    }

    @Override
    public void note(String id, String note) {
        apply(Edits.note(id, note));
    }

    /** Marks every other whole-word occurrence of the selected annotation's text with its label, as one undo step. */
    void markAll() {
        Annotation a = session == null || selectedId == null ? null : session.current().get(selectedId).orElse(null);
        if (a == null || !editable()) {
            status.message("Select an annotation first");
            return;
        }
        AnnotationSet set = session.current();
        Layer l = workspace.schema().requireLayer(a.layer());
        List<Edit> adds = new ArrayList<>();
        AnnotationSet draft = set;
        for (Spans.Range r : Spans.occurrences(session.article(), a.text())) {
            boolean taken = draft.annotations().stream().anyMatch(x -> x.layer().equals(a.layer())
                    && x.start() == r.start() && x.end() == r.end());
            if (!taken) {
                Annotation n = Annotation.span(draft.nextId(l.idPrefix()), a.layer(), a.label(), r.start(), r.end(), a.text());
                draft = draft.with(n);
                adds.add(Edits.add(n));
            }
        }
        if (adds.isEmpty()) {
            status.message("No other unmarked occurrence of “" + a.text() + "”");
            return;
        }
        apply(Edits.batch("Mark " + adds.size() + " more “" + a.text() + "”", adds));
        status.message("Marked " + adds.size() + " more occurrence" + (adds.size() == 1 ? "" : "s") + " of “" + a.text() + "”");
    }

    void undo() {
        if (session != null && session.history().canUndo() && editable()) {
            String what = session.history().undoDescription().orElse("");
            session.undo();
            status.message("Undone: " + what);
        }
    }

    void redo() {
        if (session != null && session.history().canRedo() && editable()) {
            String what = session.history().redoDescription().orElse("");
            session.redo();
            status.message("Redone: " + what);
        }
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
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        List<Path> paths = Arrays.stream(chooser.getSelectedFiles()).map(File::toPath).toList();
        status.message("Importing " + paths.size() + " item(s)…");
        new SwingWorker<ImportService.Report, Void>() {
            @Override
            protected ImportService.Report doInBackground() {
                return workspace.importer()
                        .importPaths(paths, ImportService.Options.DEFAULT);
            }

            @Override
            protected void done() {
                try {
                    ImportService.Report r = get();
                    StringBuilder b = new StringBuilder();
                    r.imported().forEach(i -> b.append("imported ").append(i.source().getFileName()).append(" as ")
                            .append(i.doc()).append(i.how() == null || i.how().isEmpty() ? "" : " (" + i.how() + ")")
                            .append('\n'));
                    r.skipped().forEach(s -> b.append("skipped ").append(s.source().getFileName()).append(": ")
                            .append(s.reason()).append('\n'));
                    r.problems().forEach(p -> b.append(p).append('\n'));
                    refreshArticles();
                    status.message(r.imported().size() + " imported, " + r.skipped().size() + " skipped");
                    JTextArea report = new JTextArea(b.toString(), 12, 70);
                    report.setEditable(false);
                    JOptionPane.showMessageDialog(AnnotatorWindow.this, new JScrollPane(report), "Import",
                            r.clean() ? JOptionPane.INFORMATION_MESSAGE : JOptionPane.WARNING_MESSAGE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    status.message("Import failed: " + e.getCause().getMessage());
                }
            }
        }.execute();
    }

    /** File → Export workbook…: the agreement workbook, written in the background with progress and cancel. */
    void exportWorkbook() {
        saveNow();
        ExportWorkbookDialog.start(this, workspace, status::message);
    }

    void saveNow() {
        if (session != null) {
            session.flush();
        }
    }

    // ---- adjudication ------------------------------------------------------------------------

    @Override
    public void accept(List<Adjudication.Candidate> candidates, String preferredAnnotator) {
        if (adjudication == null || candidates.isEmpty() || !editable()) {
            return;
        }
        Adjudication.Accepted accepted =
                adjudication.accept(session.current(), candidates, preferredAnnotator);
        if (apply(accepted.edit())) {
            status.message("Accepted " + accepted.spans() + " span" + (accepted.spans() == 1 ? "" : "s") + " into gold"
                    + (accepted.droppedLinks() > 0 ? "; " + accepted.droppedLinks()
                    + " link(s) left out because their target is not in gold yet" : ""));
        }
    }

    @Override
    public void preview(Adjudication.Candidate candidate) {
        text.setCandidate(candidate.start(), candidate.end());
        text.scrollTo(Annotation.span("candidate", candidate.layer(), candidate.label(), candidate.start(),
                candidate.end(), candidate.text()));
    }

    // ---- find and guidelines -------------------------------------------------------------

    void showFind() {
        findBar.setVisible(true);
        findBar.revalidate();
        findBar.focusField();
    }

    @Override
    public Article article() {
        return session == null ? new Article("", "") : session.article();
    }

    @Override
    public void showMatch(Spans.Range range) {
        Article a = session.article();
        text.select(a.charIndex(range.start()), a.charIndex(range.end()));
        text.getCaret().setSelectionVisible(true);
        text.scrollTo(Annotation.span("find", "", "", range.start(), range.end(), ""));
    }

    @Override
    public void closeFind() {
        findBar.setVisible(false);
        text.requestFocusInWindow();
    }

    void showProgress() {
        saveNow();
        new ProgressWindow(this, workspace).setVisible(true);
    }

    /**
     * Training mode's "Check my work": only once the article is marked done (the reference stays
     * hidden until then), the differences from gold are drawn in the text and listed with their
     * explanations and guideline sections, under a score card.
     */
    void checkWork() {
        if (session == null) {
            return;
        }
        if (!done) {
            JOptionPane.showMessageDialog(this, "Mark the article done first (Article → Done, Ctrl+D).\n"
                    + "The reference stays hidden until you have finished.", "Check my work", JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        session.flush();
        try {
            TrainingFeedback.Result r = TrainingFeedback.check(workspace, session.article());
            text.setFindings(r.findings());
            feedbackPanel.show(r.scoreCard(), r.findings());
            if (bottomTabs.indexOfComponent(feedbackPanel) < 0) {
                bottomTabs.addTab("Feedback", feedbackPanel);
            }
            bottomTabs.setSelectedComponent(feedbackPanel);
            status.message(r.findings().size() + " difference(s) from the reference");
        } catch (TrainingFeedback.NoReferenceException e) {
            JOptionPane.showMessageDialog(this, e.getMessage(), "Check my work", JOptionPane.INFORMATION_MESSAGE);
        }
    }

    private void hideFeedback() {
        text.setFindings(List.of());
        text.setCandidate(-1, -1);
        bottomTabs.remove(feedbackPanel);
    }

    /** Opens the guidelines at a "file#anchor" link. */
    void showGuidelinesAt(String link) {
        if (link == null || link.isEmpty()) {
            return;
        }
        if (guidelinesWindow == null) {
            guidelinesWindow = new GuidelinesWindow(this, Guidelines.forProject(workspace.root()));
        }
        guidelinesWindow.openLink(link);
    }

    void showGuidelines() {
        if (guidelinesWindow == null) {
            guidelinesWindow = new GuidelinesWindow(this, Guidelines.forProject(workspace.root()));
        }
        String label = session == null || selectedId == null ? null
                : session.current().get(selectedId).map(Annotation::label).orElse(null);
        guidelinesWindow.openAt(label);
    }

    // ---- keyboard and mouse --------------------------------------------------------------

    private void bindTextKeys() {
        InputMap im = text.getInputMap(JComponent.WHEN_FOCUSED);
        ActionMap am = text.getActionMap();
        for (Layer l : workspace.schema().layers()) {
            bind(im, am, KeyStroke.getKeyStroke(Character.toUpperCase(l.key().charAt(0)), 0), "layer-" + l.name(),
                    () -> setLayer(l.name()));
            for (LinkRole r : l.roles()) {
                char k = Character.toUpperCase(r.key().charAt(0));
                bind(im, am, KeyStroke.getKeyStroke(k, 0), "role-" + k, () -> roleKey(String.valueOf(k)));
            }
        }
        for (char d = '1'; d <= '9'; d++) {
            String key = String.valueOf(d);
            bind(im, am, KeyStroke.getKeyStroke(d, 0), "label-" + d, () -> labelKey(key));
            bind(im, am, KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0 + (d - '0'), 0), "label-np" + d, () -> labelKey(key));
        }
        bind(im, am, KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "delete", this::deleteSelected);
        bind(im, am, KeyStroke.getKeyStroke(KeyEvent.VK_BACK_SPACE, 0), "delete", this::deleteSelected);
        bind(im, am, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "escape", () -> {
            if (linkRole != null) {
                cancelLink();
                status.message("Link cancelled");
            } else {
                text.select(text.getCaretPosition(), text.getCaretPosition());
                select(null);
            }
        });
        boundaryKey(im, am, KeyEvent.VK_LEFT, KeyEvent.SHIFT_DOWN_MASK, false, -1, DefaultEditorKit.selectionBackwardAction);
        boundaryKey(im, am, KeyEvent.VK_RIGHT, KeyEvent.SHIFT_DOWN_MASK, false, 1, DefaultEditorKit.selectionForwardAction);
        boundaryKey(im, am, KeyEvent.VK_LEFT, KeyEvent.SHIFT_DOWN_MASK | KeyEvent.CTRL_DOWN_MASK, true, -1,
                DefaultEditorKit.selectionPreviousWordAction);
        boundaryKey(im, am, KeyEvent.VK_RIGHT, KeyEvent.SHIFT_DOWN_MASK | KeyEvent.CTRL_DOWN_MASK, true, 1,
                DefaultEditorKit.selectionNextWordAction);
    }

    /** Shift+arrows move a boundary of the selected annotation; with none selected they extend the text selection. */
    private void boundaryKey(InputMap im, ActionMap am, int key, int modifiers, boolean start,
                             int direction, String fallback) {
        Action original = am.get(fallback);
        bind(im, am, KeyStroke.getKeyStroke(key, modifiers), "boundary-" + key + "-" + modifiers, () -> {
            if (selectedId != null && text.getSelectionStart() == text.getSelectionEnd()) {
                adjustBoundary(start, direction);
            } else if (original != null) {
                original.actionPerformed(new ActionEvent(text, 0, fallback));
            }
        });
    }

    private static void bind(InputMap im, ActionMap am, KeyStroke ks, String name, Runnable r) {
        im.put(ks, name);
        am.put(name, new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        });
    }

    private void bindMouse() {
        text.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                altSelect = e.isAltDown();
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                if (!SwingUtilities.isLeftMouseButton(e) || session == null) {
                    return;
                }
                if (linkRole != null) {
                    completeLink(e.getPoint());
                    return;
                }
                int s = text.getSelectionStart();
                int en = text.getSelectionEnd();
                if (s == en) {
                    clickAt(e.getPoint());
                } else {
                    selectedId = null;
                    select(null);
                    if (snap && !altSelect && !e.isAltDown()) {
                        Article a = session.article();
                        Spans.Range r = Spans.snapToWords(a, a.codePointOffset(s), a.codePointOffset(en));
                        if (!r.isEmpty()) {
                            text.select(a.charIndex(r.start()), a.charIndex(r.end()));
                        }
                    }
                    text.getCaret().setSelectionVisible(true);
                }
            }
        });
    }

    /** A click selects the innermost annotation there; clicking again at the same place cycles outwards. */
    private void clickAt(Point p) {
        List<Annotation> here = text.annotationsAt(p);
        if (here.isEmpty()) {
            lastClickOffset = -1;
            select(null);
            return;
        }
        int offset = text.offsetAt(p);
        if (offset == lastClickOffset && selectedId != null && here.stream().anyMatch(a -> a.id().equals(selectedId))) {
            clickCycle = (clickCycle + 1) % here.size();
        } else {
            clickCycle = 0;
        }
        lastClickOffset = offset;
        select(here.get(clickCycle).id());
        status.message(here.size() > 1 ? here.size() + " annotations here; click again for the next" : " ");
    }

    // ---- closing ---------------------------------------------------------------------------

    void closeWindow() {
        if (!leaveSession()) {
            return;
        }
        prefs.bounds(getBounds());
        prefs.saveDivider("outer", outer.getDividerLocation());
        prefs.saveDivider("inner", inner.getDividerLocation());
        prefs.saveDivider("center", center.getDividerLocation());
        prefs.lastProject(workspace.root().toString());
        prefs.flush();
        if (guidelinesWindow != null) {
            guidelinesWindow.dispose();
        }
        dispose();
    }
}
