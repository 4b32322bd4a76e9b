package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.newsmark.TestData;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Layer;
import org.newsmark.model.Schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine's rules: what it keeps, how links follow, how accepting works. */
class SuggesterTest {
    private static final String TEXT = "Almost half of all children are iodine deficient, researchers say.";
    private static final int COMMA = TEXT.indexOf(',');
    private static final int RESEARCHERS = TEXT.indexOf("researchers");
    private final Article article = new Article("d", TEXT);
    private final Schema schema = TestData.schema();

    private static Suggester quotesOnly() {
        return new Suggester(List.of(new QuoteRecommender()), SuggestionSettings.defaults());
    }

    @Test
    void aQuoteLinksToTheNominalSpeakerItProposesAndAcceptingAddsBothAsOneEdit() {
        AnnotationSet empty = AnnotationSet.empty("d", "ana");
        SuggestionBatch batch = quotesOnly().suggest(article, empty, schema);
        Suggestion quote = batch.inLayer("QUOTE").get(0);
        Suggestion speaker = batch.inLayer("ENTITY").get(0);
        assertThat(quote.links()).containsExactly(SuggestedLink.toSuggestion("speaker", speaker.key()));

        AnnotationSet after = batch.accept(List.of(quote.key()), schema).apply(empty);
        Annotation e1 = after.get("E1").orElseThrow();
        Annotation q1 = after.get("Q1").orElseThrow();
        assertThat(e1.text()).isEqualTo("researchers");
        assertThat(e1.attributes()).containsEntry("mention", "nominal");
        assertThat(q1.text()).isEqualTo("Almost half of all children are iodine deficient");
        assertThat(q1.targets("speaker")).containsExactly("E1");
        assertThat(batch.accept(List.of(quote.key()), schema).apply(after))
                .as("accepting twice adds nothing")
                .isEqualTo(after);
    }

    @Test
    void aSuggestionAcceptedUnderAnotherLabelKeepsItsSpanLinksAndSource() {
        AnnotationSet empty = AnnotationSet.empty("d", "ana");
        SuggestionBatch batch = quotesOnly().suggest(article, empty, schema);
        Suggestion quote = batch.inLayer("QUOTE").get(0);
        assertThat(quote.label()).isEqualTo("INDIRECT");
        AnnotationSet after = batch.acceptAs(quote.key(), "MIXED", schema).apply(empty);
        Annotation q1 = after.get("Q1").orElseThrow();
        assertThat(q1.label()).isEqualTo("MIXED");
        assertThat(q1.start()).isEqualTo(quote.start());
        assertThat(q1.targets("speaker")).containsExactly("E1");
        assertThat(after.annotations())
                .allSatisfy(a -> assertThat(a.attributes()).containsEntry("source", "suggest"));
        assertThatThrownBy(() -> batch.acceptAs(quote.key(), "PERSON", schema))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("layer QUOTE has no label PERSON");
    }

    @Test
    void allOfOneRecommenderIsAcceptedByItsKeys() {
        AnnotationSet empty = AnnotationSet.empty("d", "ana");
        SuggestionBatch batch = quotesOnly().suggest(article, empty, schema);
        assertThat(batch.keysOf("quotes"))
                .containsExactlyElementsOf(
                        batch.suggestions().stream().map(Suggestion::key).toList());
        assertThat(batch.keysOf("entity-strings")).isEmpty();
        assertThat(batch.accept(batch.keysOf("quotes"), schema).apply(empty).annotations())
                .extracting(Annotation::id)
                .containsExactlyInAnyOrder("E1", "Q1");
    }

    @Test
    void nothingDuplicatesAnAnnotationAndLinksGoToTheAnnotationInstead() {
        AnnotationSet set = new AnnotationSet(
                "d",
                "ana",
                List.of(new Annotation(
                        "E7",
                        "ENTITY",
                        "PERSON",
                        RESEARCHERS,
                        RESEARCHERS + 11,
                        "researchers",
                        List.of(),
                        Map.of("mention", "nominal"),
                        "")));
        SuggestionBatch batch = quotesOnly().suggest(article, set, schema);
        assertThat(batch.inLayer("ENTITY")).isEmpty();
        assertThat(batch.inLayer("QUOTE").get(0).links()).containsExactly(SuggestedLink.toAnnotation("speaker", "E7"));

        AnnotationSet withQuote =
                set.with(Annotation.span("Q1", "QUOTE", "INDIRECT", 0, COMMA, TEXT.substring(0, COMMA)));
        assertThat(quotesOnly().suggest(article, withQuote, schema).suggestions())
                .isEmpty();
    }

