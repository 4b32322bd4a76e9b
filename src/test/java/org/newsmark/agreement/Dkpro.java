package org.newsmark.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleSupplier;

import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.newsmark.model.Annotation;

/**
 * DKPro Statistics 2.1.0 as an oracle: the same data put into its studies, its value read back.
 * A value DKPro cannot give (it throws, or returns a non-finite number or the 0.0 it puts where the
 * expected (dis)agreement makes the coefficient undefined) comes back as NaN.
 */
public final class Dkpro {
    private Dkpro() {}

    /** A DKPro coding study of the rows (one value per rater, null for missing). */
    public static CodingAnnotationStudy coding(int raters, List<String[]> rows) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(raters);
        for (String[] row : rows) {
            study.addItemAsArray(row);
        }
        return study;
    }

    // With two categories or more (DKPro throws on fewer), A_e < 1: calculateAgreement is all there is.
    public static double cohen(CodingAnnotationStudy study) {
        return guarded(() -> new CohenKappaAgreement(study).calculateAgreement());
    }

    public static double fleiss(CodingAnnotationStudy study) {
        return guarded(() -> new FleissKappaAgreement(study).calculateAgreement());
    }

    public static double alpha(CodingAnnotationStudy study) {
        return guarded(() -> {
            KrippendorffAlphaAgreement a = new KrippendorffAlphaAgreement(study, new NominalDistanceFunction());
            return a.calculateExpectedDisagreement() == 0.0 ? Double.NaN : a.calculateAgreement();
        });
    }

    /**
     * A DKPro unitizing study of spans per rater, each rater's overlapping spans of one label merged
     * first (DKPro requires that they do not overlap), written independently of our study class.
     */
    public static UnitizingAnnotationStudy unitizing(
            int raters, long begin, long length, List<List<long[]>> spansPerRater, List<List<String>> labelsPerRater) {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(raters, begin, length);
        for (int r = 0; r < raters; r++) {
            List<long[]> spans = spansPerRater.get(r);
            List<String> labels = labelsPerRater.get(r);
            for (String label : labels.stream().distinct().toList()) {
                List<long[]> own = new ArrayList<>();
                for (int i = 0; i < spans.size(); i++) {
                    if (labels.get(i).equals(label)) {
                        own.add(spans.get(i).clone());
                    }
                }
                own.sort(Comparator.<long[]>comparingLong(s -> s[0]).thenComparingLong(s -> s[1]));
                List<long[]> merged = new ArrayList<>();
                for (long[] s : own) {
                    long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                    if (last != null && s[0] < last[1]) {
                        last[1] = Math.max(last[1], s[1]);
                    } else {
                        merged.add(s);
                    }
                }
                for (long[] s : merged) {
                    study.addUnit(s[0], s[1] - s[0], r, label);
                }
            }
        }
        return study;
    }

    /** Spans of annotations as {start, end} pairs shifted by an offset. */
    public static List<long[]> spans(List<Annotation> annotations, long offset) {
        return annotations.stream()
                .map(a -> new long[] {offset + a.start(), offset + a.end()})
                .toList();
    }

    public static double unitizingAlpha(UnitizingAnnotationStudy study) {
        return guarded(() -> {
            Accessible a = new Accessible(study);
            if (study.getCategoryCount() == 0 || a.expected() == 0.0) {
                return Double.NaN;
            }
            return a.calculateAgreement();
        });
    }

    public static double unitizingAlpha(UnitizingAnnotationStudy study, String category) {
        return guarded(() -> {
            Accessible a = new Accessible(study);
            boolean present = false;
            for (Object c : study.getCategories()) {
                present |= c.equals(category);
            }
            if (!present || a.expected(category) == 0.0) {
                return Double.NaN;
            }
            return a.calculateCategoryAgreement(category);
        });
    }

    /** Opens the protected disagreement methods. */
    private static final class Accessible extends KrippendorffAlphaUnitizingAgreement {
        Accessible(UnitizingAnnotationStudy study) {
            super(study);
        }

        double expected() {
            return calculateExpectedDisagreement();
        }

        double expected(String category) {
            return calculateExpectedCategoryDisagreement(category);
        }
    }

    private static double guarded(DoubleSupplier f) {
        try {
            double v = f.getAsDouble();
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (InsufficientDataException | IllegalArgumentException | ArithmeticException e) {
            return Double.NaN;
        }
    }
}
