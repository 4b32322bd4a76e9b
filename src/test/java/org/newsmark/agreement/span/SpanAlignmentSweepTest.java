package org.newsmark.agreement.span;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsmark.TestData;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Layer;
import org.newsmark.model.Schema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alignment found by the sorted sweep is the alignment the rule defines: every span of the
 * next annotator compared with every row (the way the rule reads, and the way it was computed
 * before), on seeded random articles with nested, overlapping, touching and equal spans of
 * several labels and three annotators.
 */
class SpanAlignmentSweepTest {
    private static final Schema SCHEMA = TestData.schema();

    @Test
    void theSweepGivesTheRowsThatComparingEveryRowWithEverySpanGives() {
        Random random = new Random(20261213L);
        for (int trial = 0; trial < 300; trial++) {
            int length = 20 + random.nextInt(200);
            Article article = new Article("d", "x".repeat(length));
            List<String> annotators = List.of("ana", "ben", "cy");
            Map<String, AnnotationSet> sets = new LinkedHashMap<>();
            for (String who : annotators) {
                List<Annotation> spans = new ArrayList<>();
                int n = random.nextInt(25);
                for (int k = 0; k < n; k++) {
                    int start = random.nextInt(length - 1);
                    int end = start + 1 + random.nextInt(Math.min(15, length - start));
                    String label = List.of("PERSON", "GPE", "ORGANIZATION").get(random.nextInt(3));
                    spans.add(Annotation.span("E" + (k + 1), "ENTITY", label, start, end, "x".repeat(end - start)));
                }
                sets.put(who, new AnnotationSet("d", who, spans));
            }
            AnnotatedCorpus corpus = new AnnotatedCorpus(SCHEMA, List.of(article), annotators, Map.of("d", sets));
            Layer entity = SCHEMA.requireLayer("ENTITY");
            List<Map<String, String>> swept = SpanAlignment.align(corpus, "d", List.of(entity)).stream()
                    .map(r -> ids(r.spans()))
                    .toList();
            assertThat(swept).as("trial " + trial).isEqualTo(everyRowWithEverySpan(corpus, entity));
        }
    }

    @Test
    void overlappingPairsAreExactlyThePairsThatShareACodePoint() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            List<Annotation> a = randomSpans(random, 30);
            List<Annotation> b = randomSpans(random, 30);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                for (int j = 0; j < b.size(); j++) {
                    if (a.get(i).overlaps(b.get(j).start(), b.get(j).end())) {
                        expected.add(i + "-" + j);
                    }
                }
            }
            List<String> found = SpanAlignment.overlappingPairs(a, b).stream()
                    .map(p -> p[0] + "-" + p[1])
                    .toList();
            assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static List<Annotation> randomSpans(Random random, int max) {
        List<Annotation> out = new ArrayList<>();
        int n = random.nextInt(max);
        for (int k = 0; k < n; k++) {
            int start = random.nextInt(60);
            int end = start + 1 + random.nextInt(10);
            out.add(Annotation.span("E" + k, "ENTITY", "PERSON", start, end, "x".repeat(end - start)));
        }
        return out;
    }

    private static Map<String, String> ids(Map<String, Annotation> row) {
        Map<String, String> out = new LinkedHashMap<>();
        row.forEach((who, a) -> out.put(who, a.id()));
        return out;
    }

    /** The rule as it reads, quadratic: every row's first span against every span of the next annotator. */
    private static List<Map<String, String>> everyRowWithEverySpan(AnnotatedCorpus corpus, Layer layer) {
        List<Map<String, Annotation>> rows = new ArrayList<>();
        for (String annotator : corpus.present("d")) {
            List<Annotation> spans = corpus.spans("d", annotator, layer.name());
            record Candidate(Map<String, Annotation> row, Annotation span, boolean same, int overlap) {}
            List<Candidate> candidates = new ArrayList<>();
            for (Map<String, Annotation> row : rows) {
                Annotation first = row.values().iterator().next();
                for (Annotation s : spans) {
                    if (s.overlaps(first.start(), first.end())) {
                        candidates.add(new Candidate(
                                row,
                                s,
                                s.label().equals(first.label()),
                                Math.min(s.end(), first.end()) - Math.max(s.start(), first.start())));
                    }
                }
            }
            candidates.sort(Comparator.comparing((Candidate c) -> !c.same())
                    .thenComparing(Comparator.comparingInt(Candidate::overlap).reversed())
                    .thenComparingInt(c -> c.span().start())
                    .thenComparingInt(c -> c.span().end())
                    .thenComparingInt(c -> c.row().values().iterator().next().start()));
            Set<Annotation> used = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Candidate c : candidates) {
                if (!c.row().containsKey(annotator) && !used.contains(c.span())) {
                    c.row().put(annotator, c.span());
                    used.add(c.span());
                }
            }
            for (Annotation s : spans) {
                if (!used.contains(s)) {
                    Map<String, Annotation> row = new LinkedHashMap<>();
                    row.put(annotator, s);
                    rows.add(row);
                }
            }
        }
        rows.sort(Comparator.comparingInt((Map<String, Annotation> r) ->
                        r.values().stream().mapToInt(Annotation::start).min().orElse(0))
                .thenComparingInt(
                        r -> r.values().stream().mapToInt(Annotation::end).max().orElse(0)));
        return rows.stream().map(SpanAlignmentSweepTest::ids).toList();
    }
}
