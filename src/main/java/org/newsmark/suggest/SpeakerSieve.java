package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.newsmark.model.EntityChains.Form;

/**
 * Finds the speaker mention of each quote, in the spirit of the two-stage sieve of Muzny et al.
 * (2017, "A two-stage sieve approach for quote attribution", EACL): first the mention in the
 * reporting clause (its subject or object: "said Peskov", "Peskov said", "according to the
 * Kremlin"); for a part that continues an interrupted quote, the first part's speaker; then the
 * nearest plausible mention in the paragraph; then the speaker of the quote before. Then, as
 * guidelines 1.1 say, the speaker is the mention nearest the quote in its reporting clause,
 * whatever its form: a pronoun becomes a pronoun mention ("he said" → PERSON "he",
 * {@code mention=pronoun}) and a bare title a nominal one ("the US President said" → "President"),
 * each chained by {@code coref} to the entity it stands for (the sieve's second stage: the
 * closest compatible earlier mention); an unnamed source becomes a nominal entity ("researchers
 * say"), a name not yet annotated a new entity; a document's words are its author's.
 */
final class SpeakerSieve {
    private final TextAnalysis a;
    private final Clauses c;
    private final Mentions mentions;
    private final SuggestionContext context;
    private final double entityScore;
    private final NewMentions newMentions;
    private final List<QuoteFinder.Found> done = new ArrayList<>();

    SpeakerSieve(SuggestionContext context, Clauses c, double entityScore) {
        this.context = context;
        this.a = context.analysis();
        this.c = c;
        this.mentions = context.mentions();
        this.entityScore = entityScore;
        this.newMentions = new NewMentions(context, QuoteRecommender.ID);
    }

    /** The entities that the sieve proposed for speakers not annotated yet. */
    List<Suggestion> newEntities() {
        return newMentions.created();
    }

    void resolve(QuoteFinder.Found f) {
        if (f.sameSpeakerAs != null && f.sameSpeakerAs.speaker != null) {
            f.speaker = f.sameSpeakerAs.speaker;
        } else if (f.hasPhrase()) {
            f.speaker = nearestInClause(phrase(f.phraseStart, f.phraseEnd, f), f);
        }
        if (f.speaker == null && f.nestedIn != null) {
            f.speaker = nearestInSentence(f);
        }
        if (f.speaker == null) {
            f.speaker = nearestInParagraph(f);
        }
        if (f.speaker == null) {
            f.speaker = previousSpeaker(f, m -> true);
        }
        done.add(f);
    }

    /**
     * The speaker named by a reporting clause's phrase. A phrase with a preposition is read in
     * its part before the preposition first ("Lydia Buchtmann for Food Standards Australia"), then
     * as a whole ("CEO of the Refugee Council Enver Solomon").
     */
    private Mention phrase(int ps, int pe, QuoteFinder.Found f) {
        for (int t = ps + 1; t < pe - 1; t++) {
            if (Lexicon.PREPOSITIONS.contains(c.lower(t)) && !(c.is(t, "of") && quantifierBefore(t))) {
                Mention head = wholePhrase(ps, t, f, false);
                if (head != null) {
                    return head;
                }
                break;
            }
        }
        return wholePhrase(ps, pe, f, true);
    }

