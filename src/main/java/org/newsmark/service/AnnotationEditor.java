package org.newsmark.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Edit;
import org.newsmark.model.Edits;
import org.newsmark.model.Layer;
import org.newsmark.model.Link;
import org.newsmark.model.LinkRole;
import org.newsmark.model.Schema;
import org.newsmark.model.SpanTokens;
import org.newsmark.model.Spans;

/**
 * The annotator's editing rules, without any window: what span a selection becomes, the ids of new
 * annotations, the rule against marking the same span twice, relabelling, linking (which roles
 * are valid between two annotations, which targets to offer first), deleting with the links that
 * point at the annotation, moving boundaries, marking every occurrence. Each change is one edit of
 * the session's history, so it can be undone; each answer says what happened in words for the
 * status bar and which annotation to select.
 */
public final class AnnotationEditor {
    /** What an editing command did: whether the set changed, what to tell the user, what to select. */
    public record Outcome(boolean changed, String message, String select) {
        static Outcome done(String message, String select) {
            return new Outcome(true, message, select);
        }

        static Outcome refused(String message) {
            return new Outcome(false, message, null);
        }

        static Outcome unchanged(String message, String select) {
            return new Outcome(false, message, select);
        }
    }

    /** A link that could be made between two annotations: the source, its role and the target. */
    public record LinkChoice(String source, LinkRole role, String target) {}

    private final AnnotationSession session;

    public AnnotationEditor(AnnotationSession session) {
        this.session = session;
    }

    public AnnotationSession session() {
        return session;
    }

    private Schema schema() {
        return session.schema();
    }

    private Article article() {
        return session.article();
    }

    private AnnotationSet set() {
        return session.current();
    }

    public Optional<Annotation> get(String id) {
        return id == null ? Optional.empty() : set().get(id);
    }

    /** Null when the session may be edited, else the refusal to show. */
    private Outcome readOnly() {
        return session.readOnly()
                ? Outcome.refused("Read-only: " + session.readOnlyReason().orElse(""))
                : null;
    }

    private Outcome apply(Edit edit, String message, String select) {
        Outcome refused = readOnly();
        if (refused != null) {
            return refused;
        }
        try {
            session.apply(edit);
            return Outcome.done(message, select);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Outcome.refused(e.getMessage());
        }
    }

    /** The span a selection of code points becomes: widened to whole tokens when snapping, always trimmed. */
    public Spans.Range spanOf(int start, int end, boolean snap) {
        return snap ? SpanTokens.snap(article(), start, end) : Spans.trim(article(), start, end);
    }

    /** Marks a selection with a label of a layer; the same layer, label and span twice is refused. */
    public Outcome mark(String layer, String label, int start, int end, boolean snap) {
        Outcome refused = readOnly();
        if (refused != null) {
            return refused;
        }
        Optional<Layer> l = schema().layer(layer);
        if (l.isEmpty() || l.get().label(label).isEmpty()) {
            return Outcome.refused(layer + " has no label " + label);
        }
        if (l.get().marksArticles()) {
            return Outcome.refused(layer + " labels whole articles, not text");
        }
        Spans.Range r = spanOf(start, end, snap);
        if (r.isEmpty()) {
            return Outcome.refused("Nothing to mark: the selection is only white space");
        }
        AnnotationSet set = set();
        for (Annotation a : set.annotations()) {
            if (a.start() > r.start()) {
                break;
            }
            if (a.start() == r.start()
                    && a.end() == r.end()
                    && a.layer().equals(layer)
                    && a.label().equals(label)) {
                return Outcome.unchanged(a.id() + " already marks this span", a.id());
            }
        }
        String id = set.nextId(l.get().idPrefix());
        Annotation added =
                Annotation.span(id, layer, label, r.start(), r.end(), article().slice(r.start(), r.end()));
        return apply(Edits.add(added), "Added " + label + " " + id, id);
    }

    public Outcome relabel(String id, String label) {
        Annotation a = get(id).orElse(null);
        if (a == null) {
            return Outcome.refused("Select an annotation first");
        }
        if (schema().label(a.layer(), label).isEmpty()) {
            return Outcome.unchanged(a.layer() + " has no label " + label, id);
        }
        if (a.label().equals(label)) {
            return Outcome.unchanged(id + " is already " + label, id);
        }
        return apply(Edits.relabel(id, label), "Relabelled " + id + " as " + label, id);
    }

