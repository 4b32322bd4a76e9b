package org.newsmark.agreement.bootstrap;

import org.newsmark.agreement.coding.CoincidenceMatrix;

/**
 * The coincidence matrix behind one Krippendorff's alpha of a report (its layer and label, over
 * the whole corpus), from which Krippendorff's bootstrap draws pairs of values.
 */
record AlphaMatrix(String layer, String label, CoincidenceMatrix matrix) {}
