package org.newsmark.suggest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

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
        return suggest(article, set, schema, rejected, () -> false);
    }

    /**
     * As above, for a caller that may stop waiting: once {@code stopped} is true the run ends at its
     * next checkpoint (between recommenders, and every few sentences inside them).
     *
     * @throws CancellationException when the run was stopped
     */
    public SuggestionBatch suggest(
            Article article, AnnotationSet set, Schema schema, Set<Rejection> rejected, BooleanSupplier stopped) {
        SuggestionContext context = new SuggestionContext(article, set, schema, stopped);
        Run run = new Run(context, set, schema, rejected);
        List<Recommender> ordered = new ArrayList<>(recommenders);
        ordered.sort(Comparator.comparingInt(r -> r.layer().equals(Layers.ENTITY) ? 0 : 1));
        List<String> failures = new ArrayList<>();
        for (Recommender r : ordered) {
            if (!settings.enabled(r.id()) || schema.layer(r.layer()).isEmpty()) {
                continue;
            }
            context.checkpoint();
            List<Suggestion> out;
            try {
                out = new ArrayList<>(r.suggest(context));
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException e) {
                failures.add(r.id() + ": " + e);
                continue; // one broken recommender does not take the others down
            }
            out.sort(Comparator.comparingInt(s -> s.layer().equals(Layers.ENTITY) ? 0 : 1));
            for (int i = 0; i < out.size(); i++) {
                Suggestion s = out.get(i);
                if (i % 256 == 0) {
                    context.checkpoint();
                }
                run.offer(
                        s,
                        settings.enabled(s.layer(), s.recommender())
                                ? settings.minScore(s.layer(), s.recommender())
                                : Double.POSITIVE_INFINITY);
            }
        }
        context.checkpoint();
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

    /**
     * The annotator's entity annotations by start, for the first one (in the set's order) that
     * overlaps a span, in logarithmic time and a scan of the ones that reach into it; they may
     * overlap one another in a file with problems.
     */
    private static final class EntityIndex {
        private final List<Annotation> inOrder;
        private final int[] byStart;
        private final int[] reach;

        EntityIndex(List<Annotation> entities) {
            inOrder = List.copyOf(entities);
            Integer[] order = new Integer[inOrder.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingInt(i -> inOrder.get(i).start()));
            byStart = new int[order.length];
            reach = new int[order.length];
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < order.length; i++) {
                byStart[i] = order[i];
                max = Math.max(max, inOrder.get(order[i]).end());
                reach[i] = max; // the furthest end of this entity and all that start before it
            }
        }

        Annotation firstOverlapping(int start, int end) {
            // the last entity that starts before the span ends
            int lo = 0;
            int hi = byStart.length - 1;
            int last = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (inOrder.get(byStart[mid]).start() < end) {
                    last = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            int first = Integer.MAX_VALUE;
            for (int p = last; p >= 0 && reach[p] > start; p--) {
                if (inOrder.get(byStart[p]).end() > start) {
                    first = Math.min(first, byStart[p]);
                }
            }
            return first == Integer.MAX_VALUE ? null : inOrder.get(first);
        }
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
        private final EntityIndex existingEntities;
        /** The kept entity suggestions by start: they never overlap one another (offer keeps it so). */
        private final TreeMap<Integer, Suggestion> keptEntities = new TreeMap<>();
        /** When each kept suggestion was offered, so that overlapping ones are weighed in that order. */
        private final Map<String, Integer> offered = new HashMap<>();
        /** The first kept suggestion of each layer and span, for the layers other than entities. */
        private final Map<String, String> keptSpans = new HashMap<>();

        Run(SuggestionContext context, AnnotationSet set, Schema schema, Set<Rejection> rejected) {
            this.context = context;
            this.schema = schema;
            this.rejected = rejected;
            for (Annotation a : set.annotations()) {
                existingSpans.putIfAbsent(a.layer() + ":" + a.start() + ":" + a.end(), a.id());
            }
            existingEntities = new EntityIndex(set.inLayer(Layers.ENTITY));
        }

        void offer(Suggestion s, double minScore) {
            if (s.score() < minScore
                    || schema.label(s.layer(), s.label()).isEmpty()
                    || rejected.contains(Rejection.of(s))) {
                redirect.put(s.key(), null);
                return;
            }
            String span = s.layer() + ":" + s.start() + ":" + s.end();
            String existing = existingSpans.get(span);
            if (existing != null) {
                redirect.put(s.key(), "=" + existing);
                return;
            }
            if (s.layer().equals(Layers.ENTITY)) {
                Annotation e = existingEntities.firstOverlapping(s.start(), s.end());
                if (e != null) {
                    redirect.put(s.key(), "=" + e.id());
                    return;
                }
                for (Suggestion other : overlappingKeptEntities(s.start(), s.end())) {
                    if (other.score() >= s.score()) {
                        redirect.put(s.key(), other.key());
                        return;
                    }
                    kept.remove(other.key());
                    keptEntities.remove(other.start());
                    redirect.put(other.key(), s.key());
                }
                keptEntities.put(s.start(), s);
            } else {
                String same = keptSpans.get(span);
                if (same != null) {
                    redirect.put(s.key(), same);
                    return;
                }
                keptSpans.put(span, s.key());
            }
            offered.put(s.key(), offered.size());
            kept.put(s.key(), s);
            context.accept(s);
        }

        /** The kept entity suggestions that overlap a span, in the order they were offered. */
        private List<Suggestion> overlappingKeptEntities(int start, int end) {
            List<Suggestion> out = new ArrayList<>();
            // Kept entities never overlap, so in order of start they are in order of end too.
            for (Suggestion other :
                    keptEntities.headMap(end, false).descendingMap().values()) {
                if (other.end() <= start) {
                    break;
                }
                out.add(other);
            }
            out.sort(Comparator.comparingInt(o -> offered.get(o.key())));
            return out;
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
