package org.newsmark.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Schema;

/**
 * What agreement is measured on: the schema, the chosen articles (sorted by document id), the
 * chosen annotators (sorted) and, for each article, the annotation sets of the annotators who
 * have a file for it. An annotator without a set for an article is missing there, which is not
 * the same as an empty set (a file with no annotation: the annotator marked nothing).
 */
public final class AnnotatedCorpus {
    private final Schema schema;
    private final List<Article> articles;
    private final List<String> annotators;
    private final Map<String, Map<String, AnnotationSet>> sets;
    /** doc, annotator, layer: the spans of the layer, computed once. */
    private final Map<String, Map<String, Map<String, List<Annotation>>>> byLayer = new HashMap<>();

    public AnnotatedCorpus(
            Schema schema,
            List<Article> articles,
            List<String> annotators,
            Map<String, Map<String, AnnotationSet>> sets) {
        this.schema = Objects.requireNonNull(schema, "schema");
        List<Article> sortedArticles = new ArrayList<>(articles);
        sortedArticles.sort(Comparator.comparing(Article::id));
        this.articles = List.copyOf(sortedArticles);
        this.annotators = annotators.stream().sorted().distinct().toList();
        Map<String, Map<String, AnnotationSet>> copy = new HashMap<>();
        for (Article a : this.articles) {
            Map<String, AnnotationSet> perAnnotator = new HashMap<>();
            for (Map.Entry<String, AnnotationSet> e :
                    sets.getOrDefault(a.id(), Map.of()).entrySet()) {
                if (this.annotators.contains(e.getKey())) {
                    perAnnotator.put(e.getKey(), e.getValue());
                }
            }
            copy.put(a.id(), Map.copyOf(perAnnotator));
            Map<String, Map<String, List<Annotation>>> layers = new HashMap<>();
            perAnnotator.forEach((annotator, set) -> {
                Map<String, List<Annotation>> perLayer = new HashMap<>();
                for (Annotation span : set.annotations()) {
                    perLayer.computeIfAbsent(span.layer(), l -> new ArrayList<>())
                            .add(span);
                }
                perLayer.replaceAll((l, list) -> List.copyOf(list));
                layers.put(annotator, perLayer);
            });
            byLayer.put(a.id(), layers);
        }
        this.sets = copy;
    }

    public Schema schema() {
        return schema;
    }

    public List<Article> articles() {
        return articles;
    }

    public List<String> annotators() {
        return annotators;
    }

    /** The set of an annotator on an article, or empty when the annotator is missing there. */
    public Optional<AnnotationSet> set(String doc, String annotator) {
        return Optional.ofNullable(sets.getOrDefault(doc, Map.of()).get(annotator));
    }

    /** The spans of one layer in an annotator's set (in file order), empty when the annotator is missing. */
    public List<Annotation> spans(String doc, String annotator, String layer) {
        return byLayer.getOrDefault(doc, Map.of())
                .getOrDefault(annotator, Map.of())
                .getOrDefault(layer, List.of());
    }

    public boolean has(String doc, String annotator) {
        return sets.getOrDefault(doc, Map.of()).containsKey(annotator);
    }

    /** The chosen annotators who have a file for the article, sorted. */
    public List<String> present(String doc) {
        return annotators.stream().filter(a -> has(doc, a)).toList();
    }
}
