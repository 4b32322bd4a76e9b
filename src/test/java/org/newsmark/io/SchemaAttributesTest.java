package org.newsmark.io;

import org.junit.jupiter.api.Test;
import org.newsmark.TestData;
import org.newsmark.model.AttributeDef;
import org.newsmark.model.FormatException;
import org.newsmark.model.Layer;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaAttributesTest {
    private static final String HEADER = "layer,layer_key,kind,name,key,color,target,cardinality,description\n";

    @Test
    void theBundledSchemaDeclaresMentionAndModality() {
        Schema schema = TestData.schema();
        AttributeDef modality =
                schema.requireLayer("EVENT").attribute("modality").orElseThrow();
        assertThat(modality.values())
                .containsExactly("asserted", "negated", "requested", "hypothetical", "future", "past");
        assertThat(modality.defaultValue()).isEqualTo("asserted");
        assertThat(modality.many()).isFalse();
        assertThat(schema.requireLayer("ENTITY")
                        .attribute("mention")
                        .orElseThrow()
                        .values())
                .containsExactly("name", "nominal", "pronoun");
    }

    @Test
    void attributeAndScopeRowsParseAndFormatBack() throws Exception {
        String text = HEADER
                + "GENRE,G,scope,article,,,,,\n"
                + "GENRE,G,label,NEWS,1,#112233,,,\n"
                + "GENRE,G,label,OPINION,2,#445566,,,\n"
                + "EVENT,V,label,ATTACK,1,#D00000,,,\n"
                + "EVENT,V,attribute,topic,T,,war|economy|law,many,Topics\n";
        Schema schema = SchemaCsv.parse(text, "schema.csv");
        assertThat(schema.requireLayer("GENRE").scope()).isEqualTo(Layer.Scope.ARTICLE);
        assertThat(schema.requireLayer("EVENT").scope()).isEqualTo(Layer.Scope.SPAN);
        AttributeDef topic = schema.requireLayer("EVENT").attribute("topic").orElseThrow();
        assertThat(topic.many()).isTrue();
        assertThat(topic.problem("war|law")).isNull();
        assertThat(topic.problem("war|peace")).contains("no value \"peace\"");
        assertThat(SchemaCsv.parse(SchemaCsv.format(schema), "again.csv")).isEqualTo(schema);
    }

    @Test
    void badAttributeRowsAreRefusedWithTheirLine() {
        String text = HEADER
                + "EVENT,V,label,ATTACK,1,#D00000,,,\n"
                + "EVENT,V,attribute,modality,O,,asserted|not ok,one,\n"
                + "EVENT,V,attribute,polarity,P,,pos|neg,some,\n"
                + "EVENT,V,attribute,other,V,,a|b,one,\n"
                + "EVENT,V,scope,sometimes,,,,,\n";
        assertThatThrownBy(() -> SchemaCsv.parse(text, "schema.csv"))
                .isInstanceOfSatisfying(
                        FormatException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::line, Problem::message)
                                .satisfiesExactly(
                                        p -> assertThat(p.toList())
                                                .containsExactly(
                                                        3,
                                                        "attribute modality: the values in the target"
                                                                + " column are names joined by |, found \"asserted|not ok\""),
                                        p -> assertThat(p.toList())
                                                .containsExactly(4, "cardinality must be one or many, found \"some\""),
                                        p -> assertThat(p.toList())
                                                .containsExactly(
                                                        5, "attribute key V of EVENT/other is also a layer key"),
                                        p -> assertThat(p.toList())
                                                .containsExactly(
                                                        6, "scope must be span or article, found \"sometimes\"")));
    }

    @Test
    void anArticleLayerCannotHaveRoles() {
        String text = HEADER + "GENRE,G,scope,article,,,,,\nGENRE,G,label,NEWS,1,#112233,,,\n"
                + "GENRE,G,role,about,A,,GENRE,one,\n";
        assertThatThrownBy(() -> SchemaCsv.parse(text, "schema.csv"))
                .hasMessageContaining("layer GENRE marks whole articles; it cannot have link roles");
    }
}
