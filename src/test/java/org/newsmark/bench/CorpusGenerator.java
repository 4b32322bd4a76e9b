package org.newsmark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.newsmark.io.AnnotationCsv;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Link;

/**
 * A deterministic generator of realistic corpora: news-like articles with Unicode (accents,
 * Cyrillic, Arabic, curly quotes, emoji), and several annotators whose entities, quotes with
 * speakers and events with arguments agree mostly and disagree the way people do (missed spans,
 * shifted boundaries, other labels, extra spans, other speakers).
 *
 * <p>Run {@code main OUT [articles] [annotators] [annotationsPerSet] [charsPerArticle] [seed]}.
 */
public final class CorpusGenerator {
    private static final String[][] PEOPLE = {
        {"Olena Kovalenko", "Kovalenko"},
        {"José Álvarez", "Álvarez"},
        {"Дмитрий Песков", "Песков"},
        {"Amira Haddad", "Haddad"},
        {"محمد العلي", "العلي"},
        {"Chen Wei", "Chen"},
        {"Søren Nørgaard", "Nørgaard"},
        {"Maria Schmidt", "Schmidt"},
        {"Kwame Mensah", "Mensah"},
        {"Aiko Tanaka", "Tanaka"},
        {"François Dubois", "Dubois"},
        {"Rahul Mehta", "Mehta"}
    };
    private static final String[] ORGS = {
        "United Nations",
        "European Commission",
        "Red Cross",
        "State Emergency Service",
        "Ministry of Health",
        "Reuters",
        "World Bank",
        "Naftogaz",
        "Médecins Sans Frontières",
        "NATO"
    };
    private static final String[] GPES = {
        "Kyiv",
        "Moscow",
        "Abu Dhabi",
        "Washington",
        "Kharkiv",
        "Ankara",
        "Zürich",
        "São Paulo",
        "Québec",
        "القاهرة",
        "Kraków",
        "Ukraine"
    };
    private static final String[] LOCATIONS = {"Black Sea", "Dnipro River", "Carpathians", "White House", "Red Square"};
    private static final String[] NORPS = {"Ukrainian", "Russian", "European", "Muslim", "Brazilian", "Turkish"};
    private static final String[] DATES = {
        "Friday", "Monday", "January 30, 2026", "last week", "next month", "2025", "Thursday", "February 1"
    };
    private static final String[][] EVENTS = {
        {"attacked", "ATTACK"},
        {"met", "MEETING"},
        {"asked", "REQUEST"},
        {"agreed with", "AGREEMENT"},
        {"negotiated with", "NEGOTIATION"},
        {"criticised", "STATEMENT"},
        {"visited", "OTHER"}
    };
    private static final String[] FILLER = {
        "Officials said the situation remained tense across the region.",
        "Temperatures dropped below minus 20 degrees Celsius overnight ❄️.",
        "The report, published in several languages, ran to 120 pages.",
        "Residents queued for water and heating at temporary shelters.",
        "Analysts expect the talks to continue into the following week.",
        "Prices for fuel rose by 4.5% according to the statistics office.",
        "Schools remained closed while engineers repaired the power lines 🔧."
    };
    private static final String[] QUOTES = {
        "We will not accept these terms",
        "The cold is the enemy of everyone",
        "This agreement saves lives",
        "Nobody expected the talks to move so fast",
        "We need guarantees, not promises",
        "It was a very constructive meeting"
    };

    private final Random random;
    private boolean rtl = true;
    private final StringBuilder text = new StringBuilder();
    private int length;
    private final List<Annotation> truth = new ArrayList<>();
    private final Map<String, int[]> counters = new LinkedHashMap<>();

    private CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** One generated article and the annotation sets of its annotators. */
    public record Doc(Article article, List<AnnotationSet> sets) {}

    /** Generates article {@code index} of a corpus; the same arguments give the same result. */
    public static Doc generate(long seed, int index, int annotators, int annotationsPerSet, int chars) {
        return generate(seed, index, annotators, annotationsPerSet, chars, true);
    }