    /** How many links point at an annotation (they go with it when it is deleted). */
    public int linksTo(String id) {
        return Edits.linksTo(set(), id);
    }

    public Outcome delete(String id) {
        if (get(id).isEmpty()) {
            return Outcome.refused("Select an annotation first");
        }
        int links = linksTo(id);
        return apply(
                Edits.remove(id),
                "Deleted " + id + (links > 0 ? " and " + links + " link" + (links == 1 ? "" : "s") + " to it" : ""),
                null);
    }

    /** The role of the annotation's layer that a key starts, if any. */
    public Optional<LinkRole> roleForKey(String id, String key) {
        return get(id).flatMap(a -> schema().layer(a.layer()))
                .flatMap(l -> l.roles().stream()
                        .filter(r -> r.key().equalsIgnoreCase(key))
                        .findFirst());
    }

    public Outcome link(String id, String role, String target) {
        Annotation a = get(id).orElse(null);
        Annotation t = get(target).orElse(null);
        if (a == null || t == null) {
            return Outcome.refused("No annotation " + (a == null ? id : target));
        }
        Optional<LinkRole> r = schema().layer(a.layer()).flatMap(l -> l.role(role));
        if (r.isEmpty()) {
            return Outcome.refused(a.layer() + " has no role " + role);
        }
        if (!t.layer().equals(r.get().targetLayer())) {
            return Outcome.refused(
                    "The " + role + " of " + id + " must be a " + r.get().targetLayer() + ", not a " + t.layer());
        }
        if (target.equals(id)) {
            return Outcome.refused(id + " cannot link to itself");
        }
        if (a.links().contains(new Link(role, target))) {
            return Outcome.unchanged(id + " already has " + role + " " + target, id);
        }
        return apply(
                Edits.link(id, new Link(role, target), r.get().many()),
                "Linked " + id + " " + role + " → " + target,
                id);
    }

    public Outcome unlink(String id, Link link) {
        return apply(Edits.unlink(id, link), "Removed " + link.role() + " " + link.target() + " from " + id, id);
    }

    /**
     * The links that could join two annotations: roles of the first's layer that take the
     * second's layer, then roles of the second's layer that take the first's; links that exist
     * already are left out.
     */
    public List<LinkChoice> linksBetween(String from, String to) {
        Annotation a = get(from).orElse(null);
        Annotation b = get(to).orElse(null);
        List<LinkChoice> out = new ArrayList<>();
        if (a == null || b == null || from.equals(to)) {
            return out;
        }
        addChoices(a, b, out);
        addChoices(b, a, out);
        return out;
    }

    private void addChoices(Annotation source, Annotation target, List<LinkChoice> out) {
        schema().layer(source.layer()).ifPresent(l -> {
            for (LinkRole r : l.roles()) {
                if (r.targetLayer().equals(target.layer())
                        && !source.links().contains(new Link(r.name(), target.id()))) {
                    out.add(new LinkChoice(source.id(), r, target.id()));
                }
            }
        });
    }

    /**
     * The annotations a role may link to, nearest to the annotation first (by the distance between
     * the spans), without the annotation itself and the targets it has already.
     */
    public List<Annotation> targets(String id, LinkRole role) {
        Annotation a = get(id).orElse(null);
        if (a == null) {
            return List.of();
        }
        List<String> have = a.targets(role.name());
        List<Annotation> out = new ArrayList<>();
        for (Annotation t : set().annotations()) {
            if (t.layer().equals(role.targetLayer()) && !t.id().equals(id) && !have.contains(t.id())) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparingInt((Annotation t) -> distance(a, t)).thenComparingInt(Annotation::start));
        return out;
    }

    private static int distance(Annotation a, Annotation b) {
        if (a.overlaps(b.start(), b.end())) {
            return 0;
        }
        return b.start() >= a.end() ? b.start() - a.end() : a.start() - b.end();
    }

