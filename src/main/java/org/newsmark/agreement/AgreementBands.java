package org.newsmark.agreement;

/** The usual verbal readings of agreement values, for people who read reports. */
public final class AgreementBands {
    private AgreementBands() {}

    /**
     * Landis and Koch's (1977) band of a kappa: poor (below 0), slight (up to 0.20), fair (up to
     * 0.40), moderate (up to 0.60), substantial (up to 0.80), almost perfect (above 0.80).
     *
     * <p>Reference: Landis, J. R. and Koch, G. G.: The Measurement of Observer Agreement for
     * Categorical Data. Biometrics 33(1):159-174, 1977.
     */
    public static String landisKoch(double kappa) {
        if (kappa < 0.0) {
            return "poor";
        }
        if (kappa <= 0.20) {
            return "slight";
        }
        if (kappa <= 0.40) {
            return "fair";
        }
        if (kappa <= 0.60) {
            return "moderate";
        }
        if (kappa <= 0.80) {
            return "substantial";
        }
        return "almost perfect";
    }

    /**
     * Krippendorff's (2004, p. 241) reading of an alpha: reliable from 0.800, tentative
     * conclusions only from 0.667, unreliable below.
     */
    public static String krippendorff(double alpha) {
        if (alpha >= 0.800) {
            return "reliable";
        }
        if (alpha >= 0.667) {
            return "tentative";
        }
        return "unreliable";
    }

    /** The band of a measure's value, or an empty string for measures that have none. */
    public static String of(String measure, double value) {
        return switch (measure) {
            case Measurement.COHEN_KAPPA, Measurement.FLEISS_KAPPA -> landisKoch(value);
            case Measurement.KRIPPENDORFF_ALPHA, Measurement.UNITIZING_ALPHA -> krippendorff(value);
            default -> "";
        };
    }
}
