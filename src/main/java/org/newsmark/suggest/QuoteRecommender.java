package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsmark.model.Annotation;

/**
 * Rule-based quotes and speakers ({@code quotes}): DIRECT, INDIRECT and MIXED quotes found by
 * {@link QuoteFinder}, each with a speaker link from {@link SpeakerSieve} and, for the second
 * part of an interrupted quotation, a {@code continues} link. A speaker that is not annotated yet
 * is proposed as an ENTITY in the same batch (a name, or a nominal with {@code mention=nominal}),
 * and the quote links to that suggestion. Needs no training.
 */
public final class QuoteRecommender implements Recommender {
    public static final String ID = "quotes";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String layer() {
        return Layers.QUOTE;
    }

    @Override
    public List<Suggestion> suggest(SuggestionContext context) {
        TextAnalysis a = context.analysis();
        QuoteFinder finder = new QuoteFinder(a);
        List<QuoteFinder.Found> found = finder.find();
        SpeakerSieve sieve = new SpeakerSieve(context, finder.clauses(), 0.7);
        Map<String, String> existingQuotes = new HashMap<>();
        for (Annotation q : context.annotations().inLayer(Layers.QUOTE)) {
            existingQuotes.put(q.start() + ":" + q.end(), q.id());
        }
        Map<QuoteFinder.Found, SuggestedLink> targets = new HashMap<>();
        List<Suggestion> quotes = new ArrayList<>();
        for (QuoteFinder.Found f : found) {
            context.checkpoint();
            sieve.resolve(f);
            List<SuggestedLink> links = new ArrayList<>();
            if (f.speaker != null) {
                links.add(f.speaker.link(Layers.SPEAKER));
            }
            if (f.continues != null && targets.containsKey(f.continues)) {
                SuggestedLink t = targets.get(f.continues);
                links.add(new SuggestedLink(Layers.CONTINUES, t.target(), t.toSuggestion()));
            }
            String existing = existingQuotes.get(f.start + ":" + f.end);
            if (existing != null) {
                targets.put(f, SuggestedLink.toAnnotation(Layers.CONTINUES, existing));
                continue;
            }
            Suggestion s = new Suggestion(
                    context.newKey(),
                    Layers.QUOTE,
                    f.label,
                    f.start,
                    f.end,
                    a.slice(f.start, f.end),
                    ID,
                    f.score,
                    links,
                    Map.of());
            targets.put(f, SuggestedLink.toSuggestion(Layers.CONTINUES, s.key()));
            quotes.add(s);
        }
        List<Suggestion> out = new ArrayList<>(sieve.newEntities());
        out.addAll(quotes);
        return out;
    }
}
