package org.newsmark.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** The cycle rule on roles within one layer: coref chains as well as continued quotes, at any length. */
class SameLayerCycleTest {
    private static final Schema SCHEMA = TestData.schema();

    private static Annotation x(int i, String... corefTargets) {
        List<Link> links = new ArrayList<>();
        for (String t : corefTargets) {
            links.add(new Link("coref", t));
        }
        return new Annotation("E" + i, "ENTITY", "PERSON", 2 * i, 2 * i + 1, "x", links, Map.of(), "");
    }

    @Test
    void aCorefCycleIsRefusedAtTheMentionThatClosesIt() {
        Article a = new Article("d", "x x x x");
        List<Violation> v = AnnotationRules.check(a, SCHEMA, List.of(x(0), x(1, "E3"), x(2, "E1"), x(3, "E2")));
        assertThat(v).singleElement().satisfies(violation -> {
            assertThat(violation.message()).isEqualTo("links form a cycle: E1 -> E3 -> E2 -> E1");
            assertThat(violation.index()).isEqualTo(1);
            assertThat(violation.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void aCorefLinkToAnotherLayerOrTwoLinksAreRefused() {
        Article a = new Article("d", "x x x");
        Annotation quote = Annotation.span("Q1", "QUOTE", "DIRECT", 4, 5, "x");
        assertThat(AnnotationRules.check(a, SCHEMA, List.of(x(0, "Q1"), x(1, "E0", "E2"), x(2), quote)))
                .extracting(Violation::message)
                .containsExactly(
                        "link coref=Q1 points at a QUOTE annotation; coref must point at ENTITY",
                        "role coref allows one link, found more");
    }

    @Test
    void aChainOf100000CorefLinksPasses() {
        int n = 100_001;
        Article a = new Article("d", "x ".repeat(n));
        List<Annotation> list = new ArrayList<>(n);
        list.add(x(0));
        for (int i = 1; i < n; i++) {
            list.add(x(i, "E" + (i - 1)));
        }
        assertThat(AnnotationRules.check(a, SCHEMA, list)).isEmpty();
    }

    @Test
    void aCycleOf100000CorefLinksIsFound() {
        int n = 100_000;
        Article a = new Article("d", "x ".repeat(n));
        List<Annotation> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(x(i, "E" + ((i + 1) % n)));
        }
        List<Violation> v = AnnotationRules.check(a, SCHEMA, list);
        assertThat(v).singleElement().satisfies(violation -> {
            // The search starts at the smallest id as text, "E0".
            assertThat(violation.message())
                    .startsWith("links form a cycle: E0 -> E1 -> E2 -> ")
                    .endsWith(" -> E99999 -> E0");
            assertThat(violation.index()).isZero();
        });
    }
}
