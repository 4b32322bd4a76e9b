package org.newsmark.service;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Link;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coreference links as the annotator makes them, on "Dmitry Peskov spoke. He said so. Peskov
 * added.": from the later mention to the earlier, never twice within one entity (so no cycle).
 */
class CorefLinksTest {
    private static Annotation mention(String id, int start, int end, String text, Link... links) {
        return Annotation.span(id, "ENTITY", "PERSON", start, end, text).withLinks(List.of(links));
    }

    private static AnnotationSet set(Annotation... annotations) {
        AnnotationSet s = AnnotationSet.empty("d", "ana");
        for (Annotation a : annotations) {
            s = s.with(a);
        }
        return s;
    }

    @Test
    void startingFromTheEarlierMentionLinksTheLaterOneToIt() {
        AnnotationSet s = set(mention("E1", 0, 13, "Dmitry Peskov"), mention("E2", 21, 23, "He"));
        CorefLinks.Decision d = CorefLinks.decide(s, "E1", "E2");
        assertThat(d.refused()).isFalse();
        assertThat(List.of(d.from(), d.to())).containsExactly("E2", "E1");
        d = CorefLinks.decide(s, "E2", "E1");
        assertThat(List.of(d.from(), d.to())).containsExactly("E2", "E1");
    }

    @Test
    void mentionsOfOneEntityAreNotLinkedAgainWhichWouldCloseACycle() {
        AnnotationSet s = set(
                mention("E1", 0, 13, "Dmitry Peskov"),
                mention("E2", 21, 23, "He", new Link("coref", "E1")),
                mention("E3", 32, 38, "Peskov", new Link("coref", "E2")));
        assertThat(CorefLinks.decide(s, "E1", "E3").refusal()).contains("already one entity");
        assertThat(CorefLinks.candidates(s, "E3", List.copyOf(s.annotations()))).isEmpty();
    }

    @Test
    void aLaterMentionThatLinksElsewhereIsNotMovedFromTheEarlierOne() {
        AnnotationSet s = set(
                mention("E1", 0, 13, "Dmitry Peskov"),
                mention("E2", 21, 23, "He"),
                mention("E3", 32, 38, "Peskov", new Link("coref", "E2")),
                mention("E4", 40, 45, "Putin"));
        assertThat(CorefLinks.decide(s, "E1", "E3").refusal()).contains("E3 comes later and already links to E2");
        CorefLinks.Decision d = CorefLinks.decide(s, "E3", "E1");
        assertThat(List.of(d.from(), d.to())).containsExactly("E3", "E1");
        assertThat(CorefLinks.candidates(s, "E3", List.copyOf(s.annotations())))
                .extracting(Annotation::id)
                .containsExactly("E1", "E4");
    }
}
