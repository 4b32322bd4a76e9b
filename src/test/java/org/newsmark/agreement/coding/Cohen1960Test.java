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
 * Cohen, J.: A Coefficient of Agreement for Nominal Scales. Educational and Psychological
 * Measurement 20(1):37-46, 1960. Both contingency tables as DKPro Statistics' Cohen1960Test
 * transcribes them (rows: judge A, columns: judge B, categories 1-3), through the formula,
 * through a project on disk and against DKPro.
 */
class Cohen1960Test {
    /** Cohen (1960), p. 37: 100 items, p_o = .29, p_c = .35. */
    static final long[][] PAGE_37 = {{25, 12, 3}, {13, 2, 15}, {12, 16, 2}};
    /** Cohen (1960), p. 45: 200 items, p_o = .70, p_c = .41, kappa = .492. */
    static final long[][] PAGE_45 = {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}};

    private static final List<String> CATEGORIES = StudyProjects.ENTITY_CATEGORIES.subList(0, 3);
    private static final List<String> JUDGES = List.of("a", "b");

    @TempDir
    Path dir;

    @Test
    void page45ByTheFormula() {
        CohenKappa kappa =
                new CohenKappa(StudyProjects.study(JUDGES, StudyProjects.fromContingency(PAGE_45, CATEGORIES)));
        assertThat(kappa.observedAgreement()).isCloseTo(0.70, within(1e-15));
        assertThat(kappa.expectedAgreement()).isCloseTo(0.41, within(1e-15));
        // (0.70 - 0.41) / (1 - 0.41) = 29/59; Cohen reports .492 (p. 45)
        assertThat(kappa.agreement().value())
                .isCloseTo(29.0 / 59.0, within(1e-15))
                .isCloseTo(0.492, within(0.0005));
        assertThat(kappa.items()).isEqualTo(200);
    }

    @Test
    void page37ByTheFormula() {
        CohenKappa kappa =
                new CohenKappa(StudyProjects.study(JUDGES, StudyProjects.fromContingency(PAGE_37, CATEGORIES)));
        assertThat(kappa.observedAgreement()).isCloseTo(0.29, within(1e-15));
        assertThat(kappa.expectedAgreement()).isCloseTo(0.35, within(1e-15));
        // (0.29 - 0.35) / (1 - 0.35) = -6/65: worse than chance
        assertThat(kappa.agreement().value()).isCloseTo(-6.0 / 65.0, within(1e-15));
    }

    @Test
    void bothTablesThroughAProjectOnDisk() throws Exception {
        for (long[][] table : List.of(PAGE_45, PAGE_37)) {
            Path project = StudyProjects.coding(
                    dir.resolve("p" + table[0][0]), JUDGES, StudyProjects.fromContingency(table, CATEGORIES), false);
            AgreementReport report = StudyProjects.report(project);
            double expected = CohenKappa.of(tableOf(table)).agreement().value();
            assertThat(StudyProjects.value(report, "ENTITY", "*", "cohen_kappa", "a+b")
                            .value())
                    .isCloseTo(expected, within(1e-12));
            double observed = (table[0][0] + table[1][1] + table[2][2]) / (double) total(table);
            assertThat(StudyProjects.value(report, "ENTITY", "*", "observed_agreement", "a+b")
                            .value())
                    .isCloseTo(observed, within(1e-12));
            assertThat(report.find("ENTITY", "*", "cohen_kappa", "a+b", "*")
                            .orElseThrow()
                            .units())
                    .isEqualTo(total(table));
            // and through the command, with full precision
            assertThat(Double.parseDouble(StudyProjects.csvValue(project, "ENTITY", "*", "cohen_kappa", "a+b")))
                    .isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void dkproGivesTheSameValues() {
        for (long[][] table : List.of(PAGE_45, PAGE_37)) {
            List<String[]> rows = StudyProjects.fromContingency(table, CATEGORIES);
            assertThat(new CohenKappa(StudyProjects.study(JUDGES, rows))
                            .agreement()
                            .value())
                    .isCloseTo(Dkpro.cohen(Dkpro.coding(2, rows)), within(1e-12));
        }
    }

    private static ContingencyTable tableOf(long[][] counts) {
        return ContingencyTable.of(
                StudyProjects.study(JUDGES, StudyProjects.fromContingency(counts, CATEGORIES)), 0, 1);
    }

    private static long total(long[][] table) {
        long n = 0;
        for (long[] row : table) {
            for (long v : row) {
                n += v;
            }
        }
        return n;
    }
}
