package org.newsmark.suggest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Layer;
import org.newsmark.model.LinkRole;
import org.newsmark.model.Schema;

/**
 * The suggestion engine: runs the enabled recommenders on an article and the annotator's set
 * (entity recommenders first, so quotes and events can link to their entities) and keeps what is
 * usable. A suggestion is dropped when its layer, label or score does not fit (schema, settings),
 * when the set already has an annotation of that layer and span, when it was rejected before, and
 * for entities when it overlaps an entity annotation (entity spans never overlap); of two entity
 * suggestions that overlap, the higher score stays. Links to dropped suggestions move to what
 * replaced them or are removed; roles the schema lacks are removed. Immutable and thread-safe.
 */
public final class Suggester {
    private final List<Recommender> recommenders;
    private final SuggestionSettings settings;

    public Suggester(List<Recommender> recommenders, SuggestionSettings settings) {
        this.recommenders = List.copyOf(recommenders);
        this.settings = settings;
    }

    public List<Recommender> recommenders() {
        return recommenders;
    }

    public SuggestionSettings settings() {
        return settings;
    }

    /** The suggestions for one article, given what the annotator has marked so far. */
    public SuggestionBatch suggest(Article article, AnnotationSet set, Schema schema) {
        return suggest(article, set, schema, Set.of());
    }

    /** As above, leaving out suggestions the annotator rejected (compared by layer, label and span). */
    public SuggestionBatch suggest(Article article, AnnotationSet set, Schema schema, Set<Rejection> rejected) {
        SuggestionContext context = new SuggestionContext(article, set, schema);
        Run run = new Run(context, set, schema, rejected);
        List<Recommender> ordered = new ArrayList<>(recommenders);
        ordered.sort(Comparator.comparingInt(r -> r.layer().equals(Layers.ENTITY) ? 0 : 1));
        List<String> failures = new ArrayList<>();
        for (Recommender r : ordered) {
            if (!settings.enabled(r.id()) || schema.layer(r.layer()).isEmpty()) {
                continue;
            }
            List<Suggestion> out;
            try {
                out = new ArrayList<>(r.suggest(context));
            } catch (RuntimeException e) {
                failures.add(r.id() + ": " + e);
                continue; // one broken recommender does not take the others down
            }
            out.sort(Comparator.comparingInt(s -> s.layer().equals(Layers.ENTITY) ? 0 : 1));
            for (Suggestion s : out) {
                run.offer(
                        s,
                        settings.enabled(s.layer(), s.recommender())
                                ? settings.minScore(s.layer(), s.recommender())
                                : Double.POSITIVE_INFINITY);
            }
        }
        Map<String, String> ownLayer = new HashMap<>();
        recommenders.forEach(r -> ownLayer.put(r.id(), r.layer()));
        run.dropUnlinkedMentions(ownLayer);
        List<LinkSuggestion> links = List.of();
        if (settings.enabled(Layers.ENTITY, NameCoreference.ID)
                && schema.layer(Layers.ENTITY)
                        .flatMap(l -> l.role(Layers.COREF))
                        .isPresent()) {
            links = run.chainNames(settings.minScore(Layers.ENTITY, NameCoreference.ID));
        }
        return new SuggestionBatch(article.id(), run.finish(), links, failures);
    }

    /** A suggestion the annotator rejected, so that it is not proposed again. */
    public record Rejection(String layer, String label, int start, int end) {
        public static Rejection of(Suggestion s) {
            return new Rejection(s.layer(), s.label(), s.start(), s.end());
        }
    }

    /** The bookkeeping of one run: kept suggestions in order, and where dropped keys point now. */
    private static final class Run {
        private final SuggestionContext context;
        private final Schema schema;
        private final Set<Rejection> rejected;
        private final Map<String, Suggestion> kept = new LinkedHashMap<>();
        /** A dropped key and what replaced it: another key, or "=" + an annotation id. */
        private final Map<String, String> redirect = new HashMap<>();

        private final Map<String, String> existingSpans = new HashMap<>();
        private final List<Annotation> existingEntities;

        Run(SuggestionContext context, AnnotationSet set, Schema schema, Set<Rejection> rejected) {
            this.context = context;
            this.schema = schema;
            this.rejected = rejected;
            for (Annotation a : set.annotations()) {
                existingSpans.putIfAbsent(a.layer() + ":" + a.start() + ":" + a.end(), a.id());
            }
            existingEntities = set.inLayer(Layers.ENTITY);
        }

