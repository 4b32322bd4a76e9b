package org.newsmark.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.newsmark.model.AnnotatedArticle;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.EntityChains;
import org.newsmark.model.WordTokenizer;

/**
 * Who is quoted, the table source-diversity studies build by hand: per speaker entity (its canonical
 * name and label) how many quotes of each kind, in how many articles, how many words, and the first
 * and last article date; the same per speaker label; and the share of quotes without a named speaker
 * (no speaker, or one known only as "a spokesman" or "he"). A quote interrupted by its reporting
 * clause is one quote: a part that {@code continues} another adds its words to it. Entities are
 * those of each article's chains; across articles, speakers with the same canonical name and label
 * are the same (no cross-article coreference); speakers without a name are counted together per
 * label as {@value #UNNAMED}.
 */
public final class QuoteSources {
    static final String QUOTE = "QUOTE";
    static final String SPEAKER = "speaker";
    static final String CONTINUES = "continues";
    /** The speaker column of the speakers without a name (per label): they are not one source. */
    public static final String UNNAMED = "(unnamed)";

    /** One speaker (or one label, or all quotes): counts per quote label, articles, words, dates. */
    public record Row(
            String speaker,
            String label,
            int quotes,
            Map<String, Integer> byKind,
            int articles,
            long words,
            Optional<LocalDate> first,
            Optional<LocalDate> last) {
        public Row {
            byKind = Map.copyOf(byKind);
        }
    }

    /** The whole table: speakers by quotes (most first), labels, all quotes, and the unnamed. */
    public record Report(
            List<String> kinds, List<Row> speakers, List<Row> labels, Row all, Row unnamed, int withoutSpeaker) {
        public Report {
            kinds = List.copyOf(kinds);
            speakers = List.copyOf(speakers);
            labels = List.copyOf(labels);
        }

        /** Quotes without a named speaker (no speaker, or a speaker without a name) over all quotes. */
        public double unnamedShare() {
            return all.quotes() == 0 ? 0 : unnamed.quotes() / (double) all.quotes();
        }
    }

    private QuoteSources() {}

    /**
     * @param kinds the labels of the quote layer, in schema order (columns of the table)
     * @param dates the date of an article, when known
     */
    public static Report of(
            List<AnnotatedArticle> corpus, List<String> kinds, Function<AnnotatedArticle, Optional<LocalDate>> dates) {
        Map<List<String>, Tally> speakers = new LinkedHashMap<>();
        Map<String, Tally> labels = new TreeMap<>();
        Tally all = new Tally();
        Tally unnamed = new Tally();
        int withoutSpeaker = 0;
        for (AnnotatedArticle a : corpus) {
            AnnotationSet set = a.set();
            EntityChains chains = EntityChains.of(set);
            Optional<LocalDate> date = dates.apply(a);
            for (Annotation quote : set.inLayer(QUOTE)) {
                if (!quote.targets(CONTINUES).isEmpty()
                        && set.contains(quote.targets(CONTINUES).get(0))) {
                    continue; // counted with the part it continues
                }
                long words = words(quote) + continuations(set, quote);
                Optional<EntityChains.Entity> speaker =
                        quote.targets(SPEAKER).stream().findFirst().flatMap(chains::entityOf);
                all.add(a.doc(), quote.label(), words, date);
                if (speaker.isEmpty()) {
                    withoutSpeaker++;
                    unnamed.add(a.doc(), quote.label(), words, date);
                    continue;
                }
                Annotation name = speaker.get().canonical();
                // An entity known only as "officials" or "he" is not the same source in another article.
                String who = named(name) ? name.text() : UNNAMED;
                if (!named(name)) {
                    unnamed.add(a.doc(), quote.label(), words, date);
                }
                speakers.computeIfAbsent(List.of(who, name.label()), k -> new Tally())
                        .add(a.doc(), quote.label(), words, date);
                labels.computeIfAbsent(name.label(), k -> new Tally()).add(a.doc(), quote.label(), words, date);
            }
        }
        List<Row> speakerRows = new ArrayList<>();
        speakers.forEach((key, t) -> speakerRows.add(t.row(key.get(0), key.get(1))));
        speakerRows.sort(Comparator.comparingInt(Row::quotes)
                .reversed()
                .thenComparing(Row::speaker)
                .thenComparing(Row::label));
        List<Row> labelRows = new ArrayList<>();
        labels.forEach((label, t) -> labelRows.add(t.row("*", label)));
        return new Report(kinds, speakerRows, labelRows, all.row("*", "*"), unnamed.row(UNNAMED, "*"), withoutSpeaker);
    }

    private static boolean named(Annotation mention) {
        return EntityChains.Form.of(mention)
                .map(f -> f == EntityChains.Form.NAME)
                .orElse(true);
    }

    /** The words of the parts that continue a quote, following the chain of continues links. */
    private static long continuations(AnnotationSet set, Annotation quote) {
        long words = 0;
        Set<String> seen = new HashSet<>();
        List<Annotation> frontier = new ArrayList<>(List.of(quote));
        while (!frontier.isEmpty()) {
            List<Annotation> next = new ArrayList<>();
            for (Annotation q : frontier) {
                for (Annotation later : set.linking(q.id())) {
                    if (later.layer().equals(QUOTE)
                            && later.targets(CONTINUES).contains(q.id())
                            && seen.add(later.id())) {
                        words += words(later);
                        next.add(later);
                    }
                }
            }
            frontier = next;
        }
        return words;
    }

    /** Words: the tokens of the quote that hold a letter or a digit. */
    static long words(Annotation quote) {
        int[] bounds = WordTokenizer.bounds(quote.text());
        long n = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            int from = quote.text().offsetByCodePoints(0, bounds[i]);
            int cp = quote.text().codePointAt(from);
            if (Character.isLetterOrDigit(cp)) {
                n++;
            }
        }
        return n;
    }

    private static final class Tally {
        int quotes;
        final Map<String, Integer> byKind = new LinkedHashMap<>();
        final Set<String> articles = new HashSet<>();
        long words;
        LocalDate first;
        LocalDate last;

        void add(String doc, String kind, long w, Optional<LocalDate> date) {
            quotes++;
            byKind.merge(kind, 1, Integer::sum);
            articles.add(doc);
            words += w;
            date.ifPresent(d -> {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            });
        }

        Row row(String speaker, String label) {
            return new Row(
                    speaker,
                    label,
                    quotes,
                    byKind,
                    articles.size(),
                    words,
                    Optional.ofNullable(first),
                    Optional.ofNullable(last));
        }
    }
}
