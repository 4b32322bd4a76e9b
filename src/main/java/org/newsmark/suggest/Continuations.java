package org.newsmark.suggest;

import java.util.List;
import java.util.Set;

/**
 * Links the parts of an interrupted quotation, as the guidelines define it: the second part
 * continues the first when only the first part's reporting clause stands between them (also
 * "adding"), or when it opens the next sentence or paragraph after that clause and has no
 * reporting clause of its own. A part said "later" is a separate quote.
 */
final class Continuations {
    private static final Set<String> BRIDGES = Set.of("adding", "saying", "continuing", "and", "then", "before");

    private final TextAnalysis a;
    private final Clauses c;

    Continuations(TextAnalysis a, Clauses c) {
        this.a = a;
        this.c = c;
    }

    void link(List<QuoteFinder.Found> found) {
        QuoteFinder.Found previous = null;
        for (QuoteFinder.Found b : found) {
            if (b.nestedIn != null) {
                continue;
            }
            if (previous != null
                    && b.label.equals("DIRECT")
                    && previous.clauseAfterEnd >= 0
                    && !previous.label.equals("INDIRECT")
                    && continues(previous, b)) {
                b.continues = previous;
                b.sameSpeakerAs = previous;
            }
            previous = b;
        }
    }

    private boolean continues(QuoteFinder.Found first, QuoteFinder.Found second) {
        int clauseEnd = first.clauseAfterEnd;
        int secondStart = a.tokenAtOrAfter(second.start);
        if (clauseEnd > secondStart) {
            return false;
        }
        for (int t = clauseEnd; t < secondStart; t++) {
            if (c.word(t) && c.is(t, "later")) {
                return false;
            }
        }
        boolean onlyBridges = true;
        for (int t = clauseEnd; t < secondStart; t++) {
            if (c.word(t) && !BRIDGES.contains(c.lower(t))) {
                onlyBridges = false;
            }
        }
        if (onlyBridges && c.sentenceOf(secondStart) == c.sentenceOf(Math.max(0, clauseEnd - 1))) {
            return true; // "...," X told the press, "..."  /  "..." X said, adding, "..."
        }
        if (!second.standalone) {
            return false;
        }
        int firstSentence = c.sentenceOf(Math.max(0, clauseEnd - 1));
        int lastOfFirst = c.sentenceLast[firstSentence];
        for (int t = clauseEnd; t < lastOfFirst; t++) {
            if (c.word(t)) {
                return false; // the first part's sentence goes on after its clause
            }
        }
        return c.sentenceOf(secondStart) == firstSentence + 1;
    }
}
