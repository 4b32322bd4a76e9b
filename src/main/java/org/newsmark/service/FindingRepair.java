package org.newsmark.service;

import java.util.ArrayList;
import java.util.List;

import org.newsmark.consistency.Finding;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Edit;
import org.newsmark.model.Edits;
import org.newsmark.model.Layer;
import org.newsmark.model.Schema;

/**
 * The edit that applies a consistency finding's repair to the annotations as they are now: the
 * majority label for a label conflict, a new annotation for an unmarked occurrence, the usual extent
 * for a boundary variant. A finding made before the annotations changed (its annotation moved,
 * relabelled or gone, the occurrence marked since) is refused with the reason, never applied blindly.
 */
public final class FindingRepair {
    /** The edit, or why there is none. */
    public record Result(Edit edit, String refusal, String select) {
        public boolean ok() {
            return edit != null;
        }

        static Result refused(String why) {
            return new Result(null, why, null);
        }
    }

    private FindingRepair() {}

    public static Result of(Finding f, Schema schema, Article article, AnnotationSet set) {
        Finding.Repair r = f.repair();
        if (r == null) {
            return Result.refused(
                    "No repair to apply by one key: " + f.problem().word() + " needs a person's decision");
        }
        if (!f.doc().equals(article.id())) {
            return Result.refused("The finding is about " + f.doc() + ", not " + article.id());
        }
        Layer layer = schema.layer(r.layer()).orElse(null);
        if (layer == null || layer.label(r.label()).isEmpty()) {
            return Result.refused(r.layer() + " has no label " + r.label());
        }
        if (r.relabels()) {
            Annotation a = unchanged(f, set, r.id());
            if (a == null) {
                return Result.refused(r.id() + " changed since the check; check again");
            }
            if (a.label().equals(r.label())) {
                return Result.refused(r.id() + " is already " + r.label());
            }
            return new Result(Edits.relabel(a.id(), r.label()), null, a.id());
        }
        if (r.start() < 0 || r.end() > article.length() || r.start() >= r.end()) {
            return Result.refused("The repair's span " + r.start() + "-" + r.end() + " is outside " + article.id());
        }
        if (r.id() != null) {
            return resize(f, r, article, set);
        }
        for (Annotation a : set.annotations()) {
            if (a.layer().equals(r.layer()) && a.overlaps(r.start(), r.end())) {
                return Result.refused(
                        "“" + f.text() + "” at " + r.start() + " is marked since the check (" + a.id() + ")");
            }
        }
        String id = set.nextId(layer.idPrefix());
        Annotation added =
                Annotation.span(id, r.layer(), r.label(), r.start(), r.end(), article.slice(r.start(), r.end()));
        return new Result(Edits.add(added), null, id);
    }

    /** A boundary variant: the annotation takes the usual extent, keeping its id and links. */
    private static Result resize(Finding f, Finding.Repair r, Article article, AnnotationSet set) {
        Annotation a = unchanged(f, set, r.id());
        if (a == null) {
            return Result.refused(r.id() + " changed since the check; check again");
        }
        List<Edit> edits = new ArrayList<>();
        edits.add(Edits.bounds(a.id(), r.start(), r.end(), article));
        if (!a.label().equals(r.label())) {
            edits.add(Edits.relabel(a.id(), r.label()));
        }
        return new Result(
                Edits.batch("Give " + a.id() + " the usual extent “" + article.slice(r.start(), r.end()) + "”", edits),
                null,
                a.id());
    }

    /** The finding's annotation, if it is still where the check saw it. */
    private static Annotation unchanged(Finding f, AnnotationSet set, String id) {
        Annotation a = set.get(id).orElse(null);
        return a != null && a.start() == f.start() && a.end() == f.end() ? a : null;
    }
}