    private Mention wholePhrase(int ps, int pe, QuoteFinder.Found f, boolean norpAllowed) {
        int s = a.tokenStart[ps];
        int e = a.tokenEnd[pe - 1];
        Mention best = null;
        int bestNonNorp = -1;
        List<Mention> inside = new ArrayList<>();
        for (Mention m : mentions.meeting(s, e)) {
            if (m.canSpeak() && !afterPreposition(m.start(), s)) {
                inside.add(m);
            }
        }
        for (int i = 0; i < inside.size(); i++) {
            if (!inside.get(i).label().equals("NORP")) {
                bestNonNorp = i;
            }
        }
        if (!inside.isEmpty() && (bestNonNorp >= 0 || norpAllowed)) {
            best = bestNonNorp >= 0 ? inside.get(bestNonNorp) : inside.get(inside.size() - 1);
            int tail = a.tokenAtOrAfter(best.end());
            if (tail >= pe || best.isPersonLike() || Lexicon.DOCUMENTS.contains(c.lower(pe - 1))) {
                return best; // "The Home Office letter reads": the document's author
            }
            int[] run = nameRun(tail, pe);
            if (run != null) {
                return name(run[0], run[1], f);
            }
            if (Lexicon.DESCRIPTION_TITLES.contains(c.lower(pe - 1))
                    && !best.label().equals("NORP")) {
                return title(tail, pe, f); // "the US President said": the title, chained to the person
            }
            if (headIsSource(pe - 1)) {
                return nominal(tail, pe, f); // "Ukrainian officials", "Scientology officials"
            }
            return best;
        }
        if (pe - ps == 1 && Lexicon.PRONOUNS.contains(c.lower(ps))) {
            return pronounMention(ps, f);
        }
        String first = c.lower(ps);
        String head = a.tokenText[pe - 1];
        boolean capitalOnlyByPosition = pe - 1 == c.sentenceFirst[c.sentenceOf(pe - 1)]; // "Reports: ..."
        if (Character.isLowerCase(head.codePointAt(0))
                || capitalOnlyByPosition
                || Lexicon.DESCRIPTION_TITLES.contains(c.lower(pe - 1))) {
            if (Lexicon.DESCRIPTION_TITLES.contains(c.lower(pe - 1))
                    && (first.equals("the") || first.equals("his") || first.equals("her") || first.equals("its"))) {
                return title(afterNames(ps, pe - 1), pe, f); // "The President said": the title, chained to the person
            }
            if (Lexicon.DOCUMENTS.contains(c.lower(pe - 1))
                    && (Lexicon.DETERMINERS.contains(first) || !c.lower(pe - 1).endsWith("s"))) {
                return documentAuthor(ps, pe, f); // "The report says": its author; "Reports:" stay a nominal
            }
            if (headIsSource(pe - 1)) {
                int s0 = ps;
                for (int t = ps; t < pe - 1; t++) {
                    if (a.isCapitalized(t) && !Lexicon.CAPITALIZED_FUNCTION_WORDS.contains(c.lower(t))) {
                        s0 = t + 1; // "Scientology officials": the name is a modifier, the nominal starts after it
                    }
                }
                return nominal(s0, pe, f);
            }
        }
        int[] run = nameRun(ps, pe);
        if (run != null) {
            return name(run[0], run[1], f);
        }
        return null;
    }

    private boolean afterPreposition(int offset, int phraseStart) {
        int t = a.tokenBefore(offset);
        if (t >= 0 && Lexicon.DETERMINERS.contains(c.lower(t)) && a.tokenStart[t] >= phraseStart) {
            t--;
        }
        return t >= 0 && a.tokenStart[t] >= phraseStart && Lexicon.PREPOSITIONS.contains(c.lower(t)) && !c.is(t, "of")
                || t >= 0 && c.is(t, "of") && a.tokenStart[t] >= phraseStart && !quantifierBefore(t);
    }

    private boolean quantifierBefore(int of) {
        return of > 0 && Lexicon.DETERMINERS.contains(c.lower(of - 1));
    }

    private boolean headIsSource(int t) {
        String w = c.lower(t);
        return Lexicon.PERSON_SOURCES.contains(w) || Lexicon.ORGANIZATION_SOURCES.contains(w);
    }

