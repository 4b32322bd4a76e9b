package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.Schema;
import org.newsmark.suggest.EvaluationReport.CurvePoint;
import org.newsmark.suggest.EvaluationReport.Given;
import org.newsmark.suggest.EvaluationReport.LabelScore;
import org.newsmark.suggest.EvaluationReport.SpeakerScore;

/**
 * Measures suggestions against gold: leave one article out (train on the others, suggest on it,
 * compare), on held-out articles, and as a learning curve. Every article is run twice: from
 * nothing (all layers suggested) and from gold's entities (quotes and events suggested on top of
 * them). Entity scores come from the first, quote, event and speaker scores from both.
 */
public final class SuggestionEvaluation {
    /** Gold's coreference links between entities (being added to the schema); none yet means chains of one. */
    static final String COREFERENCE = "coref";

    private final Schema schema;
    private final SuggestionSettings settings;

    public SuggestionEvaluation(Schema schema, SuggestionSettings settings) {
        this.schema = schema;
        this.settings = settings;
    }

    /** Each article suggested by recommenders trained on all the others. */
    public EvaluationReport leaveOneOut(List<TrainingDocument> gold) {
        Tally tally = new Tally();
        for (TrainingDocument held : gold) {
            List<TrainingDocument> others = gold.stream().filter(d -> d != held).toList();
            Suggester suggester = SuggestionTrainer.train(others, settings).suggester(settings);
            for (Given given : Given.values()) {
                score(suggester, held, given, tally);
            }
        }
        return tally.report(gold.size());
    }

    /** The held-out articles suggested by recommenders trained on the training articles. */
    public EvaluationReport heldOut(List<TrainingDocument> training, List<TrainingDocument> heldOut) {
        Suggester suggester = SuggestionTrainer.train(training, settings).suggester(settings);
        Tally tally = new Tally();
        for (TrainingDocument held : heldOut) {
            for (Given given : Given.values()) {
                score(suggester, held, given, tally);
            }
        }
        return tally.report(heldOut.size());
    }

    /**
     * F1 (overlap) per layer after training on {@code sizes} articles: each article in turn is held
     * out and the recommenders learn from the next ones in id order (wrapping around).
     */
    public List<CurvePoint> learningCurve(List<TrainingDocument> gold, int... sizes) {
        List<CurvePoint> out = new ArrayList<>();
        for (int size : sizes) {
            if (size >= gold.size()) {
                continue;
            }
            Tally tally = new Tally();
            for (int i = 0; i < gold.size(); i++) {
                List<TrainingDocument> training = new ArrayList<>();
                for (int k = 1; k <= size; k++) {
                    training.add(gold.get((i + k) % gold.size()));
                }
                Suggester suggester = SuggestionTrainer.train(training, settings).suggester(settings);
                for (Given given : Given.values()) {
                    score(suggester, gold.get(i), given, tally);
                }
            }
            for (Layer layer : schema.layers()) {
                Given given = layer.name().equals(Layers.ENTITY) ? Given.NOTHING : Given.ENTITIES;
                int[] c = tally.counts.getOrDefault(key(given, layer.name(), "*", "overlap"), new int[3]);
                out.add(new CurvePoint(size, given, layer.name(), c[0], c[1], c[2]));
            }
        }
        return out;
    }

    private void score(Suggester suggester, TrainingDocument gold, Given given, Tally tally) {
        AnnotationSet goldSet = gold.annotations();
        AnnotationSet input = given == Given.NOTHING ? AnnotationSet.empty(goldSet.doc(), "suggest")
                : new AnnotationSet(goldSet.doc(), "suggest", goldSet.inLayer(Layers.ENTITY));
        SuggestionBatch batch = suggester.suggest(gold.article(), input, schema);
        for (Layer layer : schema.layers()) {
            if (given == Given.ENTITIES && layer.name().equals(Layers.ENTITY)) {
                continue; // gold's entities were given: nothing to measure
            }
            for (Label label : layer.labels()) {
                List<SpanMatch.Item<Suggestion>> s = items(batch.inLayer(layer.name()), label.name());
                List<SpanMatch.Item<Annotation>> g = goldItems(goldSet.inLayer(layer.name()), label.name());
                for (String matching : List.of("exact", "overlap")) {
                    int tp = (matching.equals("exact") ? SpanMatch.exact(s, g) : SpanMatch.overlap(s, g)).size();
                    tally.add(given, layer.name(), label.name(), matching, tp, s.size() - tp, g.size() - tp);
                    tally.add(given, layer.name(), "*", matching, tp, s.size() - tp, g.size() - tp);
                }
            }
        }
        speakers(batch, input, goldSet, given, tally);
    }

