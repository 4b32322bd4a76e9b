package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsmark.TestData;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Link;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guidelines 1.1 in the suggestions: names chained to the nearest earlier mention of the same name
 * (entities.md "Coreference"), pronoun participants of events chained to what they stand for
 * (events.md "Roles", the guidelines' own sentences), and entity recommenders that learn names only.
 */
class MentionsAndChainsTest {
    private static Annotation entity(String id, String text, String article, String label, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = article.indexOf(text, at + 1);
        }
        return Annotation.span(id, "ENTITY", label, at, at + text.length(), text);
    }

    private static SuggestionBatch suggest(List<Recommender> recommenders, Article article, AnnotationSet set) {
        List<RecommenderSetting> rows = new ArrayList<>();
        for (Recommender r : recommenders) {
            rows.add(new RecommenderSetting(r.layer(), r.id(), true, 0));
        }
        rows.add(new RecommenderSetting("ENTITY", NameCoreference.ID, true, 0));
        return new Suggester(recommenders, new SuggestionSettings(rows)).suggest(article, set, TestData.schema());
    }

    @Test
    void aSurnameAfterTheFullNameIsChainedToItAndAnAnnotatorsUnchainedNameGetsALinkSuggestion() {
        String text = "Kremlin spokesman Dmitry Peskov spoke on Friday. Peskov said talks would resume. Peskov left.";
        Article article = new Article("d", text);
        AnnotationSet set = new AnnotationSet(
                "d",
                "ana",
                List.of(entity("E1", "Dmitry Peskov", text, "PERSON", 1), entity("E2", "Peskov", text, "PERSON", 2)));
        StringMatchRecommender strings = StringMatchRecommender.train(List.of(new TrainingDocument(
                new Article("t", "Peskov spoke."),
                new AnnotationSet("t", "gold", List.of(Annotation.span("E1", "ENTITY", "PERSON", 0, 6, "Peskov"))))));
        SuggestionBatch batch = suggest(List.of(strings), article, set);
        assertThat(batch.links()).singleElement().satisfies(l -> {
            assertThat(l.annotationId()).isEqualTo("E2");
            assertThat(l.link()).isEqualTo(SuggestedLink.toAnnotation("coref", "E1"));
        });
        Suggestion third = batch.inLayer("ENTITY").stream()
                .filter(s -> s.start() == text.lastIndexOf("Peskov"))
                .findFirst()
                .orElseThrow();
        assertThat(third.links())
                .as("the nearest earlier mention of the entity")
                .containsExactly(SuggestedLink.toAnnotation("coref", "E2"));

        AnnotationSet accepted = batch.accept(List.of(batch.links().get(0).key(), third.key()), TestData.schema())
                .apply(set);
        assertThat(accepted.get("E2").orElseThrow().targets("coref")).containsExactly("E1");
        assertThat(accepted.get("E3").orElseThrow().targets("coref")).containsExactly("E2");
    }

    @Test
    void initialsAndEqualStringsAreTheSameNameButAnotherLabelOrAnotherPersonIsNot() {
        assertThat(NameCoreference.sameName("Korean Central News Agency", "KCNA", "ORGANIZATION"))
                .isPositive();
        assertThat(NameCoreference.sameName("Kremlin", "Kremlin", "ORGANIZATION"))
                .isPositive();
        assertThat(NameCoreference.sameName("Donald Trump", "Trump", "PERSON")).isPositive();
        assertThat(NameCoreference.sameName("North Korea", "Korea", "GPE"))
                .as("only people go by their last name")
                .isZero();
        assertThat(NameCoreference.sameName("Thomas Sam", "Manju Sam", "PERSON"))
                .isZero();
        assertThat(NameCoreference.sameName("Donald Trump", "Donald", "PERSON")).isZero();
    }

    @Test
    void anAnnotatorsOwnChainIsKeptAndAnnotationsOfAnotherLabelAreNotChained() {
        String text = "Georgia voted. Georgia, the country, did not. Georgia again.";
        Article article = new Article("d", text);
        AnnotationSet set = new AnnotationSet(
                "d",
                "ana",
                List.of(
                        entity("E1", "Georgia", text, "GPE", 1),
                        entity("E2", "Georgia", text, "GPE", 2).withLinks(List.of(new Link("coref", "E1"))),
                        entity("E3", "Georgia", text, "PERSON", 3)));
        assertThat(suggest(List.of(), article, set).links()).isEmpty();
    }

    @Test
    void pronounParticipantsOfEventsAreMarkedAndChained() {
        // events.md, Roles: "his request" -> his; "pleaded with him" -> him; "he had made the request" -> he
        String text = "This comes after Trump said earlier that he had made the request because of the cold. "
                + "Allegedly, Thomas' sister pleaded with him to send Gloria to a doctor.";
        Article article = new Article("d", text);
        AnnotationSet set = new AnnotationSet(
                "d",
                "ana",
                List.of(
                        entity("E1", "Trump", text, "PERSON", 1),
                        entity("E2", "Thomas", text, "PERSON", 1),
                        entity("E3", "Gloria", text, "PERSON", 1)));
        EventTriggerRecommender triggers = EventTriggerRecommender.train(List.of(new TrainingDocument(
                new Article("t", "He made a request. She pleaded."),
                new AnnotationSet(
                        "t",
                        "gold",
                        List.of(
                                Annotation.span("V1", "EVENT", "REQUEST", 10, 17, "request"),
                                Annotation.span("V2", "EVENT", "REQUEST", 23, 30, "pleaded"))))));
        SuggestionBatch batch = suggest(List.of(triggers), article, set);
        Suggestion request = event(batch, "request");
        Suggestion he = batch.get(request.links("agent").get(0).target()).orElseThrow();
        assertThat(he.text()).isEqualTo("he");
        assertThat(he.attributes()).isEqualTo(Map.of("mention", "pronoun"));
        assertThat(he.links()).containsExactly(SuggestedLink.toAnnotation("coref", "E1"));

        Suggestion pleaded = event(batch, "pleaded");
        Suggestion him = batch.get(pleaded.links("target").get(0).target()).orElseThrow();
        assertThat(him.text()).isEqualTo("him");
        assertThat(him.links()).containsExactly(SuggestedLink.toAnnotation("coref", "E2"));
    }

    @Test
    void itInAReportedThreatStandsForTheCountryAndThePassiveSubjectIsTheTarget() {
        String text =
                "North Korea stated it would attack any loudspeakers. The girls said they were twice denied visas.";
        Article article = new Article("d", text);
        AnnotationSet set = new AnnotationSet(
                "d",
                "ana",
                List.of(
                        entity("E1", "North Korea", text, "GPE", 1),
                        new Annotation(
                                "E2",
                                "ENTITY",
                                "PERSON",
                                text.indexOf("The girls"),
                                text.indexOf("The girls") + 9,
                                "The girls",
                                List.of(),
                                Map.of("mention", "nominal"),
                                "")));
        EventTriggerRecommender triggers = EventTriggerRecommender.train(List.of(new TrainingDocument(
                new Article("t", "They attack. They denied it."),
                new AnnotationSet(
                        "t",
                        "gold",
                        List.of(
                                Annotation.span("V1", "EVENT", "ATTACK", 5, 11, "attack"),
                                Annotation.span("V2", "EVENT", "OTHER", 18, 24, "denied"))))));
        SuggestionBatch batch = suggest(List.of(triggers), article, set);
        Suggestion it =
                batch.get(event(batch, "attack").links("agent").get(0).target()).orElseThrow();
        assertThat(it.text()).isEqualTo("it");
        assertThat(it.label()).isEqualTo("GPE");
        assertThat(it.links()).containsExactly(SuggestedLink.toAnnotation("coref", "E1"));
        Suggestion denied = event(batch, "denied");
        assertThat(denied.links("agent")).isEmpty();
        Suggestion they = batch.get(denied.links("target").get(0).target()).orElseThrow();
        assertThat(they.text()).isEqualTo("they");
        assertThat(they.links()).containsExactly(SuggestedLink.toAnnotation("coref", "E2"));
    }

    @Test
    void entityRecommendersLearnNamesOnlyNotPronounsOrNominals() {
        String text = "He said officials met Trump.";
        AnnotationSet gold = new AnnotationSet(
                "t",
                "gold",
                List.of(
                        new Annotation(
                                "E1", "ENTITY", "PERSON", 0, 2, "He", List.of(), Map.of("mention", "pronoun"), ""),
                        new Annotation(
                                "E2",
                                "ENTITY",
                                "PERSON",
                                8,
                                17,
                                "officials",
                                List.of(),
                                Map.of("mention", "nominal"),
                                ""),
                        Annotation.span("E3", "ENTITY", "PERSON", 22, 27, "Trump")));
        StringMatchRecommender strings =
                StringMatchRecommender.train(List.of(new TrainingDocument(new Article("t", text), gold)));
        assertThat(strings.size()).isEqualTo(1);
        SuggestionBatch batch = suggest(
                List.of(strings), new Article("d", "He and officials saw Trump."), AnnotationSet.empty("d", "ana"));
        assertThat(batch.suggestions()).extracting(Suggestion::text).containsExactly("Trump");
    }

    @Test
    void aMentionProposedForAnEventThatIsDroppedIsDroppedWithIt() {
        String text = "Trump said he would attack.";
        Article article = new Article("d", text);
        AnnotationSet set = new AnnotationSet("d", "ana", List.of(entity("E1", "Trump", text, "PERSON", 1)));
        EventTriggerRecommender triggers = EventTriggerRecommender.train(List.of(new TrainingDocument(
                new Article("t", "They attack."),
                new AnnotationSet("t", "gold", List.of(Annotation.span("V1", "EVENT", "ATTACK", 5, 11, "attack"))))));
        Suggester suggester =
                new Suggester(List.of(triggers), SuggestionSettings.defaults().only(triggers.id()));
        Suggestion attack = suggester
                .suggest(article, set, TestData.schema())
                .inLayer("EVENT")
                .get(0);
        SuggestionBatch batch =
                suggester.suggest(article, set, TestData.schema(), Set.of(Suggester.Rejection.of(attack)));
        assertThat(batch.suggestions())
                .as("the event was rejected, so the pronoun proposed for it goes too")
                .isEmpty();
    }

    private static Suggestion event(SuggestionBatch batch, String text) {
        return batch.inLayer("EVENT").stream()
                .filter(s -> s.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event " + text + " in " + batch.suggestions()));
    }
}
