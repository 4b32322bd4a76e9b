package org.newsmark.consistency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsmark.model.AnnotatedArticle;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.WordTokenizer;

/**
 * Checks one annotator's work across the corpus for what agreement would later reveal: the same
 * text with different labels, a marked name left unmarked elsewhere, the same name marked with
 * different extents, quotes without a speaker, events without a participant, speakers that cannot
 * speak. brat's consistency searches ("same text, different type", "partially marked") and the
 * guidelines' link rules, in one list.
 */
public final class ConsistencyChecks {
    /** The labels of entities that can say something: people, organisations, governments, groups. */
    static final Set<String> CAN_SPEAK = Set.of("PERSON", "ORGANIZATION", "GPE", "NORP");

    static final String ENTITY = "ENTITY";
    static final String QUOTE = "QUOTE";
    static final String EVENT = "EVENT";
    static final String SPEAKER = "speaker";
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:[Tt]he|[Aa]n?)\\s+");
    private static final Pattern TRAILING_POSSESSIVE = Pattern.compile("(?:['’]s|['’])$");
    private static final Pattern EDGE_PUNCTUATION =
            Pattern.compile("^[\\p{Ps}\\p{Pi}\"'«]+|[\\p{Pe}\\p{Pf}\"'».,;:]+$");

    private ConsistencyChecks() {}

    /** Every finding for the corpus of one annotator, ordered by article (as given), start, end, problem. */
    public static List<Finding> check(List<AnnotatedArticle> corpus) {
        Map<Key, Map<String, Integer>> labels = labelCounts(corpus);
        Map<String, List<Key>> names = namesByFirstCodePoint(corpus);
        Map<Key, Map<String, Integer>> extents = extentCounts(corpus);
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> order = new HashMap<>();
        for (AnnotatedArticle a : corpus) {
            order.putIfAbsent(a.doc(), order.size());
            labelConflicts(a, labels, out);
            unmarked(a, labels, names, out);
            boundaryVariants(a, extents, out);
            links(a, out);
        }
        out.sort(Comparator.<Finding>comparingInt(f -> order.get(f.doc()))
                .thenComparingInt(Finding::start)
                .thenComparingInt(Finding::end)
                .thenComparing(Finding::problem));
        return out;
    }

    /** A marked text of a layer. */
    private record Key(String layer, String text) {}

    private static Map<Key, Map<String, Integer>> labelCounts(List<AnnotatedArticle> corpus) {
        Map<Key, Map<String, Integer>> out = new HashMap<>();
        for (AnnotatedArticle a : corpus) {
            for (Annotation ann : a.set().annotations()) {
                if (!Mentions.isPronoun(ann)) {
                    out.computeIfAbsent(new Key(ann.layer(), ann.text()), k -> new LinkedHashMap<>())
                            .merge(ann.label(), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /** The label most often given, or null on a tie. */
    static String majority(Map<String, Integer> counts) {
        String best = null;
        int bestCount = -1;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static String counts(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> parts.add(e.getKey() + " " + e.getValue() + "×"));
        return String.join(", ", parts);
    }

    private static void labelConflicts(AnnotatedArticle a, Map<Key, Map<String, Integer>> labels, List<Finding> out) {
        for (Annotation ann : a.set().annotations()) {
            Map<String, Integer> counts = labels.get(new Key(ann.layer(), ann.text()));
            if (counts == null || counts.size() < 2 || Mentions.isPronoun(ann)) {
                continue;
            }
            String majority = majority(counts);
            if (ann.label().equals(majority)) {
                continue;
            }
            Finding.Repair repair =
                    majority == null ? null : new Finding.Repair(ann.id(), ann.layer(), majority, -1, -1);
            out.add(new Finding(
                    a.doc(),
                    a.set().annotator(),
                    ann.start(),
                    ann.end(),
                    ann.text(),
                    Finding.Problem.LABEL_CONFLICT,
                    ann.label() + " here; across the corpus " + counts(counts),
                    ann.layer(),
                    ann.id(),
                    repair));
        }
    }

    /** Occurrences of marked names (whole words, same case) that no annotation of the layer overlaps. */
    private static void unmarked(
            AnnotatedArticle a,
            Map<Key, Map<String, Integer>> labels,
            Map<String, List<Key>> byFirstChar,
            List<Finding> out) {
        if (byFirstChar.isEmpty()) {
            return;
        }
        Article article = a.article();
        String text = article.text();
        int[] bounds = WordTokenizer.bounds(text);
        for (int t = 0; t < bounds.length; t += 2) {
            int start = bounds[t];
            int from = article.charIndex(start);
            List<Key> candidates =
                    byFirstChar.get(text.substring(from, from + Character.charCount(text.codePointAt(from))));
            if (candidates == null) {
                continue;
            }
            for (Key key : candidates) {
                if (!text.startsWith(key.text(), from)) {
                    continue;
                }
                int endChar = from + key.text().length();
                if (endChar < text.length() && isWordChar(text.codePointAt(endChar))) {
                    continue;
                }
                int end = article.codePointOffset(endChar);
                if (covered(a.set(), key.layer(), start, end)) {
                    continue;
                }
                Map<String, Integer> counts = labels.get(key);
                String majority = majority(counts);
                out.add(new Finding(
                        a.doc(),
                        a.set().annotator(),
                        start,
                        end,
                        key.text(),
                        Finding.Problem.UNMARKED,
                        "marked elsewhere as " + counts(counts),
                        key.layer(),
                        null,
                        majority == null ? null : new Finding.Repair(null, key.layer(), majority, start, end)));
            }
        }
    }

    /**
     * The names marked anywhere (an entity text marked at least once as a name, beginning and ending
     * with a letter or digit), by their first code point, longest first. Event triggers and quotes
     * depend on their context ("said" is not always a statement), so only names are looked for.
     */
    private static Map<String, List<Key>> namesByFirstCodePoint(List<AnnotatedArticle> corpus) {
        Set<Key> names = new HashSet<>();
        for (AnnotatedArticle a : corpus) {
            for (Annotation ann : a.set().annotations()) {
                String t = ann.text();
                if (ann.layer().equals(ENTITY)
                        && Mentions.isName(ann)
                        && !t.isEmpty()
                        && isWordChar(t.codePointAt(0))
                        && isWordChar(t.codePointBefore(t.length()))) {
                    names.add(new Key(ann.layer(), t));
                }
            }
        }
        Map<String, List<Key>> out = new HashMap<>();
        for (Key key : names) {
            String t = key.text();
            out.computeIfAbsent(t.substring(0, Character.charCount(t.codePointAt(0))), k -> new ArrayList<>())
                    .add(key);
        }
        for (List<Key> keys : out.values()) {
            keys.sort(Comparator.comparingInt((Key k) -> -k.text().length())
                    .thenComparing(Key::layer)
                    .thenComparing(Key::text));
        }
        return out;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_';
    }

    private static boolean covered(AnnotationSet set, String layer, int start, int end) {
        for (Annotation x : set.annotations()) {
            if (x.start() >= end) {
                return false;
            }
            if (x.layer().equals(layer) && x.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    /** "the Kremlin", "Kremlin's" and "Kremlin" are one name: what is left without articles, possessives, edge marks. */
    static String core(String text) {
        String t = text.strip();
        String before;
        do {
            before = t;
            t = LEADING_ARTICLE.matcher(t).replaceFirst("");
            t = EDGE_PUNCTUATION.matcher(t).replaceAll("");
            t = TRAILING_POSSESSIVE.matcher(t).replaceFirst("");
            t = t.strip();
        } while (!t.equals(before));
        return t;
    }

    private static Map<Key, Map<String, Integer>> extentCounts(List<AnnotatedArticle> corpus) {
        Map<Key, Map<String, Integer>> out = new HashMap<>();
        for (AnnotatedArticle a : corpus) {
            for (Annotation ann : a.set().annotations()) {
                if (!ann.layer().equals(QUOTE) && Mentions.isName(ann)) {
                    String core = core(ann.text());
                    if (!core.isEmpty()) {
                        out.computeIfAbsent(new Key(ann.layer(), core), k -> new LinkedHashMap<>())
                                .merge(ann.text(), 1, Integer::sum);
                    }
                }
            }
        }
        return out;
    }

    private static void boundaryVariants(
            AnnotatedArticle a, Map<Key, Map<String, Integer>> extents, List<Finding> out) {
        for (Annotation ann : a.set().annotations()) {
            if (ann.layer().equals(QUOTE) || !Mentions.isName(ann)) {
                continue;
            }
            Map<String, Integer> variants = extents.get(new Key(ann.layer(), core(ann.text())));
            if (variants == null || variants.size() < 2) {
                continue;
            }
            String usual = majority(variants);
            if (ann.text().equals(usual)) {
                continue;
            }
            Map<String, Integer> others = new LinkedHashMap<>(variants);
            others.remove(ann.text());
            Finding.Repair repair = usual == null ? null : usualExtent(a.article(), ann, usual);
            out.add(new Finding(
                    a.doc(),
                    a.set().annotator(),
                    ann.start(),
                    ann.end(),
                    ann.text(),
                    Finding.Problem.BOUNDARY_VARIANT,
                    "also marked as " + quoted(others),
                    ann.layer(),
                    ann.id(),
                    repair));
        }
    }

    private static String quoted(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((text, n) -> parts.add("“" + text + "” " + n + "×"));
        return String.join(", ", parts);
    }

    /** The usual extent found in or around the annotation, if the text there allows it. */
    private static Finding.Repair usualExtent(Article article, Annotation ann, String usual) {
        int from = Math.max(0, ann.start() - usual.length());
        int to = Math.min(article.length(), ann.end() + usual.length());
        String window = article.slice(from, to);
        int best = -1;
        for (int i = window.indexOf(usual); i >= 0; i = window.indexOf(usual, i + 1)) {
            int s = from + window.codePointCount(0, i);
            int e = s + usual.codePointCount(0, usual.length());
            if (s < ann.end() && ann.start() < e) {
                best = s;
                break;
            }
        }
        if (best < 0) {
            return null;
        }
        return new Finding.Repair(
                ann.id(), ann.layer(), ann.label(), best, best + usual.codePointCount(0, usual.length()));
    }

    private static void links(AnnotatedArticle a, List<Finding> out) {
        AnnotationSet set = a.set();
        for (Annotation ann : set.annotations()) {
            if (ann.layer().equals(QUOTE)) {
                List<String> speakers = ann.targets(SPEAKER);
                if (speakers.isEmpty()) {
                    out.add(new Finding(
                            a.doc(),
                            set.annotator(),
                            ann.start(),
                            ann.end(),
                            ann.text(),
                            Finding.Problem.QUOTE_WITHOUT_SPEAKER,
                            ann.label() + " quote " + ann.id() + " has no speaker link",
                            ann.layer(),
                            ann.id(),
                            null));
                }
                for (String target : speakers) {
                    set.get(target)
                            .filter(t -> !CAN_SPEAK.contains(t.label()))
                            .ifPresent(t -> out.add(new Finding(
                                    a.doc(),
                                    set.annotator(),
                                    ann.start(),
                                    ann.end(),
                                    ann.text(),
                                    Finding.Problem.SPEAKER_NOT_ENTITY_OF_PERSON_KIND,
                                    "the speaker " + t.id() + " “"
                                            + t.text() + "” is " + t.label() + "; a speaker is one of "
                                            + String.join(
                                                    ", ",
                                                    CAN_SPEAK.stream().sorted().toList()),
                                    ann.layer(),
                                    ann.id(),
                                    null)));
                }
            } else if (ann.layer().equals(EVENT) && ann.links().isEmpty()) {
                out.add(new Finding(
                        a.doc(),
                        set.annotator(),
                        ann.start(),
                        ann.end(),
                        ann.text(),
                        Finding.Problem.EVENT_WITHOUT_PARTICIPANT,
                        ann.label() + " event " + ann.id() + " has no agent, target, place or time",
                        ann.layer(),
                        ann.id(),
                        null));
            }
        }
    }
}
