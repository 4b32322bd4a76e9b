package org.newsmark.agreement.coding;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.agreement.Dkpro;
import org.newsmark.agreement.StudyProjects;
import org.newsmark.agreement.corpus.AgreementReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The worked examples of the English Wikipedia article "Cohen's kappa" (section "Examples"): 50
 * grant proposals read by two readers (kappa = 0.4), and the two tables with the same observed
 * agreement of 0.60 but different marginals (kappa = 0.1304 and 0.2593). Categories Yes and No
 * are an ENTITY label and O in the project.
 */
class WikipediaCohenKappaTest {
    /** Rows: reader A yes, no; columns: reader B yes, no. */
    static final long[][] SIMPLE = {{20, 5}, {10, 15}};

    static final long[][] SAME_PERCENTAGE_1 = {{45, 15}, {25, 15}};
    static final long[][] SAME_PERCENTAGE_2 = {{25, 35}, {5, 35}};
    private static final List<String> YES_NO = List.of("PERSON", "O");
    private static final List<String> READERS = List.of("a", "b");

    @TempDir
    Path dir;

    @Test
    void simpleExample() {
        CohenKappa kappa = kappa(SIMPLE);
        assertThat(kappa.observedAgreement()).isCloseTo(0.7, within(1e-15)); // p_o = 35/50
        assertThat(kappa.expectedAgreement()).isCloseTo(0.5, within(1e-15)); // 0.5 * 0.6 + 0.5 * 0.4
        assertThat(kappa.agreement().value()).isCloseTo(0.4, within(1e-15));
    }

    @Test
    void samePercentagesButDifferentNumbers() {
        assertThat(kappa(SAME_PERCENTAGE_1).observedAgreement()).isCloseTo(0.6, within(1e-15));
        assertThat(kappa(SAME_PERCENTAGE_2).observedAgreement()).isCloseTo(0.6, within(1e-15));
        // Wikipedia: 0.1304 and 0.2593, that is 0.06 / 0.46 and 0.14 / 0.54
        assertThat(kappa(SAME_PERCENTAGE_1).agreement().value())
                .isCloseTo(3.0 / 23.0, within(1e-15))
                .isCloseTo(0.1304, within(0.00005));
        assertThat(kappa(SAME_PERCENTAGE_2).agreement().value())
                .isCloseTo(7.0 / 27.0, within(1e-15))
                .isCloseTo(0.2593, within(0.00005));
    }

    @Test
    void throughAProjectOnDisk() throws Exception {
        double[] expected = {0.4, 3.0 / 23.0, 7.0 / 27.0};
        long[][][] tables = {SIMPLE, SAME_PERCENTAGE_1, SAME_PERCENTAGE_2};
        for (int i = 0; i < tables.length; i++) {
            Path project = StudyProjects.coding(
                    dir.resolve("t" + i), READERS, StudyProjects.fromContingency(tables[i], YES_NO), false);
            AgreementReport report = StudyProjects.report(project);
            assertThat(StudyProjects.value(report, "ENTITY", "*", "cohen_kappa", "a+b")
                            .value())
                    .isCloseTo(expected[i], within(1e-12));
            // one label against the rest is the same two-category table here
            assertThat(StudyProjects.value(report, "ENTITY", "PERSON", "cohen_kappa", "a+b")
                            .value())
                    .isCloseTo(expected[i], within(1e-12));
        }
    }

    @Test
    void dkproGivesTheSameValues() {
        for (long[][] table : List.of(SIMPLE, SAME_PERCENTAGE_1, SAME_PERCENTAGE_2)) {
            List<String[]> rows = StudyProjects.fromContingency(table, YES_NO);
            assertThat(kappa(table).agreement().value()).isCloseTo(Dkpro.cohen(Dkpro.coding(2, rows)), within(1e-12));
        }
    }

    private static CohenKappa kappa(long[][] table) {
        return new CohenKappa(StudyProjects.study(READERS, StudyProjects.fromContingency(table, YES_NO)));
    }
}
