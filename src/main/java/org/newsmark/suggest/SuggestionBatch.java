package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Edit;
import org.newsmark.model.Link;
import org.newsmark.model.Schema;
import org.newsmark.model.Sources;

/**
 * The suggestions of one run on one article, in text order, and the links proposed for annotations
 * that exist ({@link LinkSuggestion}), with the means to accept them: an {@link Edit} that adds
 * accepted suggestions to the set with fresh ids (an accepted quote brings the speaker entity it
 * proposes along, a pronoun the mention it is chained to), each with {@code source=suggest}, and
 * accepted links to their annotations, so that accepting is one undo step in the annotator. Keys
 * name suggestions and link suggestions alike and are unique in the batch.
 */
public final class SuggestionBatch {
    /**
     * The attribute every accepted suggestion carries, {@code source=suggest}: agreement and scores
     * can then count, or leave out, what annotators took from suggestions.
     */
    public static final String SOURCE = Sources.ATTRIBUTE;

    public static final String SUGGEST = Sources.SUGGEST;

    private final String doc;
    private final List<Suggestion> suggestions;
    private final Map<String, Suggestion> byKey = new HashMap<>();
    private final List<LinkSuggestion> links;
    private final Map<String, LinkSuggestion> linkByKey = new HashMap<>();
    private final List<String> failures;
    /** The length of the longest suggestion: none that starts further before an offset reaches it. */
    private final int longest;

    SuggestionBatch(String doc, List<Suggestion> suggestions, List<LinkSuggestion> links, List<String> failures) {
        this.doc = doc;
        this.suggestions = List.copyOf(suggestions);
        this.links = List.copyOf(links);
        this.failures = List.copyOf(failures);
        int longestSeen = 0;
        for (Suggestion s : this.suggestions) {
            byKey.put(s.key(), s);
            longestSeen = Math.max(longestSeen, s.end() - s.start());
        }
        longest = longestSeen;
        for (LinkSuggestion l : this.links) {
            linkByKey.put(l.key(), l);
        }
    }

    /** The links proposed for annotations of the set (a name's coref link), in the order of their annotations. */
    public List<LinkSuggestion> links() {
        return links;
    }

    public Optional<LinkSuggestion> link(String key) {
        return Optional.ofNullable(linkByKey.get(key));
    }

    public String doc() {
        return doc;
    }

    public List<Suggestion> suggestions() {
        return suggestions;
    }

