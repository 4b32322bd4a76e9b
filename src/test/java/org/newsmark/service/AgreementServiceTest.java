package org.newsmark.service;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.io.ProjectFolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementServiceTest {
    //                                   0         1         2
    //                                   01234567890123456789012
    private static final String TEXT = "Peskov spoke in Moscow.";

    @TempDir
    Path dir;

    private AgreementService.Result run(List<String> annotators, List<String> docs, List<String> layers)
            throws Exception {
        return new AgreementService(ProjectFolder.open(dir))
                .run(new AgreementService.Request(annotators, docs, layers, false));
    }

    private void project() throws Exception {
        TestData.project(dir, "d1", TEXT, "d2", TEXT);
        TestData.annotations(dir, "ana", "d1", "d1,ana,E1,ENTITY,PERSON,0,6,Peskov,,,");
        TestData.annotations(dir, "ben", "d1", "d1,ben,E1,ENTITY,PERSON,0,6,Peskov,,,");
        TestData.annotations(dir, "ana", "d2", "d2,ana,E1,ENTITY,GPE,16,22,Moscow,,,");
        TestData.annotations(dir, "gold", "d1", "d1,gold,E1,ENTITY,GPE,0,6,Peskov,,,");
    }

    @Test
    void everyAnnotatorFolderButNotGoldByDefault() throws Exception {
        project();
        AgreementReport report = run(List.of(), List.of(), List.of()).report().orElseThrow();
        assertThat(report.annotators()).containsExactly("ana", "ben");
        assertThat(report.docs()).containsExactly("d1", "d2");
        assertThat(report.filesPerAnnotator()).containsEntry("ana", 2).containsEntry("ben", 1);
        // ben has no file for d2: the pair rests on d1's 5 tokens
        assertThat(report.find("ENTITY", "*", "cohen_kappa", "ana+ben", "*")
                        .orElseThrow()
                        .units())
                .isEqualTo(5);
        assertThat(report.layers()).containsExactly("ENTITY", "QUOTE", "EVENT");
    }

    @Test
    void goldOnRequestAndAnEmptyFileIsNotAMissingOne() throws Exception {
        project();
        TestData.annotations(dir, "ben", "d2");
        AgreementReport report = run(List.of("gold", "ben", "ana"), List.of(), List.of("ENTITY"))
                .report()
                .orElseThrow();
        assertThat(report.annotators()).containsExactly("ana", "ben", "gold");
        assertThat(report.layers()).containsExactly("ENTITY");
        assertThat(report.find("ENTITY", "*", "cohen_kappa", "ana+ben", "*")
                        .orElseThrow()
                        .units())
                .isEqualTo(10);
        Measurement withGold =
                report.find("ENTITY", "PERSON", "f1_exact", "ben+gold", "*").orElseThrow();
        assertThat(withGold.score().value()).isZero();
        assertThat(report.measurements()).noneMatch(m -> !m.layer().equals("ENTITY"));
    }

    @Test
    void chosenArticlesOnly() throws Exception {
        project();
        AgreementReport report =
                run(List.of(), List.of("d2"), List.of()).report().orElseThrow();
        assertThat(report.docs()).containsExactly("d2");
        assertThat(report.find("ENTITY", "*", "cohen_kappa", "ana+ben", "*")
                        .orElseThrow()
                        .note())
                .isEqualTo("no article that both annotated");
    }

    @Test
    void unknownNamesAreUsageErrors() throws Exception {
        project();
        assertThatThrownBy(() -> run(List.of("ana", "bob"), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no annotator bob (the project has ana, ben)");
        assertThatThrownBy(() -> run(List.of("../x"), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bad annotator name");
        assertThatThrownBy(() -> run(List.of(), List.of("d9"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no article d9 (articles/d9.txt)");
        assertThatThrownBy(() -> run(List.of(), List.of(), List.of("TOPIC")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no layer TOPIC (the schema has ENTITY, QUOTE, EVENT)");
    }

    @Test
    void filesWithProblemsStopTheMeasurement() throws Exception {
        project();
        TestData.annotations(dir, "ben", "d2", "d2,ben,E1,ENTITY,PERSON,0,6,Putin!,,,");
        AgreementService.Result result = run(List.of(), List.of(), List.of());
        assertThat(result.report()).isEmpty();
        assertThat(result.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "annotators/ben/d2.csv:2: error: text \"Putin!\" does not match the article at 0-6, which has \"Peskov\"");
    }
}
