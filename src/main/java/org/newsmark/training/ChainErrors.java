package org.newsmark.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.EntityChains;

/**
 * The coreference errors of a trainee against a reference, over the entity mentions both marked
 * (the pairs of the span errors): a reference entity whose mentions the trainee put into several
 * entities is split, one error per extra piece at its first mention ({@code missing link} when
 * that mention has no {@code coref} link, else {@code split entity}); a trainee entity that holds
 * mentions of several reference entities is merged, one error per extra piece ({@code wrong entity}
 * when the piece's first mention links into another reference entity, else {@code merged entities}).
 */
final class ChainErrors {
    private ChainErrors() {}

    static void add(
            Article article,
            AnnotationSet trainee,
            AnnotationSet reference,
            Map<Annotation, Annotation> pairs,
            List<TrainingError> errors) {
        EntityChains mine = EntityChains.of(trainee);
        EntityChains theirs = EntityChains.of(reference);
        Map<Annotation, Annotation> toTrainee = new LinkedHashMap<>();
        pairs.forEach((t, r) -> {
            if (t.layer().equals(EntityChains.LAYER) && r.layer().equals(EntityChains.LAYER)) {
                toTrainee.put(r, t);
            }
        });
        Set<Annotation> explained = new HashSet<>();
        // Merged: the pieces of each trainee entity in the reference's entities.
        Map<Annotation, Annotation> toReference = new LinkedHashMap<>();
        toTrainee.forEach((r, t) -> toReference.put(t, r));
        for (EntityChains.Entity entity : mine.entities()) {
            Map<Integer, List<Annotation>> pieces = new LinkedHashMap<>();
            for (Annotation t : entity.mentions()) {
                Annotation r = toReference.get(t);
                if (r != null) {
                    int piece = theirs.entityOf(r.id())
                            .map(EntityChains.Entity::index)
                            .orElse(-1);
                    pieces.computeIfAbsent(piece, k -> new ArrayList<>()).add(t);
                }
            }
            List<Integer> keys = new ArrayList<>(pieces.keySet());
            for (int i = 1; i < keys.size(); i++) {
                List<Annotation> piece = pieces.get(keys.get(i));
                Annotation t = piece.get(0);
                String otherName = name(theirs.entities().get(keys.get(0)));
                String thisName = name(theirs.entities().get(keys.get(i)));
                // Linked to a mention of another of the reference's entities, not through a mention it lacks.
                boolean linkedAway = t.targets(EntityChains.ROLE).stream()
                        .map(id -> trainee.get(id).orElse(null))
                        .anyMatch(x -> x != null && !piece.contains(x) && toReference.containsKey(x));
                ErrorKind kind = linkedAway ? ErrorKind.WRONG_ENTITY : ErrorKind.MERGED_ENTITIES;
                String hint = "\"" + t.text() + "\" is " + thisName + ", not " + otherName
                        + ": chain only mentions of the same entity";
                errors.add(error(article, kind, t, "the reference's entity " + thisName, hint));
                if (kind == ErrorKind.WRONG_ENTITY) {
                    explained.add(t);
                }
            }
        }
        // Split: the pieces of each reference entity in the trainee's entities.
        for (EntityChains.Entity entity : theirs.entities()) {
            Map<Integer, List<Annotation[]>> pieces = new LinkedHashMap<>();
            for (Annotation r : entity.mentions()) {
                Annotation t = toTrainee.get(r);
                if (t != null) {
                    int piece = mine.entityOf(t.id())
                            .map(EntityChains.Entity::index)
                            .orElse(-1);
                    pieces.computeIfAbsent(piece, k -> new ArrayList<>()).add(new Annotation[] {t, r});
                }
            }
            List<List<Annotation[]>> ordered = new ArrayList<>(pieces.values());
            for (int i = 1; i < ordered.size(); i++) {
                Annotation t = ordered.get(i).get(0)[0];
                Annotation r = ordered.get(i).get(0)[1];
                String before = r.targets(EntityChains.ROLE).stream()
                        .map(id -> reference.get(id).orElse(null))
                        .filter(x -> x != null)
                        .map(Annotation::text)
                        .findFirst()
                        .orElse(ordered.get(0).get(0)[1].text());
                if (explained.contains(t)) {
                    continue; // linked to the wrong entity: one error says it
                }
                boolean linked = !t.targets(EntityChains.ROLE).isEmpty();
                ErrorKind kind = linked ? ErrorKind.SPLIT_ENTITY : ErrorKind.MISSING_LINK;
                String hint = linked
                        ? "\"" + t.text() + "\" is the same entity as \""
                                + ordered.get(0).get(0)[0].text()
                                + "\" before it, but your chain starts elsewhere: link each mention to the nearest earlier"
                                + " mention of the same entity"
                        : "\"" + t.text() + "\" is the same entity as \"" + before + "\" before it: link it (C) to"
                                + " the nearest earlier mention of that entity";
                errors.add(error(article, kind, t, "the reference's entity " + name(entity), hint));
            }
        }
    }

    private static String name(EntityChains.Entity entity) {
        return "\"" + entity.name() + "\"";
    }

    private static TrainingError error(Article article, ErrorKind kind, Annotation t, String reference, String hint) {
        return new TrainingError(
                article.id(),
                kind,
                t.layer(),
                t.label(),
                t.label(),
                t.start(),
                t.end(),
                t.text(),
                TrainingScorer.context(article, t.start(), t.end()),
                TrainingScorer.describe(t),
                reference,
                EntityChains.ROLE,
                hint,
                "");
    }
}
