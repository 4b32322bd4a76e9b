package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.EntityChains;
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
                Suggester suggester =
                        SuggestionTrainer.train(training, settings).suggester(settings);
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
        AnnotationSet input = given == Given.NOTHING
                ? AnnotationSet.empty(goldSet.doc(), "suggest")
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
        SuggestionBatch.Accepted accepted = batch.acceptAll(input, schema);
        speakers(batch, accepted, goldSet, given, tally);
        arguments(accepted, input, goldSet, given, tally);
        coreference(accepted, input, goldSet, given, tally);
    }

    /**
     * Speakers of the quotes found: right by mention when the suggested speaker shares a code point
     * with gold's; by identity when the two entities share a mention (gold's chain from its
     * {@code coref} links, the suggestion's from the links of the annotations and suggestions, all
     * accepted), as agreement measures speaker identity.
     */
    private void speakers(
            SuggestionBatch batch, SuggestionBatch.Accepted accepted, AnnotationSet gold, Given given, Tally tally) {
        List<SpanMatch.Item<Suggestion>> s = items(batch.inLayer(Layers.QUOTE), null);
        List<SpanMatch.Item<Annotation>> g = goldItems(gold.inLayer(Layers.QUOTE), null);
        EntityChains goldChains = EntityChains.of(gold);
        EntityChains suggestedChains = EntityChains.of(accepted.set());
        int[] c = tally.speakers.computeIfAbsent(given, k -> new int[3]);
        for (SpanMatch.Pair p : SpanMatch.overlap(s, g)) {
            c[0]++;
            Optional<String> goldSpeaker = g.get(p.reference()).value().targets(Layers.SPEAKER).stream()
                    .findFirst();
            Optional<String> suggested = s.get(p.suggested()).value().links(Layers.SPEAKER).stream()
                    .findFirst()
                    .map(l -> l.toSuggestion() ? accepted.ids().get(l.target()) : l.target());
            Optional<EntityChains.Entity> goldEntity = goldSpeaker.flatMap(goldChains::entityOf);
            Optional<EntityChains.Entity> suggestedEntity = suggested.flatMap(suggestedChains::entityOf);
            if (goldEntity.isEmpty() || suggestedEntity.isEmpty()) {
                continue;
            }
            Annotation mention = accepted.set().get(suggested.get()).orElseThrow();
            if (gold.get(goldSpeaker.get()).orElseThrow().overlaps(mention.start(), mention.end())) {
                c[1]++;
            }
            if (shareAMention(goldEntity.get(), suggestedEntity.get())) {
                c[2]++;
            }
        }
    }

    /** Agents and targets of the suggested events matched to gold's by overlap. */
    private void arguments(
            SuggestionBatch.Accepted accepted, AnnotationSet input, AnnotationSet gold, Given given, Tally tally) {
        List<SpanMatch.Item<Annotation>> s = goldItems(
                accepted.set().inLayer(Layers.EVENT).stream()
                        .filter(e -> !input.contains(e.id()))
                        .toList(),
                null);
        List<SpanMatch.Item<Annotation>> g = goldItems(gold.inLayer(Layers.EVENT), null);
        for (SpanMatch.Pair p : SpanMatch.overlap(s, g)) {
            Annotation suggested = s.get(p.suggested()).value();
            Annotation reference = g.get(p.reference()).value();
            for (String role : List.of(Layers.AGENT, Layers.TARGET)) {
                int[] c = tally.links.computeIfAbsent(given + "\0" + role, k -> new int[3]);
                List<Annotation> targets = reference.targets(role).stream()
                        .flatMap(id -> gold.get(id).stream())
                        .toList();
                c[2] += targets.size();
                for (String id : suggested.targets(role)) {
                    Annotation t = accepted.set().get(id).orElseThrow();
                    c[0]++;
                    if (targets.stream().anyMatch(x -> x.overlaps(t.start(), t.end()))) {
                        c[1]++;
                    }
                }
            }
        }
    }

    /** The coref links that the suggestions add: right when both ends overlap mentions of one gold entity. */
    private void coreference(
            SuggestionBatch.Accepted accepted, AnnotationSet input, AnnotationSet gold, Given given, Tally tally) {
        EntityChains chains = EntityChains.of(gold);
        int[] c = tally.links.computeIfAbsent(given + "\0" + Layers.COREF, k -> new int[] {0, 0, -1});
        for (Annotation m : accepted.set().inLayer(Layers.ENTITY)) {
            List<String> before =
                    input.get(m.id()).map(x -> x.targets(Layers.COREF)).orElse(List.of());
            for (String target : m.targets(Layers.COREF)) {
                if (before.contains(target)) {
                    continue;
                }
                c[0]++;
                Annotation t = accepted.set().get(target).orElseThrow();
                for (EntityChains.Entity e : chains.entities()) {
                    if (e.mentions().stream().anyMatch(x -> x.overlaps(m.start(), m.end()))
                            && e.mentions().stream().anyMatch(x -> x.overlaps(t.start(), t.end()))) {
                        c[1]++;
                        break;
                    }
                }
            }
        }
    }

    private static boolean shareAMention(EntityChains.Entity a, EntityChains.Entity b) {
        for (Annotation x : a.mentions()) {
            for (Annotation y : b.mentions()) {
                if (x.overlaps(y.start(), y.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<SpanMatch.Item<Suggestion>> items(List<Suggestion> list, String label) {
        return list.stream()
                .filter(x -> label == null || x.label().equals(label))
                .map(x -> new SpanMatch.Item<>(x.start(), x.end(), x))
                .toList();
    }

    private static List<SpanMatch.Item<Annotation>> goldItems(List<Annotation> list, String label) {
        return list.stream()
                .filter(x -> label == null || x.label().equals(label))
                .map(x -> new SpanMatch.Item<>(x.start(), x.end(), x))
                .toList();
    }

    private static String key(Given given, String layer, String label, String matching) {
        return given + "\0" + layer + "\0" + label + "\0" + matching;
    }

    /** Counts added up over articles, in the order first seen. */
    private final class Tally {
        final Map<String, int[]> counts = new LinkedHashMap<>();
        final Map<Given, int[]> speakers = new LinkedHashMap<>();
        /** given and role: suggested, right, reference. */
        final Map<String, int[]> links = new LinkedHashMap<>();

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
            List<EvaluationReport.LinkScore> linkScores = new ArrayList<>();
            links.forEach((k, c) -> linkScores.add(new EvaluationReport.LinkScore(
                    Given.valueOf(k.substring(0, k.indexOf('\0'))),
                    k.substring(k.indexOf('\0') + 1),
                    c[0],
                    c[1],
                    c[2])));
            return new EvaluationReport(scores, speakerScores, linkScores, List.of(), articles);
        }
    }
}
