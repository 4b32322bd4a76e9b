package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Edit;
import org.newsmark.model.Link;
import org.newsmark.model.Schema;

/**
 * The suggestions of one run on one article, in text order, with the means to accept them: an
 * {@link Edit} that adds accepted suggestions to the set with fresh ids (an accepted quote brings
 * the speaker entity it proposes along), so that accepting is one undo step in the annotator.
 */
public final class SuggestionBatch {
    private final String doc;
    private final List<Suggestion> suggestions;
    private final Map<String, Suggestion> byKey = new HashMap<>();
    private final List<String> failures;

    SuggestionBatch(String doc, List<Suggestion> suggestions, List<String> failures) {
        this.doc = doc;
        this.suggestions = List.copyOf(suggestions);
        this.failures = List.copyOf(failures);
        for (Suggestion s : this.suggestions) {
            byKey.put(s.key(), s);
        }
    }

    public String doc() {
        return doc;
    }

    public List<Suggestion> suggestions() {
        return suggestions;
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

    /** The suggestions that accepting the given ones adds: those they link to (transitively) first, then themselves. */
    public List<Suggestion> closure(Collection<String> keys) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : keys) {
            visit(k, out, new java.util.HashSet<>());
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
        List<Suggestion> toAdd = closure(keys);
        return new Edit() {
            @Override
            public AnnotationSet apply(AnnotationSet set) {
                return acceptInto(set, toAdd, schema);
            }

            @Override
            public String description() {
                return toAdd.size() == 1 ? "Accept " + toAdd.get(0).label() + " suggestion"
                        : "Accept " + toAdd.size() + " suggestions";
            }
        };
    }

    private static AnnotationSet acceptInto(AnnotationSet set, List<Suggestion> toAdd, Schema schema) {
        Map<String, String> ids = new HashMap<>();
        AnnotationSet result = set;
        for (Suggestion s : toAdd) {
            Optional<Annotation> same = result.annotations().stream().filter(a -> a.layer().equals(s.layer())
                    && a.label().equals(s.label()) && a.start() == s.start() && a.end() == s.end()).findFirst();
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
            result = result.with(new Annotation(id, s.layer(), s.label(), s.start(), s.end(), s.text(), links,
                    s.attributes(), ""));
            ids.put(s.key(), id);
        }
        return result;
    }
}
