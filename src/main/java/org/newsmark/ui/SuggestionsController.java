package org.newsmark.ui;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Names;
import org.newsmark.service.AnnotationSession;
import org.newsmark.service.RejectedSuggestions;
import org.newsmark.service.SuggestionService;
import org.newsmark.suggest.Suggester;
import org.newsmark.suggest.Suggestion;
import org.newsmark.suggest.SuggestionBatch;

/**
 * The annotator's suggestions: computed by the {@link SuggestionService} off the event thread
 * when an article opens and again shortly after the edits stop, drawn over the text by
 * {@link SuggestionPainter}, and walked, accepted (one undoable edit each, with their links and
 * {@code source=suggest}) or rejected with the keys of the key table ({@link SuggestionActions}).
 * A suggestion is never an annotation until it is accepted; one the annotator rejected is kept in
 * the project's local state and not offered again in that article. Training mode shows none: a trainee is scored on
 * unaided work, and suggestions learned from gold would show the reference.
 */
final class SuggestionsController implements TextView.Overlay {
    /** The pause after the last edit before suggesting again, so that typing is never held up. */
    static final int DEBOUNCE_MS = 600;

    private final AnnotatorWindow window;
    private final TextView text;
    private final Timer debounce;
    private final SuggestionActions actions;
    private SuggestionService service;
    private RejectedSuggestions store;

    private AnnotationSession session;
    private SuggestionBatch batch;
    /** Rejected in the open article: read from the file once per article, then kept here as well. */
    private final Set<Suggester.Rejection> rejected = new HashSet<>();

    private boolean rejectionsLoaded;
    /** Whether the open article is a training article; looked up once per article, not on every paint. */
    private boolean training;

    private CompletableFuture<?> running;
    private int generation;
    private int computed;
    private String selectedKey;
    /** Where walking goes on from when nothing is selected: the start of the last suggestion visited. */
    private int cursor = -1;

    private AnnotationSet spansOf;
    private Set<String> annotatedSpans = Set.of();

    SuggestionsController(AnnotatorWindow window, TextView text) {
        this.window = window;
        this.text = text;
        debounce = new Timer(DEBOUNCE_MS, e -> compute());
        debounce.setRepeats(false);
        actions = new SuggestionActions(this, window, text);
    }

    // ---- state -------------------------------------------------------------------------------

    /** Whether suggestions are shown at all (View → Show suggestions), kept in the preferences. */
    boolean shown() {
        return window.prefs().showSuggestions();
    }

    void setShown(boolean on) {
        window.prefs().showSuggestions(on);
        if (on) {
            compute();
        } else {
            forget();
        }
        window.status(
                !on
                        ? "Suggestions hidden"
                        : training() ? "Suggestions shown, but none in training mode" : "Suggestions shown");
    }

    /**
     * Training mode: an annotator (not gold) on an article that has a gold standard, which is
     * what Check my work scores against. The suggestions learn from gold, so there they would
     * show the reference.
     */
    boolean training() {
        return session != null && training;
    }

    /** Whether the open article gets suggestions: shown, not training, not adjudicating, writable. */
    boolean active() {
        return session != null && shown() && !window.adjudicating() && !session.readOnly() && !training();
    }

    /** How many computations have come back for the open article (tests wait on it). */
    int computed() {
        return computed;
    }

    String selectedKey() {
        return selectedKey;
    }

    Optional<Suggestion> selected() {
        return selectedKey == null || batch == null
                ? Optional.empty()
                : batch.get(selectedKey).filter(s -> visible().contains(s));
    }

    /** The suggestions to show, in text order: not rejected, and not annotated in the meantime. */
    List<Suggestion> visible() {
        if (batch == null || !active()) {
            return List.of();
        }
        // Asked on every paint: made again only when the suggestions, the set or the rejections change.
        AnnotationSet set = session.current();
        if (visibleCache != null && visibleBatch == batch && visibleSet == set && visibleRejected == rejected.size()) {
            return visibleCache;
        }
        visibleCache = List.copyOf(visibleNow());
        visibleBatch = batch;
        visibleSet = set;
        visibleRejected = rejected.size();
        return visibleCache;
    }

    private List<Suggestion> visibleCache;
    private SuggestionBatch visibleBatch;
    private AnnotationSet visibleSet;
    private int visibleRejected;

