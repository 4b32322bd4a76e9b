package org.newsmark.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.EntityChains;
import org.newsmark.model.FormatException;
import org.newsmark.model.Layer;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;
import org.newsmark.model.Spans;
import org.newsmark.service.Adjudication;
import org.newsmark.service.AnnotationEditor;
import org.newsmark.service.AnnotationSession;
import org.newsmark.service.Workspace;

/**
 * The annotator's window: article list, the text with its annotations, the label palette, the
 * annotation table, the inspector and the status bar. It holds no data of its own: it shows the
 * session's annotation set and changes it only through the session's {@link AnnotationEditor}.
 * Keys come from the {@link KeyTable} through the {@link KeyDispatcher}; the {@link FocusModel}
 * keeps them out of fields the user is not typing in; the mouse on the text is {@link TextGestures};
 * editing commands are {@link EditCommands}, the other commands {@link WindowCommands}.
 */
final class AnnotatorWindow extends JFrame implements FindBar.Target {
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
    private final JTabbedPane bottomTabs = new JTabbedPane();
    private final FeedbackPanel feedbackPanel;
    private final EntitiesPanel entitiesPanel;
    private final CorpusCommands corpus;
    private final ArticleLabelsBar articleLabels;
    /** Present when the window edits gold: the annotators' spans to accept. */
    private final AdjudicationPanel adjudicationPanel;

    private final EditCommands edits;
    private final WindowCommands commands;
    private final TextGestures gestures;
    private final KeyBindings bindings;
    private final KeyDispatcher keys;
    private final FocusModel focus;
    private final SaveStates saveStates = new SaveStates(this);
    private final SyncController sync;
    private final SuggestionsController suggestions;

    private Adjudication adjudication;
    private AnnotationSession session;
    private AnnotationEditor editor;
    private String layer;
    private String selectedId;
    private boolean snap;
    /** Whether the open article is marked done; read once per article, not per refresh. */
    private boolean done;

    private boolean refreshQueued;

