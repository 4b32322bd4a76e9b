package org.newsmark.training;

import java.util.Objects;

/**
 * One classified error of a trainee against a reference, where the annotator can show it: the
 * offsets (code points) of the trainee's span, or of the reference's span when the trainee has
 * none there (missed), the text and some context around it, what the trainee and the reference
 * marked, a teaching hint and the guideline section that decides it ({@code entities.md#person}).
 *
 * @param label the trainee's label (the reference's for a missed span)
 * @param referenceLabel the reference's label, empty for a spurious span
 * @param role the link role for speaker and argument errors, else empty
 */
public record TrainingError(
        String doc,
        ErrorKind kind,
        String layer,
        String label,
        String referenceLabel,
        int start,
        int end,
        String text,
        String context,
        String marked,
        String reference,
        String role,
        String hint,
        String guideline) {
    public TrainingError {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(layer, "layer");
        label = label == null ? "" : label;
        referenceLabel = referenceLabel == null ? "" : referenceLabel;
        text = text == null ? "" : text;
        context = context == null ? "" : context;
        marked = marked == null ? "" : marked;
        reference = reference == null ? "" : reference;
        role = role == null ? "" : role;
        hint = hint == null ? "" : hint;
        guideline = guideline == null ? "" : guideline;
    }

    public TrainingError withGuideline(String link) {
        return new TrainingError(
                doc,
                kind,
                layer,
                label,
                referenceLabel,
                start,
                end,
                text,
                context,
                marked,
                reference,
                role,
                hint,
                link);
    }

    /** One line: what is wrong, where, and what the reference has. */
    public String message() {
        return kind.title() + ": " + (marked.isEmpty() ? "(nothing)" : marked) + "; reference: "
                + (reference.isEmpty() ? "(nothing)" : reference);
    }
}
