package org.newsmark.training;

import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.newsmark.TestData;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Link;

import static org.assertj.core.api.Assertions.assertThat;

/** The coreference errors of a trainee: a missing link, a wrong entity, a split, a merge. */
class ChainErrorsTest {
    //                                    0         1         2         3         4
    //                                    0123456789012345678901234567890123456789012345678901
    private static final String TEXT = "Peskov met Putin. He said it went well. Putin left.";
    private static final Article ARTICLE = new Article("d", TEXT);

    private static Annotation mention(String id, int start, int end, String coref) {
        return new Annotation(
                id,
                "ENTITY",
                "PERSON",
                start,
                end,
                TEXT.substring(start, end),
                coref == null ? List.of() : List.of(new Link("coref", coref)),
                TEXT.substring(start, end).equals("He") ? Map.of("mention", "pronoun") : Map.of(),
                "");
    }

    private static final AnnotationSet GOLD = new AnnotationSet(
            "d",
            "gold",
            List.of(
                    mention("E1", 0, 6, null),
                    mention("E2", 11, 16, null),
                    mention("E3", 18, 20, "E1"),
                    mention("E4", 40, 45, "E2")));

    private static List<TrainingError> chainErrors(Annotation... trainee) {
        ArticleScore score =
                TrainingScorer.score(TestData.schema(), ARTICLE, new AnnotationSet("d", "ana", List.of(trainee)), GOLD);
        return score.errors().stream().filter(e -> e.kind().isChain()).toList();
    }

    @Test
    void theSameChainsHaveNoChainError() {
        assertThat(chainErrors(
                        mention("E1", 0, 6, null),
                        mention("E2", 11, 16, null),
                        mention("E3", 18, 20, "E1"),
                        mention("E4", 40, 45, "E2")))
                .isEmpty();
    }

    @Test
    void aPronounLeftOutOfItsChainIsAMissingLink() {
        List<TrainingError> errors = chainErrors(
                mention("E1", 0, 6, null),
                mention("E2", 11, 16, null),
                mention("E3", 18, 20, null),
                mention("E4", 40, 45, "E2"));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.MISSING_LINK);
            assertThat(e.text()).isEqualTo("He");
            assertThat(e.hint())
                    .isEqualTo("\"He\" is the same entity as \"Peskov\" before it: link it (C) to the nearest earlier"
                            + " mention of that entity");
        });
    }

    @Test
    void aPronounLinkedToAnotherPersonIsAWrongEntityAndNothingMore() {
        List<TrainingError> errors = chainErrors(
                mention("E1", 0, 6, null),
                mention("E2", 11, 16, null),
                mention("E3", 18, 20, "E2"),
                mention("E4", 40, 45, "E3"));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.WRONG_ENTITY);
            assertThat(e.start()).isEqualTo(18);
            assertThat(e.hint())
                    .isEqualTo("\"He\" is \"Peskov\", not \"Putin\": chain only mentions of the same entity");
        });
    }

    @Test
    void twoEntitiesJoinedThroughAMentionTheReferenceDoesNotHaveAreMergedAndSplit() {
        // "it" is spurious; through it the trainee joins Putin's second mention to Peskov's chain.
        List<TrainingError> errors = chainErrors(
                mention("E1", 0, 6, null),
                mention("E2", 11, 16, null),
                mention("E3", 18, 20, "E1"),
                mention("E5", 26, 28, "E3"),
                mention("E4", 40, 45, "E5"));
        assertThat(errors)
                .extracting(TrainingError::kind, TrainingError::start)
                .containsExactlyInAnyOrder(
                        Tuple.tuple(ErrorKind.MERGED_ENTITIES, 40), Tuple.tuple(ErrorKind.SPLIT_ENTITY, 40));
    }
}