    AnnotatorWindow(Workspace workspace, Prefs prefs) {
        super("Newsmark");
        this.workspace = workspace;
        this.prefs = prefs;
        this.snap = prefs.snapToWords();
        this.layer = workspace.schema().layers().get(0).name();
        setName("annotator");
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        edits = new EditCommands(this, text);
        commands = new WindowCommands(this);
        corpus = new CorpusCommands(this, text);
        focus = new FocusModel(this, text);
        articles = new ArticleListPanel(this::openArticle);
        table = new AnnotationTablePanel(this::select);
        inspector = new InspectorPanel(edits);
        palette = new PalettePanel(this::setLayer, edits::applyLabel);
        findBar = new FindBar(this);
        findBar.setVisible(false);
        gestures = new TextGestures(this, text);
        suggestions = new SuggestionsController(this, text);
        text.addOverlay(suggestions);
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
        adjudicationPanel = workspace.annotator().equals(Names.GOLD) ? new AdjudicationPanel(edits) : null;
        feedbackPanel = new FeedbackPanel(
                f -> {
                    text.setCandidate(f.start(), f.end());
                    text.scrollTo(f.start(), f.end());
                },
                f -> commands.showGuidelinesAt(f.guideline()));
        entitiesPanel = new EntitiesPanel(this::showEntity);
        bottomTabs.setName("bottomTabs");
        if (adjudicationPanel != null) {
            bottomTabs.addTab("To adjudicate", adjudicationPanel);
            bottomTabs.addTab("Gold annotations", table);
        } else {
            bottomTabs.addTab("Annotations", table);
        }
        bottomTabs.addTab("Entities", entitiesPanel);
        corpus.addChecksTab(bottomTabs);
        center = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top, bottomTabs);
        center.setResizeWeight(0.72);
        inner = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, center, inspector);
        inner.setResizeWeight(1.0);
        articleLabels = new ArticleLabelsBar(workspace.schema(), corpus::toggleArticleLabel);
        outer = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, leftColumn(), inner);
        add(outer, BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
        sync = new SyncController(this, workspace);
        status.addControl(sync.button());
        bindings = new KeyBindings(KeyTable.of(workspace.schema()), prefs);
        menus = new Menus(this, bindings);
        setJMenuBar(menus.bar());
        keys = new KeyDispatcher(this, bindings);
        keys.install();
        focus.install();
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                closeWindow();
            }

            @Override
            public void windowClosed(WindowEvent e) {
                keys.uninstall();
                focus.uninstall();
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

    /** The article list, with the open article's labels above it when the schema has layers that label articles. */
    private JComponent leftColumn() {
        if (!articleLabels.hasLayers()) {
            return articles;
        }
        JPanel left = new JPanel(new BorderLayout());
        left.add(articleLabels, BorderLayout.NORTH);
        left.add(articles, BorderLayout.CENTER);
        return left;
    }

    // ---- parts, for the commands ----------------------------------------------------------

    Workspace workspace() {
        return workspace;
    }

    Prefs prefs() {
        return prefs;
    }

    SyncController sync() {
        return sync;
    }

    void refreshMenus() {
        menus.update();
    }

    EditCommands edits() {
        return edits;
    }

    WindowCommands commands() {
        return commands;
    }

    CorpusCommands corpus() {
        return corpus;
    }

    TextGestures gestures() {
        return gestures;
    }

    FocusModel focus() {
        return focus;
    }

    KeyBindings bindings() {
        return bindings;
    }

    SuggestionsController suggestions() {
        return suggestions;
    }

    FindBar findBar() {
        return findBar;
    }

    JComponent articleFilter() {
        return articles.filter();
    }

    Optional<AnnotationSession> session() {
        return Optional.ofNullable(session);
    }

    Optional<AnnotationEditor> editor() {
        return Optional.ofNullable(editor);
    }

    Adjudication adjudication() {
        return adjudication;
    }

    boolean adjudicating() {
        return adjudicationPanel != null;
    }

    void status(String message) {
        status.message(message);
    }

    // ---- fonts, theme, snapping --------------------------------------------------------------

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

    boolean dark() {
        return prefs.dark();
    }

    void setDark(boolean dark) {
        prefs.dark(dark);
        SwingLauncher.applyTheme(dark);
        SwingUtilities.updateComponentTreeUI(this);
        text.setDark(dark);
        commands.updateTheme();
        refresh();
    }

    boolean snap() {
        return snap;
    }

    void setSnap(boolean on) {
        snap = on;
        prefs.snapToWords(on);
        menus.update();
    }

    // ---- articles ------------------------------------------------------------------------

    @Override
    public Article article() {
        return session == null ? new Article("", "") : session.article();
    }

    List<String> articleIds() {
        try {
            return workspace.articleIds();
        } catch (IOException e) {
            status.message("cannot list articles: " + e.getMessage());
            return List.of();
        }
    }

    void refreshArticles() {
        try {
            articles.setArticles(sync.assignedFirst(workspace.articles()));
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
            JOptionPane.showMessageDialog(
                    this,
                    e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")),
                    "Cannot open " + doc,
                    JOptionPane.ERROR_MESSAGE);
            return false;
        }
        AnnotationSession opened = workspace.openSession(article);
        session = opened;
        editor = new AnnotationEditor(opened);
        done = workspace.info(doc).status() == Workspace.Status.DONE;
        saveStates.reset();
        selectedId = null;
        edits.cancelLink();
        entitiesPanel.clearSelection();
        text.show(article, opened.current(), workspace.schema());
        hideFeedback();
        opened.history().addListener(set -> queueRefresh());
        suggestions.opened(opened);
        // A state that arrives after the session was left (its last save, a conflict found on closing) is not asked
        // about.
        opened.setListener(state -> SwingUtilities.invokeLater(() -> {
            if (session == opened) {
                saveStates.changed(state);
                if (state.kind() == AnnotationSession.SaveState.Kind.SAVED) {
                    corpus.refreshChecks();
                }
            }
        }));
        showBanner();
        if (adjudicationPanel != null) {
            try {
                adjudication = workspace.adjudication(article);
                adjudicationPanel.load(adjudication, opened.current());
            } catch (IOException e) {
                status.message("cannot read the annotators' files: " + e.getMessage());
            }
        }
        prefs.lastArticle(workspace.root().toString(), doc);
        articles.select(doc);
        refresh();
        status.message("Opened " + doc);
        focus.home();
        return true;
    }

    /** Saves and closes the current session; false when saving failed and the user chose to stay. */
    private boolean leaveSession() {
        if (session == null) {
            return true;
        }
        if (!session.flush() && session.dirty()) {
            int choice = JOptionPane.showOptionDialog(
                    this,
                    "Your last edits to " + session.article().id() + " could not be saved:\n"
                            + session.state().message(),
                    "Unsaved edits",
                    JOptionPane.DEFAULT_OPTION,
                    JOptionPane.WARNING_MESSAGE,
                    null,
                    new String[] {"Stay and keep them", "Leave and discard them"},
                    "Stay and keep them");
            if (choice != 1) {
                return false;
            }
        }
        AnnotationSession left = session;
        session = null;
        editor = null;
        left.close();
        articles.update(workspace.info(left.article().id()));
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
            if (done && prefs.syncOnDone()) {
                sync.sync(null);
            }
        } catch (IOException e) {
            status.message("cannot record the status: " + e.getMessage());
        }
    }

    boolean isDone() {
        return session != null && done;
    }

    void stepArticle(int direction) {
        List<String> ids = articleIds();
        if (!ids.isEmpty()) {
            int i = session == null ? -1 : ids.indexOf(session.article().id());
            openArticle(ids.get(Math.floorMod(i + direction, ids.size())));
        }
    }

    void saveNow() {
        if (session != null) {
            session.flush();
        }
    }

    // ---- refresh -------------------------------------------------------------------------

    /** Edits come in bursts (a batch, undo after undo): the views are brought up to date once per burst. */
    private void queueRefresh() {
        if (!refreshQueued) {
            refreshQueued = true;
            SwingUtilities.invokeLater(() -> {
                refreshQueued = false;
                refresh();
            });
        }
    }

    void refresh() {
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
        EntityNames names = EntityNames.of(set);
        table.setAnnotations(set, workspace.schema(), selectedId, names);
        entitiesPanel.setEntities(names.chains(), workspace.schema());
        text.setHighlights(entitiesPanel.selected().map(AnnotatorWindow::ranges).orElse(List.of()));
        if (adjudicationPanel != null) {
            adjudicationPanel.refresh(set);
        }
        inspector.show(set.get(selectedId).orElse(null), set, workspace.schema(), session.readOnly());
        articleLabels.show(set, !session.readOnly());
        status.counts(counts(set));
        updateTitle();
        menus.update();
    }

    private String counts(AnnotationSet set) {
        Map<String, int[]> n = new HashMap<>();
        for (Layer l : workspace.schema().layers()) {
            n.put(l.name(), new int[1]);
        }
        for (Annotation a : set.annotations()) {
            int[] c = n.get(a.layer());
            if (c != null) {
                c[0]++;
            }
        }
        StringBuilder b = new StringBuilder(session.article().id() + "   ");
        for (Layer l : workspace.schema().layers()) {
            b.append(Layers.plural(l.name()))
                    .append(' ')
                    .append(n.get(l.name())[0])
                    .append("   ");
        }
        return b.toString().trim();
    }

    void updateTitle() {
        String t = "Newsmark — " + (session == null ? "" : session.article().id() + " — ") + workspace.annotator()
                + (adjudicationPanel != null ? " (adjudication)" : "");
        if (session != null && session.readOnly()) {
            t += " (read-only)";
        } else if (session != null && session.dirty()) {
            t += " •";
        }
        setTitle(t);
    }

    /** The session's article was replaced by the edited one on disk (its spans moved onto it). */
    void showReplacedArticle() {
        text.show(session.article(), session.current(), workspace.schema());
        selectedId = null;
        suggestions.articleReplaced();
        refresh();
    }

    /** Forgets the edits in memory and opens the article again from disk. */
    void reload() {
        String doc = session.article().id();
        AnnotationSession left = session;
        session = null;
        editor = null;
        left.close();
        openArticle(doc);
    }

    /** The article list's row of the open article, after a save. */
    void savedRow() {
        boolean exists = workspace.hasAnnotations(
                workspace.annotator(), session.article().id());
        articles.update(new Workspace.ArticleInfo(
                session.article().id(),
                isDone() ? Workspace.Status.DONE : exists ? Workspace.Status.IN_PROGRESS : Workspace.Status.NOT_STARTED,
                session.current().size()));
    }

    StatusBar statusBar() {
        return status;
    }

    // ---- selection and layers ----------------------------------------------------------------

    /** The Entities panel's choice: all its mentions outlined, the first scrolled to; the keys stay with the text. */
    private void showEntity(EntityChains.Entity entity) {
        text.setHighlights(ranges(entity));
        text.scrollTo(entity.first());
        status.message(entity.name() + ": " + entity.mentions().size() + " mention"
                + (entity.mentions().size() == 1 ? "" : "s"));
        focus.home();
    }

    private static List<Spans.Range> ranges(EntityChains.Entity entity) {
        return entity.mentions().stream()
                .map(m -> new Spans.Range(m.start(), m.end()))
                .toList();
    }

    void select(String id) {
        if (id == null) {
            entitiesPanel.clearSelection();
            text.setHighlights(List.of());
        }
        suggestions.clearSelection();
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

    /** The layer of the selected annotation, or null. */
    String selectedLayer() {
        return editor == null || selectedId == null
                ? null
                : editor.get(selectedId).map(Annotation::layer).orElse(null);
    }

    String layer() {
        return layer;
    }

    void setLayer(String name) {
        if (!name.equals(layer)) {
            layer = name;
            palette.show(workspace.schema(), layer);
        }
        status.message("Layer: " + Layers.plural(name));
    }

    /** A typed attribute's key with an annotation of its layer selected: the list of its values. */
    boolean pickAttribute(String name) {
        return selectedId != null && session != null && !session.readOnly() && inspector.pickAttribute(name);
    }

    boolean canUndo() {
        return session != null && !session.readOnly() && session.history().canUndo();
    }

    boolean canRedo() {
        return session != null && !session.readOnly() && session.history().canRedo();
    }

    String undoName() {
        return canUndo() ? "Undo " + session.history().undoDescription().orElse("") : "Undo";
    }

    String redoName() {
        return canRedo() ? "Redo " + session.history().redoDescription().orElse("") : "Redo";
    }

    /** Esc in a field: the find bar closes; any other field gives the keys back to the text. */
    void leaveField(Component field) {
        if (SwingUtilities.isDescendingFrom(field, findBar)) {
            closeFind();
        } else {
            focus.home();
        }
    }

    void acceptSelectedCandidates() {
        if (adjudicationPanel != null) {
            adjudicationPanel.acceptSelected();
        }
    }

    // ---- find and feedback -----------------------------------------------------------------

    @Override
    public void showMatch(Spans.Range range) {
        Article a = session.article();
        text.select(a.charIndex(range.start()), a.charIndex(range.end()));
        text.getCaret().setSelectionVisible(true);
        text.scrollTo(range.start(), range.end());
    }

    @Override
    public void closeFind() {
        findBar.setVisible(false);
        focus.home();
    }

    void showFeedback(TrainingFeedback.Result r) {
        text.setFindings(r.findings());
        feedbackPanel.show(r.scoreCard(), r.findings());
        if (bottomTabs.indexOfComponent(feedbackPanel) < 0) {
            bottomTabs.addTab("Feedback", feedbackPanel);
        }
        bottomTabs.setSelectedComponent(feedbackPanel);
    }

    private void hideFeedback() {
        text.setFindings(List.of());
        text.setCandidate(-1, -1);
        bottomTabs.remove(feedbackPanel);
    }

    // ---- closing ---------------------------------------------------------------------------

    void closeWindow() {
        if (!leaveSession()) {
            return;
        }
        if (prefs.syncOnExit() && sync.shared()) {
            sync.syncBeforeClosing(this::finishClosing);
            return;
        }
        finishClosing();
    }

    private void finishClosing() {
        prefs.bounds(getBounds());
        prefs.saveDivider("outer", outer.getDividerLocation());
        prefs.saveDivider("inner", inner.getDividerLocation());
        prefs.saveDivider("center", center.getDividerLocation());
        prefs.lastProject(workspace.root().toString());
        prefs.flush();
        commands.dispose();
        dispose();
    }

    @Override
    public void dispose() {
        suggestions.dispose();
        keys.uninstall();
        focus.uninstall();
        super.dispose();
    }
}
