package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.assertj.core.data.Offset;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.newsmark.TestData;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The learned recommenders and the trainer, on small corpora whose answers are known. */
class LearnedRecommendersTest {

    private static TrainingDocument doc(String id, String text, String... spans) {
        List<Annotation> list = new ArrayList<>();
        Article article = new Article(id, text);
        for (int i = 0; i + 2 < spans.length + 1; i += 3) {
            int at = text.indexOf(spans[i]);
            list.add(new Annotation(
                    (spans[i + 1].equals("EVENT") ? "V" : "E") + (i / 3 + 1),
                    spans[i + 1],
                    spans[i + 2],
                    at,
                    at + spans[i].length(),
                    spans[i],
                    List.of(),
                    Map.of(),
                    ""));
        }
        return new TrainingDocument(article, new AnnotationSet(id, "gold", list));
    }

    private static List<Suggestion> run(Recommender r, Article article, AnnotationSet set) {
        SuggestionSettings all = new SuggestionSettings(List.of(new RecommenderSetting(r.layer(), r.id(), true, 0)));
        return new Suggester(List.of(r), all)
                .suggest(article, set, TestData.schema())
                .suggestions();
    }

    @Test
    void stringMatcherFindsMarkedStringsAsWholeWordsWithTheirMostFrequentLabel() {
        StringMatchRecommender strings = StringMatchRecommender.train(List.of(
                doc("a", "Kyiv was quiet. Kyiv slept.", "Kyiv", "ENTITY", "GPE"),
                doc("b", "Officials in Kyiv met.", "Kyiv", "ENTITY", "GPE")));
        Article article = new Article("c", "Kyivstar is not Kyiv.");
        List<Suggestion> out = run(strings, article, AnnotationSet.empty("c", "ana"));
        assertThat(out).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("Kyiv");
            assertThat(s.start()).isEqualTo(16);
            assertThat(s.label()).isEqualTo("GPE");
            assertThat(s.score()).as("marked 2 of 3 times").isEqualTo(2.0 / 3, Offset.offset(1e-9));
        });
    }

    @Test
    void stringMatcherProposesTheAnnotatorsOwnMarksElsewhereInTheArticle() {
        StringMatchRecommender strings = StringMatchRecommender.train(List.of());
        Article article = new Article("c", "Moxon called. Later Moxon wrote.");
        AnnotationSet own =
                new AnnotationSet("c", "ana", List.of(Annotation.span("E1", "ENTITY", "PERSON", 0, 5, "Moxon")));
        assertThat(run(strings, article, own))
                .singleElement()
                .satisfies(s -> assertThat(s.start()).isEqualTo(20))
                .satisfies(s -> assertThat(s.score()).isEqualTo(1.0));
    }

    @Test
    void eventTriggersFindOtherFormsByStemAndTakeTheNearestEntitiesAsAgentAndTarget() {
        EventTriggerRecommender triggers =
                EventTriggerRecommender.train(List.of(doc("a", "Russia strikes Kyiv.", "strikes", "EVENT", "ATTACK")));
        Article article = new Article("c", "Yesterday Moscow kept striking Kharkiv hard.");
        AnnotationSet set = new AnnotationSet(
                "c",
                "ana",
                List.of(
                        Annotation.span("E1", "ENTITY", "DATE", 0, 9, "Yesterday"),
                        Annotation.span("E2", "ENTITY", "GPE", 10, 16, "Moscow"),
                        Annotation.span("E3", "ENTITY", "GPE", 31, 38, "Kharkiv")));
        List<Suggestion> out = run(triggers, article, set);
        assertThat(out).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("striking");
            assertThat(s.label()).isEqualTo("ATTACK");
            assertThat(s.links())
                    .containsExactly(
                            SuggestedLink.toAnnotation("agent", "E2"), SuggestedLink.toAnnotation("target", "E3"));
        });
    }

    @Test
    void typicalTriggersOfTheSchemaAreProposedBeforeAnythingIsLearned() {
        EventTriggerRecommender untrained = EventTriggerRecommender.train(List.of());
        Article article = new Article("c", "The two leaders will meet after the peace talks.");
        assertThat(run(untrained, article, AnnotationSet.empty("c", "ana")))
                .extracting(Suggestion::text, Suggestion::label)
                .containsExactly(Tuple.tuple("meet", "MEETING"), Tuple.tuple("peace talks", "NEGOTIATION"));
    }

    /** Sentences of one pattern with the given person, city and organisation, every name marked. */
    private static TrainingDocument templated(String id, String[][] fillers) {
        StringBuilder text = new StringBuilder();
        List<Annotation> names = new ArrayList<>();
        for (String[] f : fillers) {
            String[] parts = {"On Monday , ", f[0], " told reporters in ", f[1], " that the ", f[2], " would act . "};
            String[] labels = {null, "PERSON", null, "GPE", null, "ORGANIZATION", null};
            for (int k = 0; k < parts.length; k++) {
                if (labels[k] != null) {
                    names.add(Annotation.span(
                            "E" + (names.size() + 1),
                            "ENTITY",
                            labels[k],
                            text.length(),
                            text.length() + parts[k].length(),
                            parts[k]));
                }
                text.append(parts[k]);
            }
        }
        return new TrainingDocument(new Article(id, text.toString()), new AnnotationSet(id, "gold", names));
    }

    @Test
    void nameFinderLearnsFromContextAndFindsNamesItNeverSaw() {
        String[] people = {
            "Anna Berg", "Carl Diaz", "Eva Fox", "Gil Hart", "Ida Jones", "Ken Lund", "Mia Noor", "Otto Park"
        };
        String[] cities = {"Lisbon", "Oslo", "Lima", "Quito", "Riga", "Sofia", "Tunis", "Hanoi"};
        String[] orgs = {"Red Cross", "World Bank", "Blue Party", "Green Union", "Sea Council", "Port Agency"};
        List<TrainingDocument> training = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            String[][] fillers = new String[6][];
            for (int k = 0; k < 6; k++) {
                int i = d * 6 + k;
                fillers[k] = new String[] {
                    people[i % people.length], cities[(i * 3) % cities.length], orgs[(i * 5) % orgs.length]
                };
            }
            training.add(templated("t" + d, fillers));
        }
        NameFinderRecommender names = NameFinderRecommender.train(training, SuggestionTrainer.NAME_FINDER_ITERATIONS);
        assertThat(names.trained()).isTrue();
        TrainingDocument unseen = templated(
                "new",
                new String[][] {{"Zoe Quinn", "Accra", "Harbour Trust"}, {"Yuri Vance", "Dakar", "Field Union"}});
        List<Suggestion> found = run(names, unseen.article(), AnnotationSet.empty("new", "ana"));
        List<Annotation> truth = unseen.annotations().inLayer("ENTITY");
        assertThat(found)
                .extracting(Suggestion::text, Suggestion::label)
                .containsExactlyElementsOf(truth.stream()
                        .map(t -> Tuple.tuple(t.text(), t.label()))
                        .toList());

        // The names of the last article are kept (suggesting again after an edit does not tag it
        // again): asked again, after another article and with annotations in the set, the same.
        TrainingDocument other = templated("other", new String[][] {{"Lea Moss", "Cairo", "Rail Board"}});
        assertThat(run(names, other.article(), AnnotationSet.empty("other", "ana")))
                .extracting(Suggestion::text)
                .contains("Lea Moss")
                .doesNotContain("Zoe Quinn");
        assertThat(run(names, unseen.article(), AnnotationSet.empty("new", "ana")))
                .containsExactlyElementsOf(found);
        assertThat(run(names, unseen.article(), new AnnotationSet("new", "ana", List.of(truth.get(0)))))
                .as("the entity already annotated is left out, the others found as before")
                .containsExactlyElementsOf(found.subList(1, found.size()));
    }

    @Test
    void tooFewNamesTrainNoModelAndTheRecommenderStaysQuiet() {
        NameFinderRecommender names =
                NameFinderRecommender.train(List.of(doc("a", "Kyiv was quiet.", "Kyiv", "ENTITY", "GPE")), 10);
        assertThat(names.trained()).isFalse();
        assertThat(run(names, new Article("c", "Kyiv again."), AnnotationSet.empty("c", "ana")))
                .isEmpty();
    }

    @Test
    void trainerUsesTheFirstDocumentOfEachArticleAndStopsWhenInterrupted() {
        TrainingDocument gold = doc("a", "Kyiv was quiet.", "Kyiv", "ENTITY", "GPE");
        TrainingDocument own = doc("a", "Kyiv was quiet.", "Kyiv", "ENTITY", "LOCATION");
        TrainedRecommenders trained = SuggestionTrainer.train(List.of(gold, own), SuggestionSettings.defaults());
        assertThat(trained.articles()).isEqualTo(1);
        Article article = new Article("c", "Kyiv.");
        assertThat(run(trained.strings(), article, AnnotationSet.empty("c", "ana")))
                .singleElement()
                .satisfies(s -> assertThat(s.label()).isEqualTo("GPE"));

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> SuggestionTrainer.train(List.of(gold), SuggestionSettings.defaults()))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
