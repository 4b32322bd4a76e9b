package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsmark.model.AnnotationSet;

/**
 * Chains the names of an article ({@code entity-coref}): a name that repeats an earlier name of the
 * same label gets a {@code coref} link to the nearest earlier mention of that entity, as the
 * guidelines want every mention chained. Names are the same when their strings are, when a
 * person's later name is the end of the earlier full name ("Peskov" after "Dmitry Peskov"), or when
 * the later is the initials of the earlier ("KCNA" after "Korean Central News Agency"). Suggested
 * names get the link themselves; annotations that the annotator left unchained get a
 * {@link LinkSuggestion}. A mention already chained is left as it is.
 */
public final class NameCoreference {
    public static final String ID = "entity-coref";
    /** The score of a link between equal strings; a short form or initials are less sure. */
    private static final double SAME_STRING = 0.9;

    private static final double SHORT_FORM = 0.75;

    private final SuggestionContext context;

    NameCoreference(SuggestionContext context) {
        this.context = context;
    }

    /** The suggestions (by key, in order) with coref links added, and link suggestions for annotations. */
    List<LinkSuggestion> link(Map<String, Suggestion> kept, AnnotationSet set, double minScore) {
        List<Mention> mentions = new ArrayList<>(context.mentions().all());
        mentions.removeIf(m -> m.isSuggestion()
                ? !kept.containsKey(m.suggestionKey())
                : set.get(m.annotationId()).isEmpty());
        mentions.sort(Comparator.comparingInt(Mention::start));
        List<LinkSuggestion> out = new ArrayList<>();
        // Each mention's text and words once, not once per pair compared.
        String[] texts = new String[mentions.size()];
        String[][] words = new String[mentions.size()][];
        for (int i = 0; i < mentions.size(); i++) {
            texts[i] = text(mentions.get(i));
            words[i] = texts[i].split("\\s+");
        }
        for (int i = 0; i < mentions.size(); i++) {
            if (i % 256 == 0) {
                context.checkpoint();
            }
            Mention m = mentions.get(i);
            if (!m.named() || chained(m, kept, set)) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Mention earlier = mentions.get(j);
                double score = earlier.named() && earlier.label().equals(m.label()) && earlier.end() <= m.start()
                        ? sameName(texts[j], words[j], texts[i], words[i], m.label())
                        : 0;
                if (score <= 0 || score < minScore) {
                    continue;
                }
                if (context.mentions().sameEntity(m, earlier)) {
                    break;
                }
                Mention target = nearestOfEntity(mentions, i, earlier);
                SuggestedLink link = target.link(Layers.COREF);
                if (m.isSuggestion()) {
                    Suggestion s = kept.get(m.suggestionKey());
                    List<SuggestedLink> links = new ArrayList<>(s.links());
                    links.add(link);
                    kept.put(s.key(), s.withLinks(links));
                } else {
                    out.add(new LinkSuggestion(context.newKey(), m.annotationId(), link, ID, score));
                }
                context.mentions().join(m, target);
                break;
            }
        }
        return out;
    }

    /** The mention of earlier's entity nearest before mention i (among those still in the batch or the set). */
    private Mention nearestOfEntity(List<Mention> mentions, int i, Mention earlier) {
        for (int j = i - 1; j >= 0; j--) {
            if (context.mentions().sameEntity(mentions.get(j), earlier)) {
                return mentions.get(j);
            }
        }
        return earlier;
    }

    private boolean chained(Mention m, Map<String, Suggestion> kept, AnnotationSet set) {
        return m.isSuggestion()
                ? !kept.get(m.suggestionKey()).links(Layers.COREF).isEmpty()
                : !set.get(m.annotationId())
                        .map(a -> a.targets(Layers.COREF))
                        .orElse(List.of())
                        .isEmpty();
    }

    private String text(Mention m) {
        return context.analysis().slice(m.start(), m.end());
    }

    /**
     * How sure it is that {@code later} names what {@code earlier} named: equal strings, a
     * person's surname (the last words of the full name), initials of a multi-word name; 0 otherwise.
     */
    static double sameName(String earlier, String later, String label) {
        return sameName(earlier, earlier.split("\\s+"), later, later.split("\\s+"), label);
    }

    /** As above, with the words of both names ({@code split("\\s+")}) given. */
    private static double sameName(String earlier, String[] e, String later, String[] l, String label) {
        if (earlier.equals(later)) {
            return SAME_STRING;
        }
        if (label.equals("PERSON") && l.length < e.length && Character.isUpperCase(later.codePointAt(0))) {
            boolean tail = true;
            for (int k = 1; k <= l.length && tail; k++) {
                tail = e[e.length - k].equals(l[l.length - k]);
            }
            if (tail) {
                return SHORT_FORM;
            }
        }
        if (!label.equals("PERSON")
                && l.length == 1
                && later.length() >= 2
                && later.length() == capitals(e).length()
                && later.equals(capitals(e))) {
            return SHORT_FORM;
        }
        return 0;
    }

    /** The first letters of the capitalised words ("Korean Central News Agency" → "KCNA"). */
    private static String capitals(String[] words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                b.appendCodePoint(w.codePointAt(0));
            }
        }
        return words.length < 2 ? "" : b.toString().toUpperCase(Locale.ROOT);
    }
}