    @Test
    void onlyTheSchemasLabelsAndRolesAreUsed() {
        List<Layer> layers = new ArrayList<>();
        for (Layer l : schema.layers()) {
            layers.add(
                    l.name().equals("QUOTE")
                            ? new Layer(
                                    l.name(),
                                    l.key(),
                                    l.labels().stream()
                                            .filter(x -> !x.name().equals("INDIRECT"))
                                            .toList(),
                                    l.roles().stream()
                                            .filter(r -> !r.name().equals("speaker"))
                                            .toList())
                            : l);
        }
        Schema noIndirect = new Schema(layers);
        assertThat(quotesOnly()
                        .suggest(article, AnnotationSet.empty("d", "ana"), noIndirect)
                        .inLayer("QUOTE"))
                .isEmpty();
        Article direct = new Article("d", "\"We are ready,\" said the researchers.");
        SuggestionBatch batch = quotesOnly().suggest(direct, AnnotationSet.empty("d", "ana"), noIndirect);
        assertThat(batch.inLayer("QUOTE")).hasSize(1);
        assertThat(batch.inLayer("QUOTE").get(0).links())
                .as("no speaker role in this schema")
                .isEmpty();
    }

    @Test
    void rejectedSuggestionsLowScoresAndSwitchedOffRecommendersAreLeftOut() {
        AnnotationSet empty = AnnotationSet.empty("d", "ana");
        SuggestionBatch first = quotesOnly().suggest(article, empty, schema);
        Suggestion quote = first.inLayer("QUOTE").get(0);
        SuggestionBatch again = quotesOnly().suggest(article, empty, schema, Set.of(Suggester.Rejection.of(quote)));
        assertThat(again.inLayer("QUOTE")).isEmpty();

        SuggestionSettings strict =
                SuggestionSettings.defaults().with(new RecommenderSetting("QUOTE", "quotes", true, 0.99));
        assertThat(new Suggester(List.of(new QuoteRecommender()), strict)
                        .suggest(article, empty, schema)
                        .suggestions())
                .isEmpty();
        SuggestionSettings off =
                SuggestionSettings.defaults().with(new RecommenderSetting("QUOTE", "quotes", false, 0));
        assertThat(new Suggester(List.of(new QuoteRecommender()), off)
                        .suggest(article, empty, schema)
                        .suggestions())
                .isEmpty();
    }

    @Test
    void ofOverlappingEntitySuggestionsTheHigherScoreStaysAndLinksFollowIt() {
        Recommender entities = fixed(
                "ENTITY",
                List.of(
                        new Suggestion(
                                "S1",
                                "ENTITY",
                                "PERSON",
                                RESEARCHERS,
                                RESEARCHERS + 11,
                                "researchers",
                                "test",
                                0.4,
                                List.of(),
                                Map.of()),
                        new Suggestion(
                                "S2",
                                "ENTITY",
                                "ORGANIZATION",
                                RESEARCHERS,
                                RESEARCHERS + 6,
                                "resear",
                                "test",
                                0.9,
                                List.of(),
                                Map.of())));
        Recommender quotes = fixed(
                "QUOTE",
                List.of(new Suggestion(
                        "S3",
                        "QUOTE",
                        "INDIRECT",
                        0,
                        COMMA,
                        TEXT.substring(0, COMMA),
                        "test2",
                        0.8,
                        List.of(SuggestedLink.toSuggestion("speaker", "S1")),
                        Map.of())));
        SuggestionBatch batch = new Suggester(List.of(quotes, entities), SuggestionSettings.defaults())
                .suggest(article, AnnotationSet.empty("d", "ana"), schema);
        assertThat(batch.inLayer("ENTITY")).extracting(Suggestion::key).containsExactly("S2");
        assertThat(batch.inLayer("QUOTE").get(0).links()).containsExactly(SuggestedLink.toSuggestion("speaker", "S2"));
    }

