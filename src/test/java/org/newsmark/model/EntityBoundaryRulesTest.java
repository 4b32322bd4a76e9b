package org.newsmark.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tokens a selection snaps to reproduce the boundary rules of guidelines/entities.md: the
 * possessive {@code 's}, {@code ’s} or bare apostrophe is left out ({@code Russia's} → {@code Russia},
 * {@code the UAE’s President} → {@code UAE}, {@code US’ special envoy} → {@code US}), a name used as
 * a modifier is marked on its own ({@code US-aided} → {@code US}), periods of an abbreviation belong
 * to the name ({@code the U.S.} → {@code U.S.}), and an {@code 's} inside a name stays when the whole
 * name is selected ({@code Korean People's Army}).
 */
class EntityBoundaryRulesTest {
    private static String tokenAt(String text, String piece, int offsetInPiece) {
        Article a = new Article("t", text);
        Spans.Range r = SpanTokens.tokenAt(a, text.indexOf(piece) + offsetInPiece);
        return a.slice(r.start(), r.end());
    }

    private static String snap(String text, String selected) {
        Article a = new Article("t", text);
        int s = text.indexOf(selected);
        Spans.Range r = SpanTokens.snap(a, s, s + selected.length());
        return a.slice(r.start(), r.end());
    }

    @Test
    void theGuidelinesPossessiveExamples() {
        assertThat(tokenAt("amid Russia's attack", "Russia's", 2)).isEqualTo("Russia");
        assertThat(tokenAt("Putin met the UAE’s President", "UAE’s", 0)).isEqualTo("UAE");
        assertThat(tokenAt("US’ special envoy", "US’", 1)).isEqualTo("US");
        assertThat(tokenAt("Thomas' sister", "Thomas'", 3)).isEqualTo("Thomas");
        assertThat(tokenAt("amid Russia's attack", "'s", 1)).isEqualTo("'s");
    }

    @Test
    void theGuidelinesModifierAndAbbreviationExamples() {
        assertThat(tokenAt("the US-aided peace talks", "US-aided", 1)).isEqualTo("US");
        assertThat(tokenAt("the US-aided peace talks", "aided", 1)).isEqualTo("aided");
        assertThat(tokenAt("talks with the U.S. on Friday", "U.S.", 1)).isEqualTo("U.S.");
        assertThat(tokenAt("in Washington D.C. today", "D.C.", 0)).isEqualTo("D.C.");
        assertThat(tokenAt("they don't know", "don't", 2)).isEqualTo("don't");
    }

    @Test
    void aDragIsWidenedToWholeTokensAndNeverNarrowed() {
        assertThat(snap("amid Russia's attack", "Russi")).isEqualTo("Russia");
        assertThat(snap("amid Russia's attack", "ussia'")).isEqualTo("Russia's");
        assertThat(snap("the Korean People's Army said", "Korean People's Army"))
                .isEqualTo("Korean People's Army");
        assertThat(snap("the Korean People's Army said", "orean People's Arm")).isEqualTo("Korean People's Army");
        assertThat(snap("said  Kharkiv ", " Kharkiv ")).isEqualTo("Kharkiv");
    }

    @Test
    void boundaryKeysMoveByTheSameTokens() {
        Article a = new Article("t", "amid Russia's attack on Ukraine");
        int russia = 5;
        int end = russia + "Russia".length();
        assertThat(SpanTokens.step(a, end, 1, true)).isEqualTo(end + 2); // takes in 's
        assertThat(SpanTokens.step(a, end + 2, -1, true)).isEqualTo(end); // gives it back whole
        assertThat(SpanTokens.step(a, end + 2, 1, true)).isEqualTo("amid Russia's attack".length());
        assertThat(SpanTokens.step(a, russia, -1, false)).isEqualTo(0);
        assertThat(SpanTokens.step(a, 0, 1, false)).isEqualTo(russia);
    }
}
