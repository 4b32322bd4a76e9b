package org.newsmark.agreement.unitizing;

import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;
import org.newsmark.agreement.Dkpro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Krippendorff, K.: On the reliability of unitizing contiguous data. Sociological Methodology
 * 25:47-76, 1995, the four pairs of observers of p. 57 (A Bertha and Bill, B John and Jill, C
 * Gerret and Gill, D Heather and Hill), one category each, on a continuum of 24, stretched to make
 * the continuum long. Data and values as in DKPro Statistics' Krippendorff1995Test: the observed
 * disagreements are exact; the expected ones approach the paper's as the continuum grows
 * (DKPro notes a small error in the paper's D_e), so they are checked with DKPro's tolerance.
 * Several touching units of one observer (Jill) stay apart.
 */
class Krippendorff1995UnitizingTest {
    /** category, observer, offset, length on the continuum of 24. */
    static final Object[][] UNITS = {
        {"A", 0, 2, 8},
        {"A", 0, 14, 6},
        {"A", 1, 4, 4},
        {"A", 1, 15, 2},
        {"B", 0, 0, 18},
        {"B", 1, 0, 2},
        {"B", 1, 2, 1},
        {"B", 1, 3, 1},
        {"B", 1, 4, 1},
        {"B", 1, 5, 1},
        {"B", 1, 6, 3},
        {"B", 1, 9, 1},
        {"C", 0, 2, 6},
        {"C", 0, 10, 2},
        {"C", 0, 14, 4},
        {"C", 0, 20, 2},
        {"C", 1, 0, 2},
        {"C", 1, 4, 4},
        {"C", 1, 10, 4},
        {"C", 1, 16, 2},
        {"C", 1, 20, 2},
        {"D", 0, 0, 2},
        {"D", 0, 2, 8},
        {"D", 0, 10, 4},
        {"D", 0, 14, 6},
        {"D", 0, 20, 4},
        {"D", 1, 0, 4},
        {"D", 1, 4, 4},
        {"D", 1, 8, 7},
        {"D", 1, 15, 2},
        {"D", 1, 17, 7},
    };

    static DefaultUnitizingStudy study(int stretch) {
        DefaultUnitizingStudy study = DefaultUnitizingStudy.withRaters(2, 0, 24L * stretch);
        for (Object[] u : UNITS) {
            study.addUnit(
                    (Integer) u[2] * (long) stretch, (Integer) u[3] * (long) stretch, (Integer) u[1], (String) u[0]);
        }
        return study;
    }

    static UnitizingAnnotationStudy dkpro(int stretch) {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(2, 0, 24L * stretch);
        for (Object[] u : UNITS) {
            study.addUnit((Integer) u[2] * (long) stretch, (Integer) u[3] * (long) stretch, (Integer) u[1], u[0]);
        }
        return study;
    }

    @Test
    void observedDisagreements() {
        KrippendorffUnitizingAlpha alpha = new KrippendorffUnitizingAlpha(study(1));
        assertThat(alpha.observedDisagreement("A")).isCloseTo(0.03125, within(0.00001));
        assertThat(alpha.observedDisagreement("B")).isCloseTo(2.26736, within(0.00001));
        assertThat(alpha.observedDisagreement("C")).isCloseTo(0.02777, within(0.00001));
        assertThat(alpha.observedDisagreement("D")).isCloseTo(0.38715, within(0.00001));
    }

    @Test
    void expectedDisagreementsAndAlphasOnALongContinuum() {
        KrippendorffUnitizingAlpha alpha = new KrippendorffUnitizingAlpha(study(50_000));
        assertThat(alpha.expectedDisagreement("A")).isCloseTo(0.06990, within(0.005));
        assertThat(alpha.expectedDisagreement("B")).isCloseTo(1.17731, within(0.005));
        assertThat(alpha.expectedDisagreement("C")).isCloseTo(0.08642, within(0.005));
        assertThat(alpha.expectedDisagreement("D")).isCloseTo(0.41445, within(0.005));
        assertThat(alpha.categoryAgreement("A").value()).isCloseTo(0.553, within(0.02));
        assertThat(alpha.categoryAgreement("B").value()).isCloseTo(-0.926, within(0.02));
        assertThat(alpha.categoryAgreement("C").value()).isCloseTo(0.679, within(0.02));
        assertThat(alpha.categoryAgreement("D").value()).isCloseTo(0.066, within(0.02));
    }

    @Test
    void dkproGivesTheSameValuesAtEveryStretch() {
        for (int stretch : new int[] {1, 5, 50, 500}) {
            KrippendorffUnitizingAlpha alpha = new KrippendorffUnitizingAlpha(study(stretch));
            UnitizingAnnotationStudy dkpro = dkpro(stretch);
            assertThat(alpha.agreement().value()).isCloseTo(Dkpro.unitizingAlpha(dkpro), within(1e-12));
            for (String c : new String[] {"A", "B", "C", "D"}) {
                assertThat(alpha.categoryAgreement(c).value())
                        .as(c + " at " + stretch)
                        .isCloseTo(Dkpro.unitizingAlpha(dkpro, c), within(1e-12));
            }
        }
    }
}
