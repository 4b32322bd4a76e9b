package org.newsmark.suggest;

import java.util.List;

/** A training document with its text analysis, made once per training and shared by the recommenders that learn. */
record Analyzed(TrainingDocument document, TextAnalysis analysis) {
    static List<Analyzed> all(List<TrainingDocument> documents) {
        return documents.parallelStream()
                .map(d -> new Analyzed(d, new TextAnalysis(d.article())))
                .toList();
    }
}