    /** The last run of capitalised name words in [ps, pe), titles left out; or null. */
    private int[] nameRun(int ps, int pe) {
        int e = pe;
        while (e > ps && !(a.isCapitalized(e - 1) && c.word(e - 1))
                || e > ps && Lexicon.CALENDAR.contains(c.lower(e - 1))) {
            e--; // "Prime Minister's Questions Wednesday": a day is no part of a name
        }
        if (e == ps) {
            return null;
        }
        int s = e - 1;
        while (s - 1 >= ps
                && (a.isCapitalized(s - 1) && c.word(s - 1)
                        || c.isPunct(s - 1, "-.") && s - 2 >= ps && a.isCapitalized(s - 2))) {
            s--;
        }
        while (s < e
                && (Lexicon.TITLES.contains(c.lower(s))
                        || Lexicon.CAPITALIZED_FUNCTION_WORDS.contains(c.lower(s))
                        || !c.word(s))) {
            s++;
        }
        while (e > s + 1 && Lexicon.TITLES.contains(c.lower(e - 1))) {
            e--; // "Tom Molomby SC", "US President": no title ends a name
        }
        for (int k = s; k < e - 1; k++) {
            if (Lexicon.ORGANIZATION_WORDS.contains(c.lower(k))) {
                s = k + 1; // "the Refugee Council Enver Solomon": the person named after the organisation
            }
        }
        for (Mention m : mentions.within(a.tokenStart[Math.min(s, e - 1)], a.tokenEnd[e - 1])) {
            if (m.end() < a.tokenEnd[e - 1]) {
                s = Math.max(s, a.tokenAtOrAfter(m.end())); // "the United States Hamdullah Mohib": after the place
            }
        }
        if (s >= e || Lexicon.TITLES.contains(c.lower(e - 1)) && e - s == 1) {
            return null;
        }
        int before = s - 1;
        if (before >= ps && Lexicon.DETERMINERS.contains(c.lower(before))) {
            before--;
        }
        if (before >= ps && Lexicon.PREPOSITIONS.contains(c.lower(before))) {
            return null; // "published in the Medical Journal": not the subject
        }
        return new int[] {s, e};
    }

    private Mention name(int s, int e, QuoteFinder.Found f) {
        int start = a.tokenStart[s];
        int end = a.tokenEnd[e - 1];
        String text = a.slice(start, end);
        if (text.endsWith("'s") || text.endsWith("’s")) {
            end -= 2;
        }
        Mention existing = mentions.overlapping(start, end);
        if (existing != null) {
            return existing.canSpeak() ? existing : null;
        }
        String last = c.lower(e - 1);
        boolean acronym = e - s == 1
                && a.tokenText[s].length() >= 2
                && a.tokenText[s].chars().allMatch(Character::isUpperCase);
        String label = acronym || Lexicon.ORGANIZATION_WORDS.contains(last) ? "ORGANIZATION" : "PERSON";
        return newEntity(start, end, label, Form.NAME, null, f);
    }

    /** A nominal entity for an unnamed source: the noun phrase from its determiner to its head noun. */
    private Mention nominal(int ps, int pe, QuoteFinder.Found f) {
        int s = Math.max(ps, pe - 6);
        int start = a.tokenStart[s];
        int end = a.tokenEnd[pe - 1];
        Mention existing = mentions.overlapping(start, end);
        if (existing != null) {
            return existing;
        }
        String head = c.lower(pe - 1);
        String label = Lexicon.PERSON_SOURCES.contains(head) ? "PERSON" : "ORGANIZATION";
        return newEntity(start, end, label, Form.NOMINAL, sameDescription(start, end, label), f);
    }

    private Mention newEntity(int start, int end, String label, Form form, Mention antecedent, QuoteFinder.Found f) {
        if (insideQuote(start) && f.nestedIn == null) {
            return null;
        }
        return newMentions.add(start, end, label, form, antecedent, Math.min(entityScore, f.score));
    }

    /** A pronoun in the reporting clause ("he said", "it added"): a pronoun mention chained to what it stands for. */
    private Mention pronounMention(int t, QuoteFinder.Found f) {
        Mention existing = mentions.overlapping(a.tokenStart[t], a.tokenEnd[t]);
        if (existing != null) {
            return existing.canSpeak() ? existing : null;
        }
        String word = c.lower(t);
        Mention antecedent = pronoun(word, f);
        String label = antecedent != null ? antecedent.label() : word.equals("it") ? "ORGANIZATION" : "PERSON";
        return newEntity(a.tokenStart[t], a.tokenEnd[t], label, Form.PRONOUN, antecedent, f);
    }

    /** The first token of [from, to) after the last capitalised name word in it ("the US President" → "President"). */
    private int afterNames(int from, int to) {
        int s = from;
        for (int t = from; t < to; t++) {
            if (a.isCapitalized(t)
                    && c.word(t)
                    && !Lexicon.CAPITALIZED_FUNCTION_WORDS.contains(c.lower(t))
                    && !Lexicon.TITLES.contains(c.lower(t))) {
                s = t + 1;
            }
        }
        return s;
    }

