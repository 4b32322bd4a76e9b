package org.newsmark.agreement.coding;

import java.util.Optional;

import org.newsmark.agreement.Score;

/**
 * Observed agreement of two raters: the share of the items both coded on which they chose the
 * same category (Artstein and Poesio 2008, A_o). It is defined whenever there is an item, also
 * when both raters used one category only.
 *
 * <p>References: Artstein, R. and Poesio, M.: Inter-Coder Agreement for Computational
 * Linguistics. Computational Linguistics 34(4):555-596, 2008.
 */
public final class PercentageAgreement {
    private final ContingencyTable table;
    private final String notApplicable;

    /** The observed agreement of a two-rater study, over the items both coded. */
    public PercentageAgreement(CodingStudy study) {
        this.notApplicable = study.raterCount() != 2 ? "needs exactly two annotators" : null;
        this.table = notApplicable == null ? ContingencyTable.of(study, 0, 1) : null;
    }

    private PercentageAgreement(ContingencyTable table) {
        this.table = table;
        this.notApplicable = null;
    }

    public static PercentageAgreement of(ContingencyTable table) {
        return new PercentageAgreement(table);
    }

    /** Why the measure has no value for this study, if it has none. */
    public Optional<String> undefinedReason() {
        if (notApplicable != null) {
            return Optional.of(notApplicable);
        }
        return table.total() == 0 ? Optional.of("no token that both annotators coded") : Optional.empty();
    }

    public Score agreement() {
        Optional<String> why = undefinedReason();
        if (why.isPresent()) {
            return Score.undefined(why.get());
        }
        return Score.of(table.agreements() / (double) table.total());
    }

    /** The number of items the value rests on. */
    public long items() {
        return table == null ? 0 : table.total();
    }
}
