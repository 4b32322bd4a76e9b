package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.EntityChains;
import org.newsmark.model.EntityChains.Form;
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
    private final BooleanSupplier stopped;

    /** @param stopped true once nobody waits for the run any more: the run then ends at its next checkpoint */
    SuggestionContext(Article article, AnnotationSet annotations, Schema schema, BooleanSupplier stopped) {
        this.stopped = stopped;
        this.article = article;
        this.annotations = annotations;
        this.schema = schema;
        this.analysis = new TextAnalysis(article);
        List<Annotation> entities = annotations.inLayer(Layers.ENTITY);
        for (Annotation a : entities) {
            mentions.add(new Mention(a.start(), a.end(), a.label(), a.id(), null, formOf(a.attributes())));
        }
        for (Annotation a : entities) {
            for (String target : a.targets(Layers.COREF)) {
                Mention from = mentions.byLink(SuggestedLink.toAnnotation(Layers.COREF, a.id()));
                Mention to = mentions.byLink(SuggestedLink.toAnnotation(Layers.COREF, target));
                if (to != null) {
                    mentions.join(from, to);
                }
            }
        }
    }

    /** True for an entity annotation that is a name, not a nominal or a pronoun: what entity recommenders learn. */
    static boolean isName(Annotation entity) {
        return formOf(entity.attributes()) == Form.NAME;
    }

    /** The form of a mention from its attributes: a name unless {@code mention} says otherwise. */
    static Form formOf(Map<String, String> attributes) {
        String value = attributes.get(EntityChains.MENTION);
        for (Form f : Form.values()) {
            if (f.value().equals(value)) {
                return f;
            }
        }
        return Form.NAME;
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

    /**
     * Ends the run when nobody waits for it any more (the annotator edited on, or left the
     * article): recommenders call it in their loops, so that a run over a long article gives the
     * processor back within milliseconds.
     *
     * @throws CancellationException when the run was stopped
     */
    public void checkpoint() {
        if (stopped.getAsBoolean()) {
            throw new CancellationException("suggestions no longer wanted");
        }
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
            Mention m = new Mention(s.start(), s.end(), s.label(), null, s.key(), formOf(s.attributes()));
            mentions.add(m);
            for (SuggestedLink l : s.links(Layers.COREF)) {
                Mention to = mentions.byLink(l);
                if (to != null) {
                    mentions.join(m, to);
                }
            }
        }
    }
}