        void offer(Suggestion s, double minScore) {
            if (s.score() < minScore
                    || schema.label(s.layer(), s.label()).isEmpty()
                    || rejected.contains(Rejection.of(s))) {
                redirect.put(s.key(), null);
                return;
            }
            String existing = existingSpans.get(s.layer() + ":" + s.start() + ":" + s.end());
            if (existing != null) {
                redirect.put(s.key(), "=" + existing);
                return;
            }
            if (s.layer().equals(Layers.ENTITY)) {
                for (Annotation e : existingEntities) {
                    if (e.overlaps(s.start(), s.end())) {
                        redirect.put(s.key(), "=" + e.id());
                        return;
                    }
                }
                for (Suggestion other : new ArrayList<>(kept.values())) {
                    if (other.layer().equals(Layers.ENTITY) && other.overlaps(s.start(), s.end())) {
                        if (other.score() >= s.score()) {
                            redirect.put(s.key(), other.key());
                            return;
                        }
                        kept.remove(other.key());
                        redirect.put(other.key(), s.key());
                    }
                }
            } else {
                for (Suggestion other : kept.values()) {
                    if (other.layer().equals(s.layer()) && other.sameSpan(s.start(), s.end())) {
                        redirect.put(s.key(), other.key());
                        return;
                    }
                }
            }
            kept.put(s.key(), s);
            context.accept(s);
        }

        /**
         * Drops the entity mentions that a quote or event recommender proposed for a link when
         * nothing kept links to them any more (their quote or event fell below its least score or
         * was rejected): they were proposed only to be linked.
         */
        void dropUnlinkedMentions(Map<String, String> ownLayer) {
            Set<String> reached = new HashSet<>();
            ArrayDeque<String> todo = new ArrayDeque<>();
            for (Suggestion s : kept.values()) {
                if (!auxiliary(s, ownLayer)) {
                    todo.add(s.key());
                }
            }
            while (!todo.isEmpty()) {
                String key = todo.poll();
                if (!reached.add(key)) {
                    continue;
                }
                for (SuggestedLink l : kept.get(key).links()) {
                    SuggestedLink r = resolve(l);
                    if (r != null && r.toSuggestion()) {
                        todo.add(r.target());
                    }
                }
            }
            for (Suggestion s : new ArrayList<>(kept.values())) {
                if (!reached.contains(s.key())) {
                    kept.remove(s.key());
                    redirect.put(s.key(), null);
                }
            }
        }

        private static boolean auxiliary(Suggestion s, Map<String, String> ownLayer) {
            return s.layer().equals(Layers.ENTITY)
                    && !Layers.ENTITY.equals(ownLayer.getOrDefault(s.recommender(), Layers.ENTITY));
        }

        /** Coref links between names: added to suggested names, proposed for annotations. */
        List<LinkSuggestion> chainNames(double minScore) {
            List<LinkSuggestion> out = new ArrayList<>();
            for (LinkSuggestion l : new NameCoreference(context).link(kept, context.annotations(), minScore)) {
                SuggestedLink resolved = resolve(l.link());
                if (resolved != null) {
                    out.add(new LinkSuggestion(l.key(), l.annotationId(), resolved, l.recommender(), l.score()));
                }
            }
            return out;
        }

        List<Suggestion> finish() {
            List<Suggestion> out = new ArrayList<>();
            for (Suggestion s : kept.values()) {
                out.add(s.withLinks(links(s)));
            }
            out.sort(Comparator.comparingInt(Suggestion::start)
                    .thenComparingInt(Suggestion::end)
                    .thenComparing(Suggestion::layer));
            return out;
        }

        private List<SuggestedLink> links(Suggestion s) {
            Layer layer = schema.requireLayer(s.layer());
            List<SuggestedLink> out = new ArrayList<>();
            Set<String> oneTargetRoles = new HashSet<>();
            for (SuggestedLink l : s.links()) {
                LinkRole role = layer.role(l.role()).orElse(null);
                SuggestedLink resolved = resolve(l);
                if (role == null || resolved == null || !role.many() && !oneTargetRoles.add(role.name())) {
                    continue;
                }
                String targetLayer = resolved.toSuggestion()
                        ? kept.get(resolved.target()).layer()
                        : context.annotations()
                                .get(resolved.target())
                                .map(Annotation::layer)
                                .orElse(null);
                if (role.targetLayer().equals(targetLayer) && !out.contains(resolved)) {
                    out.add(resolved);
                }
            }
            return out;
        }

        private SuggestedLink resolve(SuggestedLink l) {
            if (!l.toSuggestion()) {
                return context.annotations().contains(l.target()) ? l : null;
            }
            String key = l.target();
            for (int hops = 0; hops < 10; hops++) {
                if (kept.containsKey(key)) {
                    return SuggestedLink.toSuggestion(l.role(), key);
                }
                if (!redirect.containsKey(key)) {
                    return null;
                }
                String to = redirect.get(key);
                if (to == null) {
                    return null;
                }
                if (to.startsWith("=")) {
                    return SuggestedLink.toAnnotation(l.role(), to.substring(1));
                }
                key = to;
            }
            return null;
        }
    }
}