    /** A bare title that names the speaker ("the US President said"): a nominal PERSON chained to the person. */
    private Mention title(int s, int e, QuoteFinder.Found f) {
        Mention existing = mentions.overlapping(a.tokenStart[s], a.tokenEnd[e - 1]);
        if (existing != null) {
            return existing.canSpeak() ? existing : null;
        }
        return newEntity(a.tokenStart[s], a.tokenEnd[e - 1], "PERSON", Form.NOMINAL, pronoun("he", f), f);
    }

    /**
     * The author of a document that speaks ("The report says", "A new study has revealed"): a mention
     * right after "by" or "from" after the document's name, else the closest preceding mention of a
     * likely author outside quotations (research is written by people, named as a group, or by an
     * organisation; letters and statements by organisations).
     */
    private Mention documentAuthor(int ps, int pe, QuoteFinder.Found f) {
        int[] run = nameRun(ps, pe - 1);
        if (run != null) {
            return name(run[0], run[1], f); // "The Home Office letter reads"
        }
        int t = pe;
        if (c.is(t, "by") || c.is(t, "from")) {
            Mention m = mentions.overlapping(
                    a.tokenStart[Math.min(t + 1, a.tokens() - 1)], a.tokenEnd[Math.min(t + 3, a.tokens() - 1)]);
            if (m != null && m.canSpeak()) {
                return m;
            }
        }
        boolean research = !Set.of("letter", "statement", "document", "documents", "release", "website")
                .contains(c.lower(pe - 1));
        int at = a.tokenStart[f.phraseStart];
        Mention organization = null;
        for (Mention m : mentions.before(at, -1)) {
            if (insideQuote(m.start())) {
                continue;
            }
            if (research && m.isPersonLike() && group(m)) {
                return m;
            }
            if (m.label().equals("ORGANIZATION") && organization == null) {
                organization = m;
                if (!research) {
                    return m;
                }
            }
        }
        return organization;
    }

    /** A mention of several people: a plural pronoun or a plural nominal ("they", "the authors", "researchers"). */
    private boolean group(Mention m) {
        String text = a.slice(m.start(), m.end()).toLowerCase(Locale.ROOT);
        return m.pronoun() && (text.equals("they") || text.equals("them") || text.equals("their") || text.equals("we"))
                || m.nominal() && text.endsWith("s") && !text.endsWith("ss");
    }

    /**
     * Two mentions of the speaker in the reporting clause, a name and its short form in brackets
     * ("The World Health Organisation (WHO) recommends that"): the one nearest the quote.
     */
    private Mention nearestInClause(Mention m, QuoteFinder.Found f) {
        if (m == null || f.start < m.end()) {
            return m;
        }
        int t = a.tokenAtOrAfter(m.end());
        if (!c.isPunct(t, "([")) {
            return m;
        }
        for (Mention inside :
                mentions.within(a.tokenStart[t], Math.min(f.start, a.tokenEnd[Math.min(t + 4, a.tokens() - 1)]))) {
            if (inside.label().equals(m.label()) && c.isPunct(a.tokenAtOrAfter(inside.end()), ")]")) {
                return inside;
            }
        }
        return m;
    }

    /**
     * A pronoun or a bare title: the subject-like mention earlier in its sentence, else the subject
     * of the sentence before (a pronoun that opens a sentence usually continues its subject), else
     * the speaker of a quote just before, else the closest preceding compatible mention. A personal
     * pronoun stands for a named mention, "they" also for a nominal one.
     */
    private Mention pronoun(String word, QuoteFinder.Found f) {
        Predicate<Mention> compatible = compatibility(word);
        boolean personal = word.equals("he") || word.equals("she") || word.equals("i");
        Predicate<Mention> usable =
                m -> compatible.test(m) && (!personal || m.named()) && !(insideQuote(m.start()) && f.nestedIn == null);
        int at = f.hasPhrase() ? a.tokenStart[f.phraseStart] : f.start;
        int sentence = c.sentenceOf(a.tokenAtOrAfter(at));
        Mention m = firstIn(c.sentenceFirst[sentence], at, usable, personal);
        if (m == null) {
            m = recentSpeaker(f, compatible, sentence);
        }
        if (m == null
                && sentence > 0
                && a.paragraphOf(a.tokenStart[c.sentenceFirst[sentence - 1]]) >= a.paragraphOf(at) - 1) {
            m = firstIn(c.sentenceFirst[sentence - 1], a.tokenStart[c.sentenceFirst[sentence]], usable, personal);
        }
        if (m == null) {
            m = previousSpeaker(f, compatible);
        }
        if (m == null) {
            int from = a.paragraphStart[Math.max(0, a.paragraphOf(f.start) - 2)];
            m = mentions.before(at, from).stream().filter(usable).findFirst().orElse(null);
        }
        return m;
    }

