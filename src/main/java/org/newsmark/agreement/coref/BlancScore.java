package org.newsmark.agreement.coref;

/**
 * BLANC (Recasens and Hovy 2011, generalised to predicted mentions by Luo et al. 2014): the mean
 * of a score on coreference links (pairs of mentions in one entity) and one on non-coreference
 * links (pairs in different entities), each with its counts.
 *
 * <p>When the key has no coreference link (only singletons), BLANC is the non-coreference score
 * alone; when it has no non-coreference link (one entity), the coreference score alone; when it
 * has neither, 0. The F1 is the mean of the two F1s, not the F1 of the mean recall and precision.
 * Over several documents the eight counts are summed first ({@link #plus}), as the scorer does.
 */
public record BlancScore(RecallPrecision coreference, RecallPrecision nonCoreference) {
    public static final BlancScore ZERO = new BlancScore(RecallPrecision.ZERO, RecallPrecision.ZERO);

    public double recall() {
        return pick(coreference.recall(), nonCoreference.recall());
    }

    public double precision() {
        return pick(coreference.precision(), nonCoreference.precision());
    }

    public double f1() {
        return pick(coreference.f1(), nonCoreference.f1());
    }

    private double pick(double onCoreference, double onNonCoreference) {
        boolean coreferenceInKey = coreference.recallDenominator() != 0;
        boolean nonCoreferenceInKey = nonCoreference.recallDenominator() != 0;
        if (coreferenceInKey && nonCoreferenceInKey) {
            return (onCoreference + onNonCoreference) / 2;
        }
        return coreferenceInKey ? onCoreference : nonCoreferenceInKey ? onNonCoreference : 0;
    }

    public BlancScore plus(BlancScore o) {
        return new BlancScore(coreference.plus(o.coreference), nonCoreference.plus(o.nonCoreference));
    }
}
