package org.newsmark.service;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsmark.TestData;
import org.newsmark.model.Annotation;
import org.newsmark.model.AttributeDef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The README's attribute rule: the default is not written; several values toggle one at a time, in the schema's order. */
class AttributeChoiceTest {
    private static final AttributeDef MODALITY =
            TestData.schema().requireLayer("EVENT").attribute("modality").orElseThrow();
    private static final AttributeDef TOPIC =
            new AttributeDef("topic", "U", List.of("politics", "economy", "war"), true, "");

    private static Annotation with(String key, String value) {
        Annotation a = Annotation.span("V1", "EVENT", "ATTACK", 0, 7, "strikes");
        return value == null ? a : a.withAttributes(Map.of(key, value));
    }

    @Test
    void theDefaultModalityIsNotWritten() {
        assertThat(AttributeChoice.stored(MODALITY, with("modality", null), "negated"))
                .isEqualTo("negated");
        assertThat(AttributeChoice.stored(MODALITY, with("modality", "negated"), "asserted"))
                .isEmpty();
        assertThatThrownBy(() -> AttributeChoice.stored(MODALITY, with("modality", null), "maybe"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void severalValuesToggleInTheSchemasOrder() {
        assertThat(AttributeChoice.stored(TOPIC, with("topic", null), "war")).isEqualTo("politics|war");
        assertThat(AttributeChoice.stored(TOPIC, with("topic", "war"), "economy"))
                .isEqualTo("economy|war");
        assertThat(AttributeChoice.stored(TOPIC, with("topic", "politics|war"), "war"))
                .isEmpty();
        assertThat(AttributeChoice.stored(TOPIC, with("topic", "war"), "war")).isEmpty();
    }
}
