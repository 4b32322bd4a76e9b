package org.newsmark.model;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotationRulesTest {
    private static final Schema SCHEMA = TestData.schema();
    //                                          0         1         2         3         4
    //                                          0123456789012345678901234567890123456789012345
    private static final Article ARTICLE = new Article("d", "Peskov said \"Putin agreed\" in Moscow on Friday.");

    private static Annotation e(String id, String label, int s, int end) {
        return Annotation.span(id, "ENTITY", label, s, end, ARTICLE.slice(s, end));
    }

    private static List<String> messages(List<Annotation> list) {
        return AnnotationRules.check(ARTICLE, SCHEMA, list).stream()
                .map(Violation::message)
                .toList();
    }

    @Test
    void aValidSetWithLinksPasses() {
        Annotation peskov = e("E1", "PERSON", 0, 6);
        Annotation putin = e("E2", "PERSON", 13, 18);
        Annotation moscow = e("E3", "GPE", 30, 36);
        Annotation friday = e("E4", "DATE", 40, 46);
        Annotation quote = new Annotation(
                "Q1",
                "QUOTE",
                "DIRECT",
                12,
                26,
                ARTICLE.slice(12, 26),
                List.of(new Link("speaker", "E1")),
                Map.of(),
                "");
        Annotation event = new Annotation(
                "V1",
                "EVENT",
                "AGREEMENT",
                19,
                25,
                "agreed",
                List.of(new Link("agent", "E2"), new Link("place", "E3"), new Link("time", "E4")),
                Map.of("modality", "asserted"),
                "");
        assertThat(messages(List.of(peskov, putin, moscow, friday, quote, event)))
                .isEmpty();
    }

    @Test
    void nestedAndOverlappingSpansAreAllowedEvenInOneLayer() {
        assertThat(messages(List.of(e("E1", "PERSON", 0, 6), e("E2", "ORGANIZATION", 0, 11), e("E3", "GPE", 3, 8))))
                .isEmpty();
    }

    @Test
    void offsetsMustLieInsideAndInOrder() {
        assertThat(messages(List.of(Annotation.span("E1", "ENTITY", "PERSON", -1, 3, "x"))))
                .containsExactly("start -1 is negative");
        assertThat(messages(List.of(Annotation.span("E1", "ENTITY", "PERSON", 5, 5, ""))))
                .containsExactly("start 5 is not before end 5");
        assertThat(messages(List.of(Annotation.span("E1", "ENTITY", "PERSON", 40, 99, "Friday."))))
                .singleElement()
                .asString()
                .contains("past the end of the article (47 code points)");
    }

    @Test
    void coveredTextMustMatch() {
        assertThat(messages(List.of(Annotation.span("E1", "ENTITY", "PERSON", 0, 6, "Putin!"))))
                .containsExactly("text \"Putin!\" does not match the article at 0-6, which has \"Peskov\"");
    }

    @Test
    void movedTextIsAWarningWithTheNewPlace() {
        List<Violation> v = AnnotationRules.check(
                ARTICLE, SCHEMA, List.of(Annotation.span("E1", "ENTITY", "GPE", 25, 31, "Moscow")));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.relocation()).contains(new Violation.Relocation(30, 36));
        });
    }

    @Test
    void textFoundTwiceNearbyIsAnError() {
        Article twice = new Article("d", "Kyiv and Kyiv again");
        List<Violation> v =
                AnnotationRules.check(twice, SCHEMA, List.of(Annotation.span("E1", "ENTITY", "GPE", 2, 6, "Kyiv")));
        assertThat(v).singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void textFarAwayIsNotRelocated() {
        Article far = new Article("d", "x".repeat(300) + "Kyiv");
        List<Violation> v =
                AnnotationRules.check(far, SCHEMA, List.of(Annotation.span("E1", "ENTITY", "GPE", 0, 4, "Kyiv")));
        assertThat(v).singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void idsAreUnique() {
        assertThat(messages(List.of(e("E1", "PERSON", 0, 6), e("E1", "PERSON", 13, 18))))
                .containsExactly("duplicate id E1");
    }

    @Test
    void layersLabelsAndRolesMustExist() {
        assertThat(messages(List.of(Annotation.span("X1", "TOPIC", "WAR", 0, 6, "Peskov"))))
                .singleElement()
                .asString()
                .startsWith("unknown layer TOPIC");
        assertThat(messages(List.of(Annotation.span("E1", "ENTITY", "ANIMAL", 0, 6, "Peskov"))))
                .singleElement()
                .asString()
                .startsWith("unknown label ANIMAL in layer ENTITY");
        Annotation q = new Annotation(
                "Q1",
                "QUOTE",
                "DIRECT",
                12,
                26,
                ARTICLE.slice(12, 26),
                List.of(new Link("listener", "E1")),
                Map.of(),
                "");
        assertThat(messages(List.of(e("E1", "PERSON", 0, 6), q)))
                .containsExactly("unknown role listener for layer QUOTE");
    }

    @Test
    void linkTargetsMustExistAndSitInTheAllowedLayer() {
        Annotation q = new Annotation(
                "Q1",
                "QUOTE",
                "DIRECT",
                12,
                26,
                ARTICLE.slice(12, 26),
                List.of(new Link("speaker", "E9")),
                Map.of(),
                "");
        assertThat(messages(List.of(q))).containsExactly("link speaker=E9 points at E9, which does not exist");
        Annotation v = Annotation.span("V1", "EVENT", "AGREEMENT", 19, 25, "agreed");
        Annotation q2 = q.withLinks(List.of(new Link("speaker", "V1")));
        assertThat(messages(List.of(v, q2)))
                .containsExactly("link speaker=V1 points at a EVENT annotation; speaker must point at ENTITY");
    }

    @Test
    void aRoleForOneTargetTakesOne() {
        Annotation q = new Annotation(
                "Q1",
                "QUOTE",
                "DIRECT",
                12,
                26,
                ARTICLE.slice(12, 26),
                List.of(new Link("speaker", "E1"), new Link("speaker", "E2")),
                Map.of(),
                "");
        assertThat(messages(List.of(e("E1", "PERSON", 0, 6), e("E2", "PERSON", 13, 18), q)))
                .containsExactly("role speaker allows one link, found more");
    }

    @Test
    void continuesMustNotFormACycle() {
        Article a = new Article("d", "\"One,\" he said, \"two.\"");
        Annotation q1 = new Annotation(
                "Q1", "QUOTE", "DIRECT", 0, 6, a.slice(0, 6), List.of(new Link("continues", "Q2")), Map.of(), "");
        Annotation q2 = new Annotation(
                "Q2", "QUOTE", "DIRECT", 16, 22, a.slice(16, 22), List.of(new Link("continues", "Q1")), Map.of(), "");
        assertThat(AnnotationRules.check(a, SCHEMA, List.of(q1, q2)))
                .extracting(Violation::message)
                .containsExactly("links form a cycle: Q1 -> Q2 -> Q1");
        assertThat(AnnotationRules.check(a, SCHEMA, List.of(q1.withLinks(List.of()), q2)))
                .isEmpty();
    }

    @Test
    void selfLinksAreRefused() {
        Annotation q = new Annotation(
                "Q1",
                "QUOTE",
                "DIRECT",
                12,
                26,
                ARTICLE.slice(12, 26),
                List.of(new Link("continues", "Q1")),
                Map.of(),
                "");
        assertThat(messages(List.of(q))).containsExactly("link continues=Q1 points at the annotation itself");
    }

    @Test
    void spansMayCrossLineBreaksAndUseAstralCharacters() {
        Article a = new Article("d", "\uD83D\uDE00 A\nB \uD840\uDC00");
        Annotation span = Annotation.span("E1", "ENTITY", "ORGANIZATION", 2, 7, "A\nB \uD840\uDC00");
        assertThat(AnnotationRules.check(a, SCHEMA, List.of(span))).isEmpty();
    }
}
