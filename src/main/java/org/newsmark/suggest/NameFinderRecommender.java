package org.newsmark.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.newsmark.model.Annotation;

/**
 * Entities found by a statistical name finder ({@code entity-namefinder}): OpenNLP's maximum
 * {@link NameFinderME} with the features of {@link NameFeatures}, trained in memory on the entity
 * annotations of the project (no pre-trained model) with the averaged perceptron, which
 * generalises better than maximum entropy from a few articles (measured on the bundled gold).
 * Each sentence is tagged; a name's score is how far its tokens' mean outcome probability lies
 * above chance: 1 - (1 / outcomes) / p. Names only: nominal and pronoun mentions are not learned
 * (guidelines 1.1 mark them only where they speak or act).
 */
public final class NameFinderRecommender implements Recommender {
    public static final String ID = "entity-namefinder";
    /** Fewer names than this train no useful model: the recommender then proposes nothing. */
    static final int MIN_NAMES = 20;
    /**
     * The most tokens the name finder learns from. Past that, every k-th sentence is kept, spread
     * over all articles, so that retraining on a thousand articles stays within seconds; the
     * string matcher still learns every name of every article.
     */
    static final int MAX_TOKENS = 120_000;

    static {
        // OpenNLP logs through SLF4J; without a logging backend SLF4J warns on the console once.
        // The project has none, so say explicitly that nothing is logged (unless someone chose).
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN");
            }
        }
    }

    private final TokenNameFinderModel model;

    /** A name the finder found: span (code points), label and score. */
    private record Found(int start, int end, String label, double score) {}

    /** The names found in one article's text, the last one asked for. */
    private record Names(String text, List<Found> found) {}

    /**
     * The names of the last article tagged. They depend on its text only (the finder's adaptive
     * features look at the sentences before, never at the annotations), so suggesting again after
     * an edit, the annotator's commonest case, does not tag the article again: on a long article
     * tagging is most of the work.
     */
    private volatile Names last;

    private NameFinderRecommender(TokenNameFinderModel model) {
        this.model = model;
    }

    /** Trains on the documents' entities; with too few of them, a recommender that proposes nothing. */
    public static NameFinderRecommender train(List<TrainingDocument> documents, int iterations) {
        return trainAnalyzed(Analyzed.all(documents), iterations);
    }

    static NameFinderRecommender trainAnalyzed(List<Analyzed> documents, int iterations) {
        List<NameSample> samples = new ArrayList<>();
        int names = 0;
        for (Analyzed d : documents) {
            names += samples(d, samples);
        }
        if (names < MIN_NAMES) {
            return new NameFinderRecommender(null);
        }
        samples = spread(samples);
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        params.put(TrainingParameters.TRAINER_TYPE_PARAM, EventTrainer.EVENT_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(
                TrainingParameters.THREADS_PARAM,
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        try {
            TokenNameFinderFactory factory =
                    new TokenNameFinderFactory(NameFeatures.descriptor(), Map.of(), new BioCodec());
            TokenNameFinderModel model =
                    NameFinderME.train("en", null, new CollectionObjectStream<>(samples), params, factory);
            return new NameFinderRecommender(model);
        } catch (IOException e) {
            throw new UncheckedIOException("the name finder could not be trained: " + e.getMessage(), e);
        }
    }

    private static List<NameSample> spread(List<NameSample> samples) {
        long tokens = samples.stream().mapToLong(s -> s.getSentence().length).sum();
        if (tokens <= MAX_TOKENS) {
            return samples;
        }
        long step = (tokens + MAX_TOKENS - 1) / MAX_TOKENS;
        List<NameSample> kept = new ArrayList<>();
        for (int i = 0; i < samples.size(); i += step) {
            NameSample s = samples.get(i);
            kept.add(new NameSample(s.getSentence(), s.getNames(), true)); // neighbours are gone: no document memory
        }
        return kept;
    }

    /** Whether a model was trained (enough names to learn from). */
    public boolean trained() {
        return model != null;
    }

    /** Adds one sample per sentence of the document; returns the number of names in them. */
    private static int samples(Analyzed d, List<NameSample> out) {
        TextAnalysis a = d.analysis();
        List<Annotation> entities = d.document().annotations().inLayer(Layers.ENTITY).stream()
                .filter(e -> SuggestionContext.isName(e))
                .toList();
        int names = 0;
        int next = 0;
        boolean first = true;
        for (int s = 0; s < a.sentenceStart.length; s++) {
            Sentence sentence = sentence(a, s);
            if (sentence == null) {
                continue;
            }
            List<Span> spans = new ArrayList<>();
            while (next < entities.size() && entities.get(next).start() < a.sentenceEnd[s]) {
                Annotation e = entities.get(next++);
                int ts = sentence.indexStartingAt(e.start());
                int te = sentence.indexEndingAt(e.end());
                if (ts >= 0
                        && te >= ts
                        && (spans.isEmpty() || spans.get(spans.size() - 1).getEnd() <= ts)) {
                    spans.add(new Span(ts, te + 1, e.label()));
                }
            }
            names += spans.size();
            out.add(new NameSample(sentence.tokens, spans.toArray(Span[]::new), first));
            first = false;
        }
        return names;
    }

    /** The tokens of a sentence for the name finder, a possessive "'s" split off its word ("Russia's" → "Russia", "'s"). */
    record Sentence(String[] tokens, int[] starts, int[] ends) {
        int indexStartingAt(int offset) {
            int i = Arrays.binarySearch(starts, offset);
            return i >= 0 ? i : -1;
        }

        int indexEndingAt(int offset) {
            for (int i = 0; i < ends.length; i++) {
                if (ends[i] == offset) {
                    return i;
                }
            }
            return -1;
        }
    }

    static Sentence sentence(TextAnalysis a, int s) {
        int first = a.tokenAtOrAfter(a.sentenceStart[s]);
        int last = a.tokenBefore(a.sentenceEnd[s]);
        if (last < first) {
            return null;
        }
        List<String> tokens = new ArrayList<>();
        List<int[]> bounds = new ArrayList<>();
        for (int t = first; t <= last; t++) {
            String w = a.tokenText[t];
            int cut = w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s")) ? w.length() - 2 : -1;
            if (cut > 0 && w.codePointCount(0, w.length()) == w.length()) {
                tokens.add(w.substring(0, cut));
                bounds.add(new int[] {a.tokenStart[t], a.tokenStart[t] + cut});
                tokens.add(w.substring(cut));
                bounds.add(new int[] {a.tokenStart[t] + cut, a.tokenEnd[t]});
            } else {
                tokens.add(w);
                bounds.add(new int[] {a.tokenStart[t], a.tokenEnd[t]});
            }
        }
        int[] starts = bounds.stream().mapToInt(b -> b[0]).toArray();
        int[] ends = bounds.stream().mapToInt(b -> b[1]).toArray();
        return new Sentence(tokens.toArray(String[]::new), starts, ends);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String layer() {
        return Layers.ENTITY;
    }

    @Override
    public List<Suggestion> suggest(SuggestionContext context) {
        if (model == null) {
            return List.of();
        }
        TextAnalysis a = context.analysis();
        String text = context.article().text();
        Names names = last;
        if (names == null || !names.text().equals(text)) {
            names = new Names(text, find(context));
            last = names;
        }
        List<Suggestion> out = new ArrayList<>();
        for (Found f : names.found()) {
            out.add(new Suggestion(
                    context.newKey(),
                    Layers.ENTITY,
                    f.label(),
                    f.start(),
                    f.end(),
                    a.slice(f.start(), f.end()),
                    ID,
                    f.score(),
                    List.of(),
                    Map.of()));
        }
        return out;
    }

    /** Tags every sentence of the article. */
    private List<Found> find(SuggestionContext context) {
        TextAnalysis a = context.analysis();
        NameFinderME finder = new NameFinderME(model); // not thread-safe: one per run
        List<Found> out = new ArrayList<>();
        for (int s = 0; s < a.sentenceStart.length; s++) {
            context.checkpoint();
            Sentence sentence = sentence(a, s);
            if (sentence == null) {
                continue;
            }
            Span[] spans = finder.find(sentence.tokens());
            double[] probs = finder.probs(spans);
            double chance = 1.0 / model.getNameFinderSequenceModel().getOutcomes().length;
            for (int i = 0; i < spans.length; i++) {
                int first = spans[i].getStart();
                int last = spans[i].getEnd() - 1;
                String label = spans[i].getType();
                // The guidelines' boundary rules: titles before a name are left out, and mark a person.
                while (first < last && Lexicon.TITLES.contains(sentence.tokens()[first].toLowerCase(Locale.ROOT))) {
                    first++;
                    label = "PERSON";
                }
                while (last > first
                        && Lexicon.TITLES.contains(sentence.tokens()[last].toLowerCase(Locale.ROOT))
                        && sentence.tokens()[last].length() <= 2 + 1) {
                    last--; // "QC", "SC"
                }
                if (Lexicon.TITLES.contains(sentence.tokens()[first].toLowerCase(Locale.ROOT)) && first == last) {
                    continue;
                }
                out.add(new Found(
                        sentence.starts()[first], sentence.ends()[last], label, Math.max(0, 1 - chance / probs[i])));
            }
        }
        finder.clearAdaptiveData();
        return List.copyOf(out);
    }
}
