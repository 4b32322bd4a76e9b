package org.newsmark.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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

    @Test
    void hasSpanFindsAnAnnotationOfTheLayerWithExactlyThatSpan() {
        Random random = new Random(7);
        for (int round = 0; round < 100; round++) {
            List<Annotation> list = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int start = random.nextInt(200);
                int end = start + 1 + random.nextInt(5);
                String layer = random.nextBoolean() ? "ENTITY" : "QUOTE";
                list.add(Annotation.span((layer.equals("ENTITY") ? "E" : "Q") + i, layer, "X", start, end, "x"));
            }
            AnnotationSet set = new AnnotationSet("d", "ana", list);
            for (int k = 0; k < 50; k++) {
                int start = random.nextInt(205);
                int end = start + 1 + random.nextInt(5);
                String layer = random.nextBoolean() ? "ENTITY" : "QUOTE";
                boolean expected =
                        list.stream().anyMatch(a -> a.layer().equals(layer) && a.start() == start && a.end() == end);
                assertThat(set.hasSpan(layer, start, end))
                        .as("%s %d-%d", layer, start, end)
                        .isEqualTo(expected);
            }
            assertThat(set.inLayer("ENTITY"))
                    .containsExactlyElementsOf(set.annotations().stream()
                            .filter(a -> a.layer().equals("ENTITY"))
                            .toList())
                    .isSameAs(set.inLayer("ENTITY"));
        }
    }

    @Test
    void nextIdStaysOneAboveTheHighestAsAnnotationsAreAddedAndRemoved() {
        Random random = new Random(11);
        AnnotationSet set = AnnotationSet.empty("d", "ana");
        for (int i = 0; i < 300; i++) {
            String prefix = random.nextBoolean() ? "E" : "Q";
            if (random.nextInt(4) == 0 && !set.isEmpty()) {
                set = set.without(
                        set.annotations().get(random.nextInt(set.size())).id());
            } else {
                // now the next free id, now a number far above it, now an id that is not a number
                int kind = random.nextInt(5);
                String id = kind == 0
                        ? prefix + (100 + random.nextInt(900))
                        : kind == 1 ? prefix + "x" + i : set.nextId(prefix);
                if (set.contains(id)) {
                    continue;
                }
                int start = random.nextInt(100);
                set = set.with(
                        Annotation.span(id, prefix.equals("E") ? "ENTITY" : "QUOTE", "X", start, start + 1, "x"));
            }
            AnnotationSet fresh = new AnnotationSet("d", "ana", set.annotations());
            assertThat(set.nextId("E")).isEqualTo(fresh.nextId("E"));
            assertThat(set.nextId("Q")).isEqualTo(fresh.nextId("Q"));
        }
    }
}
