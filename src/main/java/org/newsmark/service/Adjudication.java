package org.newsmark.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsmark.io.ProjectFolder;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Edit;
import org.newsmark.model.Edits;
import org.newsmark.model.Link;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;

/**
 * Building the gold standard of one article from the annotators' files: the spans they marked
 * that gold does not have yet, who marked each, and the edits that accept them into gold (with
 * their links, where the linked span is in gold too).
 */
public final class Adjudication {
    /** One distinct span (layer, label, boundaries) and the annotators who marked it. */
    public record Candidate(
            String layer, String label, int start, int end, String text, Map<String, Annotation> by, String status) {
        public String key() {
            return Adjudication.key(layer, label, start, end);
        }
    }

    private final Schema schema;
    private final Article article;
    private final Map<String, AnnotationSet> sets;
    private final List<Problem> problems;

    private Adjudication(Schema schema, Article article, Map<String, AnnotationSet> sets, List<Problem> problems) {
        this.schema = schema;
        this.article = article;
        this.sets = sets;
        this.problems = problems;
    }

    /** Reads every annotator's file on the article; files with problems are left out and reported. */
    public static Adjudication load(ProjectFolder project, Schema schema, Article article) throws IOException {
        Map<String, AnnotationSet> sets = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String annotator : project.annotators()) {
            if (!project.hasAnnotations(annotator, article.id())) {
                continue;
            }
            AnnotationFiles.Loaded loaded = AnnotationFiles.load(project, schema, article, annotator);
            if (loaded.clean()) {
                sets.put(annotator, loaded.set());
            } else {
                problems.addAll(loaded.problems());
            }
        }
        return new Adjudication(schema, article, sets, problems);
    }

    public List<String> annotators() {
        return List.copyOf(sets.keySet());
    }

    public List<Problem> problems() {
        return problems;
    }

    static String key(String layer, String label, int start, int end) {
        return layer + '\0' + label + '\0' + start + '\0' + end;
    }

    private static String key(Annotation a) {
        return key(a.layer(), a.label(), a.start(), a.end());
    }

    /** The spans not yet in gold, in text order, each with who marked it and how it stands. */
    public List<Candidate> candidates(AnnotationSet gold) {
        Set<String> inGold = new HashSet<>();
        gold.annotations().forEach(a -> inGold.add(key(a)));
        Map<String, Map<String, Annotation>> byKey = new LinkedHashMap<>();
        for (Map.Entry<String, AnnotationSet> e : sets.entrySet()) {
            for (Annotation a : e.getValue().annotations()) {
                if (!inGold.contains(key(a))) {
                    byKey.computeIfAbsent(key(a), k -> new LinkedHashMap<>()).put(e.getKey(), a);
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Map<String, Annotation> by : byKey.values()) {
            Annotation a = by.values().iterator().next();
            out.add(new Candidate(a.layer(), a.label(), a.start(), a.end(), a.text(), by, status(a, by)));
        }
        out.sort(Comparator.comparingInt(Candidate::start)
                .thenComparingInt(Candidate::end)
                .thenComparing(Candidate::layer)
                .thenComparing(Candidate::label));
        return out;
    }

    private String status(Annotation a, Map<String, Annotation> by) {
        if (by.size() == sets.size() && sets.size() > 1) {
            return "all agree";
        }
        List<String> others = new ArrayList<>();
        for (Map.Entry<String, AnnotationSet> e : sets.entrySet()) {
            if (by.containsKey(e.getKey())) {
                continue;
            }
            Optional<Annotation> overlap = e.getValue().inLayer(a.layer()).stream()
                    .filter(o -> o.overlaps(a.start(), a.end()))
                    .findFirst();
            others.add(overlap.map(o -> o.start() == a.start() && o.end() == a.end()
                            ? e.getKey() + " says " + o.label()
                            : e.getKey() + " has " + o.label() + " “" + shorten(o.text()) + "”")
                    .orElse("missing for " + e.getKey()));
        }
        return String.join("; ", others);
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 27) + "…" : s;
    }

    /**
     * The gold spans of the candidate's layer and label that it overlaps: accepting it beside them
     * would mark one mention twice, so the annotator asks whether to replace them or keep both.
     */
    public List<Annotation> overlapping(AnnotationSet gold, Candidate c) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : gold.annotations()) {
            if (a.start() >= c.end()) {
                break;
            }
            if (a.layer().equals(c.layer()) && a.label().equals(c.label()) && a.overlaps(c.start(), c.end())) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The edit that accepts candidates into gold, as one undo step: each gets the next gold id of
     * its layer and the links its annotator gave it whose targets are in gold (or accepted with it).
     */
    public Accepted accept(AnnotationSet gold, List<Candidate> chosen, String preferredAnnotator) {
        return accept(gold, chosen, preferredAnnotator, false);
    }

    /**
     * As {@link #accept(AnnotationSet, List, String)}; with {@code replaceOverlapping}, a candidate
     * that overlaps a gold span of its layer and label takes that span's place instead of being
     * added beside it: the gold span keeps its id, links and the links that point at it, and gets
     * the candidate's boundaries.
     */
    public Accepted accept(
            AnnotationSet gold, List<Candidate> chosen, String preferredAnnotator, boolean replaceOverlapping) {
        Map<String, String> goldIdByKey = new LinkedHashMap<>();
        gold.annotations().forEach(a -> goldIdByKey.put(key(a), a.id()));
        AnnotationSet draft = gold;
        List<Annotation> added = new ArrayList<>();
        List<Annotation> sources = new ArrayList<>();
        List<Edit> replacements = new ArrayList<>();
        for (Candidate c : chosen) {
            List<Annotation> over = replaceOverlapping ? overlapping(gold, c) : List.of();
            if (!over.isEmpty()) {
                goldIdByKey.put(c.key(), over.get(0).id());
                replacements.add(Edits.bounds(over.get(0).id(), c.start(), c.end(), article));
                continue;
            }
            Annotation source = c.by().getOrDefault(
                            preferredAnnotator, c.by().values().iterator().next());
            String prefix = schema.requireLayer(c.layer()).idPrefix();
            Annotation copy = new Annotation(
                    draft.nextId(prefix),
                    c.layer(),
                    c.label(),
                    c.start(),
                    c.end(),
                    article.slice(c.start(), c.end()),
                    List.of(),
                    source.attributes(),
                    source.note());
            draft = draft.with(copy);
            goldIdByKey.put(c.key(), copy.id());
            added.add(copy);
            sources.add(source);
        }
        List<Edit> edits = new ArrayList<>(replacements);
        int dropped = 0;
        for (int i = 0; i < added.size(); i++) {
            Annotation source = sources.get(i);
            AnnotationSet owner = ownerOf(source);
            List<Link> links = new ArrayList<>();
            for (Link l : source.links()) {
                Optional<String> target = owner.get(l.target()).map(t -> goldIdByKey.get(key(t)));
                if (target.isPresent()) {
                    links.add(new Link(l.role(), target.get()));
                } else {
                    dropped++;
                }
            }
            edits.add(Edits.add(added.get(i).withLinks(links)));
        }
        String what = chosen.size() == 1
                ? "Accept " + chosen.get(0).label() + " “"
                        + shorten(chosen.get(0).text()) + "”"
                : "Accept " + chosen.size() + " spans";
        return new Accepted(Edits.batch(what, edits), added.size() + replacements.size(), dropped);
    }

    private AnnotationSet ownerOf(Annotation source) {
        for (AnnotationSet s : sets.values()) {
            if (s.get(source.id()).filter(x -> x == source).isPresent()) {
                return s;
            }
        }
        return AnnotationSet.empty(article.id(), Names.GOLD);
    }

    /** The edit, how many spans it adds, and how many links it had to leave out (target not in gold). */
    public record Accepted(Edit edit, int spans, int droppedLinks) {}
}
