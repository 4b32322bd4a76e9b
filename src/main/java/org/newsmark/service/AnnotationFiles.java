package org.newsmark.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsmark.io.AnnotationCsv;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationRules;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;
import org.newsmark.model.Violation;

/** Loading an annotation file with every rule checked, as both fronts need it. */
public final class AnnotationFiles {
    private AnnotationFiles() {}

    /**
     * An annotation file as read: the set of its valid rows, the problems found (with file and
     * line), and whether every row was usable. A file with problems must not be overwritten.
     */
    public record Loaded(
            AnnotationSet set,
            List<Problem> problems,
            List<Annotation> rows,
            List<Integer> lines,
            List<Violation> violations,
            boolean exists) {
        public boolean clean() {
            return problems.isEmpty();
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /** The article, or empty after adding why it cannot be read to {@code problems}. */
    public static Optional<Article> article(ProjectFolder project, String doc, List<Problem> problems) {
        try {
            return Optional.of(project.readArticle(doc));
        } catch (FormatException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    /** Reads and checks a file; a missing file is an empty, clean set. */
    public static Loaded load(ProjectFolder project, Schema schema, Article article, String annotator) {
        String doc = article.id();
        if (!project.hasAnnotations(annotator, doc)) {
            return new Loaded(AnnotationSet.empty(doc, annotator), List.of(), List.of(), List.of(), List.of(), false);
        }
        AnnotationCsv.Parsed parsed;
        try {
            parsed = project.readAnnotationRows(annotator, doc);
        } catch (FormatException e) {
            return new Loaded(AnnotationSet.empty(doc, annotator), e.problems(), List.of(), List.of(), List.of(), true);
        }
        String shown = project.shown(project.annotationFile(annotator, doc));
        List<Problem> problems = new ArrayList<>(parsed.problems());
        List<Violation> violations = AnnotationRules.check(article, schema, parsed.annotations());
        List<Integer> bad = new ArrayList<>();
        for (Violation v : violations) {
            problems.add(new Problem(shown, parsed.lines().get(v.index()), v.severity(), v.message()));
            bad.add(v.index());
        }
        problems.sort(null);
        List<Annotation> good = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parsed.annotations().size(); i++) {
            Annotation a = parsed.annotations().get(i);
            if (seen.add(a.id())) {
                good.add(a);
            }
        }
        return new Loaded(
                new AnnotationSet(doc, annotator, good),
                problems,
                parsed.annotations(),
                parsed.lines(),
                violations,
                true);
    }

    /** The rows with every relocation of the violations applied, when that is all that is wrong. */
    public static Optional<AnnotationSet> relocated(Loaded loaded, Article article) {
        if (loaded.hasErrors() || loaded.violations().isEmpty()) {
            return Optional.empty();
        }
        List<Annotation> rows = new ArrayList<>(loaded.rows());
        for (Violation v : loaded.violations()) {
            if (v.relocation().isEmpty()) {
                return Optional.empty();
            }
            Violation.Relocation r = v.relocation().get();
            Annotation a = rows.get(v.index());
            rows.set(v.index(), a.withBounds(r.start(), r.end(), article.slice(r.start(), r.end())));
        }
        return Optional.of(loaded.set().withAnnotations(rows));
    }
}
