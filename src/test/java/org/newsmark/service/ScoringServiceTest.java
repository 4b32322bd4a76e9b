package org.newsmark.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.AnnotationSet;
import org.newsmark.training.ArticleScore;
import org.newsmark.training.ErrorKind;
import org.newsmark.training.LabelCounts;
import org.newsmark.training.Scorecard;
import org.newsmark.training.TrainingError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScoringServiceTest {
    //                         0         1         2         3         4         5         6         7         8
    //                         0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567
    static final String TEXT = "US President Donald Trump met the Kremlin's envoy Kirill Dmitriev in Paris on Friday. "
            + "\"We agreed,\" Dmitriev said. He said talks would go on.";

    @TempDir
    Path dir;

    /** Gold is right; ana makes one error of every class (see each row). */
    private ProjectFolder project() throws Exception {
        TestData.project(dir, "d1", TEXT);
        TestData.annotations(
                dir,
                "gold",
                "d1",
                "d1,gold,E1,ENTITY,PERSON,13,25,Donald Trump,,,",
                "d1,gold,V1,EVENT,MEETING,26,29,met,agent=E1;target=E3;place=E4;time=E5,,",
                "d1,gold,E2,ENTITY,ORGANIZATION,34,41,Kremlin,,,",
                "d1,gold,E3,ENTITY,PERSON,50,65,Kirill Dmitriev,,,",
                "d1,gold,E4,ENTITY,GPE,69,74,Paris,,,",
                "d1,gold,E5,ENTITY,DATE,78,84,Friday,,,",
                "d1,gold,Q1,QUOTE,DIRECT,86,98,\"\"\"We agreed,\"\"\",speaker=E6,,",
                "d1,gold,E6,ENTITY,PERSON,99,107,Dmitriev,,,",
                "d1,gold,Q2,QUOTE,INDIRECT,122,139,talks would go on,speaker=E6,,");
        TestData.annotations(
                dir,
                "ana",
                "d1",
                "d1,ana,E7,ENTITY,GPE,0,2,US,,,", // spurious
                "d1,ana,E1,ENTITY,PERSON,0,25,US President Donald Trump,,,", // too wide: title
                "d1,ana,V1,EVENT,MEETING,26,29,met,agent=E1;target=E2,,", // target wrong, place and time missing
                "d1,ana,E2,ENTITY,ORGANIZATION,30,43,the Kremlin's,,,", // too wide: determiner
                "d1,ana,E3,ENTITY,PERSON,44,56,envoy Kirill,,,", // shifted
                "d1,ana,E4,ENTITY,LOCATION,69,74,Paris,,,", // wrong label; Friday missed
                "d1,ana,Q1,QUOTE,DIRECT,87,96,We agreed,speaker=E3,,", // too narrow, wrong speaker
                "d1,ana,E6,ENTITY,PERSON,99,107,Dmitriev,,,",
                "d1,ana,Q2,QUOTE,INDIRECT,122,139,talks would go on,,,"); // missing speaker
        return ProjectFolder.open(dir);
    }

    private Scorecard card() throws Exception {
        ScoringService.Result r =
                new ScoringService(project()).run(new ScoringService.Request("ana", "gold", List.of()));
        assertThat(r.problems()).isEmpty();
        return r.scorecard().orElseThrow();
    }

    @Test
    void everyErrorClassIsFoundWhereItIs() throws Exception {
        Map<ErrorKind, List<String>> found = card().errors().stream()
                .collect(Collectors.groupingBy(
                        TrainingError::kind,
                        Collectors.mapping(e -> e.start() + "-" + e.end() + " " + e.role(), Collectors.toList())));
        assertThat(found)
                .containsOnly(
                        Map.entry(ErrorKind.SPURIOUS, List.of("0-2 ")),
                        Map.entry(ErrorKind.BOUNDARY_TOO_WIDE, List.of("0-25 ", "30-43 ")),
                        Map.entry(ErrorKind.BOUNDARY_SHIFTED, List.of("44-56 ")),
                        Map.entry(ErrorKind.WRONG_LABEL, List.of("69-74 ")),
                        Map.entry(ErrorKind.MISSED, List.of("78-84 ")),
                        Map.entry(ErrorKind.BOUNDARY_TOO_NARROW, List.of("87-96 ")),
                        Map.entry(ErrorKind.WRONG_SPEAKER, List.of("87-96 speaker")),
                        Map.entry(ErrorKind.MISSING_SPEAKER, List.of("122-139 speaker")),
                        Map.entry(ErrorKind.WRONG_ARGUMENT, List.of("26-29 target")),
                        Map.entry(ErrorKind.MISSING_ARGUMENT, List.of("26-29 place", "26-29 time")));
        assertThat(card().errors()).hasSize(12);
    }

    @Test
    void errorsCarryContextReferenceHintAndGuidelineSection() throws Exception {
        List<TrainingError> errors = card().errors();
        TrainingError title = find(errors, ErrorKind.BOUNDARY_TOO_WIDE, 0);
        assertThat(title.marked()).isEqualTo("PERSON \"US President Donald Trump\" 0-25");
        assertThat(title.reference()).isEqualTo("PERSON \"Donald Trump\" 13-25");
        assertThat(title.context()).startsWith("[US President Donald Trump] met the Kremlin's envoy");
        assertThat(title.hint()).contains("titles such as \"President\" are not part of the name");
        assertThat(title.guideline()).isEqualTo("guidelines/entities.md#boundary-rules");
        assertThat(find(errors, ErrorKind.BOUNDARY_TOO_WIDE, 30).hint()).contains("determiners such as \"the\"");
        assertThat(find(errors, ErrorKind.BOUNDARY_TOO_NARROW, 87).hint()).contains("quotation mark");
        assertThat(find(errors, ErrorKind.BOUNDARY_TOO_NARROW, 87).guideline())
                .isEqualTo("guidelines/quotes.md#direct");
        assertThat(find(errors, ErrorKind.WRONG_LABEL, 69).guideline()).isEqualTo("guidelines/entities.md#gpe");
        assertThat(find(errors, ErrorKind.WRONG_LABEL, 69).reference()).startsWith("GPE");
        assertThat(find(errors, ErrorKind.MISSED, 78).guideline()).isEqualTo("guidelines/entities.md#date");
        assertThat(find(errors, ErrorKind.MISSED, 78).marked()).isEmpty();
        assertThat(find(errors, ErrorKind.SPURIOUS, 0).guideline()).isEqualTo("guidelines/entities.md#gpe");
        assertThat(find(errors, ErrorKind.WRONG_SPEAKER, 87).guideline()).isEqualTo("guidelines/quotes.md#speakers");
        assertThat(find(errors, ErrorKind.WRONG_SPEAKER, 87).reference())
                .isEqualTo("speaker → PERSON \"Dmitriev\" 99-107");
        assertThat(find(errors, ErrorKind.MISSING_ARGUMENT, 26).guideline()).isEqualTo("guidelines/events.md#roles");
        assertThat(errors)
                .allMatch(e -> !e.hint().isEmpty()
                        && !e.guideline().isEmpty()
                        && !e.context().isEmpty());
    }

    private static TrainingError find(List<TrainingError> errors, ErrorKind kind, int start) {
        return errors.stream()
                .filter(e -> e.kind() == kind && e.start() == start)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void precisionRecallAndF1AreTheHandCountedOnes() throws Exception {
        Scorecard card = card();
        // ENTITY: ana 6 spans, gold 6; exact: only Dmitriev; by overlap with the same label:
        // Trump, Kirill Dmitriev, Dmitriev (PERSON) and Kremlin (ORGANIZATION).
        LabelCounts entities = card.total("ENTITY", "*").orElseThrow();
        assertThat(entities).isEqualTo(new LabelCounts("ENTITY", "*", 6, 6, 1, 4));
        assertThat(entities.precision(true).value()).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(entities.recall(false).value()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(entities.f1(true).value()).isCloseTo(2.0 / 12, within(1e-12));
        assertThat(card.total("ENTITY", "PERSON").orElseThrow())
                .isEqualTo(new LabelCounts("ENTITY", "PERSON", 3, 3, 1, 3));
        assertThat(card.total("ENTITY", "GPE").orElseThrow()).isEqualTo(new LabelCounts("ENTITY", "GPE", 1, 1, 0, 0));
        assertThat(card.total("ENTITY", "DATE").orElseThrow().precision(true).defined())
                .isFalse();
        assertThat(card.total("QUOTE", "*").orElseThrow()).isEqualTo(new LabelCounts("QUOTE", "*", 2, 2, 1, 2));
        assertThat(card.total("EVENT", "*").orElseThrow()).isEqualTo(new LabelCounts("EVENT", "*", 1, 1, 1, 1));
        // Both quotes have a reference speaker; ana's is wrong on one and missing on the other.
        assertThat(card.speakerAccuracy().value()).isEqualTo(0.0);
        assertThat(card.speakerTotal()).isEqualTo(2);
        // Arguments: ana agent + target, gold agent, target, place, time; the agent matches: 2 * 1 / 6.
        assertThat(card.argumentF1().value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(card.agreement()).extracting(a -> a.layer()).containsExactly("ENTITY", "QUOTE", "EVENT");
        assertThat(card.agreement().get(0).kappa().defined()).isTrue();
        // 30 tokens: 24 words (Kremlin's is one), 3 periods, 2 quotation marks and a comma
        assertThat(card.agreement().get(0).tokens()).isEqualTo(30);
    }

    @Test
    void aPerfectTraineeHasNoErrorAndFullScores() throws Exception {
        project();
        Files.copy(
                dir.resolve("gold/d1.csv"), dir.resolve("annotators/ana/d1.csv"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(
                dir.resolve("annotators/ana/d1.csv"),
                Files.readString(dir.resolve("annotators/ana/d1.csv")).replace("d1,gold,", "d1,ana,"));
        Scorecard card = new ScoringService(ProjectFolder.open(dir))
                .score("ana", "gold", "d1")
                .scorecard()
                .orElseThrow();
        assertThat(card.errors()).isEmpty();
        assertThat(card.total("ENTITY", "*").orElseThrow().f1(true).value()).isEqualTo(1.0);
        assertThat(card.speakerAccuracy().value()).isEqualTo(1.0);
        assertThat(card.argumentF1().value()).isEqualTo(1.0);
        assertThat(card.agreement().get(0).kappa().value()).isEqualTo(1.0);
    }

    @Test
    void scoreSetScoresTheSetInMemoryForTheTrainingMode() throws Exception {
        ProjectFolder folder = project();
        var schema = folder.readSchema();
        var article = folder.readArticle("d1");
        var gold = AnnotationFiles.load(folder, schema, article, "gold").set();
        ArticleScore score =
                new ScoringService(folder).scoreSet(schema, article, AnnotationSet.empty("d1", "ana"), gold);
        assertThat(score.errors()).hasSize(9).allMatch(e -> e.kind() == ErrorKind.MISSED);
        assertThat(score.errors()).allMatch(e -> e.guideline().startsWith("guidelines/"));
    }

    @Test
    void unknownNamesAndTheSameNameTwiceAreUsageErrors() throws Exception {
        ScoringService service = new ScoringService(project());
        assertThatThrownBy(() -> service.run(new ScoringService.Request("cy", "gold", List.of())))
                .isInstanceOf(AgreementService.BadRequestException.class)
                .hasMessageContaining("no annotator cy");
        assertThatThrownBy(() -> service.run(new ScoringService.Request("ana", "ana", List.of())))
                .isInstanceOf(AgreementService.BadRequestException.class);
        assertThatThrownBy(() -> service.run(new ScoringService.Request("ana", "gold", List.of("d9"))))
                .isInstanceOf(AgreementService.BadRequestException.class)
                .hasMessageContaining("no article d9");
        TestData.annotations(dir, "ben", "d2");
        assertThatThrownBy(() -> service.run(new ScoringService.Request("ben", "gold", List.of())))
                .isInstanceOf(AgreementService.BadRequestException.class)
                .hasMessage("ben and gold have no article in common");
    }

    @Test
    void theBundledProjectScoresAnaAgainstGold() throws Exception {
        Scorecard card = new ScoringService(ProjectFolder.open(TestData.BUNDLED))
                .run(new ScoringService.Request("ana", "gold", List.of()))
                .scorecard()
                .orElseThrow();
        assertThat(card.articles()).hasSize(7);
        assertThat(card.errors())
                .isNotEmpty()
                .allMatch(e -> e.guideline().matches("guidelines/[a-z-]+\\.md#[a-z0-9-]+"));
        assertThat(card.errors().stream().map(TrainingError::kind).distinct().count())
                .isGreaterThanOrEqualTo(6);
        double f1 = card.total("ENTITY", "*").orElseThrow().f1(true).value();
        assertThat(f1).isBetween(0.5, 1.0);
    }
}
