package org.newsmark.agreement.span;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.Annotation;
import org.newsmark.model.Link;
import org.newsmark.service.AgreementService;

import static org.assertj.core.api.Assertions.assertThat;

/** Speaker agreement by identity: two speakers agree when their entities share a mention. */
class SpeakerIdentityTest {
    //                                    0         1         2         3         4         5
    //                                    0123456789012345678901234567890123456789012345678901234
    private static final String TEXT = "Trump met Putin. \"We agreed,\" he said. \"No,\" Putin said.";

    @TempDir
    Path dir;

    @Test
    void aPronounAndTheNameItIsChainedToAreTheSameSpeaker() throws Exception {
        TestData.project(dir, "d", TEXT);
        String trump = "d,%s,E1,ENTITY,PERSON,0,5,Trump,,,";
        String putin = "d,%s,E2,ENTITY,PERSON,10,15,Putin,,,";
        String he = "d,%s,E3,ENTITY,PERSON,30,32,he,coref=E1,mention=pronoun,";
        String putin2 = "d,%s,E4,ENTITY,PERSON,45,50,Putin,coref=E2,,";
        // ana links the first quote to "he" (chained to Trump), ben to "Trump": by mention they differ.
        TestData.annotations(
                dir,
                "ana",
                "d",
                f(trump, "ana"),
                f(putin, "ana"),
                f(he, "ana"),
                f(putin2, "ana"),
                "d,ana,Q1,QUOTE,DIRECT,17,29,\"\"\"We agreed,\"\"\",speaker=E3,,",
                "d,ana,Q2,QUOTE,DIRECT,39,44,\"\"\"No,\"\"\",speaker=E4,,");
        // ben: the second quote to Trump, which is another entity than Putin: wrong by both.
        TestData.annotations(
                dir,
                "ben",
                "d",
                f(trump, "ben"),
                f(putin, "ben"),
                f(he, "ben"),
                f(putin2, "ben"),
                "d,ben,Q1,QUOTE,DIRECT,17,29,\"\"\"We agreed,\"\"\",speaker=E1,,",
                "d,ben,Q2,QUOTE,DIRECT,39,44,\"\"\"No,\"\"\",speaker=E1,,");
        AgreementReport report = new AgreementService(ProjectFolder.open(dir))
                .run(new AgreementService.Request(List.of(), List.of(), List.of(), false))
                .report()
                .orElseThrow();
        assertThat(value(report, "speaker_agreement")).isEqualTo(0.0);
        assertThat(value(report, "speaker_identity")).isEqualTo(0.5);
        // The chains themselves are measured as coreference, not as a link role.
        assertThat(report.find("ENTITY", "*", "coref" + Measurement.ROLE_AGREEMENT_SUFFIX, "ana+ben", "*"))
                .isEmpty();
        assertThat(report.find("ENTITY", "*", "coref_conll", "ana+ben", "*")
                        .orElseThrow()
                        .score()
                        .value())
                .isEqualTo(1.0);
    }

    private static String f(String row, String annotator) {
        return String.format(row, annotator);
    }

    private static double value(AgreementReport r, String measure) {
        return r.find("QUOTE", "*", measure, "ana+ben", "*")
                .orElseThrow()
                .score()
                .value();
    }

    @Test
    void aSpeakerMentionThatTheOtherAnnotatorDidNotMarkSharesNoIdentityAndBreaksNothing() {
        // The first annotator's speaker has no counterpart in the matching (its id maps to nothing).
        Annotation q1 =
                Annotation.span("Q1", "QUOTE", "DIRECT", 17, 29, "x").withLinks(List.of(new Link("speaker", "E9")));
        Annotation q2 =
                Annotation.span("Q1", "QUOTE", "DIRECT", 17, 29, "x").withLinks(List.of(new Link("speaker", "E1")));
        List<SpanMatching.Match> sources = List.of(new SpanMatching.Match(q1, q2));
        assertThat(LinkAgreement.agreeingByIdentity(sources, "speaker", Map.of("E2", "E1"), Map.of(), Map.of()))
                .isZero();
        assertThat(LinkAgreement.agreeingByIdentity(sources, "speaker", Map.of("E9", "E1"), Map.of(), Map.of()))
                .isEqualTo(1);
    }
}
