package org.newsmark.training;

import java.util.List;

import org.newsmark.agreement.Score;

/**
 * A trainee scored against a reference on one article: the span counts per layer and label (and
 * {@code *} per layer), the speaker and argument counts, and every classified error in text order.
 *
 * @param speakerCorrect quotes paired with a reference quote that has a speaker, whose speaker
 *                       overlaps the reference's speaker
 * @param speakerTotal   quotes paired with a reference quote that has a speaker
 * @param argumentMatches arguments (role, target) of paired events found in both
 * @param argumentsTrainee the trainee's arguments of paired events
 * @param argumentsReference the reference's arguments of paired events
 */
public record ArticleScore(
        String doc,
        List<LabelCounts> counts,
        long speakerCorrect,
        long speakerTotal,
        long argumentMatches,
        long argumentsTrainee,
        long argumentsReference,
        List<TrainingError> errors) {
    public ArticleScore {
        counts = List.copyOf(counts);
        errors = List.copyOf(errors);
    }

    public ArticleScore withErrors(List<TrainingError> replaced) {
        return new ArticleScore(
                doc,
                counts,
                speakerCorrect,
                speakerTotal,
                argumentMatches,
                argumentsTrainee,
                argumentsReference,
                replaced);
    }

    public Score speakerAccuracy() {
        return LabelCounts.ratio(speakerCorrect, speakerTotal, "no paired quote with a reference speaker");
    }

    public Score argumentF1() {
        return LabelCounts.ratio(
                2 * argumentMatches, argumentsTrainee + argumentsReference, "no argument on paired events");
    }
}
