package org.newsmark.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.FormatException;
import org.newsmark.suggest.Suggester;
import org.newsmark.suggest.Suggestion;
import org.newsmark.suggest.SuggestionBatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The suggestion use cases: training from gold then the annotator's own files, the cache, cancelling, settings. */
class SuggestionServiceTest {
    @TempDir
    Path dir;

    private SuggestionService service;

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
    }

    private SuggestionService open(Path project) throws Exception {
        service = new SuggestionService(ProjectFolder.open(project));
        return service;
    }

    private static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(60, TimeUnit.SECONDS);
    }

    @Test
    void trainsOnGoldFirstThenTheAnnotatorsOwnCleanFilesAndPassesOverFilesWithProblems() throws Exception {
        Path p = TestData.project(
                dir,
                "d1",
                "Moxon met Varga in Kyiv.",
                "d2",
                "Moxon left.",
                "d3",
                "Varga called Moxon.",
                "d4",
                "Later Varga wrote.",
                "d5",
                "Later Varga wrote.");
        TestData.annotations(p, "gold", "d1", "d1,gold,E1,ENTITY,PERSON,0,5,Moxon,,,");
        TestData.annotations(p, "ana", "d1", "d1,ana,E1,ENTITY,ORGANIZATION,0,5,Moxon,,,"); // gold wins here
        TestData.annotations(p, "ana", "d2", "d2,ana,E1,ENTITY,PERSON,0,5,Moxon,,,");
        TestData.annotations(p, "ana", "d3", "d3,ana,E1,ENTITY,PERSON,0,5,Varga,,,");
        TestData.annotations(p, "ana", "d4", "d4,ana,E1,ENTITY,PERSON,6,11,Wrong,,,"); // text does not match: skipped
        SuggestionService.Model model = get(open(p).model("ana"));
        assertThat(model.goldArticles()).isEqualTo(1);
        assertThat(model.ownArticles())
                .as("d2 and d3; d1 is gold's, d4 has a problem")
                .isEqualTo(2);
        assertThat(model.skipped())
                .singleElement()
                .satisfies(pr -> assertThat(pr.path()).isEqualTo("annotators/ana/d4.csv"));

        assertThatThrownBy(() -> get(service.suggest("ana", "d4")))
                .as("a file with problems is not suggested on")
                .hasCauseInstanceOf(FormatException.class);
        SuggestionBatch batch = get(service.suggest("ana", "d5"));
        assertThat(batch.inLayer("ENTITY"))
                .extracting(Suggestion::text, Suggestion::label)
                .containsExactly(Tuple.tuple("Varga", "PERSON"));
        assertThat(get(service.model("bob")).ownArticles())
                .as("a new annotator learns from gold alone")
                .isZero();
    }

    @Test
    void theModelIsKeptWhileNothingChangesAndTrainedAgainWhenAFileChanges() throws Exception {
        Path p = TestData.project(dir, "d1", "Moxon met Varga.", "d2", "Varga left.");
        TestData.annotations(p, "gold", "d1", "d1,gold,E1,ENTITY,PERSON,0,5,Moxon,,,");
        SuggestionService.Model first = get(open(p).model("ana"));
        assertThat(get(service.model("ana"))).isSameAs(first);

        Path file = TestData.annotations(p, "ana", "d2", "d2,ana,E1,ENTITY,PERSON,0,5,Varga,,,");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        SuggestionService.Model second = get(service.model("ana"));
        assertThat(second).isNotSameAs(first);
        assertThat(second.ownArticles()).isEqualTo(1);
        assertThat(get(service.model("ana"))).isSameAs(second);
    }

    @Test
    void suggestingAgainWhileEditingUsesTheLastTrainingAndOpeningAnArticleTrainsOnTheFilesAsTheyAre() throws Exception {
        Path p = TestData.project(dir, "d1", "Moxon met Varga.", "d2", "Varga met Moxon.", "d3", "Varga left.");
        TestData.annotations(p, "gold", "d1", "d1,gold,E1,ENTITY,PERSON,0,5,Moxon,,,");
        Article d2 = ProjectFolder.open(p).readArticle("d2");
        AnnotationSet empty = AnnotationSet.empty("d2", "ana");
        assertThat(get(open(p).suggest("ana", d2, empty, Set.of())).inLayer("ENTITY"))
                .extracting(Suggestion::text)
                .containsExactly("Moxon");

        // ana's file of another article, saved while she edits d2: it teaches "Varga"
        Path file = TestData.annotations(p, "ana", "d3", "d3,ana,E1,ENTITY,PERSON,0,5,Varga,,,");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertThat(get(service.suggestAgain("ana", d2, empty, Set.of())).inLayer("ENTITY"))
                .as("a pause in editing d2 does not train again")
                .extracting(Suggestion::text)
                .containsExactly("Moxon");
        assertThat(get(service.suggest("ana", d2, empty, Set.of())).inLayer("ENTITY"))
                .as("the article opened again: trained on the files as they are")
                .extracting(Suggestion::text)
                .containsExactlyInAnyOrder("Varga", "Moxon");
    }

    @Test
    void aCancelledRunEndsCancelledAndTheNextRunGoesOn() throws Exception {
        Path p = TestData.bundledCopy(dir);
        ProjectFolder project = ProjectFolder.open(p);
        Article article = project.readArticle(project.articleIds().get(0));
        get(open(p).model("ana")); // trained: what follows is the run alone
        CompletableFuture<SuggestionBatch> run =
                service.suggestAgain("ana", article, AnnotationSet.empty(article.id(), "ana"), Set.of());
        run.cancel(false);
        assertThatThrownBy(() -> get(run)).isInstanceOf(CancellationException.class);
        SuggestionBatch next =
                get(service.suggestAgain("ana", article, AnnotationSet.empty(article.id(), "ana"), Set.of()));
        assertThat(next.suggestions())
                .as("the service goes on suggesting after a run was stopped")
                .isNotEmpty();
    }

    @Test
    void trainingCanBeCancelledAndIsThenTrainedAgainOnRequest() throws Exception {
        Path p = TestData.bundledCopy(dir);
        CompletableFuture<SuggestionService.Model> model = open(p).model("ana");
        service.cancelTraining();
        // the future either ends cancelled (stopped while training) or had finished before
        try {
            get(model);
        } catch (ExecutionException | CancellationException e) {
            assertThat(e)
                    .satisfiesAnyOf(
                            x -> assertThat(x).isInstanceOf(CancellationException.class),
                            x -> assertThat(x.getCause()).isInstanceOf(CancellationException.class));
        }
        assertThat(get(service.model("ana")).goldArticles()).isEqualTo(7);
    }

    @Test
    void suggestsForTheSetBeingEditedWithoutWhatWasRejected() throws Exception {
        Path p = TestData.project(dir, "d1", "Almost half of all children are iodine deficient, researchers say.");
        Article article = ProjectFolder.open(p).readArticle("d1");
        SuggestionBatch batch = get(open(p).suggest("ana", article, AnnotationSet.empty("d1", "ana"), Set.of()));
        Suggestion quote = batch.inLayer("QUOTE").get(0);
        SuggestionBatch again = get(service.suggest(
                "ana", article, AnnotationSet.empty("d1", "ana"), Set.of(Suggester.Rejection.of(quote))));
        assertThat(again.inLayer("QUOTE")).isEmpty();
        assertThat(again.inLayer("ENTITY"))
                .as("the speaker was proposed for the quote only")
                .isEmpty();
    }

    @Test
    void theSettingsFileSwitchesRecommendersAndItsBadRowsAreProblems() throws Exception {
        Path p = TestData.project(dir, "d1", "Almost half of all children are iodine deficient, researchers say.");
        Files.writeString(
                p.resolve("suggest.csv"),
                "layer,recommender,enabled,min_score\nQUOTE,quotes,false,0\n" + "QUOTE,quotez,true,0\n");
        SuggestionService.Settings settings = open(p).settings();
        assertThat(settings.settings().enabled("QUOTE", "quotes")).isFalse();
        assertThat(settings.settings().enabled("ENTITY", "entity-strings"))
                .as("no row: the default")
                .isTrue();
        assertThat(settings.problems())
                .singleElement()
                .satisfies(pr -> assertThat(pr.line()).isEqualTo(3));
        assertThat(get(service.suggest("ana", "d1")).inLayer("QUOTE")).isEmpty();
    }

    @Test
    void aBadAnnotatorNameIsRefusedAndTheEvaluationNeedsTwoGoldArticles() throws Exception {
        Path p = TestData.project(dir, "d1", "Moxon left.");
        TestData.annotations(p, "gold", "d1", "d1,gold,E1,ENTITY,PERSON,0,5,Moxon,,,");
        assertThatThrownBy(() -> open(p).model("../x")).isInstanceOf(AgreementService.BadRequestException.class);
        assertThatThrownBy(() -> service.evaluate(ProgressListener.NONE))
                .isInstanceOf(AgreementService.BadRequestException.class)
                .hasMessageContaining("at least two");
    }

    @Test
    void theLearningCurveRunsFromNothingToAllButOneArticle() {
        assertThat(SuggestionService.curveSizes(7)).containsExactly(0, 1, 2, 4, 6);
        assertThat(SuggestionService.curveSizes(2)).containsExactly(0, 1);
        assertThat(SuggestionService.curveSizes(3)).containsExactly(0, 1, 2);
    }

    @Test
    void aGoldFileWithProblemsKeepsTheEvaluationFromRunning() throws Exception {
        Path p = TestData.project(dir, "d1", "Moxon left.", "d2", "Varga left.");
        TestData.annotations(p, "gold", "d1", "d1,gold,E1,ENTITY,PERSON,0,5,Moxon,,,");
        TestData.annotations(p, "gold", "d2", "d2,gold,E1,ENTITY,PERSON,0,5,Wrong,,,");
        assertThatThrownBy(() -> open(p).evaluate(ProgressListener.NONE)).isInstanceOf(FormatException.class);
    }
}
