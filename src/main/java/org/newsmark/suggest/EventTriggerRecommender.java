package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsmark.model.Annotation;
import org.newsmark.model.EntityChains.Form;

/**
 * Event triggers learned from annotated articles ({@code event-triggers}): every trigger's word
 * form (and, for single words, a lemma-like stem, so "strikes" also finds "striking") with its most
 * frequent label, scored by how often that form was marked where it occurred. A learned trigger
 * that the schema's label description does not name as typical ({@link TypicalTriggers}) keeps
 * 0.4 of its score: across the bundled articles, words marked as events in one article ("left",
 * "travel") were rarely events in another, while typical ones were. A typical trigger that no
 * article has marked yet is proposed with 0.5. Each suggested event gets an agent and a target, as
 * guidelines 1.1 choose them: the participant's mention nearest the trigger, a pronoun included. A
 * subject pronoun before the trigger ("he had made the request", "it would attack"), a possessive
 * ("his request") or an object pronoun after it ("pleaded with him") becomes a pronoun mention
 * chained to what it stands for ({@link Antecedents}); the subject of a passive ("They were denied
 * visas") is the target. Otherwise the nearest person, organisation, place with a government or
 * group in the sentence before the trigger is the agent, the nearest after it the target.
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
        NewMentions newMentions = new NewMentions(context, ID);
        List<Suggestion> out = new ArrayList<>();
        for (int i = 0; i < a.tokens(); i++) {
            if (i % 512 == 0) {
                context.checkpoint();
            }
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
                boolean isTypical =
                        phrase != null && phrase.label().equals(label) || label.equals(typical.labelOf(a.tokenText[i]));
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
            List<SuggestedLink> links = arguments(context, newMentions, i, last, score);
            out.add(new Suggestion(
                    context.newKey(),
                    Layers.EVENT,
                    label,
                    start,
                    end,
                    a.slice(start, end),
                    ID,
                    score,
                    links,
                    Map.of()));
            i = last;
        }
        List<Suggestion> all = new ArrayList<>(newMentions.created());
        all.addAll(out);
        return all;
    }

    /** Subject pronouns, possessives and object pronouns that take part in an event. */
    private static final Set<String> SUBJECTS = Set.of("he", "she", "it", "they", "we", "i");

    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my");
    private static final Set<String> OBJECTS = Set.of("him", "them", "us", "me");
    /** Words that may stand between a subject and its event ("had made the request", "were twice denied"). */
    private static final Set<String> LIGHT = Set.of(
            "make", "makes", "made", "making", "take", "takes", "took", "taken", "hold", "holds", "held", "give",
            "gives", "gave", "given", "issue", "issued", "the", "a", "an", "to");

    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "be", "is", "are", "get", "got");
    private static final Set<String> BEFORE_OBJECT = Set.of("with", "on", "at", "against", "to", "for");

    private static List<SuggestedLink> arguments(
            SuggestionContext context, NewMentions newMentions, int first, int last, double score) {
        TextAnalysis a = context.analysis();
        int start = a.tokenStart[first];
        int end = a.tokenEnd[last];
        List<SuggestedLink> links = new ArrayList<>();
        int[] subject = subjectPronoun(a, first);
        Mention pronounBefore = subject == null ? null : pronounMention(context, newMentions, subject[0], score);
        boolean passive = subject != null && subject[1] == 1;
        int object = objectPronoun(a, last);
        Mention pronounAfter = object < 0 ? null : pronounMention(context, newMentions, object, score);
        if (pronounBefore != null) {
            links.add(pronounBefore.link(passive ? Layers.TARGET : Layers.AGENT));
        }
        List<SuggestedLink> named =
                noun(a, first) ? phraseArguments(context, first, last) : namedArguments(context, start, end);
        for (SuggestedLink l : named) {
            boolean taken = l.role().equals(Layers.AGENT) && pronounBefore != null
                    || l.role().equals(Layers.TARGET) && (pronounAfter != null || passive);
            if (!taken) {
                links.add(l);
            }
        }
        if (pronounAfter != null && !passive) {
            links.add(pronounAfter.link(Layers.TARGET));
        }
        return links;
    }

    /** The subject pronoun before the trigger at token t (over auxiliaries, adverbs, light verbs): {token, 1 if passive}. */
    private static int[] subjectPronoun(TextAnalysis a, int t) {
        boolean passive = false;
        for (int k = t - 1; k >= Math.max(0, t - 5); k--) {
            String w = a.lower(k);
            if (POSSESSIVES.contains(w) && k == t - 1) {
                return new int[] {k, 0}; // "his request"
            }
            if (SUBJECTS.contains(w)) {
                return a.sentenceOf(a.tokenStart[k]) == a.sentenceOf(a.tokenStart[t])
                        ? new int[] {k, passive ? 1 : 0}
                        : null;
            }
            if (PASSIVE.contains(w) && a.lower(t).endsWith("ed")) {
                passive = true;
            } else if (!Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(w)
                    && !LIGHT.contains(w)
                    && !Lexicon.NEGATIONS.contains(w)
                    && !w.endsWith("n't")
                    && !w.endsWith("ly")
                    && !w.equals("twice")) {
                return null;
            }
        }
        return null;
    }

    /** An object pronoun right after the trigger at token t, or after one preposition ("pleaded with him"); else -1. */
    private static int objectPronoun(TextAnalysis a, int t) {
        int k = t + 1;
        if (k < a.tokens() && BEFORE_OBJECT.contains(a.lower(k))) {
            k++;
        }
        return k < a.tokens()
                        && OBJECTS.contains(a.lower(k))
                        && a.sentenceOf(a.tokenStart[k]) == a.sentenceOf(a.tokenStart[t])
                ? k
                : -1;
    }

    /** The mention at a pronoun: the one marked or suggested there, else a new pronoun mention chained to its antecedent. */
    private static Mention pronounMention(SuggestionContext context, NewMentions newMentions, int t, double score) {
        TextAnalysis a = context.analysis();
        Mention existing = context.mentions().overlapping(a.tokenStart[t], a.tokenEnd[t]);
        if (existing != null) {
            return PARTICIPANTS.contains(existing.label()) ? existing : null;
        }
        Mention antecedent = new Antecedents(context).of(t);
        String label = antecedent != null ? antecedent.label() : Antecedents.defaultLabel(a.lower(t));
        return newMentions.add(a.tokenStart[t], a.tokenEnd[t], label, Form.PRONOUN, antecedent, score);
    }

    /**
     * A trigger used as a noun: after a determiner or a possessive ("the request", "Russia's
     * attacks"), or with a suffix only nouns have ("negotiations", "agreement").
     */
    private static boolean noun(TextAnalysis a, int t) {
        String w = a.lower(t);
        if (w.endsWith("tion") || w.endsWith("tions") || w.endsWith("ment") || w.endsWith("ments")) {
            return true;
        }
        if (t == 0) {
            return false;
        }
        String before = a.lower(t - 1);
        return Lexicon.DETERMINERS.contains(before) && !before.equals("that")
                || before.endsWith("'s")
                || before.endsWith("’s")
                || POSSESSIVES.contains(before);
    }

    /**
     * The participants of a noun trigger that its own phrase names (guidelines 1.1: the event's
     * phrase, not the whole sentence): its possessor as agent ("Russia's attacks"), a name right
     * after one preposition as target ("strikes on Kyiv", "talks with Ukraine").
     */
    private static List<SuggestedLink> phraseArguments(SuggestionContext context, int first, int last) {
        TextAnalysis a = context.analysis();
        List<SuggestedLink> links = new ArrayList<>();
        String before = a.lower(first - 1);
        if (before.endsWith("'s") || before.endsWith("’s")) {
            Mention owner = context.mentions().overlapping(a.tokenStart[first - 1], a.tokenEnd[first - 1]);
            if (owner != null && PARTICIPANTS.contains(owner.label())) {
                links.add(owner.link(Layers.AGENT));
            }
        }
        int p = last + 1;
        if (p + 1 < a.tokens()
                && BEFORE_OBJECT.contains(a.lower(p))
                && a.sentenceOf(a.tokenStart[p + 1]) == a.sentenceOf(a.tokenStart[last])) {
            int k = p + 1;
            if (a.lower(k).equals("the")) {
                k++;
            }
            Mention target = k < a.tokens() ? context.mentions().overlapping(a.tokenStart[k], a.tokenEnd[k]) : null;
            if (target != null && target.start() >= a.tokenStart[p + 1] && PARTICIPANTS.contains(target.label())) {
                links.add(target.link(Layers.TARGET));
            }
        }
        return links;
    }

    private static List<SuggestedLink> namedArguments(SuggestionContext context, int start, int end) {
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
