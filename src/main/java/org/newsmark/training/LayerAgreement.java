package org.newsmark.training;

import org.newsmark.agreement.Score;

/**
 * The agreement of a trainee with the reference on one layer, from {@link AgreementCalculator}:
 * Cohen's kappa on tokens (all labels of the layer) and Krippendorff's unitizing alpha.
 */
public record LayerAgreement(String layer, Score kappa, long tokens, Score unitizingAlpha, long spans) {}
