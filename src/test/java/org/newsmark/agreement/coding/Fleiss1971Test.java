package org.newsmark.agreement.coding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.agreement.Dkpro;
import org.newsmark.agreement.StudyProjects;
import org.newsmark.agreement.corpus.AgreementReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Fleiss, J. L.: Measuring nominal scale agreement among many raters. Psychological Bulletin
 * 76(5):378-382, 1971, table 1 (p. 379): 30 patients, 6 psychiatrists each, 5 diagnoses;
 * P = .556, P_e = .220, kappa = .430 (p. 380). Rows as DKPro Statistics' Fleiss1971Test gives them.
 */
class Fleiss1971Test {
    static final int[][] TABLE = {
        {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5}, {2, 2, 2, 4, 4, 4},
        {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4}, {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5},
        {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4}, {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5},
        {3, 3, 3, 3, 3, 5}, {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
        {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4}, {1, 4, 4, 4, 4, 5},
        {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5},
    };

    @TempDir
    Path dir;

    static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (int[] subject : TABLE) {
            String[] row = new String[subject.length];
            for (int r = 0; r < subject.length; r++) {
                row[r] = StudyProjects.ENTITY_CATEGORIES.get(subject[r] - 1); // diagnosis 1 is O
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void byTheFormula() {
        FleissKappa kappa = new FleissKappa(StudyProjects.study(StudyProjects.raters(6), rows()));
        assertThat(kappa.observedAgreement()).isCloseTo(0.556, within(0.0005));
        assertThat(kappa.expectedAgreement()).isCloseTo(0.220, within(0.0005));
        assertThat(kappa.agreement().value()).isCloseTo(0.430, within(0.0005));
        assertThat(kappa.items()).isEqualTo(30);
    }

    @Test
    void throughAProjectOnDisk() throws Exception {
        StudyProjects.coding(dir, StudyProjects.raters(6), rows(), false);
        AgreementReport report = StudyProjects.report(dir);
        double expected = new FleissKappa(StudyProjects.study(StudyProjects.raters(6), rows()))
                .agreement()
                .value();
        assertThat(StudyProjects.value(report, "ENTITY", "*", "fleiss_kappa", "*")
                        .value())
                .isCloseTo(expected, within(1e-12))
                .isCloseTo(0.430, within(0.0005));
        assertThat(report.find("ENTITY", "*", "fleiss_kappa", "*", "*")
                        .orElseThrow()
                        .units())
                .isEqualTo(30);
    }

    @Test
    void dkproGivesTheSameValue() {
        assertThat(new FleissKappa(StudyProjects.study(StudyProjects.raters(6), rows()))
                        .agreement()
                        .value())
                .isCloseTo(Dkpro.fleiss(Dkpro.coding(6, rows())), within(1e-12));
    }
}
