package org.newsmark.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The entities of one annotation set: its ENTITY mentions grouped by their {@code coref} links.
 *
 * <p>A mention links to an earlier mention of the same entity with the role {@code coref}; an
 * entity is a connected group of such links (the links are read as undirected, so it does not
 * matter which mention of a chain a link points at). A mention that links nowhere and that nothing
 * links to is an entity of its own. Links to missing ids or to other layers are left out here;
 * {@link AnnotationRules} reports them.
 *
 * <p>Entities come in the order of their first mention, each with its mentions in file order and a
 * canonical mention: its longest named mention (attribute {@code mention} is {@code name} or absent),
 * the earliest on a tie; an entity without a named mention takes its longest mention of any form.
 */
public final class EntityChains {
    /** The layer whose annotations are mentions. */
    public static final String LAYER = "ENTITY";
    /** The role by which a mention links to an earlier mention of the same entity. */
    public static final String ROLE = "coref";
    /** The attribute that says what kind of mention an annotation is ({@link Form}). */
    public static final String MENTION = "mention";

    /** What kind of mention an annotation is, from its attribute {@code mention}. */
    public enum Form {
        NAME,
        NOMINAL,
        PRONOUN;

        /** The attribute value: {@code name}, {@code nominal}, {@code pronoun}. */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The form of a mention: {@link #NAME} when the attribute is absent, empty for an unknown
         * value. Values are compared ignoring case and surrounding space.
         */
        public static Optional<Form> of(Annotation mention) {
            String value = mention.attributes().get(MENTION);
            if (value == null) {
                return Optional.of(NAME);
            }
            for (Form f : values()) {
                if (f.value().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One entity: its position in {@link #entities()}, its mentions in file order (never empty)
     * and the mention that names it.
     */
    public record Entity(int index, List<Annotation> mentions, Annotation canonical) {
        public Entity {
            mentions = List.copyOf(mentions);
        }

        /** The text of the canonical mention. */
        public String name() {
            return canonical.text();
        }

        public Annotation first() {
            return mentions.get(0);
        }

        public boolean isSingleton() {
            return mentions.size() == 1;
        }
    }

    private final List<Entity> entities;
    private final Map<String, Entity> byMention;

    private EntityChains(List<Entity> entities) {
        this.entities = Collections.unmodifiableList(entities);
        this.byMention = new HashMap<>();
        for (Entity e : entities) {
            for (Annotation m : e.mentions()) {
                byMention.put(m.id(), e);
            }
        }
    }

    /** The entities of the ENTITY annotations of a set. */
    public static EntityChains of(AnnotationSet set) {
        List<Annotation> mentions = set.inLayer(LAYER);
        Map<String, Integer> indexOf = new HashMap<>(mentions.size() * 2);
        for (int i = 0; i < mentions.size(); i++) {
            indexOf.put(mentions.get(i).id(), i);
        }
        UnionFind groups = new UnionFind(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            for (String target : mentions.get(i).targets(ROLE)) {
                Integer j = indexOf.get(target);
                if (j != null) {
                    groups.union(i, j);
                }
            }
        }
        // Mentions are in file order, so an entity's first member fixes its place.
        Map<Integer, List<Annotation>> byRoot = new HashMap<>();
        List<List<Annotation>> ordered = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            List<Annotation> members = byRoot.computeIfAbsent(groups.find(i), r -> {
                List<Annotation> list = new ArrayList<>();
                ordered.add(list);
                return list;
            });
            members.add(mentions.get(i));
        }
        List<Entity> entities = new ArrayList<>(ordered.size());
        for (List<Annotation> members : ordered) {
            entities.add(new Entity(entities.size(), members, canonical(members)));
        }
        return new EntityChains(entities);
    }

    /** The longest named mention, else the longest of any form; the earliest on a tie. */
    static Annotation canonical(List<Annotation> mentions) {
        Annotation bestNamed = null;
        Annotation best = null;
        for (Annotation m : mentions) {
            if (best == null || m.length() > best.length()) {
                best = m;
            }
            boolean named = Form.of(m).map(f -> f == Form.NAME).orElse(false);
            if (named && (bestNamed == null || m.length() > bestNamed.length())) {
                bestNamed = m;
            }
        }
        return bestNamed != null ? bestNamed : best;
    }

    /** The entities in the order of their first mention, unmodifiable. */
    public List<Entity> entities() {
        return entities;
    }

    public int size() {
        return entities.size();
    }

    /** The entity a mention belongs to; empty for an id that is not an ENTITY annotation of the set. */
    public Optional<Entity> entityOf(String mentionId) {
        return Optional.ofNullable(byMention.get(mentionId));
    }

    @Override
    public String toString() {
        return "EntityChains[" + entities.size() + " entities]";
    }

    /** Disjoint sets over 0..n-1, union by size, with path halving: no recursion at any depth. */
    private static final class UnionFind {
        private final int[] parent;
        private final int[] size;

        UnionFind(int n) {
            parent = new int[n];
            size = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                size[i] = 1;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            if (size[ra] < size[rb]) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            parent[rb] = ra;
            size[ra] += size[rb];
        }
    }
}
