package org.newsmark.agreement.span;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsmark.model.Annotation;

import static org.assertj.core.api.Assertions.assertThat;

class SpanMatchingTest {
    private static Annotation span(String id, String label, int start, int end) {
        return Annotation.span(id, "ENTITY", label, start, end, "x".repeat(end - start));
    }

    @Test
    void exactNeedsLabelStartAndEndAndCountsDuplicatesOnce() {
        List<Annotation> a = List.of(span("A1", "PERSON", 0, 5), span("A2", "PERSON", 0, 5), span("A3", "GPE", 10, 12));
        List<Annotation> b =
                List.of(span("B1", "PERSON", 0, 5), span("B2", "GPE", 10, 13), span("B3", "PERSON", 10, 12));
        assertThat(SpanMatching.exactMatches(a, b)).isEqualTo(1);
        assertThat(SpanMatching.exactMatches(b, a)).isEqualTo(1);
    }

    @Test
    void overlapIsOneToOneLargestOverlapFirst() {
        // B1 overlaps A1 by 3 and A2 by 4: it goes to A2; A1 then takes B2
        List<Annotation> a = List.of(span("A1", "PERSON", 0, 5), span("A2", "PERSON", 6, 12));
        List<Annotation> b = List.of(span("B1", "PERSON", 2, 10), span("B2", "PERSON", 4, 5));
        List<SpanMatching.Match> m = SpanMatching.overlapMatches(a, b);
        assertThat(m).extracting(x -> x.first().id() + "-" + x.second().id()).containsExactly("A1-B2", "A2-B1");
    }

    @Test
    void overlapNeedsTheSameLabelAndOneSharedCharacter() {
        List<Annotation> a = List.of(span("A1", "PERSON", 0, 5), span("A2", "GPE", 10, 15));
        List<Annotation> b =
                List.of(span("B1", "PERSON", 5, 9), span("B2", "PERSON", 10, 15), span("B3", "GPE", 14, 20));
        assertThat(SpanMatching.overlapMatches(a, b))
                .extracting(x -> x.first().id() + "-" + x.second().id())
                .containsExactly("A2-B3"); // touching (0-5, 5-9) is no overlap; PERSON never matches GPE
    }

    @Test
    void f1IsTwiceTheMatchesOverBothCounts() {
        assertThat(SpanF1.of(3, 4, 5).score("none").value()).isEqualTo(6.0 / 9.0);
        assertThat(SpanF1.of(0, 0, 0).score("no spans").undefinedReason()).isEqualTo("no spans");
        assertThat(SpanF1.of(0, 0, 3).score("no spans").value()).isZero();
    }
}
