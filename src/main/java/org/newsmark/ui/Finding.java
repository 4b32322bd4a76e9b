package org.newsmark.ui;

/**
 * One difference between a trainee's work and the reference, as training mode shows it: where
 * (code points), what kind, the explanation, and the guideline section that decides it
 * ({@code entities.md#person}).
 */
record Finding(int start, int end, Kind kind, String message, String guideline) {
    /** How a difference is drawn: each kind has its own style in the text. */
    enum Kind {
        MISSED("missed"),
        SPURIOUS("spurious"),
        LABEL("wrong label"),
        BOUNDARY("boundary"),
        LINK("link");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
