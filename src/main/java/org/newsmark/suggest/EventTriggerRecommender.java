package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmark.model.Annotation;

/**
 * Event triggers learned from annotated articles ({@code event-triggers}): every trigger's word
 * form (and, for single words, a lemma-like stem, so "strikes" also finds "striking") with its most
 * frequent label, scored by how often that form was marked where it occurred. A learned trigger
 * that the schema's label description does not name as typical ({@link TypicalTriggers}) keeps
 * 0.4 of its score: across the bundled articles, words marked as events in one article ("left",
 * "travel") were rarely events in another, while typical ones were. A typical trigger that no
 * article has marked yet is proposed with 0.5. Each suggested event
 * gets an agent and a target: the nearest person, organisation, place with a government or group
 * in the same sentence before the trigger and after it.
 */
public final class EventTriggerRecommender implements Recommender {
    public static final String ID = "event-triggers";
    private static final Set<String> PARTICIPANTS = Set.of("PERSON", "ORGANIZATION", "GPE", "NORP");
    /** A stem seen only in other forms is less sure than the form itself. */
    private static final double STEM_DISCOUNT = 0.85;
    /** A learned trigger that the schema does not name as typical of its label counts for less. */
    private static final double UNTYPICAL = 0.4;
    /** The score of a typical trigger named by the schema that no training article has marked. */
    private static final double TYPICAL_ONLY = 0.5;

    private final PhraseTable forms;
    private final PhraseTable stems;

    EventTriggerRecommender(PhraseTable forms, PhraseTable stems) {
        this.forms = forms;
        this.stems = stems;
    }

    /** Learns the triggers of the documents' events. */
    public static EventTriggerRecommender train(List<TrainingDocument> documents) {
        return trainAnalyzed(Analyzed.all(documents));
    }

    static EventTriggerRecommender trainAnalyzed(List<Analyzed> documents) {
        PhraseTable forms = new PhraseTable(true);
        PhraseTable stems = new PhraseTable(true);
        for (Analyzed d : documents) {
            for (Annotation e : d.document().annotations().inLayer(Layers.EVENT)) {
                forms.annotated(e.text(), e.label());
                if (e.text().codePoints().allMatch(Character::isLetter)) {
                    stems.annotated(Stems.of(e.text()), e.label());
                }
            }
        }
        for (Analyzed d : documents) {
            TextAnalysis a = d.analysis();
            forms.countOccurrences(a);
            for (int i = 0; i < a.tokens(); i++) {
                PhraseTable.Entry s = stems.get(Stems.of(a.tokenText[i]));
                if (s != null) {
                    s.occurrences++;
                }
            }
        }
        return new EventTriggerRecommender(forms, stems);
    }

    public int size() {
        return forms.size();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String layer() {
        return Layers.EVENT;
    }

    @Override
    public List<Suggestion> suggest(SuggestionContext context) {
        TextAnalysis a = context.analysis();
        TypicalTriggers typical = TypicalTriggers.of(context.schema());
        List<Suggestion> out = new ArrayList<>();
        for (int i = 0; i < a.tokens(); i++) {
            if (!a.isWord(i)) {
                continue;
            }
            PhraseTable.Entry form = forms.match(a, i);
            PhraseTable.Entry stem = form == null ? stems.get(Stems.of(a.tokenText[i])) : null;
            PhraseTable.Entry phrase = typical.phraseAt(a, i);
            String label;
            double score;
            int last;
            if (form != null || stem != null) {
                PhraseTable.Entry e = form != null ? form : stem;
                label = e.label();
                last = form != null ? i + form.tokens.length - 1 : i;
                boolean isTypical = phrase != null && phrase.label().equals(label) || label.equals(typical.labelOf(a.tokenText[i]));
                score = (form != null ? form.score() : stem.score() * STEM_DISCOUNT) * (isTypical ? 1 : UNTYPICAL);
            } else if (phrase != null || typical.labelOf(a.tokenText[i]) != null) {
                label = phrase != null ? phrase.label() : typical.labelOf(a.tokenText[i]);
                last = phrase != null ? i + phrase.tokens.length - 1 : i;
                score = TYPICAL_ONLY;
            } else {
                continue;
            }
            int start = a.tokenStart[i];
            int end = a.tokenEnd[last];
            out.add(new Suggestion(context.newKey(), Layers.EVENT, label, start, end, a.slice(start, end), ID, score,
                    arguments(context, start, end), Map.of()));
            i = last;
        }
        return out;
    }

    private static List<SuggestedLink> arguments(SuggestionContext context, int start, int end) {
        TextAnalysis a = context.analysis();
        int sentence = a.sentenceOf(start);
        int from = a.sentenceStart[sentence];
        int to = a.sentenceEnd[sentence];
        Mention agent = null;
        Mention target = null;
        for (Mention m : context.mentions().within(from, to)) {
            if (!PARTICIPANTS.contains(m.label())) {
                continue;
            }
            if (m.end() <= start) {
                agent = m; // the last one before the trigger is the nearest
            } else if (m.start() >= end && target == null) {
                target = m;
            }
        }
        List<SuggestedLink> links = new ArrayList<>();
        if (agent != null) {
            links.add(agent.link(Layers.AGENT));
        }
        if (target != null) {
            links.add(target.link(Layers.TARGET));
        }
        return links;
    }
}