    @Test
    void aRecommenderThatFailsIsReportedAndTheOthersStillRun() {
        Recommender broken = new Recommender() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public String layer() {
                return "ENTITY";
            }

            @Override
            public List<Suggestion> suggest(SuggestionContext context) {
                throw new IllegalStateException("model missing");
            }
        };
        SuggestionBatch batch = new Suggester(List.of(broken, new QuoteRecommender()), SuggestionSettings.defaults())
                .suggest(article, AnnotationSet.empty("d", "ana"), schema);
        assertThat(batch.failures())
                .singleElement()
                .asString()
                .contains("broken")
                .contains("model missing");
        assertThat(batch.inLayer("QUOTE")).hasSize(1);
    }

    /**
     * Overlapping entity suggestions, and entity annotations, at random: the engine keeps exactly
     * what the rule gives when each suggestion is weighed against all kept before it, one by one
     * (the engine finds the overlapping ones through indexes, so that a long article is not quadratic).
     */
    @Test
    void overlappingEntitiesAreResolvedAsTheRuleDoesOneSuggestionAfterAnother() {
        String text = "abcdefghij ".repeat(40);
        Article a = new Article("r", text);
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            List<Annotation> existing = new ArrayList<>();
            for (int i = 0; i < random.nextInt(12); i++) {
                int start = random.nextInt(text.length() - 15);
                int end = start + 1 + random.nextInt(14);
                existing.add(
                        Annotation.span("E" + (i + 1), "ENTITY", "PERSON", start, end, text.substring(start, end)));
            }
            List<Suggestion> offered = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                int start = random.nextInt(text.length() - 15);
                int end = start + 1 + random.nextInt(14);
                offered.add(new Suggestion(
                        "S" + (i + 1),
                        "ENTITY",
                        random.nextBoolean() ? "PERSON" : "ORGANIZATION",
                        start,
                        end,
                        text.substring(start, end),
                        "test",
                        (1 + random.nextInt(9)) / 10.0,
                        List.of(),
                        Map.of()));
            }
            SuggestionBatch batch = new Suggester(List.of(fixed("ENTITY", offered)), SuggestionSettings.defaults())
                    .suggest(a, new AnnotationSet("r", "ana", existing), schema);
            assertThat(batch.inLayer("ENTITY"))
                    .as("seed %d", seed)
                    .extracting(Suggestion::key)
                    .containsExactlyInAnyOrderElementsOf(keptByTheRule(existing, offered));
        }
    }

    @Test
    void theSuggestionsMeetingARangeAreThoseAPassOverAllWouldFind() {
        String text = "abcdefghij ".repeat(40);
        Article a = new Article("r", text);
        Random random = new Random(3);
        List<Suggestion> offered = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int start = random.nextInt(text.length() - 100);
            int end = start + 1 + (random.nextInt(8) == 0 ? random.nextInt(90) : random.nextInt(6));
            offered.add(new Suggestion(
                    "S" + (i + 1),
                    "QUOTE",
                    "DIRECT",
                    start,
                    end,
                    text.substring(start, end),
                    "test",
                    0.9,
                    List.of(),
                    Map.of()));
        }
        SuggestionBatch batch = new Suggester(List.of(fixed("QUOTE", offered)), SuggestionSettings.defaults())
                .suggest(a, AnnotationSet.empty("r", "ana"), schema);
        for (int k = 0; k < 200; k++) {
            int first = random.nextInt(text.length());
            int last = first + random.nextInt(40);
            assertThat(batch.meeting(first, last))
                    .as("%d-%d", first, last)
                    .containsExactlyElementsOf(batch.suggestions().stream()
                            .filter(s -> s.end() >= first && s.start() <= last)
                            .toList());
        }
    }

    /** The rule written plainly: against every entity annotation, then every suggestion kept so far. */
    private static List<String> keptByTheRule(List<Annotation> existing, List<Suggestion> offered) {
        Map<String, Suggestion> kept = new LinkedHashMap<>();
        for (Suggestion s : offered) {
            if (existing.stream().anyMatch(e -> e.overlaps(s.start(), s.end()))) {
                continue;
            }
            boolean dropped = false;
            for (Suggestion other : new ArrayList<>(kept.values())) {
                if (other.overlaps(s.start(), s.end())) {
                    if (other.score() >= s.score()) {
                        dropped = true;
                        break;
                    }
                    kept.remove(other.key());
                }
            }
            if (!dropped) {
                kept.put(s.key(), s);
            }
        }
        return new ArrayList<>(kept.keySet());
    }

    @Test
    void aRunThatNobodyWaitsForStopsAtItsNextCheckpointInsideARecommender() {
        Article a = new Article("long", "\"The talks go on,\" Moxon said. ".repeat(2_000));
        Suggester quotes = quotesOnly();
        AnnotationSet empty = AnnotationSet.empty("long", "ana");
        AtomicInteger checks = new AtomicInteger();
        SuggestionBatch all = quotes.suggest(a, empty, schema, Set.of(), () -> {
            checks.incrementAndGet();
            return false;
        });
        assertThat(all.inLayer("QUOTE")).hasSize(2_000);
        assertThat(checks.get())
                .as("checked inside the quote recommender, not only between recommenders")
                .isGreaterThan(2_000);

        AtomicInteger until = new AtomicInteger();
        assertThatThrownBy(() -> quotes.suggest(a, empty, schema, Set.of(), () -> until.incrementAndGet() > 100))
                .isInstanceOf(CancellationException.class);
        assertThat(until.get())
                .as("it stopped at the first check after it was stopped")
                .isEqualTo(101);
        assertThatThrownBy(() -> quotes.suggest(a, empty, schema, Set.of(), () -> true))
                .isInstanceOf(CancellationException.class);
    }

    private static Recommender fixed(String layer, List<Suggestion> out) {
        return new Recommender() {
            @Override
            public String id() {
                return "fixed-" + layer;
            }

            @Override
            public String layer() {
                return layer;
            }

            @Override
            public List<Suggestion> suggest(SuggestionContext context) {
                return out;
            }
        };
    }
}