    private void speakers(SuggestionBatch batch, AnnotationSet input, AnnotationSet gold, Given given, Tally tally) {
        List<SpanMatch.Item<Suggestion>> s = items(batch.inLayer(Layers.QUOTE), null);
        List<SpanMatch.Item<Annotation>> g = goldItems(gold.inLayer(Layers.QUOTE), null);
        Chains chains = new Chains(gold);
        int[] c = tally.speakers.computeIfAbsent(given, k -> new int[3]);
        for (SpanMatch.Pair p : SpanMatch.overlap(s, g)) {
            c[0]++;
            Annotation goldQuote = g.get(p.reference()).value();
            Optional<Annotation> goldSpeaker = goldQuote.targets(Layers.SPEAKER).stream().findFirst().flatMap(gold::get);
            Optional<int[]> suggested = s.get(p.suggested()).value().links(Layers.SPEAKER).stream().findFirst()
                    .flatMap(l -> l.toSuggestion() ? batch.get(l.target()).map(x -> new int[] {x.start(), x.end()})
                            : input.get(l.target()).map(x -> new int[] {x.start(), x.end()}));
            if (goldSpeaker.isEmpty() || suggested.isEmpty()) {
                continue;
            }
            int[] span = suggested.get();
            if (goldSpeaker.get().overlaps(span[0], span[1])) {
                c[1]++;
            }
            if (chains.chainOf(goldSpeaker.get()).stream().anyMatch(m -> m.overlaps(span[0], span[1]))) {
                c[2]++;
            }
        }
    }

    private static List<SpanMatch.Item<Suggestion>> items(List<Suggestion> list, String label) {
        return list.stream().filter(x -> label == null || x.label().equals(label))
                .map(x -> new SpanMatch.Item<>(x.start(), x.end(), x)).toList();
    }

    private static List<SpanMatch.Item<Annotation>> goldItems(List<Annotation> list, String label) {
        return list.stream().filter(x -> label == null || x.label().equals(label))
                .map(x -> new SpanMatch.Item<>(x.start(), x.end(), x)).toList();
    }

    private static String key(Given given, String layer, String label, String matching) {
        return given + "\0" + layer + "\0" + label + "\0" + matching;
    }

    /** Counts added up over articles, in the order first seen. */
    private final class Tally {
        final Map<String, int[]> counts = new LinkedHashMap<>();
        final Map<Given, int[]> speakers = new LinkedHashMap<>();

        void add(Given given, String layer, String label, String matching, int tp, int fp, int fn) {
            int[] c = counts.computeIfAbsent(key(given, layer, label, matching), k -> new int[3]);
            c[0] += tp;
            c[1] += fp;
            c[2] += fn;
        }

        EvaluationReport report(int articles) {
            List<LabelScore> scores = new ArrayList<>();
            for (Given given : Given.values()) {
                for (Layer layer : schema.layers()) {
                    List<String> labels = new ArrayList<>(List.of("*"));
                    layer.labels().forEach(l -> labels.add(l.name()));
                    for (String label : labels) {
                        for (String matching : List.of("exact", "overlap")) {
                            int[] c = counts.get(key(given, layer.name(), label, matching));
                            if (c != null) {
                                scores.add(new LabelScore(given, layer.name(), label, matching, c[0], c[1], c[2]));
                            }
                        }
                    }
                }
            }
            List<SpeakerScore> speakerScores = new ArrayList<>();
            speakers.forEach((g, c) -> speakerScores.add(new SpeakerScore(g, c[0], c[1], c[2])));
            return new EvaluationReport(scores, speakerScores, List.of(), articles);
        }
    }

    /**
     * Gold's coreference chains: entities joined by {@code coref} links, with a small union-find.
     * The links are being added to the project's schema; until gold has them every entity is a
     * chain of its own, and identity equals mention.
     */
    static final class Chains {
        private final Map<String, String> parent = new HashMap<>();
        private final AnnotationSet gold;

        Chains(AnnotationSet gold) {
            this.gold = gold;
            for (Annotation a : gold.inLayer(Layers.ENTITY)) {
                for (String target : a.targets(COREFERENCE)) {
                    if (gold.get(target).map(t -> t.layer().equals(Layers.ENTITY)).orElse(false)) {
                        union(a.id(), target);
                    }
                }
            }
        }

        private String find(String id) {
            String root = id;
            while (parent.containsKey(root) && !parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            for (String x = id; !x.equals(root); ) {
                String next = parent.get(x);
                parent.put(x, root);
                x = next;
            }
            return root;
        }

        private void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(ra, rb);
            }
        }

        /** The mentions in the same chain as the entity, itself included. */
        List<Annotation> chainOf(Annotation entity) {
            String root = find(entity.id());
            return gold.inLayer(Layers.ENTITY).stream().filter(e -> find(e.id()).equals(root)).toList();
        }
    }
}
