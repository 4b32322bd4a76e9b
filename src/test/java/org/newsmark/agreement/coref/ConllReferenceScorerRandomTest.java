package org.newsmark.agreement.coref;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Six random documents (nested mentions, missing and spurious mentions, merged and split entities,
 * a key of singletons only, a key of one entity) against the numbers the CoNLL-2012 reference
 * scorer v8.01 prints for them, document by document and in total. The files and the numbers come
 * from {@code src/test/resources/conll2012/random/make_random.py}, which ran the scorer
 * ({@code perl scorer.pl METRIC random.key random.response NAME}); the scorer prints 15
 * significant digits, hence the tolerance.
 */
class ConllReferenceScorerRandomTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void everyCountTheScorerPrintsForEachDocumentAndForAll() throws Exception {
        List<CorefDocument> all = ConllReferenceScorerTest.documents(
                ConllReferenceScorerTest.read("random/random.key"),
                ConllReferenceScorerTest.read("random/random.response"));
        assertThat(all).hasSize(6);
        Map<String, CorefScores> byName = new LinkedHashMap<>();
        for (CorefDocument d : all) {
            byName.put("(" + d.name() + "); part 000", CorefScores.of(d));
        }
        byName.put("none", CorefScores.of(all));
        List<String> rows = ConllReferenceScorerTest.text("random/random-expected.tsv")
                .lines()
                .skip(1)
                .toList();
        assertThat(rows).hasSize(7 * 12);
        for (String row : rows) {
            String[] f = row.split("\t");
            CorefScores s = byName.get(f[0]);
            double[] expected = {
                Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6])
            };
            assertThat(counts(s, f[1], f[2])).as(row).containsExactly(expected, within(TOLERANCE));
        }
    }

    private static double[] counts(CorefScores s, String metric, String line) {
        RecallPrecision score = switch (line) {
            case "Identification of Mentions" -> s.mentions();
            case "Coreference links" -> s.blanc().coreference();
            case "Non-coreference links" -> s.blanc().nonCoreference();
            case "BLANC" -> new RecallPrecision(s.blanc().recall(), 1, s.blanc().precision(), 1);
            case "Coreference" ->
                switch (metric) {
                    case "muc" -> s.muc();
                    case "bcub" -> s.bCubed();
                    case "ceafm" -> s.ceafM();
                    case "ceafe" -> s.ceafE();
                    default -> throw new IllegalArgumentException(metric);
                };
            default -> throw new IllegalArgumentException(line);
        };
        return new double[] {
            score.recallNumerator(), score.recallDenominator(), score.precisionNumerator(), score.precisionDenominator()
        };
    }

    @Test
    void theDocumentsAreThoseTheGeneratorDescribes() throws Exception {
        Map<String, List<List<Mention>>> keys =
                ConllReferenceScorerTest.documents(ConllReferenceScorerTest.read("random/random.key"), List.of())
                        .stream()
                        .collect(Collectors.toMap(CorefDocument::name, CorefDocument::key));
        assertThat(keys.get("doc4")).allSatisfy(entity -> assertThat(entity).hasSize(1));
        assertThat(keys.get("doc5")).hasSize(1);
    }
}
