package org.newsmark.agreement;

import java.util.List;

/**
 * One value of the agreement report: which layer and label ({@code *} for all labels of the
 * layer), which measure, which annotators ({@code a+b} for a pair in sorted order, {@code *} for
 * all chosen), which article ({@code *} for the corpus), the score, the number of units it rests
 * on, a note (the reason when the score is undefined) and, when intervals were asked for, the
 * confidence interval of a corpus value (null otherwise; without bounds when the value or every
 * replicate is undefined).
 */
public record Measurement(
        String layer,
        String label,
        String measure,
        String annotators,
        String doc,
        Score score,
        long units,
        String note,
        ConfidenceInterval interval) {
    public static final String ALL = "*";
    /** The label of the rows of a typed attribute: {@code @modality}. */
    public static final String ATTRIBUTE_PREFIX = "@";

    public static final String OBSERVED_AGREEMENT = "observed_agreement";
    public static final String COHEN_KAPPA = "cohen_kappa";
    public static final String FLEISS_KAPPA = "fleiss_kappa";
    public static final String KRIPPENDORFF_ALPHA = "krippendorff_alpha";
    public static final String UNITIZING_ALPHA = "unitizing_alpha";
    public static final String F1_EXACT = "f1_exact";
    public static final String F1_OVERLAP = "f1_overlap";
    /** The measure of a role that takes one target, such as {@code speaker_agreement}. */
    public static final String ROLE_AGREEMENT_SUFFIX = "_agreement";

    public static final String ARGUMENT_F1 = "argument_f1";
    /**
     * The measure of a role that takes one entity, judged by identity ({@code speaker_identity}):
     * the two targets' entities share a mention.
     */
    public static final String IDENTITY_SUFFIX = "_identity";
    /** The fixed measures in report order; role agreements come between f1_overlap and argument_f1. */
    public static final List<String> ORDER = List.of(
            OBSERVED_AGREEMENT,
            COHEN_KAPPA,
            FLEISS_KAPPA,
            KRIPPENDORFF_ALPHA,
            UNITIZING_ALPHA,
            F1_EXACT,
            F1_OVERLAP,
            ARGUMENT_F1);

    public Measurement {
        note = note == null ? "" : note;
    }

    /** A value without a confidence interval. */
    public Measurement(
            String layer,
            String label,
            String measure,
            String annotators,
            String doc,
            Score score,
            long units,
            String note) {
        this(layer, label, measure, annotators, doc, score, units, note, null);
    }

    /** The same value with a confidence interval (null for none). */
    public Measurement withInterval(ConfidenceInterval ci) {
        return new Measurement(layer, label, measure, annotators, doc, score, units, note, ci);
    }

    /** The name of a pair: both annotators in sorted order joined by {@code +}. */
    public static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "+" + b : b + "+" + a;
    }

    public boolean isPair() {
        return !annotators.equals(ALL);
    }

    /** What a measure counts as its units, singular or plural. */
    public static String unitName(String measure, long count) {
        String one;
        String many;
        switch (measure) {
            case OBSERVED_AGREEMENT, COHEN_KAPPA, FLEISS_KAPPA, KRIPPENDORFF_ALPHA -> {
                one = "token";
                many = "tokens";
            }
            case UNITIZING_ALPHA, F1_EXACT, F1_OVERLAP -> {
                one = "span";
                many = "spans";
            }
            case "coref_muc", "coref_b3", "coref_ceafm", "coref_ceafe", "coref_blanc", "coref_conll" -> {
                one = "mention";
                many = "mentions";
            }
            case ARGUMENT_F1 -> {
                one = "argument";
                many = "arguments";
            }
            default -> {
                one = "matched pair";
                many = "matched pairs";
            }
        }
        return count == 1 ? one : many;
    }
}
