package org.newsmark.agreement.coding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.agreement.Dkpro;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.StudyProjects;
import org.newsmark.agreement.corpus.AgreementReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Krippendorff, K.: Computing Krippendorff's Alpha-Reliability. University of Pennsylvania, 2011,
 * example C (nominal data, any number of observers, missing data): 4 observers, 12 units, values
 * 1-5, missing values marked "."; alpha nominal = 0.743. In the project each unit is an article
 * of one token and a missing value is a missing file; unit 12, which one observer coded, is not
 * pairable and does not count.
 */
class Krippendorff2011Test {
    /** Observers A-D, units 1-12; 0 is a missing value. */
    static final int[][] DATA = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3},
        {0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0},
    };

    private static final List<String> OBSERVERS = List.of("a", "b", "c", "d");

    @TempDir
    Path dir;

    static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (int unit = 0; unit < 12; unit++) {
            String[] row = new String[4];
            for (int o = 0; o < 4; o++) {
                row[o] = DATA[o][unit] == 0 ? null : StudyProjects.ENTITY_CATEGORIES.get(DATA[o][unit] - 1);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void byTheFormula() {
        KrippendorffAlpha alpha = new KrippendorffAlpha(StudyProjects.study(OBSERVERS, rows()));
        // 11 pairable units with n = 40 pairable values; alpha = 1 - D_o / D_e = 0.743
        assertThat(alpha.items()).isEqualTo(11);
        assertThat(alpha.agreement().value()).isCloseTo(0.743, within(0.0005));
    }

    @Test
    void throughAProjectWithMissingFiles() throws Exception {
        StudyProjects.coding(dir, OBSERVERS, rows(), true);
        AgreementReport report = StudyProjects.report(dir);
        double expected = new KrippendorffAlpha(StudyProjects.study(OBSERVERS, rows()))
                .agreement()
                .value();
        Measurement alpha =
                report.find("ENTITY", "*", "krippendorff_alpha", "*", "*").orElseThrow();
        assertThat(alpha.score().value()).isCloseTo(expected, within(1e-12)).isCloseTo(0.743, within(0.0005));
        assertThat(alpha.units()).isEqualTo(11);
        assertThat(alpha.note()).isEqualTo("11 articles");
        // Fleiss needs articles every observer has: units 2-9
        assertThat(report.find("ENTITY", "*", "fleiss_kappa", "*", "*")
                        .orElseThrow()
                        .units())
                .isEqualTo(8);
        assertThat(Double.parseDouble(StudyProjects.csvValue(dir, "ENTITY", "*", "krippendorff_alpha", "*")))
                .isCloseTo(expected, within(1e-12));
        assertThat(report.filesPerAnnotator())
                .containsEntry("a", 9)
                .containsEntry("b", 11)
                .containsEntry("c", 10)
                .containsEntry("d", 11);
    }

    @Test
    void dkproGivesTheSameValue() {
        assertThat(new KrippendorffAlpha(StudyProjects.study(OBSERVERS, rows()))
                        .agreement()
                        .value())
                .isCloseTo(Dkpro.alpha(Dkpro.coding(4, rows())), within(1e-12));
    }
}
