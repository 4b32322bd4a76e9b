package org.newsmark.agreement.unitizing;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.agreement.Dkpro;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.StudyProjects;
import org.newsmark.agreement.corpus.AgreementReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Krippendorff, K.: Content Analysis: An Introduction to Its Methodology. 2nd edition, Sage, 2004,
 * the unitizing example of section 11.6 (p. 254): a continuum from 150 to 450, two observers, two
 * categories c and k. The book was not at hand: the data and the expected values are those of
 * DKPro Statistics' unitizing Krippendorff2004Test (observer i is rater 0, observer j rater 1):
 * αU = 0.8591 pooled (±0.0005); for c, D_o = 0.0144, D_e = 0.0532, αU_c = 0.7286; for k,
 * D_o = 0, D_e = 0.0490, αU_k = 1 (±0.0001). The distances 50, 850 and 400 are the book's worked
 * ones. In the project, the continuum is an article of 300 code points (offsets shifted by -150)
 * with emoji in it, c is PERSON and k is ORGANIZATION.
 */
class Krippendorff2004UnitizingTest {
    /** offset, length, observer, category. */
    static final Object[][] UNITS = {
        {225, 70, 0, "c"},
        {370, 30, 0, "c"},
        {220, 80, 1, "c"},
        {355, 20, 1, "c"},
        {400, 20, 1, "c"},
        {180, 60, 0, "k"},
        {300, 50, 0, "k"},
        {180, 60, 1, "k"},
        {300, 50, 1, "k"},
    };

    @TempDir
    Path dir;

    static DefaultUnitizingStudy study() {
        DefaultUnitizingStudy study = DefaultUnitizingStudy.withRaters(2, 150, 300);
        for (Object[] u : UNITS) {
            study.addUnit((Integer) u[0], (Integer) u[1], (Integer) u[2], (String) u[3]);
        }
        return study;
    }

    static UnitizingAnnotationStudy dkproStudy() {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(2, 150, 300);
        for (Object[] u : UNITS) {
            study.addUnit((Integer) u[0], (Integer) u[1], (Integer) u[2], u[3]);
        }
        return study;
    }

    @Test
    void theBooksDistances() {
        // (225, 70) against (220, 80): 5² + 5²
        assertThat(KrippendorffUnitizingAlpha.pairDistance(new long[] {225, 295}, new long[] {220, 300}))
                .isEqualTo(BigInteger.valueOf(50));
        // (370, 30) against (355, 20): 15² + 25²
        assertThat(KrippendorffUnitizingAlpha.pairDistance(new long[] {370, 400}, new long[] {355, 375}))
                .isEqualTo(BigInteger.valueOf(850));
        // (400, 20) inside a gap of the other observer: 20²
        assertThat(KrippendorffUnitizingAlpha.pairDistance(new long[] {}, new long[] {400, 420}))
                .isEqualTo(BigInteger.valueOf(400));
    }

    @Test
    void byTheFormula() {
        KrippendorffUnitizingAlpha alpha = new KrippendorffUnitizingAlpha(study());
        assertThat(alpha.observedDisagreement("c")).isCloseTo(0.0144, within(0.0001));
        assertThat(alpha.expectedDisagreement("c")).isCloseTo(0.0532, within(0.0001));
        assertThat(alpha.categoryAgreement("c").value()).isCloseTo(0.7286, within(0.0001));
        assertThat(alpha.observedDisagreement("k")).isEqualTo(0.0);
        assertThat(alpha.expectedDisagreement("k")).isCloseTo(0.0490, within(0.0001));
        assertThat(alpha.categoryAgreement("k").value()).isEqualTo(1.0);
        assertThat(alpha.agreement().value()).isCloseTo(0.8591, within(0.0005));
        assertThat(alpha.units("c")).isEqualTo(5);
        assertThat(alpha.units()).isEqualTo(9);
    }

    @Test
    void dkproGivesTheSameValues() {
        KrippendorffUnitizingAlpha alpha = new KrippendorffUnitizingAlpha(study());
        UnitizingAnnotationStudy dkpro = dkproStudy();
        assertThat(alpha.agreement().value()).isCloseTo(Dkpro.unitizingAlpha(dkpro), within(1e-12));
        assertThat(alpha.categoryAgreement("c").value()).isCloseTo(Dkpro.unitizingAlpha(dkpro, "c"), within(1e-12));
        assertThat(alpha.categoryAgreement("k").value()).isCloseTo(Dkpro.unitizingAlpha(dkpro, "k"), within(1e-12));
    }

    @Test
    void throughAProjectOnDisk() throws Exception {
        String text = StudyProjects.text(300);
        TestData.project(dir);
        Files.writeString(dir.resolve("articles/book.txt"), text);
        List<List<String>> rows = List.of(new ArrayList<>(), new ArrayList<>());
        String[] raters = {"i", "j"};
        for (Object[] u : UNITS) {
            int rater = (Integer) u[2];
            int start = (Integer) u[0] - 150;
            int end = start + (Integer) u[1];
            String label = u[3].equals("c") ? "PERSON" : "ORGANIZATION";
            rows.get(rater)
                    .add(StudyProjects.span(
                            "book",
                            raters[rater],
                            "E" + (rows.get(rater).size() + 1),
                            "ENTITY",
                            label,
                            start,
                            end,
                            text));
        }
        TestData.annotations(dir, "i", "book", rows.get(0).toArray(String[]::new));
        TestData.annotations(dir, "j", "book", rows.get(1).toArray(String[]::new));
        AgreementReport report = StudyProjects.report(dir);
        KrippendorffUnitizingAlpha alpha = new KrippendorffUnitizingAlpha(study());
        assertThat(StudyProjects.value(report, "ENTITY", "*", "unitizing_alpha", "*")
                        .value())
                .isCloseTo(alpha.agreement().value(), within(1e-12));
        assertThat(StudyProjects.value(report, "ENTITY", "PERSON", "unitizing_alpha", "*")
                        .value())
                .isCloseTo(alpha.categoryAgreement("c").value(), within(1e-12));
        assertThat(StudyProjects.value(report, "ENTITY", "ORGANIZATION", "unitizing_alpha", "*")
                        .value())
                .isEqualTo(1.0);
        assertThat(StudyProjects.value(report, "ENTITY", "GPE", "unitizing_alpha", "*")
                        .undefinedReason())
                .isEqualTo("no span of this label");
        Measurement pooled =
                report.find("ENTITY", "*", "unitizing_alpha", "*", "*").orElseThrow();
        assertThat(pooled.units()).isEqualTo(9);
        assertThat(pooled.note()).isEqualTo("continuum of 300 code points in 1 article");
        assertThat(Double.parseDouble(StudyProjects.csvValue(dir, "ENTITY", "*", "unitizing_alpha", "*")))
                .isCloseTo(alpha.agreement().value(), within(1e-12));
    }
}