    /**
     * The suggestions that meet [first, last] (code points, both included), in text order: what one
     * screen of the annotator shows, found by a binary search rather than a pass over all of them.
     */
    public List<Suggestion> meeting(int first, int last) {
        int lo = 0;
        int hi = suggestions.size();
        int from = first - longest;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (suggestions.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Suggestion> out = new ArrayList<>();
        for (int i = lo; i < suggestions.size() && suggestions.get(i).start() <= last; i++) {
            if (suggestions.get(i).end() >= first) {
                out.add(suggestions.get(i));
            }
        }
        return out;
    }

    /** Recommenders that threw, with the reason; their suggestions are missing from the batch. */
    public List<String> failures() {
        return failures;
    }

    public Optional<Suggestion> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public List<Suggestion> inLayer(String layer) {
        return suggestions.stream().filter(s -> s.layer().equals(layer)).toList();
    }

    /**
     * The suggestions that accepting the given keys adds: those they link to (transitively) first,
     * then themselves; for a link suggestion, the suggestion it links to.
     */
    public List<Suggestion> closure(Collection<String> keys) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : keys) {
            LinkSuggestion l = linkByKey.get(k);
            if (l != null && l.link().toSuggestion()) {
                visit(l.link().target(), out, new HashSet<>());
            }
            visit(k, out, new HashSet<>());
        }
        return out.stream().map(byKey::get).toList();
    }

    private void visit(String key, Set<String> out, Set<String> path) {
        Suggestion s = byKey.get(key);
        if (s == null || out.contains(key) || !path.add(key)) {
            return;
        }
        for (SuggestedLink l : s.links()) {
            if (l.toSuggestion()) {
                visit(l.target(), out, path);
            }
        }
        out.add(key);
    }

    /**
     * An edit that adds the given suggestions and those they link to. Each gets the next free id
     * of its layer's prefix in the set it is applied to; a suggestion whose layer, label and span
     * the set already has is not added again, and links to it go to that annotation.
     */
    public Edit accept(Collection<String> keys, Schema schema) {
        List<LinkSuggestion> linksToAdd =
                keys.stream().map(linkByKey::get).filter(Objects::nonNull).toList();
        return edit(closure(keys), linksToAdd, schema);
    }

    /**
     * An edit that accepts one suggestion under another label of its layer (the annotator's label
     * key on a suggestion), with what it links to, as {@link #accept} does.
     *
     * @throws IllegalArgumentException for a key not in the batch or a label its layer does not have
     */
    public Edit acceptAs(String key, String label, Schema schema) {
        Suggestion s =
                get(key).orElseThrow(() -> new IllegalArgumentException("no suggestion " + key + " in the batch"));
        if (schema.requireLayer(s.layer()).label(label).isEmpty()) {
            throw new IllegalArgumentException("layer " + s.layer() + " has no label " + label);
        }
        List<Suggestion> toAdd = closure(List.of(key)).stream()
                .map(x -> x.key().equals(key) ? x.withLabel(label) : x)
                .toList();
        return edit(toAdd, List.of(), schema);
    }

    /** The keys of one recommender's suggestions and link suggestions, in order: "accept all of it". */
    public List<String> keysOf(String recommender) {
        List<String> out = new ArrayList<>();
        suggestions.stream().filter(s -> s.recommender().equals(recommender)).forEach(s -> out.add(s.key()));
        links.stream().filter(l -> l.recommender().equals(recommender)).forEach(l -> out.add(l.key()));
        return out;
    }

    private static Edit edit(List<Suggestion> toAdd, List<LinkSuggestion> linksToAdd, Schema schema) {
        return new Edit() {
            @Override
            public AnnotationSet apply(AnnotationSet set) {
                Map<String, String> ids = new HashMap<>();
                return addLinks(acceptInto(set, toAdd, schema, ids), linksToAdd, ids, schema);
            }

            @Override
            public String description() {
                int n = toAdd.size() + linksToAdd.size();
                return n == 1 && toAdd.size() == 1
                        ? "Accept " + toAdd.get(0).label() + " suggestion"
                        : n == 1 ? "Accept " + linksToAdd.get(0).role() + " link" : "Accept " + n + " suggestions";
            }
        };
    }

    /**
     * Adds accepted links to their annotations: to a role that takes one target only when the
     * annotation has none yet (the annotator's own link wins), and only to targets in the set.
     */
    private static AnnotationSet addLinks(
            AnnotationSet set, List<LinkSuggestion> accepted, Map<String, String> ids, Schema schema) {
        AnnotationSet result = set;
        for (LinkSuggestion l : accepted) {
            Optional<Annotation> from = result.get(l.annotationId());
            String target = l.link().toSuggestion()
                    ? ids.get(l.link().target())
                    : l.link().target();
            if (from.isEmpty() || target == null || !result.contains(target)) {
                continue;
            }
            boolean many = schema.requireLayer(from.get().layer())
                    .role(l.role())
                    .map(r -> r.many())
                    .orElse(false);
            if (!many && !from.get().targets(l.role()).isEmpty()
                    || from.get().targets(l.role()).contains(target)) {
                continue;
            }
            result = result.replacing(from.get().withLink(new Link(l.role(), target), many));
        }
        return result;
    }

    /** The set with every suggestion of the batch accepted, and the id each suggestion got (by key). */
    record Accepted(AnnotationSet set, Map<String, String> ids) {}

    /** Accepts every suggestion into the set, as one edit of all keys would, and says which id each got. */
    Accepted acceptAll(AnnotationSet set, Schema schema) {
        Map<String, String> ids = new HashMap<>();
        AnnotationSet result = acceptInto(
                set, closure(suggestions.stream().map(Suggestion::key).toList()), schema, ids);
        return new Accepted(addLinks(result, links, ids, schema), ids);
    }

    private static AnnotationSet acceptInto(
            AnnotationSet set, List<Suggestion> toAdd, Schema schema, Map<String, String> ids) {
        AnnotationSet result = set;
        for (Suggestion s : toAdd) {
            Optional<Annotation> same = result.annotations().stream()
                    .filter(a -> a.layer().equals(s.layer())
                            && a.label().equals(s.label())
                            && a.start() == s.start()
                            && a.end() == s.end())
                    .findFirst();
            if (same.isPresent()) {
                ids.put(s.key(), same.get().id());
                continue;
            }
            List<Link> links = new ArrayList<>();
            for (SuggestedLink l : s.links()) {
                String target = l.toSuggestion() ? ids.get(l.target()) : l.target();
                if (target != null && result.contains(target)) {
                    links.add(new Link(l.role(), target));
                }
            }
            String id = result.nextId(schema.requireLayer(s.layer()).idPrefix());
            Map<String, String> attributes = new LinkedHashMap<>(s.attributes());
            attributes.put(SOURCE, SUGGEST);
            result = result.with(
                    new Annotation(id, s.layer(), s.label(), s.start(), s.end(), s.text(), links, attributes, ""));
            ids.put(s.key(), id);
        }
        return result;
    }
}
