package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Schema;

/**
 * What a recommender sees during one run: the article, the annotator's current set, the schema,
 * the suggestions that recommenders before it proposed, and a source of batch keys. Recommenders
 * of the ENTITY layer run first, so quote and event recommenders can link to their entities.
 */
public final class SuggestionContext {
    private final Article article;
    private final AnnotationSet annotations;
    private final Schema schema;
    private final TextAnalysis analysis;
    private final List<Suggestion> earlier = new ArrayList<>();
    private final Mentions mentions = new Mentions();
    private int nextKey = 1;

    SuggestionContext(Article article, AnnotationSet annotations, Schema schema) {
        this.article = article;
        this.annotations = annotations;
        this.schema = schema;
        this.analysis = new TextAnalysis(article);
        for (Annotation a : annotations.annotations()) {
            if (a.layer().equals(Layers.ENTITY)) {
                mentions.add(new Mention(a.start(), a.end(), a.label(), a.id(), null,
                        "nominal".equals(a.attributes().get("mention"))));
            }
        }
    }

    public Article article() {
        return article;
    }

    public AnnotationSet annotations() {
        return annotations;
    }

    public Schema schema() {
        return schema;
    }

    /** The suggestions accepted into the batch so far (of the recommenders that ran before). */
    public List<Suggestion> earlier() {
        return Collections.unmodifiableList(earlier);
    }

    /** A key not used yet in this batch. */
    public String newKey() {
        return "S" + nextKey++;
    }

    TextAnalysis analysis() {
        return analysis;
    }

    Mentions mentions() {
        return mentions;
    }

    /** Records a suggestion that the engine kept, so later recommenders can see and link to it. */
    void accept(Suggestion s) {
        earlier.add(s);
        if (s.layer().equals(Layers.ENTITY)) {
            mentions.add(new Mention(s.start(), s.end(), s.label(), null, s.key(),
                    "nominal".equals(s.attributes().get("mention"))));
        }
    }
}
