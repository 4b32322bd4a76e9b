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
import java.util.concurrent.CancellationException;
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

    /**
     * The pause after an article opens before its suggestions are worked out: the window lays out
     * and paints the article first (on a long right-to-left article that takes most of a core), and
     * a reader switching through articles starts no work for those passed over.
     */
    static final int OPEN_DELAY_MS = 250;

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
    /** An article was opened (or replaced) and its suggestions not asked for since: train on the files as they are. */
    private boolean freshPending;

    private int generation;
    private int computed;
    private String selectedKey;
    /** Where walking goes on from when nothing is selected: the start of the last suggestion visited. */
    private int cursor = -1;

    SuggestionsController(AnnotatorWindow window, TextView text) {
        this.window = window;
        this.text = text;
        debounce = new Timer(DEBOUNCE_MS, e -> compute(freshPending));
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
            compute(true);
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
                : batch.get(selectedKey).filter(s -> active() && shows(s));
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
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion s : batch.suggestions()) {
            if (shows(s)) {
                out.add(s);
            }
        }
        out.sort(IN_TEXT_ORDER);
        return out;
    }

    private static final Comparator<Suggestion> IN_TEXT_ORDER = Comparator.comparingInt(Suggestion::start)
            .thenComparingInt(Suggestion::end)
            .thenComparing(Suggestion::key);

    /** Not annotated in the meantime, and not rejected. */
    private boolean shows(Suggestion s) {
        return !session.current().hasSpan(s.layer(), s.start(), s.end())
                && !rejected.contains(Suggester.Rejection.of(s));
    }

    /**
     * The suggestions to show that meet [first, last] (code points), in text order: what one
     * screen draws, found without going through the whole article's suggestions, so that painting
     * after an edit costs the same on a long article as on a short one.
     */
    List<Suggestion> visibleNear(int first, int last) {
        if (batch == null || !active()) {
            return List.of();
        }
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion s : batch.meeting(first, last)) {
            if (shows(s)) {
                out.add(s);
            }
        }
        out.sort(IN_TEXT_ORDER);
        return out;
    }

    // ---- computing ---------------------------------------------------------------------------

    /** A new article is open: its suggestions are computed shortly ({@link #OPEN_DELAY_MS}), and again after its edits. */
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
        Runnable ifStillOpen = () -> {
            if (session == opened) {
                edited();
            }
        };
        opened.history().addListener(set -> {
            if (SwingUtilities.isEventDispatchThread()) {
                ifStillOpen.run(); // at once: a run under way stops before the edit is painted, not after
            } else {
                SwingUtilities.invokeLater(ifStillOpen);
            }
        });
        later(OPEN_DELAY_MS, true);
    }

    /** The session's article was replaced by the edited one on disk: the old offsets are dropped, suggested anew. */
    void articleReplaced() {
        forget();
        later(OPEN_DELAY_MS, true);
    }

    private void later(int ms, boolean fresh) {
        if (!active()) {
            return;
        }
        freshPending |= fresh;
        debounce.setInitialDelay(ms);
        debounce.restart();
    }

    /**
     * After an edit: a run under way is for a set that is gone, so it stops at once and gives the
     * processor back to the annotator (it can take a second on a very long article); the
     * suggestions are worked out again once the edits pause. Until then the last ones stay, less
     * those annotated in the meantime.
     */
    void edited() {
        if (active()) {
            stopRunning();
            later(DEBOUNCE_MS, false);
        }
    }

    private void stopRunning() {
        generation++;
        if (running != null) {
            running.cancel(false);
            running = null;
        }
    }

    private void forget() {
        debounce.stop();
        stopRunning();
        batch = null;
        selectedKey = null;
        text.repaint();
    }

    private record Computed(Set<Suggester.Rejection> fromFile, SuggestionBatch batch) {}

    /**
     * Asks for the article's suggestions given the set as it is now; the answer comes back on the
     * event thread. {@code fresh}: with recommenders trained on the files as they are now (an
     * article opened); otherwise with those trained last, as the edits of the open article are in
     * the set already.
     */
    private void compute(boolean fresh) {
        debounce.stop();
        if (!active()) {
            return;
        }
        freshPending = false;
        AnnotationSession on = session;
        String annotator = window.workspace().annotator();
        Article article = on.article();
        AnnotationSet set = on.current();
        Set<Suggester.Rejection> known = Set.copyOf(rejected);
        boolean load = !rejectionsLoaded;
        RejectedSuggestions file = store();
        SuggestionService suggester = service();
        stopRunning();
        int gen = generation;
        CompletableFuture<Computed> work = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> load ? file.of(annotator, article.id()) : Set.<Suggester.Rejection>of())
                .thenCompose(fromFile -> {
                    if (work.isDone()) {
                        return CompletableFuture.failedFuture(new CancellationException());
                    }
                    Set<Suggester.Rejection> all = new LinkedHashSet<>(known);
                    all.addAll(fromFile);
                    CompletableFuture<SuggestionBatch> run = fresh
                            ? suggester.suggest(annotator, article, set, all)
                            : suggester.suggestAgain(annotator, article, set, all);
                    work.whenComplete((c, e) -> run.cancel(false)); // cancelling the work stops the run
                    return run.thenApply(b -> new Computed(fromFile, b));
                })
                .whenComplete((c, error) -> {
                    if (error != null) {
                        work.completeExceptionally(error);
                    } else {
                        work.complete(c);
                    }
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
        int[] range = SuggestionPainter.range(view, clip);
        SuggestionPainter.paint(
                g,
                view,
                window.workspace().schema(),
                visibleNear(range[0], range[1]),
                selected().orElse(null),
                clip);
    }

    /** The suggestions under the mouse, for the text's tooltip. */
    @Override
    public List<String> tooltip(int offset) {
        List<String> out = new ArrayList<>();
        for (Suggestion s : visibleNear(offset, offset)) {
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
