package org.newsmark.agreement.unitizing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DefaultUnitizingStudyTest {
    @Test
    void overlappingUnitsOfOneRaterAndCategoryAreMergedTouchingOnesAreNot() {
        DefaultUnitizingStudy study = DefaultUnitizingStudy.withRaters(2, 0, 100);
        study.addUnit(10, 10, 0, "A")
                .addUnit(15, 10, 0, "A")
                .addUnit(25, 5, 0, "A")
                .addUnit(40, 5, 0, "A")
                .addUnit(40, 5, 0, "A")
                .addUnit(12, 3, 0, "B")
                .addUnit(10, 10, 1, "A");
        assertThat(study.mergedUnits(0, "A")).containsExactly(10, 25, 25, 30, 40, 45);
        assertThat(study.mergedUnits(0, "B")).containsExactly(12, 15);
        assertThat(study.mergedUnits(1, "A")).containsExactly(10, 20);
        assertThat(study.mergedUnits(1, "B")).isEmpty();
        assertThat(study.mergedCount("A")).isEqualTo(4);
        assertThat(study.mergedCount()).isEqualTo(4);
    }

    @Test
    void alphaOfOverlappingUnitsIsAlphaOfTheirUnion() {
        DefaultUnitizingStudy overlapping = DefaultUnitizingStudy.withRaters(2, 0, 60);
        overlapping.addUnit(10, 10, 0, "A").addUnit(15, 10, 0, "A").addUnit(12, 12, 1, "A");
        DefaultUnitizingStudy union = DefaultUnitizingStudy.withRaters(2, 0, 60);
        union.addUnit(10, 15, 0, "A").addUnit(12, 12, 1, "A");
        assertThat(new KrippendorffUnitizingAlpha(overlapping).agreement().value())
                .isCloseTo(new KrippendorffUnitizingAlpha(union).agreement().value(), within(1e-15));
    }

    @Test
    void unitsMustLieOnTheContinuum() {
        DefaultUnitizingStudy study = DefaultUnitizingStudy.withRaters(2, 10, 20);
        assertThatThrownBy(() -> study.addUnit(5, 3, 0, "A")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> study.addUnit(25, 6, 0, "A")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> study.addUnit(12, 0, 0, "A")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> study.addUnit(12, 1, 2, "A")).isInstanceOf(IllegalArgumentException.class);
    }
}
