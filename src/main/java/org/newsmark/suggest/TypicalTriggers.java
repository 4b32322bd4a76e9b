package org.newsmark.suggest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.newsmark.model.Label;
import org.newsmark.model.Schema;

/**
 * The typical triggers that the schema names for each event label, read from the label's
 * description after its colon ("A use of force ...: strike, attack, shelling, firing on"): single
 * words by their stem, longer items ("call for", "peace talks") as phrases. They tell a typical
 * trigger from a word that was marked once in some article, and let the recommender propose the
 * typical ones before anything has been learned.
 */
final class TypicalTriggers {
    private final Map<String, String> stems = new HashMap<>();
    private final PhraseTable phrases = new PhraseTable(true);

    private TypicalTriggers() {}

    static TypicalTriggers of(Schema schema) {
        TypicalTriggers t = new TypicalTriggers();
        schema.layer(Layers.EVENT).ifPresent(layer -> {
            for (Label label : layer.labels()) {
                String d = label.description();
                int colon = d.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                for (String item : d.substring(colon + 1).split("[,;]")) {
                    String words = item.replaceAll("\\(.*?\\)", "").trim().toLowerCase(Locale.ROOT);
                    if (words.isEmpty() || words.equals("etc") || words.equals("etc.")) {
                        continue;
                    }
                    if (words.contains(" ")) {
                        t.phrases.annotated(words, label.name());
                    } else {
                        t.stems.putIfAbsent(Stems.of(words), label.name());
                    }
                }
            }
        });
        return t;
    }

    /** The label the schema gives this word as a typical trigger, or null. */
    String labelOf(String word) {
        return stems.get(Stems.of(word));
    }

    /** A typical multi-word trigger that starts at token i, or null. */
    PhraseTable.Entry phraseAt(TextAnalysis a, int i) {
        return phrases.size() == 0 ? null : phrases.match(a, i);
    }
}
