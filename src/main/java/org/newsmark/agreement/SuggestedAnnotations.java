package org.newsmark.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Sources;

/**
 * Agreement hygiene for pre-annotated work: how many annotations of each annotator came from
 * accepted suggestions ({@code source=suggest}), per layer, and the corpus without them (and
 * without the links to them), so that agreement and scores can be measured on unaided work.
 */
public final class SuggestedAnnotations {
    /** One annotator's annotations of one layer: how many, and how many of them came from suggestions. */
    public record Count(String annotator, String layer, int suggested, int total) {}

    /**
     * The counts, per annotator (in the corpus's order) and layer (in schema order), taken before
     * anything was left out; and, when the suggested annotations were left out, how many annotations
     * and links to them went.
     */
    public record Report(List<Count> counts, boolean excluded, int annotationsLeftOut, int linksLeftOut) {
        public Report {
            counts = List.copyOf(counts);
        }

        /** No counts: nothing was loaded. */
        public static Report none() {
            return new Report(List.of(), false, 0, 0);
        }

        /** The annotator's counts over all the layers: {suggested, total}. */
        public int[] total(String annotator) {
            int[] t = new int[2];
            for (Count c : counts) {
                if (c.annotator().equals(annotator)) {
                    t[0] += c.suggested();
                    t[1] += c.total();
                }
            }
            return t;
        }

        /**
         * Whether there is anything to say: an annotation came from a suggestion, or the request left
         * them out. Projects without pre-annotation keep their reports as they were.
         */
        public boolean worthReporting() {
            return excluded || counts.stream().anyMatch(c -> c.suggested() > 0);
        }

        /** The annotators counted, in order. */
        public List<String> annotators() {
            return counts.stream().map(Count::annotator).distinct().toList();
        }
    }

    /** The corpus the measures run on, and the report of what came from suggestions. */
    public record Hygiene(AnnotatedCorpus corpus, Report report) {}

    private SuggestedAnnotations() {}

    /**
     * As {@link #apply} for one annotator scored against a reference: when {@code exclude}, the
     * reference's annotations that overlap one of the annotator's suggested annotations in the same
     * layer go too (with the links to them), so that what the annotator took from a suggestion is
     * neither credited nor counted as missed. The reference's own suggested annotations go as well.
     */
    public static Hygiene forScoring(AnnotatedCorpus corpus, String annotator, String reference, boolean exclude) {
        Hygiene hygiene = apply(corpus, List.of(), exclude);
        if (!exclude) {
            return hygiene;
        }
        Map<String, Map<String, AnnotationSet>> sets = new HashMap<>();
        int annotations = hygiene.report().annotationsLeftOut();
        int links = hygiene.report().linksLeftOut();
        for (Article article : corpus.articles()) {
            List<Annotation> taken = corpus.set(article.id(), annotator)
                    .map(set -> set.annotations().stream()
                            .filter(Sources::suggested)
                            .toList())
                    .orElse(List.of());
            Map<String, AnnotationSet> pair = new HashMap<>();
            for (String name : hygiene.corpus().present(article.id())) {
                pair.put(name, hygiene.corpus().set(article.id(), name).orElseThrow());
            }
            if (!taken.isEmpty() && pair.containsKey(reference)) {
                Sources.Removal removal = Sources.without(
                        pair.get(reference),
                        a -> taken.stream()
                                .anyMatch(t -> t.layer().equals(a.layer()) && a.overlaps(t.start(), t.end())));
                pair.put(reference, removal.set());
                annotations += removal.annotations();
                links += removal.links();
            }
            sets.put(article.id(), pair);
        }
        AnnotatedCorpus measured = new AnnotatedCorpus(corpus.schema(), corpus.articles(), corpus.annotators(), sets);
        Report r = hygiene.report();
        return new Hygiene(measured, new Report(r.counts(), true, annotations, links));
    }

    /**
     * Counts the suggested annotations of the chosen layers (all when none are given) and, when
     * {@code exclude}, leaves them and the links to them out of the corpus.
     */
    public static Hygiene apply(AnnotatedCorpus corpus, List<String> layers, boolean exclude) {
        List<String> chosen = layers.isEmpty() ? corpus.schema().layerNames() : layers;
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String annotator : corpus.annotators()) {
            for (String layer : chosen) {
                counts.put(annotator + "\0" + layer, new int[2]);
            }
        }
        Map<String, Map<String, AnnotationSet>> sets = new HashMap<>();
        int annotations = 0;
        int links = 0;
        for (Article article : corpus.articles()) {
            Map<String, AnnotationSet> perAnnotator = new HashMap<>();
            for (String annotator : corpus.present(article.id())) {
                AnnotationSet set = corpus.set(article.id(), annotator).orElseThrow();
                AnnotationSet kept = exclude ? Sources.withoutSuggested(set).set() : set;
                for (String layer : chosen) {
                    int[] c = counts.get(annotator + "\0" + layer);
                    for (Annotation a : set.inLayer(layer)) {
                        c[1]++;
                        c[0] += Sources.suggested(a) ? 1 : 0;
                    }
                    if (exclude) {
                        // what the measures of the chosen layers lose: the annotations and the links to them
                        annotations +=
                                set.inLayer(layer).size() - kept.inLayer(layer).size();
                        for (Annotation a : kept.inLayer(layer)) {
                            links += set.get(a.id()).orElseThrow().links().size()
                                    - a.links().size();
                        }
                    }
                }
                perAnnotator.put(annotator, kept);
            }
            sets.put(article.id(), perAnnotator);
        }
        List<Count> out = new ArrayList<>();
        counts.forEach((key, c) -> out.add(
                new Count(key.substring(0, key.indexOf('\0')), key.substring(key.indexOf('\0') + 1), c[0], c[1])));
        AnnotatedCorpus measured =
                exclude ? new AnnotatedCorpus(corpus.schema(), corpus.articles(), corpus.annotators(), sets) : corpus;
        return new Hygiene(measured, new Report(out, exclude, annotations, links));
    }
}
