package org.newsmark.service;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsmark.TestData;
import org.newsmark.consistency.ConsistencyChecks;
import org.newsmark.consistency.Finding;
import org.newsmark.model.AnnotatedArticle;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Edits;
import org.newsmark.model.Link;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repairs of brat's consistency examples: "the Kremlin" once against "Kremlin" twice (a boundary
 * variant, whose repair keeps the annotation's id and the links to it), and a repair refused once
 * the annotation changed after the check.
 */
class FindingRepairTest {
    private static final Article A = new Article("a", "Officials at the Kremlin said so.");
    private static final Article B = new Article("b", "Kremlin officials met.");
    private static final Article C = new Article("c", "The Kremlin spoke.");

    private static List<AnnotatedArticle> corpus(AnnotationSet a) {
        return List.of(
                new AnnotatedArticle(A, a),
                new AnnotatedArticle(
                        B,
                        new AnnotationSet(
                                "b", "ana", List.of(Annotation.span("E1", "ENTITY", "ORGANIZATION", 0, 7, "Kremlin")))),
                new AnnotatedArticle(
                        C,
                        new AnnotationSet(
                                "c",
                                "ana",
                                List.of(Annotation.span("E1", "ENTITY", "ORGANIZATION", 4, 11, "Kremlin")))));
    }

    private static AnnotationSet setA() {
        Annotation kremlin = Annotation.span("E1", "ENTITY", "ORGANIZATION", 13, 24, "the Kremlin");
        Annotation quote = Annotation.span("Q1", "QUOTE", "INDIRECT", 0, 32, A.slice(0, 32))
                .withLink(new Link("speaker", "E1"), false);
        return new AnnotationSet("a", "ana", List.of(kremlin, quote));
    }

    private static Finding variant(AnnotationSet a) {
        return ConsistencyChecks.check(corpus(a)).stream()
                .filter(f -> f.problem() == Finding.Problem.BOUNDARY_VARIANT)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aBoundaryVariantTakesTheUsualExtentAndKeepsItsLinks() {
        AnnotationSet a = setA();
        Finding f = variant(a);
        assertThat(f.doc()).isEqualTo("a");
        FindingRepair.Result r = FindingRepair.of(f, TestData.schema(), A, a);
        assertThat(r.refusal()).isNull();
        AnnotationSet after = r.edit().apply(a);
        Annotation e1 = after.get("E1").orElseThrow();
        assertThat(List.of(e1.start(), e1.end())).containsExactly(17, 24);
        assertThat(e1.text()).isEqualTo("Kremlin");
        assertThat(after.get("Q1").orElseThrow().targets("speaker")).containsExactly("E1");
    }

    @Test
    void aFindingWhoseAnnotationChangedSinceTheCheckIsRefused() {
        AnnotationSet a = setA();
        Finding f = variant(a);
        AnnotationSet moved = Edits.bounds("E1", 17, 24, A).apply(a);
        FindingRepair.Result r = FindingRepair.of(f, TestData.schema(), A, moved);
        assertThat(r.ok()).isFalse();
        assertThat(r.refusal()).isEqualTo("E1 changed since the check; check again");
    }
}