    /** As above; without right-to-left names (Arabic) when {@code rtl} is false. */
    public static Doc generate(long seed, int index, int annotators, int annotationsPerSet, int chars, boolean rtl) {
        CorpusGenerator g = new CorpusGenerator(seed * 1_000_003L + index);
        g.rtl = rtl;
        String doc = String.format("news-%05d", index);
        g.write(chars, annotationsPerSet);
        Article article = new Article(doc, g.text.toString());
        List<AnnotationSet> sets = new ArrayList<>();
        for (int a = 0; a < annotators; a++) {
            sets.add(g.annotator(article, "annotator" + (a + 1), annotationsPerSet));
        }
        return new Doc(article, sets);
    }

    /** Writes a whole project folder. */
    public static void writeProject(Path dir, long seed, int articles, int annotators, int annotationsPerSet, int chars)
            throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.copy(Path.of("annotations/schema.csv"), dir.resolve("schema.csv"), StandardCopyOption.REPLACE_EXISTING);
        for (int i = 0; i < articles; i++) {
            Doc d = generate(seed, i, annotators, annotationsPerSet, chars);
            Files.writeString(
                    dir.resolve("articles").resolve(d.article().id() + ".txt"),
                    d.article().text());
            for (AnnotationSet set : d.sets()) {
                Path f = dir.resolve("annotators").resolve(set.annotator()).resolve(set.doc() + ".csv");
                Files.createDirectories(f.getParent());
                Files.writeString(f, AnnotationCsv.format(set));
            }
        }
    }

    /**
     * A project with one article of {@code spans} short words and two annotators, ana and ben,
     * who each mark every word as an ENTITY; ben now and then marks two words or another label.
     * The one-big-article case of the scaling benchmark and of the reliability suite.
     */
    public static Path bigArticle(Path dir, int spans, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        int[][] words = new int[spans][];
        for (int i = 0; i < spans; i++) {
            int start = text.length();
            text.append('w').append(Integer.toString(i, 36));
            words[i] = new int[] {start, text.length()};
            text.append(' ');
        }
        Files.createDirectories(dir.resolve("articles"));
        Files.copy(Path.of("annotations/schema.csv"), dir.resolve("schema.csv"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("articles/big.txt"), text);
        String[] labels = {"PERSON", "ORGANIZATION", "GPE"};
        for (String who : List.of("ana", "ben")) {
            StringBuilder csv = new StringBuilder(AnnotationCsv.HEADER.stream()
                            .reduce((a, b) -> a + "," + b)
                            .orElseThrow())
                    .append('\n');
            for (int i = 0; i < spans; i++) {
                boolean ben = who.equals("ben");
                int end = ben && random.nextInt(10) == 0 && i + 1 < spans ? words[i + 1][1] : words[i][1];
                String label = labels[ben && random.nextInt(20) == 0 ? (i + 1) % 3 : i % 3];
                csv.append("big,")
                        .append(who)
                        .append(",E")
                        .append(i + 1)
                        .append(",ENTITY,")
                        .append(label)
                        .append(',')
                        .append(words[i][0])
                        .append(',')
                        .append(end)
                        .append(',')
                        .append(text, words[i][0], end)
                        .append(",,,\n");
            }
            Files.createDirectories(dir.resolve("annotators/" + who));
            Files.writeString(dir.resolve("annotators/" + who + "/big.csv"), csv);
        }
        return dir;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/generated-corpus");
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int annotators = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int per = args.length > 3 ? Integer.parseInt(args[3]) : 150;
        int chars = args.length > 4 ? Integer.parseInt(args[4]) : 5000;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 42;
        writeProject(out, seed, articles, annotators, per, chars);
    }

    private void append(String s) {
        text.append(s);
        length += s.codePointCount(0, s.length());
    }

    /** Appends a mention and records it as a true entity; returns its id. */
    private String mention(String surface, String label) {
        int start = length;
        append(surface);
        String id = nextId("E");
        truth.add(Annotation.span(id, "ENTITY", label, start, length, surface));
        return id;
    }

    private String nextId(String prefix) {
        int[] c = counters.computeIfAbsent(prefix, k -> new int[1]);
        return prefix + (++c[0]);
    }

    private <T> T pick(T[] options) {
        T t = options[random.nextInt(options.length)];
        while (!rtl && isRtl(t)) {
            t = options[random.nextInt(options.length)];
        }
        return t;
    }

    private static boolean isRtl(Object o) {
        String s = o instanceof String[] a ? a[0] : String.valueOf(o);
        return s.codePoints()
                .anyMatch(cp -> Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                        || Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT);
    }

    private void write(int chars, int annotationsPerSet) {
        int wantedEntities = annotationsPerSet + annotationsPerSet / 5;
        while (length < chars || countLayer("ENTITY") < wantedEntities) {
            switch (random.nextInt(6)) {
                case 0 -> quoteSentence();
                case 1 -> eventSentence();
                case 2 -> {
                    mention(pick(NORPS), "NORP");
                    append(" officials in ");
                    mention(pick(GPES), "GPE");
                    append(" said on ");
                    mention(pick(DATES), "DATE");
                    append(" that aid would reach the ");
                    mention(pick(LOCATIONS), "LOCATION");
                    append(" area. ");
                }
                case 3 -> {
                    append("According to the ");
                    mention(pick(ORGS), "ORGANIZATION");
                    append(", " + pick(FILLER) + " ");
                }
                default -> append(pick(FILLER) + (random.nextInt(5) == 0 ? "\n\n" : " "));
            }
        }
    }

    private long countLayer(String layer) {
        return truth.stream().filter(a -> a.layer().equals(layer)).count();
    }

    private void quoteSentence() {
        String[] person = pick(PEOPLE);
        boolean direct = random.nextBoolean();
        if (direct) {
            int start = length;
            append("“" + pick(QUOTES) + ",”");
            int end = length;
            append(" said ");
            String speaker = mention(person[0], "PERSON");
            append(" in ");
            mention(pick(GPES), "GPE");
            append(". ");
            truth.add(new Annotation(
                    nextId("Q"),
                    "QUOTE",
                    "DIRECT",
                    start,
                    end,
                    slice(start, end),
                    List.of(new Link("speaker", speaker)),
                    Map.of(),
                    ""));
        } else {
            String speaker = mention(person[0], "PERSON");
            append(" said that ");
            int start = length;
            append("the " + pick(ORGS).toLowerCase(Locale.ROOT) + " would review the plan");
            int end = length;
            append(". ");
            truth.add(new Annotation(
                    nextId("Q"),
                    "QUOTE",
                    "INDIRECT",
                    start,
                    end,
                    slice(start, end),
                    List.of(new Link("speaker", speaker)),
                    Map.of(),
                    ""));
        }
    }

    private void eventSentence() {
        String agent = mention(pick(PEOPLE)[0], "PERSON");
        append(" ");
        String[] event = pick(EVENTS);
        int start = length;
        append(event[0]);
        int end = length;
        append(" ");
        String target = mention(pick(ORGS), "ORGANIZATION");
        append(" in ");
        String place = mention(pick(GPES), "GPE");
        append(" on ");
        String time = mention(pick(DATES), "DATE");
        append(". ");
        truth.add(new Annotation(
                nextId("V"),
                "EVENT",
                event[1],
                start,
                end,
                slice(start, end),
                List.of(
                        new Link("agent", agent),
                        new Link("target", target),
                        new Link("place", place),
                        new Link("time", time)),
                Map.of(),
                ""));
    }

    private String slice(int start, int end) {
        String s = text.toString();
        return s.substring(s.offsetByCodePoints(0, start), s.offsetByCodePoints(0, end));
    }

    /** One annotator's version of the truth: mostly equal, with human disagreements. */
    private AnnotationSet annotator(Article article, String name, int target) {
        Random r = new Random(random.nextLong());
        List<Annotation> chosen = new ArrayList<>();
        List<Annotation> events =
                truth.stream().filter(a -> !a.layer().equals("ENTITY")).toList();
        List<Annotation> entities =
                truth.stream().filter(a -> a.layer().equals("ENTITY")).toList();
        int slots = Math.max(0, target + target / 10 - Math.min(events.size(), target / 3));
        chosen.addAll(events.subList(0, Math.min(events.size(), target / 3)));
        Set<String> keep = new HashSet<>();
        chosen.forEach(a -> a.links().forEach(l -> keep.add(l.target())));
        List<Annotation> pool = new ArrayList<>();
        for (Annotation e : entities) {
            if (keep.contains(e.id())) {
                pool.add(0, e);
            } else {
                pool.add(e);
            }
        }
        chosen.addAll(pool.subList(0, Math.min(pool.size(), slots)));
        Set<String> present = new HashSet<>();
        chosen.forEach(a -> present.add(a.id()));
        List<Annotation> result = new ArrayList<>();
        for (Annotation a : chosen) {
            List<Link> links =
                    a.links().stream().filter(l -> present.contains(l.target())).toList();
            Annotation b = a.withLinks(links);
            double roll = r.nextDouble();
            if (roll < 0.04 && !keep.contains(a.id())) {
                continue; // missed
            } else if (roll < 0.08 && b.start() > 0 && b.length() > 2) {
                int end = b.end() - 1;
                b = b.withBounds(b.start(), end, article.slice(b.start(), end)); // boundary too narrow
            } else if (roll < 0.11 && b.layer().equals("ENTITY")) {
                b = b.withLabel(b.label().equals("GPE") ? "LOCATION" : "ORGANIZATION"); // other label
            } else if (roll < 0.13 && b.layer().equals("QUOTE") && !entities.isEmpty()) {
                Annotation other = entities.get(r.nextInt(entities.size()));
                if (keep.contains(other.id())) {
                    b = b.withLinks(List.of(new Link("speaker", other.id()))); // other speaker
                }
            }
            result.add(b);
        }
        while (result.size() > target - 1) {
            result.remove(result.size() - 1); // the tail holds entities no link points at
        }
        if (article.length() > 20) {
            int s = r.nextInt(article.length() - 10);
            result.add(Annotation.span(
                    "E" + (counters.get("E")[0] + 1),
                    "ENTITY",
                    "ORGANIZATION",
                    s,
                    s + 5,
                    article.slice(s, s + 5))); // spurious, possibly overlapping others
        }
        Set<String> kept = new HashSet<>();
        result.forEach(a -> kept.add(a.id()));
        List<Annotation> linked = result.stream()
                .map(a -> a.withLinks(a.links().stream()
                        .filter(l -> kept.contains(l.target()))
                        .toList()))
                .toList();
        return new AnnotationSet(article.id(), name, chained(linked, r));
    }

    /**
     * Coreference chains as the guidelines ask for them: each entity mention links ({@code coref}) to
     * the nearest earlier mention with the same text and label; an annotator forgets a link now and
     * then (5 %) or links the mention before that one (3 %, still the same entity).
     */
    private static List<Annotation> chained(List<Annotation> annotations, Random r) {
        List<Annotation> sorted = new ArrayList<>(annotations);
        sorted.sort(AnnotationSet.FILE_ORDER);
        Map<String, List<String>> earlier = new HashMap<>();
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : sorted) {
            if (!a.layer().equals("ENTITY")) {
                out.add(a);
                continue;
            }
            List<String> same = earlier.computeIfAbsent(a.label() + "\0" + a.text(), k -> new ArrayList<>());
            double roll = r.nextDouble();
            Annotation b = a;
            if (!same.isEmpty() && roll >= 0.05) {
                String target = roll < 0.08 && same.size() > 1 ? same.get(same.size() - 2) : same.get(same.size() - 1);
                List<Link> links = new ArrayList<>(a.links());
                links.add(new Link("coref", target));
                b = a.withLinks(links);
            }
            same.add(a.id());
            out.add(b);
        }
        return out;
    }
}
