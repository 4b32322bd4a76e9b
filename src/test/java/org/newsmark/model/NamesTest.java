package org.newsmark.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"kyiv-2026", "A", "doc_1.v2", "ana"})
    void acceptsSafeNames(String name) {
        assertThat(Names.problem(name)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "../etc",
                "..",
                ".hidden",
                "a/b",
                "a\\b",
                "/abs",
                "C:",
                "con",
                "NUL.txt",
                "lpt1",
                "a b",
                "a\u0000b",
                "name.",
                "-dash",
                "é"
            })
    void refusesUnsafeNames(String name) {
        assertThat(Names.problem(name)).isNotNull();
    }

    @Test
    void goldIsReservedForAnnotators() {
        assertThat(Names.annotatorProblem("gold")).contains("reserved");
        assertThat(Names.problem("gold")).isNull();
    }

    @Test
    void makesAnyFileNameSafe() {
        assertThat(Names.makeSafe("Élection présidentielle (2026)")).isEqualTo("Election-presidentielle-2026");
        assertThat(Names.makeSafe("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(Names.makeSafe("...")).isEqualTo("article");
        assertThat(Names.makeSafe("CON")).isEqualTo("doc-CON");
        assertThat(Names.isSafe(Names.makeSafe("x".repeat(300)))).isTrue();
    }
}
