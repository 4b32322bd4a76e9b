package org.newsmark.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where an annotation came from, as its attribute {@code source} records it: {@code source=suggest}
 * for a suggestion the annotator accepted. Pre-annotation biases annotators toward what was
 * suggested, so agreement can count such annotations and be measured without them.
 */
public final class Sources {
    public static final String ATTRIBUTE = "source";
    public static final String SUGGEST = "suggest";

    /** A set without its accepted suggestions, and how many annotations and links to them went. */
    public record Removal(AnnotationSet set, int annotations, int links) {}

    private Sources() {}

    /** True for an annotation that came from an accepted suggestion. */
    public static boolean suggested(Annotation a) {
        return SUGGEST.equals(a.attributes().get(ATTRIBUTE));
    }

    /** The set without the annotations that came from suggestions, and without every link to them. */
    public static Removal withoutSuggested(AnnotationSet set) {
        return without(set, Sources::suggested);
    }

    /** The set without the annotations chosen, and without every link to them. */
    public static Removal without(AnnotationSet set, Predicate<Annotation> leaveOut) {
        Set<String> gone = new HashSet<>();
        for (Annotation a : set.annotations()) {
            if (leaveOut.test(a)) {
                gone.add(a.id());
            }
        }
        if (gone.isEmpty()) {
            return new Removal(set, 0, 0);
        }
        List<Annotation> kept = new ArrayList<>();
        int links = 0;
        for (Annotation a : set.annotations()) {
            if (gone.contains(a.id())) {
                continue;
            }
            List<Link> remaining =
                    a.links().stream().filter(l -> !gone.contains(l.target())).toList();
            links += a.links().size() - remaining.size();
            kept.add(remaining.size() == a.links().size() ? a : a.withLinks(remaining));
        }
        return new Removal(set.withAnnotations(kept), gone.size(), links);
    }
}