    /** Moves the start (or end) of a span by one token when snapping, else by one character. */
    public Outcome moveBoundary(String id, boolean start, int direction, boolean snap) {
        Annotation a = get(id).orElse(null);
        if (a == null) {
            return Outcome.refused("Select an annotation first");
        }
        if (labelsArticle(a)) {
            return Outcome.unchanged(a.id() + " labels the whole article: it has no boundaries", id);
        }
        Article article = article();
        int s = a.start();
        int e = a.end();
        if (start) {
            s = snap
                    ? SpanTokens.step(article, s, direction, false)
                    : Math.max(0, Math.min(article.length(), s + direction));
        } else {
            e = snap
                    ? SpanTokens.step(article, e, direction, true)
                    : Math.max(0, Math.min(article.length(), e + direction));
        }
        if (s >= e) {
            return Outcome.unchanged("A span cannot be empty", id);
        }
        Spans.Range r = Spans.trim(article, s, e);
        if (r.isEmpty() || (r.start() == a.start() && r.end() == a.end())) {
            return Outcome.unchanged(" ", id);
        }
        return apply(
                Edits.bounds(id, r.start(), r.end(), article),
                "Resized " + id + ": " + oneLine(article.slice(r.start(), r.end())),
                id);
    }

    /** Sets both boundaries (the inspector's span boxes). */
    public Outcome setBounds(String id, int start, int end) {
        if (get(id).isEmpty()) {
            return Outcome.refused("Select an annotation first");
        }
        if (labelsArticle(get(id).get())) {
            return Outcome.unchanged(id + " labels the whole article: it has no boundaries", id);
        }
        if (start < 0 || end > article().length() || start >= end) {
            return Outcome.refused("A span must lie within 0–" + article().length() + " and not be empty");
        }
        return apply(Edits.bounds(id, start, end, article()), "Resized " + id, id);
    }

    private boolean labelsArticle(Annotation a) {
        return schema().layer(a.layer()).map(Layer::marksArticles).orElse(false);
    }

    public Outcome attribute(String id, String key, String value) {
        if (key == null || key.isBlank()) {
            return Outcome.refused("An attribute needs a name: key=value");
        }
        return apply(Edits.attribute(id, key, value), "Attribute " + key + " of " + id, id);
    }

    public Outcome note(String id, String note) {
        return apply(Edits.note(id, note), "Note of " + id, id);
    }

    /** Marks every other whole-word occurrence of the annotation's text with its label, as one undo step. */
    public Outcome markAll(String id) {
        Annotation a = get(id).orElse(null);
        if (a == null) {
            return Outcome.refused("Select an annotation first");
        }
        Layer l = schema().requireLayer(a.layer());
        List<Edit> adds = new ArrayList<>();
        AnnotationSet draft = set();
        for (Spans.Range r : Spans.occurrences(article(), a.text())) {
            boolean taken = draft.annotations().stream()
                    .anyMatch(x -> x.layer().equals(a.layer()) && x.start() == r.start() && x.end() == r.end());
            if (!taken) {
                Annotation n =
                        Annotation.span(draft.nextId(l.idPrefix()), a.layer(), a.label(), r.start(), r.end(), a.text());
                draft = draft.with(n);
                adds.add(Edits.add(n));
            }
        }
        if (adds.isEmpty()) {
            return Outcome.unchanged("No other unmarked occurrence of “" + a.text() + "”", id);
        }
        return apply(
                Edits.batch("Mark " + adds.size() + " more “" + a.text() + "”", adds),
                "Marked " + adds.size() + " more occurrence" + (adds.size() == 1 ? "" : "s") + " of “" + a.text() + "”",
                id);
    }

    /** Applies an edit made elsewhere (adjudication), with the words to say when it works. */
    public Outcome applyEdit(Edit edit, String message) {
        return apply(edit, message, null);
    }

    public Outcome undo() {
        Outcome refused = readOnly();
        if (refused != null || !session.history().canUndo()) {
            return refused != null ? refused : Outcome.refused("Nothing to undo");
        }
        String what = session.history().undoDescription().orElse("");
        session.undo();
        return Outcome.done("Undone: " + what, null);
    }

    public Outcome redo() {
        Outcome refused = readOnly();
        if (refused != null || !session.history().canRedo()) {
            return refused != null ? refused : Outcome.refused("Nothing to redo");
        }
        String what = session.history().redoDescription().orElse("");
        session.redo();
        return Outcome.done("Redone: " + what, null);
    }

    private static String oneLine(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 40 ? t.substring(0, 37) + "…" : t;
    }
}
