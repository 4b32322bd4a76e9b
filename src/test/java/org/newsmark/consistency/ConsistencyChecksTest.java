package org.newsmark.consistency;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsmark.model.AnnotatedArticle;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ConsistencyChecksTest {
    private static AnnotatedArticle doc(String id, String text, Annotation... annotations) {
        return new AnnotatedArticle(new Article(id, text), new AnnotationSet(id, "ana", List.of(annotations)));
    }

    private static Annotation e(String id, String label, String text, String article, int from) {
        int start = article.indexOf(text, from);
        return Annotation.span(id, "ENTITY", label, start, start + text.length(), text);
    }

    @Test
    void theSameTextWithAnotherLabelIsAConflictAndTheMajorityLabelIsItsRepair() {
        String t1 = "Kremlin said. Kremlin again.";
        String t2 = "Kremlin denied.";
        List<Finding> f = ConsistencyChecks.check(List.of(
                doc("d1", t1, e("E1", "ORGANIZATION", "Kremlin", t1, 0), e("E2", "ORGANIZATION", "Kremlin", t1, 5)),
                doc("d2", t2, e("E1", "GPE", "Kremlin", t2, 0))));
        assertThat(f)
                .extracting(Finding::doc, Finding::start, Finding::problem)
                .containsExactly(tuple("d2", 0, Finding.Problem.LABEL_CONFLICT));
        assertThat(f.get(0).detail()).isEqualTo("GPE here; across the corpus ORGANIZATION 2×, GPE 1×");
        assertThat(f.get(0).repair()).isEqualTo(new Finding.Repair("E1", "ENTITY", "ORGANIZATION", -1, -1));
    }

    @Test
    void aTieListsEveryOccurrenceWithoutARepair() {
        String t = "Kremlin and Kremlin";
        List<Finding> f = ConsistencyChecks.check(
                List.of(doc("d", t, e("E1", "ORGANIZATION", "Kremlin", t, 0), e("E2", "GPE", "Kremlin", t, 5))));
        assertThat(f).extracting(Finding::id, Finding::repair).containsExactly(tuple("E1", null), tuple("E2", null));
    }

    @Test
    void aMarkedNameLeftUnmarkedElsewhereWholeWordAndSameCaseOnly() {
        String t1 = "Peskov spoke.";
        // Peskovian is a longer word and peskov another case: neither is the name.
        String t2 = "Later Peskov and Peskovian and peskov, then Peskov's aide.";
        List<Finding> f =
                ConsistencyChecks.check(List.of(doc("d1", t1, e("E1", "PERSON", "Peskov", t1, 0)), doc("d2", t2)));
        assertThat(f)
                .extracting(Finding::doc, Finding::start, Finding::end, Finding::problem)
                .containsExactly(
                        tuple("d2", 6, 12, Finding.Problem.UNMARKED), tuple("d2", 44, 50, Finding.Problem.UNMARKED));
        assertThat(f.get(0).repair()).isEqualTo(new Finding.Repair(null, "ENTITY", "PERSON", 6, 12));
        assertThat(f.get(0).detail()).isEqualTo("marked elsewhere as PERSON 1×");
    }

    @Test
    void pronounsAndNominalsAreNotLookedForElsewhere() {
        String t = "He said it. He did.";
        Annotation he = e("E1", "PERSON", "He", t, 0).withAttributes(Map.of("mention", "pronoun"));
        assertThat(ConsistencyChecks.check(List.of(doc("d", t, he)))).isEmpty();
    }

    @Test
    void theSameNameWithAnotherExtentIsABoundaryVariantRepairedToTheUsualExtent() {
        String t = "Kremlin said. Kremlin added. The Kremlin's aide left. Kremlin's view.";
        List<Finding> f = ConsistencyChecks.check(List.of(doc(
                "d",
                t,
                e("E1", "ORGANIZATION", "Kremlin", t, 0),
                e("E2", "ORGANIZATION", "Kremlin", t, 10),
                e("E3", "ORGANIZATION", "The Kremlin's", t, 0),
                e("E4", "ORGANIZATION", "Kremlin's", t, 50))));
        assertThat(f)
                .extracting(Finding::id, Finding::problem)
                .containsExactly(
                        tuple("E3", Finding.Problem.BOUNDARY_VARIANT), tuple("E4", Finding.Problem.BOUNDARY_VARIANT));
        int e3 = t.indexOf("The Kremlin's");
        assertThat(f.get(0).repair()).isEqualTo(new Finding.Repair("E3", "ENTITY", "ORGANIZATION", e3 + 4, e3 + 11));
        assertThat(f.get(0).detail()).contains("“Kremlin” 2×");
        // A longer name ("Donald Trump" against "Trump") is not a variant of the same extent.
        String u = "Donald Trump spoke. Trump left.";
        assertThat(ConsistencyChecks.check(List.of(
                        doc("u", u, e("E1", "PERSON", "Donald Trump", u, 0), e("E2", "PERSON", "Trump", u, 15)))))
                .isEmpty();
    }

    @Test
    void quotesWithoutSpeakerEventsWithoutParticipantsAndSpeakersThatCannotSpeak() {
        String t = "Friday \"We go,\" she said. \"Stop,\" Ana said. The strike.";
        Annotation friday = e("E1", "DATE", "Friday", t, 0);
        Annotation ana = e("E2", "PERSON", "Ana", t, 0);
        int q1 = t.indexOf("\"We go,\"");
        int q2 = t.indexOf("\"Stop,\"");
        int v = t.indexOf("strike");
        Annotation quote1 = new Annotation("Q1", "QUOTE", "DIRECT", q1, q1 + 8, "\"We go,\"", List.of(), Map.of(), "");
        Annotation quote2 = new Annotation(
                "Q2", "QUOTE", "DIRECT", q2, q2 + 7, "\"Stop,\"", List.of(new Link("speaker", "E1")), Map.of(), "");
        Annotation strike = Annotation.span("V1", "EVENT", "ATTACK", v, v + 6, "strike");
        List<Finding> f = ConsistencyChecks.check(List.of(doc("d", t, friday, ana, quote1, quote2, strike)));
        assertThat(f)
                .extracting(Finding::id, Finding::problem)
                .containsExactly(
                        tuple("Q1", Finding.Problem.QUOTE_WITHOUT_SPEAKER),
                        tuple("Q2", Finding.Problem.SPEAKER_NOT_ENTITY_OF_PERSON_KIND),
                        tuple("V1", Finding.Problem.EVENT_WITHOUT_PARTICIPANT));
        assertThat(f.get(1).detail())
                .isEqualTo("the speaker E1 “Friday” is DATE; a speaker is one of GPE, NORP," + " ORGANIZATION, PERSON");
    }
}
