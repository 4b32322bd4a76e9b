package org.newsmark.service;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsmark.TestData;
import org.newsmark.consistency.CorpusSearch;
import org.newsmark.model.AnnotatedArticle;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Layer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * INCEpTION's "annotate all hits" on one article: a hit inside a span that already has the label
 * ("Kremlin" in "the Kremlin") is left alone, the same span under another label is relabelled, a
 * bare hit is marked, and a hit whose text is no longer there is skipped.
 */
class HitMarkingTest {
    private static final Article A = new Article("a", "Kremlin aides met. Later the Kremlin said the Kremlin agreed.");
    private static final Layer ENTITY = TestData.schema().requireLayer("ENTITY");

    private static List<CorpusSearch.Hit> hits(AnnotationSet set) {
        return CorpusSearch.search(
                new CorpusSearch.Query("Kremlin", false, true, false, null, null, false),
                List.of(new AnnotatedArticle(A, set)));
    }

    @Test
    void eachHitGetsTheLabelOnceInOneEdit() {
        AnnotationSet set = new AnnotationSet(
                "a",
                "ana",
                List.of(
                        Annotation.span("E1", "ENTITY", "GPE", 0, 7, "Kremlin"),
                        Annotation.span("E2", "ENTITY", "ORGANIZATION", 25, 36, "the Kremlin")));
        HitMarking.Plan plan =
                HitMarking.plan(ENTITY, "ORGANIZATION", A, set, hits(set)).orElseThrow();
        assertThat(List.of(plan.marked(), plan.relabelled())).containsExactly(1, 1);
        AnnotationSet after = plan.edit().apply(set);
        assertThat(after.annotations().stream()
                        .map(x -> x.id() + " " + x.label() + " " + x.start() + "-" + x.end())
                        .toList())
                .containsExactly("E1 ORGANIZATION 0-7", "E2 ORGANIZATION 25-36", "E3 ORGANIZATION 46-53");
        assertThat(HitMarking.plan(ENTITY, "ORGANIZATION", A, after, hits(after)))
                .isEmpty();
    }

    @Test
    void aHitWhoseTextMovedIsSkipped() {
        AnnotationSet empty = AnnotationSet.empty("a", "ana");
        Article edited = new Article("a", "MOSCOW - " + A.text());
        assertThat(HitMarking.plan(ENTITY, "ORGANIZATION", edited, empty, hits(empty)))
                .isEmpty();
    }
}