    /** The first usable mention between token first and offset end; of two adjacent ones the second ("Scientology officials"). */
    private Mention firstIn(int first, int end, Predicate<Mention> usable, boolean personal) {
        List<Mention> within = mentions.within(a.tokenStart[first], end);
        for (int i = 0; i < within.size(); i++) {
            Mention m = within.get(i);
            if (!usable.test(m)) {
                continue;
            }
            if (!personal
                    && i + 1 < within.size()
                    && within.get(i + 1).start() - m.end() <= 1
                    && usable.test(within.get(i + 1))) {
                return within.get(i + 1);
            }
            return m;
        }
        return null;
    }

    private static Predicate<Mention> compatibility(String pronoun) {
        switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he", "she", "i":
                return Mention::isPersonLike;
            case "it":
                return m -> m.isOrganizationLike();
            default:
                return m -> m.isPersonLike()
                        || m.label().equals("ORGANIZATION")
                        || m.label().equals("NORP");
        }
    }

    /** The speaker of the last quote, when it lies in the same paragraph or in the sentence before. */
    private Mention recentSpeaker(QuoteFinder.Found f, Predicate<Mention> compatible, int sentence) {
        for (int i = done.size() - 1; i >= 0; i--) {
            QuoteFinder.Found p = done.get(i);
            if (p.nestedIn != null || p.speaker == null) {
                continue;
            }
            int ps = c.sentenceOf(a.tokenAtOrAfter(p.start));
            boolean near = a.paragraphOf(p.start) == a.paragraphOf(f.start) || ps >= sentence - 1;
            return near && compatible.test(p.speaker) ? p.speaker : null;
        }
        return null;
    }

    private Mention previousSpeaker(QuoteFinder.Found f, Predicate<Mention> compatible) {
        int paragraph = a.paragraphOf(f.start);
        for (int i = done.size() - 1; i >= 0 && i >= done.size() - 3; i--) {
            QuoteFinder.Found p = done.get(i);
            if (p.speaker != null
                    && p.nestedIn == null
                    && paragraph - a.paragraphOf(p.start) <= 2
                    && compatible.test(p.speaker)) {
                return p.speaker;
            }
        }
        return null;
    }

    /** For an unattributed quotation: the closest preceding person or organisation in its paragraph, outside quotes. */
    private Mention nearestInParagraph(QuoteFinder.Found f) {
        int from = a.paragraphStart[a.paragraphOf(f.start)];
        for (Mention m : mentions.before(f.start, from)) {
            if ((m.isPersonLike() || m.label().equals("ORGANIZATION"))
                    && !insideQuote(m.start())
                    && !afterPreposition(m.start(), from)) {
                return m;
            }
        }
        return null;
    }

    /** For a quotation inside a quotation: the closest preceding person or organisation in the sentence that is not the outer speaker. */
    private Mention nearestInSentence(QuoteFinder.Found f) {
        int from = a.tokenStart[c.sentenceFirst[c.sentenceOf(a.tokenAtOrAfter(f.nestedIn.start))]];
        for (Mention m : mentions.before(f.start, from)) {
            if ((m.isPersonLike() || m.label().equals("ORGANIZATION")) && m != f.nestedIn.speaker) {
                return m;
            }
        }
        return null;
    }

    /** An earlier nominal mention with the same words: the same unnamed group ("Scientology officials" again). */
    private Mention sameDescription(int start, int end, String label) {
        String text = a.slice(start, end).toLowerCase(Locale.ROOT);
        return mentions.nearestBefore(
                start,
                m -> m.nominal()
                        && m.label().equals(label)
                        && a.slice(m.start(), m.end()).toLowerCase(Locale.ROOT).equals(text));
    }

    private boolean insideQuote(int offset) {
        int t = a.tokenAtOrAfter(offset);
        return t < a.tokens() && c.inQuote(t);
    }
}
