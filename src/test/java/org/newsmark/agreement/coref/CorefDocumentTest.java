package org.newsmark.agreement.coref;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorefDocumentTest {
    private static final Mention A = new Mention(0, 5);
    private static final Mention B = new Mention(10, 18);
    private static final Mention C = new Mention(20, 22);

    @Test
    void aMentionTwiceOnOneSideIsRefused() {
        assertThatThrownBy(() -> new CorefDocument("d", List.of(List.of(A, B), List.of(A)), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mention 0-5 appears twice in the key of document d");
        assertThatThrownBy(() -> new CorefDocument("d", List.of(), List.of(List.of(C, C))))
                .hasMessage("mention 20-22 appears twice in the response of document d");
    }

    @Test
    void emptyClustersAreDroppedAndTheSameMentionMayBeOnBothSides() {
        CorefDocument d =
                new CorefDocument("d", List.of(List.of(A, B), List.of()), List.of(List.of(), List.of(A), List.of(C)));
        assertThat(d.key()).containsExactly(List.of(A, B));
        assertThat(d.response()).containsExactly(List.of(A), List.of(C));
        assertThat(d.keyMentions()).isEqualTo(2);
        assertThat(d.responseMentions()).isEqualTo(2);
    }

    @Test
    void theMetricsOfOneDocumentAreThoseOfItsScores() {
        CorefDocument d =
                new CorefDocument("d", List.of(List.of(A, B), List.of(C)), List.of(List.of(A, C), List.of(B)));
        CorefScores s = CorefScores.of(d);
        assertThat(CorefMetrics.muc(d)).isEqualTo(s.muc());
        assertThat(CorefMetrics.bCubed(d)).isEqualTo(s.bCubed());
        assertThat(CorefMetrics.ceafM(d)).isEqualTo(s.ceafM());
        assertThat(CorefMetrics.ceafE(d)).isEqualTo(s.ceafE());
        assertThat(CorefMetrics.blanc(d)).isEqualTo(s.blanc());
        assertThat(CorefMetrics.mentions(d)).isEqualTo(new RecallPrecision(3, 3, 3, 3));
        assertThat(CorefScores.of(List.of())).isEqualTo(CorefScores.ZERO);
    }

    @Test
    void aMentionSpanMustBeForward() {
        assertThatThrownBy(() -> new Mention(4, 4)).hasMessage("bad mention span 4-4");
    }
}
