package org.newsmark.model;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypedAttributeRulesTest {
    private static final Article ARTICLE = new Article("d", "Troops attacked the city.");
    private static final Schema SCHEMA = new Schema(List.of(
            new Layer(
                    "EVENT",
                    "V",
                    List.of(new Label("ATTACK", "1", "#D00000", "")),
                    List.of(),
                    List.of(new AttributeDef("modality", "O", List.of("asserted", "negated", "future"), false, "")),
                    Layer.Scope.SPAN),
            new Layer(
                    "GENRE",
                    "G",
                    List.of(new Label("NEWS", "1", "#112233", "")),
                    List.of(),
                    List.of(),
                    Layer.Scope.ARTICLE)));

    private static Annotation attack(Map<String, String> attributes) {
        return new Annotation("V1", "EVENT", "ATTACK", 7, 15, "attacked", List.of(), attributes, "");
    }

    @Test
    void declaredValuesPassOthersAreErrorsAndUndeclaredKeysAreFree() {
        assertThat(AnnotationRules.check(
                        ARTICLE, SCHEMA, List.of(attack(Map.of("modality", "negated", "source", "suggest")))))
                .isEmpty();
        assertThat(AnnotationRules.check(ARTICLE, SCHEMA, List.of(attack(Map.of("modality", "maybe")))))
                .extracting(Violation::message)
                .containsExactly("attribute modality has no value \"maybe\" (allowed: asserted, negated, future)");
        assertThat(AnnotationRules.check(ARTICLE, SCHEMA, List.of(attack(Map.of("modality", "negated|future")))))
                .extracting(Violation::message)
                .containsExactly("attribute modality takes one value, found \"negated|future\"");
    }

    @Test
    void anArticleLabelHasNoSpan() {
        Annotation news = Annotation.span("G1", "GENRE", "NEWS", 0, 0, "");
        assertThat(AnnotationRules.check(ARTICLE, SCHEMA, List.of(news))).isEmpty();
        assertThat(AnnotationRules.check(
                        ARTICLE, SCHEMA, List.of(Annotation.span("G1", "GENRE", "NEWS", 0, 6, "Troops"))))
                .extracting(Violation::message)
                .containsExactly("layer GENRE labels the whole article: start and end"
                        + " are 0 and the text is empty, found 0-6 \"Troops\"");
        // A span layer still needs a span.
        assertThat(AnnotationRules.check(ARTICLE, SCHEMA, List.of(Annotation.span("V1", "EVENT", "ATTACK", 0, 0, ""))))
                .extracting(Violation::message)
                .containsExactly("start 0 is not before end 0");
    }
}
