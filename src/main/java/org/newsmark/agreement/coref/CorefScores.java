package org.newsmark.agreement.coref;

import java.util.Collection;

/**
 * All coreference metrics of one or more documents, summed over documents as the CoNLL-2012
 * reference scorer sums them: the numerators and denominators of each metric (for BLANC its eight
 * link counts) are added across documents, and recall, precision and F1 are computed from the sums.
 */
public record CorefScores(
        RecallPrecision mentions,
        RecallPrecision muc,
        RecallPrecision bCubed,
        RecallPrecision ceafM,
        RecallPrecision ceafE,
        BlancScore blanc) {
    public static final CorefScores ZERO = new CorefScores(
            RecallPrecision.ZERO,
            RecallPrecision.ZERO,
            RecallPrecision.ZERO,
            RecallPrecision.ZERO,
            RecallPrecision.ZERO,
            BlancScore.ZERO);

    public static CorefScores of(CorefDocument d) {
        Overlaps o = Overlaps.of(d);
        return new CorefScores(
                new RecallPrecision(o.common, o.keyMentions, o.common, o.responseMentions),
                CorefMetrics.muc(o),
                CorefMetrics.bCubed(o),
                CorefMetrics.ceafM(o),
                CorefMetrics.ceafE(o),
                CorefMetrics.blanc(o));
    }

    /** The scores of several documents together (the scorer's totals); ZERO for none. */
    public static CorefScores of(Collection<CorefDocument> documents) {
        CorefScores total = ZERO;
        for (CorefDocument d : documents) {
            total = total.plus(of(d));
        }
        return total;
    }

    public CorefScores plus(CorefScores o) {
        return new CorefScores(
                mentions.plus(o.mentions),
                muc.plus(o.muc),
                bCubed.plus(o.bCubed),
                ceafM.plus(o.ceafM),
                ceafE.plus(o.ceafE),
                blanc.plus(o.blanc));
    }

    /** The CoNLL-2012 score: the mean of the F1 of MUC, B-cubed and entity-based CEAF. */
    public double conll() {
        return (muc.f1() + bCubed.f1() + ceafE.f1()) / 3;
    }
}
