package org.newsmark.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.newsmark.consistency.CorpusSearch;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Edit;
import org.newsmark.model.Edits;
import org.newsmark.model.FormatException;
import org.newsmark.model.Layer;
import org.newsmark.model.Spans;

/**
 * "Annotate all hits with label X" of the corpus search: one edit per article that gives each hit
 * the label. A hit that an annotation of that layer and label already overlaps is left alone; a
 * hit marked with exactly its span in that layer under another label is relabelled; any other hit
 * is marked. Articles other than the open one are changed through their own session, so their
 * lock is respected and they are saved atomically like any edit.
 */
public final class HitMarking {
    /** What happened in one article: how many hits were marked or relabelled, or why nothing was written. */
    public record Result(String doc, int marked, int relabelled, String refusal) {
        public boolean changed() {
            return marked + relabelled > 0;
        }
    }

    /** The edit of one article and what it does. */
    public record Plan(Edit edit, int marked, int relabelled) {}

    private HitMarking() {}

    /**
     * The edit that gives every hit of {@code article} the label (the hits of other articles are
     * ignored), or empty when each hit has it already. A hit whose text is no longer the article's
     * text at its offsets (the article was edited since the search) is skipped.
     */
    public static Optional<Plan> plan(
            Layer layer, String label, Article article, AnnotationSet set, List<CorpusSearch.Hit> hits) {
        if (layer.label(label).isEmpty() || layer.marksArticles()) {
            throw new IllegalArgumentException(layer.name() + " has no label " + label + " for spans");
        }
        List<Edit> edits = new ArrayList<>();
        AnnotationSet draft = set;
        int marked = 0;
        int relabelled = 0;
        for (CorpusSearch.Hit h : hits) {
            if (!h.doc().equals(article.id())
                    || h.end() > article.length()
                    || !article.slice(h.start(), h.end()).equals(h.text())) {
                continue;
            }
            Spans.Range r = Spans.trim(article, h.start(), h.end());
            if (r.isEmpty() || has(draft, layer.name(), label, r)) {
                continue;
            }
            Optional<Annotation> same = exact(draft, layer.name(), r);
            Edit e;
            if (same.isPresent()) {
                e = Edits.relabel(same.get().id(), label);
                relabelled++;
            } else {
                String id = draft.nextId(layer.idPrefix());
                e = Edits.add(Annotation.span(
                        id, layer.name(), label, r.start(), r.end(), article.slice(r.start(), r.end())));
                marked++;
            }
            draft = e.apply(draft);
            edits.add(e);
        }
        if (edits.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Plan(
                Edits.batch(
                        "Annotate " + edits.size() + " search hit" + (edits.size() == 1 ? "" : "s") + " as " + label,
                        edits),
                marked,
                relabelled));
    }

    private static boolean has(AnnotationSet set, String layer, String label, Spans.Range r) {
        for (Annotation a : set.annotations()) {
            if (a.start() >= r.end()) {
                break;
            }
            if (a.layer().equals(layer) && a.label().equals(label) && a.overlaps(r.start(), r.end())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Annotation> exact(AnnotationSet set, String layer, Spans.Range r) {
        return set.annotations().stream()
                .filter(a -> a.layer().equals(layer) && a.start() == r.start() && a.end() == r.end())
                .findFirst();
    }

    /**
     * Gives the hits of every article except {@code openDoc} (the one the caller edits itself) the
     * label, article by article, each as one edit of a session of its own that is saved and closed
     * at once. An article whose file is open elsewhere or has problems is refused, not touched.
     */
    public static List<Result> markElsewhere(
            Workspace workspace, Layer layer, String label, List<CorpusSearch.Hit> hits, String openDoc) {
        List<String> docs = hits.stream()
                .map(CorpusSearch.Hit::doc)
                .filter(d -> !d.equals(openDoc))
                .distinct()
                .toList();
        List<Result> out = new ArrayList<>();
        for (String doc : docs) {
            out.add(markIn(workspace, layer, label, hits, doc));
        }
        return out;
    }

    private static Result markIn(
            Workspace workspace, Layer layer, String label, List<CorpusSearch.Hit> hits, String doc) {
        Article article;
        try {
            article = workspace.article(doc);
        } catch (FormatException e) {
            return new Result(doc, 0, 0, e.getMessage());
        }
        AnnotationSession session = workspace.openSession(article);
        try {
            if (session.readOnly()) {
                return new Result(doc, 0, 0, session.readOnlyReason().orElse("read-only"));
            }
            Optional<Plan> plan = plan(layer, label, article, session.current(), hits);
            if (plan.isEmpty()) {
                return new Result(doc, 0, 0, null);
            }
            session.apply(plan.get().edit());
            if (!session.flush()) {
                return new Result(doc, 0, 0, session.state().message());
            }
            return new Result(doc, plan.get().marked(), plan.get().relabelled(), null);
        } finally {
            session.close();
        }
    }
}
