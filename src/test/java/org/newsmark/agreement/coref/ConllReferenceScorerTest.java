package org.newsmark.agreement.coref;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsmark.io.formats.Conll2012;
import org.newsmark.model.FormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The test cases of the CoNLL-2011/2012 reference coreference scorer v8.01
 * (github.com/conll/reference-coreference-scorers, commit f49f3f8, licensed CC BY-SA 4.0). The key
 * and response files are that repository's {@code test/DataFiles/TC-*}, transcribed in
 * {@link ScorerTestFiles} and read back with {@link Conll2012}; the expected recall,
 * precision and F1 are transcribed from its {@code test/CorefMetricTestConfig.pm} (its expressions
 * kept as written there), and a case passes, as in its {@code test/test.pl}, when the absolute
 * differences of recall, precision and F1 add up to less than 1e-4. A metric that the config leaves
 * out (commented out) for a case is left out here too.
 *
 * <p>Left out: A7, A8 and A9, whose responses hold one span twice (the same mention in one entity
 * twice, in two entities, and ten times). A Newsmark annotation file cannot hold two mentions of one
 * span, and {@link CorefDocument} refuses them ({@link #theLeftOutCasesAreThoseWithTwoMentionsOfOneSpan}).
 * Every other case of the config is here.
 */
class ConllReferenceScorerTest {
    /** test/test.pl: {@code $error_tolerance = 1.e-4}, compared with the summed absolute differences. */
    private static final double TOLERANCE = 1e-4;

    record Case(String id, String keyFile, String responseFile, Map<String, double[]> expected) {
        @Override
        public String toString() {
            return id;
        }
    }

    private static final class CaseBuilder {
        private final String id;
        private final String key;
        private final String response;
        private final Map<String, double[]> expected = new LinkedHashMap<>();

        CaseBuilder(String id, String key, String response) {
            this.id = id;
            this.key = key;
            this.response = response;
        }

        CaseBuilder metric(String name, double recall, double precision, double f1) {
            expected.put(name, new double[] {recall, precision, f1});
            return this;
        }

        Case build() {
            return new Case(id, key, response, expected);
        }
    }

    private static CaseBuilder c(String id, String key, String response) {
        return new CaseBuilder(id, key, response);
    }

    static Stream<Case> cases() {
        return Stream.of(
                        c("A1", "TC-A.key", "TC-A-1.response")
                                .metric("muc", 1, 1, 1)
                                .metric("bcub", 6.0 / 6, 6.0 / 6, 1)
                                .metric("ceafm", 1, 1, 1)
                                .metric("ceafe", 1, 1, 1)
                                .metric("blanc", 1, 1, 1),
                        c("A2", "TC-A.key", "TC-A-2.response")
                                .metric("muc", 1.0 / 3, 1.0 / 1, 0.5)
                                .metric("bcub", (7.0 / 3) / 6, 3.0 / 3, 14.0 / 25)
                                .metric("ceafm", 0.5, 1, 0.66667)
                                .metric("ceafe", 0.6, 0.9, 0.72)
                                .metric("blanc", 0.21591, 1, 0.35385),
                        c("A3", "TC-A.key", "TC-A-3.response")
                                .metric("muc", 3.0 / 3, 3.0 / 5, 0.75)
                                .metric("bcub", 6.0 / 6, (4 + 7.0 / 12) / 9, 110.0 / 163)
                                .metric("ceafm", 1, 0.66667, 0.8)
                                .metric("ceafe", 0.88571, 0.66429, 0.75918)
                                .metric("blanc", 1, 0.42593, 0.59717),
                        c("A4", "TC-A.key", "TC-A-4.response")
                                .metric("muc", 1.0 / 3, 1.0 / 3, 1.0 / 3)
                                .metric(
                                        "bcub",
                                        (3 + 1.0 / 3) / 6,
                                        (1 + 4.0 / 3 + 1.0 / 2) / 7,
                                        2 * (5.0 / 9) * (17.0 / 42) / ((5.0 / 9) + (17.0 / 42)))
                                .metric("ceafm", 0.66667, 0.57143, 0.61538)
                                .metric("ceafe", 0.73333, 0.55, 0.62857)
                                .metric("blanc", 0.35227, 0.27206, 0.30357),
                        c("A5", "TC-A.key", "TC-A-5.response")
                                .metric("muc", 1.0 / 3, 1.0 / 4, 2.0 / 7)
                                .metric(
                                        "bcub",
                                        (3 + 1.0 / 3) / 6,
                                        2.5 / 8,
                                        2 * (5.0 / 9) * (5.0 / 16) / ((5.0 / 9) + (5.0 / 16)))
                                .metric("ceafm", 0.66667, 0.5, 0.57143)
                                .metric("ceafe", 0.68889, 0.51667, 0.59048)
                                .metric("blanc", 0.35227, 0.19048, 0.24716),
                        c("A6", "TC-A.key", "TC-A-6.response")
                                .metric("muc", 1.0 / 3, 1.0 / 4, 2.0 / 7)
                                .metric(
                                        "bcub",
                                        (10.0 / 3) / 6,
                                        (1 + 4.0 / 3 + 1.0 / 2) / 8,
                                        2 * (5.0 / 9) * (17.0 / 48) / ((5.0 / 9) + (17.0 / 48)))
                                .metric("ceafm", 0.66667, 0.5, 0.57143)
                                .metric("ceafe", 0.73333, 0.55, 0.62857)
                                .metric("blanc", 0.35227, 0.20870, 0.25817),
                        c("A10", "TC-A.key", "TC-A-10.response")
                                .metric("muc", 0, 0, 0)
                                .metric("bcub", 3.0 / 6, 6.0 / 6, 2.0 / 3)
                                .metric("blanc", 0.5, 0.36667, 0.42308),
                        c("A11", "TC-A.key", "TC-A-11.response")
                                .metric("muc", 3.0 / 3, 3.0 / 5, 6.0 / 8)
                                .metric("bcub", 6.0 / 6, (1.0 / 6 + 2 * 2.0 / 6 + 3 * 3.0 / 6) / 6, 14.0 / 25)
                                .metric("blanc", 0.5, 0.13333, 0.21053),
                        c("A12", "TC-A.key", "TC-A-12.response")
                                .metric("muc", 0, 0, 0)
                                .metric(
                                        "bcub",
                                        (1 + 1.0 / 2 + 2.0 / 3) / 6,
                                        4.0 / 7,
                                        2 * (13.0 / 36) * (4.0 / 7) / ((13.0 / 36) + (4.0 / 7)))
                                .metric("blanc", 0.22727, 0.11905, 0.15625),
                        c("A13", "TC-A.key", "TC-A-13.response")
                                .metric("muc", 1.0 / 3, 1.0 / 6, 2.0 / 9)
                                .metric(
                                        "bcub",
                                        (1 + 1.0 / 2 + 2 * 2.0 / 3) / 6,
                                        (1.0 / 7 + 1.0 / 7 + 2 * 2.0 / 7) / 7,
                                        2 * (17.0 / 36) * (6.0 / 49) / ((17.0 / 36) + (6.0 / 49)))
                                .metric("blanc", 0.125, 0.02381, 0.04),
                        c("B1", "TC-B.key", "TC-B-1.response")
                                .metric(
                                        "blanc",
                                        1.0 / 2 * (1.0 / 4 + 1.0 / 3),
                                        1.0 / 2 * (1.0 / 4 + 1.0 / 3),
                                        1.0 / 2 * (1.0 / 4 + 1.0 / 3)),
                        c("C1", "TC-C.key", "TC-C-1.response")
                                .metric(
                                        "blanc",
                                        1.0 / 2 * (2.0 / 5 + 10.0 / 16),
                                        1.0 / 2 * (2.0 / 5 + 10.0 / 16),
                                        1.0 / 2 * (2.0 / 5 + 10.0 / 16)),
                        c("D1", "TC-D.key", "TC-D-1.response")
                                .metric("muc", 9.0 / 9, 9.0 / 10, 2 * (9.0 / 9) * (9.0 / 10) / (9.0 / 9 + 9.0 / 10))
                                .metric(
                                        "bcub",
                                        12.0 / 12,
                                        16.0 / 21,
                                        2 * (12.0 / 12) * (16.0 / 21) / (12.0 / 12 + 16.0 / 21)),
                        c("E1", "TC-E.key", "TC-E-1.response")
                                .metric("muc", 9.0 / 9, 9.0 / 10, 2 * (9.0 / 9) * (9.0 / 10) / (9.0 / 9 + 9.0 / 10))
                                .metric("bcub", 1, 7.0 / 12, 2 * 1 * (7.0 / 12) / (1 + 7.0 / 12)),
                        c("F1", "TC-F.key", "TC-F-1.response")
                                .metric("muc", 2.0 / 3, 2.0 / 2, 2 * (2.0 / 3) * (2.0 / 2) / (2.0 / 3 + 2.0 / 2)),
                        c("G1", "TC-G.key", "TC-G-1.response")
                                .metric("muc", 2.0 / 2, 2.0 / 3, 2 * (2.0 / 2) * (2.0 / 3) / (2.0 / 2 + 2.0 / 3)),
                        c("H1", "TC-H.key", "TC-H-1.response").metric("muc", 1, 1, 1),
                        c("I1", "TC-I.key", "TC-I-1.response")
                                .metric("muc", 2.0 / 3, 2.0 / 2, 2 * (2.0 / 3) * (2.0 / 2) / (2.0 / 3 + 2.0 / 2)),
                        c("J1", "TC-J.key", "TC-J-1.response")
                                .metric("muc", 1.0 / 2, 1.0 / 1, 2 * (1.0 / 2) * (1.0 / 1) / (1.0 / 2 + 1.0 / 1)),
                        c("K1", "TC-K.key", "TC-K-1.response").metric("muc", 3.0 / 6, 3.0 / 6, 3.0 / 6),
                        c("L1", "TC-L.key", "TC-L-1.response")
                                .metric("muc", 2.0 / 5, 2.0 / 4, 2 * (2.0 / 5) * (2.0 / 4) / (2.0 / 5 + 2.0 / 4)),
                        c("M1", "TC-M.key", "TC-M-1.response")
                                .metric("muc", 1, 1, 1)
                                .metric("bcub", 1, 1, 1)
                                .metric("ceafm", 1, 1, 1)
                                .metric("ceafe", 1, 1, 1)
                                .metric("blanc", 1, 1, 1),
                        c("M2", "TC-M.key", "TC-M-2.response")
                                .metric("muc", 0, 0, 0)
                                .metric("blanc", 0, 0, 0),
                        c("M3", "TC-M.key", "TC-M-3.response").metric("blanc", 0.26667, 1, 0.42105),
                        c("M4", "TC-M.key", "TC-M-4.response").metric("blanc", 0.2, 0.2, 0.2),
                        c("M5", "TC-M.key", "TC-M-5.response")
                                .metric("muc", 0, 0, 0)
                                .metric("blanc", 0, 0, 0),
                        c("M6", "TC-M.key", "TC-M-6.response").metric("blanc", 0.06667, 0.25, 0.10526),
                        c("N1", "TC-N.key", "TC-N-1.response")
                                .metric("muc", 0, 0, 0)
                                .metric("blanc", 1, 1, 1),
                        c("N2", "TC-N.key", "TC-N-2.response")
                                .metric("muc", 0, 0, 0)
                                .metric("blanc", 0, 0, 0),
                        c("N3", "TC-N.key", "TC-N-3.response").metric("blanc", 0.73333, 1, 0.84615),
                        c("N4", "TC-N.key", "TC-N-4.response")
                                .metric("muc", 0, 0, 0)
                                .metric("blanc", 0.2, 0.2, 0.2),
                        c("N5", "TC-N.key", "TC-N-5.response").metric("blanc", 0, 0, 0),
                        c("N6", "TC-N.key", "TC-N-6.response").metric("blanc", 0.13333, 0.18182, 0.15385))
                .map(CaseBuilder::build);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theScorersPublishedRecallPrecisionAndF1(Case c) throws Exception {
        CorefScores scores = CorefScores.of(documents(read(c.keyFile()), read(c.responseFile())));
        Map<String, Function<CorefScores, double[]>> metrics = Map.of(
                "muc",
                s -> rpf(s.muc()),
                "bcub",
                s -> rpf(s.bCubed()),
                "ceafm",
                s -> rpf(s.ceafM()),
                "ceafe",
                s -> rpf(s.ceafE()),
                "blanc",
                s -> new double[] {
                    s.blanc().recall(), s.blanc().precision(), s.blanc().f1()
                });
        for (Map.Entry<String, double[]> e : c.expected().entrySet()) {
            double[] actual = metrics.get(e.getKey()).apply(scores);
            double difference = 0;
            for (int i = 0; i < 3; i++) {
                difference += Math.abs(e.getValue()[i] - actual[i]);
            }
            assertThat(difference)
                    .as(
                            "%s %s: expected %s, got %s",
                            c.id(), e.getKey(), Arrays.toString(e.getValue()), Arrays.toString(actual))
                    .isLessThan(TOLERANCE);
        }
    }

    @Test
    void theLeftOutCasesAreThoseWithTwoMentionsOfOneSpan() throws Exception {
        List<Conll2012.Document> key = read("TC-A.key");
        for (String response : List.of("TC-A-7.response", "TC-A-8.response", "TC-A-9.response")) {
            List<Conll2012.Document> r = read(response);
            assertThatThrownBy(() -> documents(key, r))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("appears twice in the response");
        }
    }

    /**
     * Two documents scored together: the scorer adds each metric's numerators and denominators
     * (BLANC's link counts) over documents. The counts of A2 and A3 are those of the scorer's
     * test/TestCases.README: MUC 1/3, 1/1 and 3/3, 3/5; B-cubed 7/18 of 6, 3 of 3 and 6 of 6,
     * 55/12 of 9; CEAFe 1.8 of 3 and 2, and 1 + 4/5 + 6/7 of 3 and 4; BLANC coreference 1/4, 1/1
     * and 4/4, 4/9, non-coreference 2/11, 2/2 and 11/11, 11/27.
     */
    @Test
    void documentsAreSummedAsTheScorerSumsThem() throws Exception {
        String key = text("TC-A.key");
        String keys = key.replace("(LuoTestCase)", "(first)") + key.replace("(LuoTestCase)", "(second)");
        String responses = text("TC-A-2.response").replace("(LuoTestCase)", "(first)")
                + text("TC-A-3.response").replace("(LuoTestCase)", "(second)");
        CorefScores s = CorefScores.of(documents(Conll2012.read(keys, "keys"), Conll2012.read(responses, "responses")));
        assertThat(s.muc().recall()).isCloseTo(4.0 / 6, within());
        assertThat(s.muc().precision()).isCloseTo(4.0 / 6, within());
        assertThat(s.bCubed().recall()).isCloseTo((7.0 / 3 + 6) / 12, within());
        assertThat(s.bCubed().precision()).isCloseTo((3 + 55.0 / 12) / 12, within());
        double ceafe = 1.8 + 1 + 4.0 / 5 + 6.0 / 7;
        assertThat(s.ceafE().recall()).isCloseTo(ceafe / 6, within());
        assertThat(s.ceafE().precision()).isCloseTo(ceafe / 6, within());
        double fc = f1(5.0 / 8, 5.0 / 10);
        double fn = f1(13.0 / 22, 13.0 / 29);
        assertThat(s.blanc().recall()).isCloseTo((5.0 / 8 + 13.0 / 22) / 2, within());
        assertThat(s.blanc().precision()).isCloseTo((5.0 / 10 + 13.0 / 29) / 2, within());
        assertThat(s.blanc().f1()).isCloseTo((fc + fn) / 2, within());
        assertThat(s.conll())
                .isCloseTo(
                        (f1(4.0 / 6, 4.0 / 6) + f1((7.0 / 3 + 6) / 12, (3 + 55.0 / 12) / 12) + f1(ceafe / 6, ceafe / 6))
                                / 3,
                        within());
    }

    private static Offset<Double> within() {
        return Offset.offset(1e-9);
    }

    private static double f1(double r, double p) {
        return 2 * r * p / (r + p);
    }

    private static double[] rpf(RecallPrecision s) {
        return new double[] {s.recall(), s.precision(), s.f1()};
    }

    /**
     * Key and response documents paired by name and part; a key document without a response has an
     * empty one, as in the scorer. Mentions are compared by token positions, as the scorer compares
     * them: the test files' words differ between key and response ("jnk" in the key is "x" in a
     * response), so their texts and code point offsets differ too.
     */
    static List<CorefDocument> documents(List<Conll2012.Document> keys, List<Conll2012.Document> responses) {
        Map<String, Conll2012.Document> byName = new LinkedHashMap<>();
        for (Conll2012.Document r : responses) {
            byName.put(r.name() + "\0" + r.part(), r);
        }
        List<CorefDocument> out = new ArrayList<>();
        for (Conll2012.Document k : keys) {
            Conll2012.Document r = byName.get(k.name() + "\0" + k.part());
            out.add(new CorefDocument(k.name(), clusters(k), r == null ? List.of() : clusters(r)));
        }
        return out;
    }

    private static List<List<Mention>> clusters(Conll2012.Document d) {
        return d.clusters().stream()
                .map(c -> c.stream()
                        .map(m -> new Mention(m.firstToken(), m.lastToken() + 1))
                        .toList())
                .toList();
    }

    static List<Conll2012.Document> read(String file) throws IOException, FormatException {
        return Conll2012.read(text(file), file);
    }

    static String text(String file) throws IOException {
        if (file.startsWith("TC-")) {
            return ScorerTestFiles.conll(file);
        }
        try (InputStream in = ConllReferenceScorerTest.class.getResourceAsStream("/conll2012/" + file)) {
            if (in == null) {
                throw new IOException("missing test resource " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
