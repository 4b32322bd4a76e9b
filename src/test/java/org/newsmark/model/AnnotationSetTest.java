package org.newsmark.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnotationSetTest {
    @Test
    void keepsFileOrderByStartEndAndNumericId() {
        AnnotationSet set = new AnnotationSet(
                "d",
                "ana",
                List.of(
                        Annotation.span("E10", "ENTITY", "PERSON", 5, 9, "x"),
                        Annotation.span("E2", "ENTITY", "PERSON", 5, 9, "x"),
                        Annotation.span("E3", "ENTITY", "PERSON", 0, 9, "x"),
                        Annotation.span("E1", "ENTITY", "PERSON", 0, 4, "x")));
        assertThat(set.annotations()).extracting(Annotation::id).containsExactly("E1", "E3", "E2", "E10");
    }

    @Test
    void nextIdIsOneAboveTheHighest() {
        AnnotationSet set = new AnnotationSet(
                "d",
                "ana",
                List.of(
                        Annotation.span("E7", "ENTITY", "PERSON", 0, 1, "x"),
                        Annotation.span("Q2", "QUOTE", "DIRECT", 0, 1, "x")));
        assertThat(set.nextId("E")).isEqualTo("E8");
        assertThat(set.nextId("V")).isEqualTo("V1");
    }

    @Test
    void isImmutable() {
        AnnotationSet set = AnnotationSet.empty("d", "ana");
        AnnotationSet more = set.with(Annotation.span("E1", "ENTITY", "PERSON", 0, 1, "x"));
        assertThat(set.size()).isZero();
        assertThat(more.size()).isEqualTo(1);
        assertThatThrownBy(() -> more.annotations().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> more.with(Annotation.span("E1", "ENTITY", "GPE", 2, 3, "y")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(more.without("E1")).isEqualTo(set);
    }
}
