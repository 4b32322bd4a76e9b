package org.newsmark.io.formats;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Link;

import static org.assertj.core.api.Assertions.assertThat;

class JsonlExportTest {
    @Test
    void stringsAreEscapedPerRfc8259() {
        StringBuilder b = new StringBuilder();
        JsonlExport.string(b, "a\"b\\c\nd\te\u0001f\u2028g \uD83D\uDE00 /");
        assertThat(b).hasToString("\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028g \uD83D\uDE00 /\"");
    }

    @Test
    void quotesCarrySpeakerAndContinuesEventsArgumentsAndAttributes() {
        Article article = new Article("d", "Ana said \"go\" and left.");
        AnnotationSet set = new AnnotationSet(
                "d",
                "gold",
                List.of(
                        Annotation.span("E1", "ENTITY", "PERSON", 0, 3, "Ana"),
                        new Annotation(
                                "Q1",
                                "QUOTE",
                                "DIRECT",
                                9,
                                13,
                                "\"go\"",
                                List.of(new Link("speaker", "E1")),
                                Map.of(),
                                ""),
                        new Annotation(
                                "V1",
                                "EVENT",
                                "OTHER",
                                18,
                                22,
                                "left",
                                List.of(new Link("agent", "E1")),
                                Map.of("modality", "past"),
                                "")));
        assertThat(JsonlExport.line(article, set))
                .isEqualTo("{\"id\":\"d\",\"text\":\"Ana said \\\"go\\\" and left.\","
                        + "\"entities\":[{\"id\":\"E1\",\"label\":\"PERSON\",\"start\":0,\"end\":3,\"text\":\"Ana\"}],"
                        + "\"quotes\":[{\"id\":\"Q1\",\"label\":\"DIRECT\",\"start\":9,\"end\":13,\"text\":\"\\\"go\\\"\","
                        + "\"speaker\":\"E1\",\"continues\":null}],"
                        + "\"events\":[{\"id\":\"V1\",\"label\":\"OTHER\",\"start\":18,\"end\":22,\"text\":\"left\","
                        + "\"arguments\":[{\"role\":\"agent\",\"entity\":\"E1\"}],\"attributes\":{\"modality\":\"past\"}}],"
                        + "\"clusters\":[[\"E1\"]]}");
    }

    /**
     * The chains of guidelines/entities.md's example, "Peskov ... he ... the Kremlin ... Peskov":
     * each entity's mention ids, singletons included, entities by first mention.
     */
    @Test
    void clustersListEachEntitysMentionIdsInTheOrderOfTheirFirstMention() {
        //                                       0         1         2         3
        //                                       0123456789012345678901234567890123456789
        Article article = new Article("d", "Peskov said he spoke for the Kremlin. Peskov left.");
        AnnotationSet set = new AnnotationSet(
                "d",
                "gold",
                List.of(
                        Annotation.span("E1", "ENTITY", "PERSON", 0, 6, "Peskov"),
                        new Annotation(
                                "E2",
                                "ENTITY",
                                "PERSON",
                                12,
                                14,
                                "he",
                                List.of(new Link("coref", "E1")),
                                Map.of("mention", "pronoun"),
                                ""),
                        Annotation.span("E3", "ENTITY", "ORGANIZATION", 29, 36, "Kremlin"),
                        new Annotation(
                                "E4",
                                "ENTITY",
                                "PERSON",
                                38,
                                44,
                                "Peskov",
                                List.of(new Link("coref", "E2")),
                                Map.of(),
                                "")));
        assertThat(JsonlExport.line(article, set))
                .endsWith("\"events\":[],\"clusters\":[[\"E1\",\"E2\",\"E4\"],[\"E3\"]]}");
    }

    @Test
    void bratAttributeValuesWithSpacesSurviveAsPercentEscapes() {
        assertThat(BratExport.percentEncode("not sure 50%")).isEqualTo("not%20sure%2050%25");
        assertThat(BratImport.percentDecode("not%20sure%2050%25")).isEqualTo("not sure 50%");
        assertThat(BratImport.percentDecode("50%")).isEqualTo("50%");
    }
}
