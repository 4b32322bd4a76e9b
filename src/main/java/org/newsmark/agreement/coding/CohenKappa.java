package org.newsmark.agreement.coding;

import java.util.Optional;

import org.newsmark.agreement.Score;

/**
 * Cohen's kappa for two raters: (A_o - A_e) / (1 - A_e), where the expected agreement A_e assumes
 * that each rater has a distribution of categories of their own: A_e = sum over c of
 * (n_c,1 / N) (n_c,2 / N). It needs two raters, at least one item that both coded and at least
 * two categories in use; items with a missing value are left out. As DKPro Statistics'
 * {@code CohenKappaAgreement}.
 *
 * <p>References: Cohen, J.: A Coefficient of Agreement for Nominal Scales. Educational and
 * Psychological Measurement 20(1):37-46, 1960. Artstein, R. and Poesio, M.: Inter-Coder Agreement
 * for Computational Linguistics. Computational Linguistics 34(4):555-596, 2008.
 */
public final class CohenKappa {
    private final ContingencyTable table;
    private final String notApplicable;

    public CohenKappa(CodingStudy study) {
        this.notApplicable = study.raterCount() != 2 ? "needs exactly two annotators" : null;
        this.table = notApplicable == null ? ContingencyTable.of(study, 0, 1) : null;
    }

    private CohenKappa(ContingencyTable table) {
        this.table = table;
        this.notApplicable = null;
    }

    public static CohenKappa of(ContingencyTable table) {
        return new CohenKappa(table);
    }

    public Optional<String> undefinedReason() {
        if (notApplicable != null) {
            return Optional.of(notApplicable);
        }
        if (table.total() == 0) {
            return Optional.of("no token that both annotators coded");
        }
        if (table.categoriesUsed() < 2) {
            return Optional.of("one category only");
        }
        return Optional.empty();
    }

    public double observedAgreement() {
        return table.agreements() / (double) table.total();
    }

    public double expectedAgreement() {
        double n = table.total();
        double sum = 0.0;
        for (int c = 0; c < table.categories().size(); c++) {
            sum += (double) table.rowTotal(c) * table.columnTotal(c);
        }
        return sum / (n * n);
    }

    public Score agreement() {
        Optional<String> why = undefinedReason();
        if (why.isPresent()) {
            return Score.undefined(why.get());
        }
        return Score.fromAgreement(observedAgreement(), expectedAgreement(), "one category only");
    }

    public long items() {
        return table == null ? 0 : table.total();
    }
}
