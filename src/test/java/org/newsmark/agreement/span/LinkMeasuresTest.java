package org.newsmark.agreement.span;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.StudyProjects;
import org.newsmark.agreement.corpus.AgreementReport;

import static org.assertj.core.api.Assertions.assertThat;

/** Speaker agreement and event argument F1, through a project on disk. */
class LinkMeasuresTest {
    private static final String D1 = "Peskov said: “No talks.” Zelensky asked NATO for help.";
    private static final String D2 = "Dmitry Peskov said: “Maybe.” Officials said: “Later.”";

    @TempDir
    Path dir;

    private static String row(
            String doc,
            String text,
            String annotator,
            String id,
            String layer,
            String label,
            String covered,
            int occurrence,
            String links) {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = text.indexOf(covered, start + 1);
        }
        return doc + "," + annotator + "," + id + "," + layer + "," + label + "," + start + ","
                + (start + covered.length()) + "," + covered + "," + links + ",,";
    }

    @Test
    void speakersAgreeWhenMatchedByOverlapOrBothAbsent() throws Exception {
        TestData.project(dir, "d1", D1, "d2", D2);
        TestData.annotations(
                dir,
                "a",
                "d1",
                row("d1", D1, "a", "E1", "ENTITY", "PERSON", "Peskov", 0, ""),
                row("d1", D1, "a", "E2", "ENTITY", "PERSON", "Zelensky", 0, ""),
                row("d1", D1, "a", "E3", "ENTITY", "ORGANIZATION", "NATO", 0, ""),
                row("d1", D1, "a", "Q1", "QUOTE", "DIRECT", "“No talks.”", 0, "speaker=E1"),
                row("d1", D1, "a", "V1", "EVENT", "REQUEST", "asked", 0, "agent=E2;target=E3"));
        TestData.annotations(
                dir,
                "b",
                "d1",
                row("d1", D1, "b", "E1", "ENTITY", "PERSON", "Peskov", 0, ""),
                row("d1", D1, "b", "E2", "ENTITY", "PERSON", "Zelensky", 0, ""),
                row("d1", D1, "b", "E3", "ENTITY", "ORGANIZATION", "NATO", 0, ""),
                row("d1", D1, "b", "Q1", "QUOTE", "DIRECT", "“No talks.”", 0, "speaker=E2"),
                row("d1", D1, "b", "V1", "EVENT", "REQUEST", "asked", 0, "agent=E2"));
        TestData.annotations(
                dir,
                "a",
                "d2",
                row("d2", D2, "a", "E1", "ENTITY", "PERSON", "Peskov", 0, ""),
                row("d2", D2, "a", "Q1", "QUOTE", "DIRECT", "“Maybe.”", 0, "speaker=E1"),
                row("d2", D2, "a", "Q2", "QUOTE", "DIRECT", "“Later.”", 0, ""));
        TestData.annotations(
                dir,
                "b",
                "d2",
                row("d2", D2, "b", "E1", "ENTITY", "PERSON", "Dmitry Peskov", 0, ""),
                row("d2", D2, "b", "Q1", "QUOTE", "DIRECT", "“Maybe.”", 0, "speaker=E1"),
                row("d2", D2, "b", "Q2", "QUOTE", "DIRECT", "Later.", 0, ""));
        AgreementReport report = StudyProjects.report(dir);
        // d1: different speakers; d2: overlapping speakers, and a quote without speaker on both sides
        Measurement speaker =
                report.find("QUOTE", "*", "speaker_agreement", "a+b", "*").orElseThrow();
        assertThat(speaker.score().value()).isEqualTo(2.0 / 3.0);
        assertThat(speaker.units()).isEqualTo(3);
        assertThat(report.find("QUOTE", "DIRECT", "speaker_agreement", "*", "*")
                        .orElseThrow()
                        .score()
                        .value())
                .isEqualTo(2.0 / 3.0);
        assertThat(report.find("QUOTE", "INDIRECT", "speaker_agreement", "a+b", "*")
                        .orElseThrow()
                        .score()
                        .undefinedReason())
                .isEqualTo("no matched pair of QUOTE spans");
        // d1's event: a has agent and target, b has the agent only: 2 * 1 / (2 + 1)
        Measurement arguments =
                report.find("EVENT", "*", "argument_f1", "a+b", "*").orElseThrow();
        assertThat(arguments.score().value()).isEqualTo(2.0 / 3.0);
        assertThat(arguments.units()).isEqualTo(3);
        assertThat(report.find("EVENT", "REQUEST", "argument_f1", "a+b", "*")
                        .orElseThrow()
                        .score()
                        .value())
                .isEqualTo(2.0 / 3.0);
        // the spans themselves: exact matching misses "Dmitry Peskov" and "Later."; overlap does not
        assertThat(report.find("ENTITY", "*", "f1_exact", "a+b", "*")
                        .orElseThrow()
                        .score()
                        .value())
                .isEqualTo(2.0 * 3 / 8);
        assertThat(report.find("ENTITY", "*", "f1_overlap", "a+b", "*")
                        .orElseThrow()
                        .score()
                        .value())
                .isEqualTo(1.0);
        assertThat(report.find("QUOTE", "*", "f1_exact", "a+b", "*")
                        .orElseThrow()
                        .score()
                        .value())
                .isEqualTo(2.0 * 2 / 6);
    }

    @Test
    void argumentsOfAnotherRoleOrAnUnmatchedTargetDoNotMatch() throws Exception {
        TestData.project(dir, "d1", D1);
        TestData.annotations(
                dir,
                "a",
                "d1",
                row("d1", D1, "a", "E2", "ENTITY", "PERSON", "Zelensky", 0, ""),
                row("d1", D1, "a", "E3", "ENTITY", "ORGANIZATION", "NATO", 0, ""),
                row("d1", D1, "a", "V1", "EVENT", "REQUEST", "asked", 0, "agent=E2;target=E3"));
        TestData.annotations(
                dir,
                "b",
                "d1",
                row("d1", D1, "b", "E2", "ENTITY", "PERSON", "Zelensky", 0, ""),
                row("d1", D1, "b", "E3", "ENTITY", "GPE", "NATO", 0, ""),
                row("d1", D1, "b", "V1", "EVENT", "REQUEST", "asked", 0, "target=E2;target=E3"));
        AgreementReport report = StudyProjects.report(dir);
        // agent=E2 against target=E2: other role; target=E3 against target=E3: NATO has other labels
        assertThat(report.find("EVENT", "*", "argument_f1", "a+b", "*")
                        .orElseThrow()
                        .score()
                        .value())
                .isZero();
        Files.delete(dir.resolve("annotators/b/d1.csv"));
        assertThat(StudyProjects.report(dir)
                        .find("EVENT", "*", "argument_f1", "a+b", "*")
                        .orElseThrow()
                        .score()
                        .undefinedReason())
                .isEqualTo("no article that both annotated");
    }
}
