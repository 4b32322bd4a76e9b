package org.newsmark.consistency;

import java.util.Locale;
import java.util.Objects;

/**
 * One inconsistency in an annotator's work: where, the text, the problem and what it is about, and
 * the repair a reviewer would most likely make.
 *
 * @param id     the annotation the finding is about, or null for an unmarked occurrence
 * @param repair the most likely repair, or null when there is none to apply by one key
 */
public record Finding(
        String doc,
        String annotator,
        int start,
        int end,
        String text,
        Problem problem,
        String detail,
        String layer,
        String id,
        Repair repair) {
    /** The kinds of finding, in the order a report lists them for one place. */
    public enum Problem {
        LABEL_CONFLICT,
        UNMARKED,
        BOUNDARY_VARIANT,
        QUOTE_WITHOUT_SPEAKER,
        EVENT_WITHOUT_PARTICIPANT,
        SPEAKER_NOT_ENTITY_OF_PERSON_KIND;

        /** The name in reports: {@code label_conflict}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A repair: give the annotation {@code id} the label {@code label} (a conflict), or mark
     * {@code start..end} with {@code layer} and {@code label} (an unmarked occurrence, or the usual
     * extent of a boundary variant, which then replaces annotation {@code id}).
     */
    public record Repair(String id, String layer, String label, int start, int end) {
        public Repair {
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(label, "label");
        }

        public boolean relabels() {
            return id != null && start < 0;
        }
    }

    public Finding {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(problem, "problem");
        detail = detail == null ? "" : detail;
    }
}
