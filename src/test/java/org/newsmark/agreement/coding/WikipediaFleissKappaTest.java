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
 * The worked example of the English Wikipedia article "Fleiss' kappa": 10 subjects, 14 raters,
 * 5 categories; P = 0.378, P_e = 0.213, kappa = 0.210. The table gives how many raters chose each
 * category for each subject.
 */
class WikipediaFleissKappaTest {
    static final int[][] COUNTS = {
        {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
    };
    private static final List<String> CATEGORIES = StudyProjects.ENTITY_CATEGORIES.subList(0, 5);

    @TempDir
    Path dir;

    private static List<String[]> rows() {
        return StudyProjects.fromSubjectCounts(COUNTS, CATEGORIES);
    }

    @Test
    void byTheFormula() {
        FleissKappa kappa = new FleissKappa(StudyProjects.study(StudyProjects.raters(14), rows()));
        assertThat(kappa.observedAgreement()).isCloseTo(0.378, within(0.0005));
        assertThat(kappa.expectedAgreement()).isCloseTo(0.213, within(0.0005));
        assertThat(kappa.agreement().value()).isCloseTo(0.210, within(0.0005));
    }

    @Test
    void throughAProjectOnDiskWith14Annotators() throws Exception {
        StudyProjects.coding(dir, StudyProjects.raters(14), rows(), false);
        AgreementReport report = StudyProjects.report(dir);
        assertThat(report.annotators()).hasSize(14);
        double expected = new FleissKappa(StudyProjects.study(StudyProjects.raters(14), rows()))
                .agreement()
                .value();
        assertThat(StudyProjects.value(report, "ENTITY", "*", "fleiss_kappa", "*")
                        .value())
                .isCloseTo(expected, within(1e-12))
                .isCloseTo(0.210, within(0.0005));
    }

    @Test
    void dkproGivesTheSameValue() {
        assertThat(new FleissKappa(StudyProjects.study(StudyProjects.raters(14), rows()))
                        .agreement()
                        .value())
                .isCloseTo(Dkpro.fleiss(Dkpro.coding(14, rows())), within(1e-12));
    }
}
