package org.newsmark.agreement;

import java.util.List;

/**
 * What to measure: the layers (empty for every layer of the schema) and whether to add the values
 * of each article to those of the corpus.
 */
public record AgreementOptions(List<String> layers, boolean byDoc) {
    public AgreementOptions {
        layers = List.copyOf(layers);
    }

    public static AgreementOptions all() {
        return new AgreementOptions(List.of(), false);
    }
}
