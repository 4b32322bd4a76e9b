package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsmark.model.Annotation;

/**
 * Entities by string ({@code entity-strings}), as INCEpTION's string matcher: every string marked
 * as an entity in the training articles, and in the annotator's current set, is proposed wherever
 * it occurs again as whole words, with its most frequent label. Names only: nominal and pronoun
 * mentions are left out (they are marked only as speakers or participants, so "he" marked in one
 * place says nothing about "he" elsewhere). The score is the label's share times the share of the
 * string's occurrences that were marked (see {@link PhraseTable}).
 */
public final class StringMatchRecommender implements Recommender {
    public static final String ID = "entity-strings";

    private final PhraseTable table;

    StringMatchRecommender(PhraseTable table) {
        this.table = table;
    }

    /** Learns the strings of the documents' entities. */
    public static StringMatchRecommender train(List<TrainingDocument> documents) {
        return trainAnalyzed(Analyzed.all(documents));
    }

    static StringMatchRecommender trainAnalyzed(List<Analyzed> documents) {
        PhraseTable table = new PhraseTable(false);
        for (Analyzed d : documents) {
            for (Annotation e : d.document().annotations().inLayer(Layers.ENTITY)) {
                if (SuggestionContext.isName(e)) {
                    table.annotated(e.text(), e.label());
                }
            }
        }
        for (Analyzed d : documents) {
            table.countOccurrences(d.analysis());
        }
        return new StringMatchRecommender(table);
    }

    /** The number of distinct strings learned. */
    public int size() {
        return table.size();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String layer() {
        return Layers.ENTITY;
    }

    @Override
    public List<Suggestion> suggest(SuggestionContext context) {
        TextAnalysis a = context.analysis();
        // The annotator's own marks in this article count without the occurrence share: the other
        // occurrences are exactly what is left to mark.
        PhraseTable own = new PhraseTable(false);
        for (Annotation e : context.annotations().inLayer(Layers.ENTITY)) {
            if (SuggestionContext.isName(e)) {
                own.annotated(e.text(), e.label());
            }
        }
        List<Suggestion> out = new ArrayList<>();
        for (int i = 0; i < a.tokens(); i++) {
            if (i % 512 == 0) {
                context.checkpoint();
            }
            PhraseTable.Entry mine = own.size() == 0 ? null : own.match(a, i);
            PhraseTable.Entry learned = table.match(a, i);
            PhraseTable.Entry e =
                    mine != null && (learned == null || mine.tokens.length >= learned.tokens.length) ? mine : learned;
            if (e == null) {
                continue;
            }
            double score = e == mine ? (double) e.labels.get(e.label()) / e.annotated : e.score();
            int last = i + e.tokens.length - 1;
            int start = a.tokenStart[i];
            int end = a.tokenEnd[last];
            out.add(new Suggestion(
                    context.newKey(),
                    Layers.ENTITY,
                    e.label(),
                    start,
                    end,
                    a.slice(start, end),
                    ID,
                    score,
                    List.of(),
                    Map.of()));
            i = last;
        }
        return out;
    }
}
