package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsmark.TestData;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;

import static org.assertj.core.api.Assertions.assertThat;

/** An example text with the entities an annotator has marked, run through the quote recommender. */
final class Example {
    private final Article article;
    private final List<Annotation> entities = new ArrayList<>();

    private Example(String text) {
        this.article = new Article("example", text);
    }

    static Example of(String text) {
        return new Example(text);
    }

    /** Marks the n-th (1-based) occurrence of the text as an entity. */
    Example entity(String text, String label, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = article.text().indexOf(text, at + 1);
        }
        assertThat(at).as("occurrence %d of %s", occurrence, text).isGreaterThanOrEqualTo(0);
        int start = article.codePointOffset(at);
        int end = start + text.codePointCount(0, text.length());
        entities.add(new Annotation(
                "E" + (entities.size() + 1), "ENTITY", label, start, end, text, List.of(), Map.of(), ""));
        return this;
    }

    Example entity(String text, String label) {
        return entity(text, label, 1);
    }

    Run quotes() {
        AnnotationSet set = new AnnotationSet("example", "ana", entities);
        Suggester suggester = new Suggester(List.of(new QuoteRecommender()), SuggestionSettings.defaults());
        return new Run(set, suggester.suggest(article, set, TestData.schema()));
    }

    /** The batch of one run and the set it ran on. */
    record Run(AnnotationSet set, SuggestionBatch batch) {
        List<Suggestion> quotes() {
            return batch.inLayer("QUOTE");
        }

        /** The one quote suggestion with this text. */
        Suggestion quote(String text) {
            List<Suggestion> found =
                    quotes().stream().filter(q -> q.text().equals(text)).toList();
            assertThat(found).as("quote \"%s\" among %s", text, quotes()).hasSize(1);
            return found.get(0);
        }

        /** The text of the speaker mention a quote links to (an annotation or a suggested entity). */
        String speaker(Suggestion quote) {
            SuggestedLink l = quote.links("speaker").stream()
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no speaker: " + quote));
            return l.toSuggestion()
                    ? batch.get(l.target()).orElseThrow().text()
                    : set.get(l.target()).orElseThrow().text();
        }

        /** The speaker as a suggested entity (one the annotator has not marked yet). */
        Suggestion suggestedSpeaker(Suggestion quote) {
            SuggestedLink l = quote.links("speaker").get(0);
            assertThat(l.toSuggestion())
                    .as("speaker of %s is a suggestion", quote)
                    .isTrue();
            return batch.get(l.target()).orElseThrow();
        }

        String speakerId(Suggestion quote) {
            SuggestedLink l = quote.links("speaker").get(0);
            assertThat(l.toSuggestion()).isFalse();
            return l.target();
        }

        /** The quote this one continues, or null. */
        Suggestion continued(Suggestion quote) {
            return quote.links("continues").stream()
                    .findFirst()
                    .flatMap(l -> batch.get(l.target()))
                    .orElse(null);
        }
    }
}