    private List<Suggestion> visibleNow() {
        Set<String> annotated = annotatedSpans();
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion s : batch.suggestions()) {
            boolean done = annotated.contains(spanKey(s.layer(), s.start(), s.end()));
            if (!done && !rejected.contains(Suggester.Rejection.of(s))) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparingInt(Suggestion::start)
                .thenComparingInt(Suggestion::end)
                .thenComparing(Suggestion::key));
        return out;
    }

    private Set<String> annotatedSpans() {
        AnnotationSet set = session.current();
        if (set != spansOf) {
            Set<String> spans = new HashSet<>();
            for (Annotation a : set.annotations()) {
                spans.add(spanKey(a.layer(), a.start(), a.end()));
            }
            spansOf = set;
            annotatedSpans = spans;
        }
        return annotatedSpans;
    }

    private static String spanKey(String layer, int start, int end) {
        return layer + ":" + start + ":" + end;
    }

    // ---- computing ---------------------------------------------------------------------------

    /** A new article is open: its suggestions are computed at once, and again after its edits. */
    void opened(AnnotationSession opened) {
        forget();
        session = opened;
        training = !window.adjudicating()
                && !window.workspace().annotator().equals(Names.GOLD)
                && window.workspace()
                        .hasAnnotations(Names.GOLD, opened.article().id());
        rejected.clear();
        visibleCache = null;
        rejectionsLoaded = false;
        computed = 0;
        cursor = -1;
        opened.history()
                .addListener(set -> SwingUtilities.invokeLater(() -> {
                    if (session == opened) {
                        edited();
                    }
                }));
        compute();
    }

    /** The session's article was replaced by the edited one on disk: the old offsets are dropped, suggested anew. */
    void articleReplaced() {
        forget();
        compute();
    }

    /** After an edit: suggest again once the edits pause. */
    void edited() {
        if (active()) {
            debounce.restart();
        }
    }

    private void forget() {
        debounce.stop();
        generation++;
        if (running != null) {
            running.cancel(false);
            running = null;
        }
        batch = null;
        selectedKey = null;
        text.repaint();
    }

    private record Computed(Set<Suggester.Rejection> fromFile, SuggestionBatch batch) {}

    /** Asks for the article's suggestions given the set as it is now; the answer comes back on the event thread. */
    private void compute() {
        debounce.stop();
        if (!active()) {
            return;
        }
        AnnotationSession on = session;
        int gen = ++generation;
        String annotator = window.workspace().annotator();
        Article article = on.article();
        AnnotationSet set = on.current();
        Set<Suggester.Rejection> known = Set.copyOf(rejected);
        boolean load = !rejectionsLoaded;
        RejectedSuggestions file = store();
        SuggestionService suggester = service();
        CompletableFuture<Computed> work = CompletableFuture.supplyAsync(
                        () -> load ? file.of(annotator, article.id()) : Set.<Suggester.Rejection>of())
                .thenCompose(fromFile -> {
                    Set<Suggester.Rejection> all = new LinkedHashSet<>(known);
                    all.addAll(fromFile);
                    return suggester.suggest(annotator, article, set, all).thenApply(b -> new Computed(fromFile, b));
                });
        running = work;
        work.whenComplete((c, error) -> SwingUtilities.invokeLater(() -> {
            if (gen != generation || session != on) {
                return; // another article, or a newer computation, has taken over
            }
            running = null;
            computed++;
            if (error != null) {
                window.status("No suggestions: " + rootMessage(error));
                return;
            }
            if (load) {
                rejected.addAll(c.fromFile());
                rejectionsLoaded = true;
            }
            batch = c.batch();
            text.repaint();
        }));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private SuggestionService service() {
        if (service == null) {
            service = window.workspace().suggestions();
        }
        return service;
    }

    private RejectedSuggestions store() {
        if (store == null) {
            store = window.workspace().rejectedSuggestions();
        }
        return store;
    }

    void dispose() {
        forget();
        if (service != null) {
            service.close();
        }
    }

    // ---- painting ----------------------------------------------------------------------------

    @Override
    public void paint(Graphics2D g, TextView view, Rectangle clip) {
        SuggestionPainter.paint(g, view, window.workspace().schema(), visible(), selectedKey, clip);
    }

    /** The suggestions under the mouse, for the text's tooltip. */
    @Override
    public List<String> tooltip(int offset) {
        List<String> out = new ArrayList<>();
        for (Suggestion s : visible()) {
            if (s.start() <= offset && offset < s.end()) {
                StringBuilder b = new StringBuilder("<i>suggested</i> <b>")
                        .append(s.layer())
                        .append(' ')
                        .append(s.label())
                        .append("</b> (")
                        .append(s.recommender())
                        .append(')');
                for (var l : s.links()) {
                    String target = l.toSuggestion()
                            ? batch.get(l.target()).map(Suggestion::text).orElse("?")
                            : session.current()
                                    .get(l.target())
                                    .map(Annotation::text)
                                    .orElse("?");
                    b.append("<br>&nbsp;&nbsp;").append(l.role()).append(" → ").append(escape(shorten(target)));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ---- keys --------------------------------------------------------------------------------

    /** The annotation selection changed: a selected suggestion is let go. */
    void clearSelection() {
        if (selectedKey != null) {
            selectedKey = null;
            text.repaint();
        }
    }

    // ---- for the keys (SuggestionActions) -----------------------------------------------------

    SuggestionActions actions() {
        return actions;
    }

    AnnotationSession session() {
        return session;
    }

    SuggestionBatch batch() {
        return batch;
    }

    boolean computing() {
        return running != null;
    }

    /** Selects a suggestion (null: none) and remembers where walking goes on from. */
    void select(String key, int from) {
        selectedKey = key;
        cursor = from;
        text.repaint();
    }

    int cursor() {
        return cursor;
    }

    void rejectNow(Suggester.Rejection r) {
        rejected.add(r);
    }

    RejectedSuggestions rejections() {
        return store();
    }

    static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 28 ? one.substring(0, 26) + "…" : one;
    }

    static String rootMessageOf(Throwable e) {
        return rootMessage(e);
    }
}
