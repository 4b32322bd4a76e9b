package org.newsmark.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsmark.gold.GoldMerger;
import org.newsmark.gold.MergeConflict;
import org.newsmark.io.AnnotationCsv;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.ProjectTransaction;
import org.newsmark.model.AnnotationRules;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.FormatException;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;
import org.newsmark.model.Severity;
import org.newsmark.model.Violation;

/**
 * Building a gold standard from several annotators by vote ({@link GoldMerger} says how votes,
 * ties and links are decided): merges the articles that at least one of them has a file for,
 * lists the conflicts, and writes the result as one transaction, never over an existing file unless
 * asked to. The annotator's adjudication view and the spreadsheet's Disagreements sheet use
 * {@link #merge} without writing.
 */
public final class MergeService {
    /**
     * Who is merged into which folder ({@code gold} or an annotator name), with how many votes
     * (0: a majority of the annotators), on which articles (empty: all that any of them has).
     */
    public record Request(List<String> annotators, String out, int minAgree, List<String> docs) {
        public Request {
            annotators = List.copyOf(annotators);
            docs = List.copyOf(docs);
        }
    }

    /** The merged sets (one per article, named after {@code out}) and the conflicts, or the problems of the files. */
    public record Result(
            List<AnnotationSet> merged, List<MergeConflict> conflicts, int minAgree, List<Problem> problems) {
        public Result {
            merged = List.copyOf(merged);
            conflicts = List.copyOf(conflicts);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Writing would overwrite files that exist; nothing was written. */
    public static final class ExistingFilesException extends IOException {
        private final List<String> files;

        public ExistingFilesException(List<String> files) {
            super(String.join(", ", files) + (files.size() == 1 ? " exists" : " exist") + "; --force overwrites");
            this.files = List.copyOf(files);
        }

        public List<String> files() {
            return files;
        }
    }

    private final ProjectFolder project;

    public MergeService(ProjectFolder project) {
        this.project = project;
    }

    /**
     * Loads, checks and merges, without writing.
     *
     * @throws AgreementService.BadRequestException for fewer than two annotators, an unknown
     *                                              annotator or article, a bad output name or a
     *                                              minimum outside 1..number of annotators
     */
    public Result merge(Request request) throws IOException {
        Schema schema;
        try {
            schema = project.readSchema();
        } catch (FormatException e) {
            return new Result(List.of(), List.of(), 0, e.problems());
        }
        List<String> annotators = request.annotators().stream().distinct().toList();
        if (annotators.size() < 2) {
            throw new AgreementService.BadRequestException("merge needs at least two annotators");
        }
        List<String> folders = project.annotators();
        for (String name : annotators) {
            if (name.equals(Names.GOLD) ? !project.hasGold() : !folders.contains(name)) {
                throw new AgreementService.BadRequestException("no annotator " + name + " (the project has "
                        + (folders.isEmpty() ? "none" : String.join(", ", folders)) + ")");
            }
        }
        if (!request.out().equals(Names.GOLD) && Names.annotatorProblem(request.out()) != null) {
            throw new AgreementService.BadRequestException("bad output name: " + Names.annotatorProblem(request.out()));
        }
        int k = request.minAgree() == 0 ? GoldMerger.majority(annotators.size()) : request.minAgree();
        if (k < 1 || k > annotators.size()) {
            throw new AgreementService.BadRequestException(
                    "--min-agree must be between 1 and " + annotators.size() + ", the number of annotators");
        }
        List<String> docs = docs(request, annotators);
        List<Problem> problems = new ArrayList<>();
        List<AnnotationSet> merged = new ArrayList<>();
        List<MergeConflict> conflicts = new ArrayList<>();
        for (String doc : docs) {
            Optional<Article> read = AnnotationFiles.article(project, doc, problems);
            if (read.isEmpty()) {
                continue;
            }
            Article article = read.get();
            Map<String, AnnotationSet> sets = new HashMap<>();
            for (String name : annotators) {
                if (project.hasAnnotations(name, doc)) {
                    AnnotationFiles.Loaded loaded = AnnotationFiles.load(project, schema, article, name);
                    problems.addAll(loaded.problems());
                    sets.put(name, loaded.set());
                }
            }
            GoldMerger.Merged m = GoldMerger.merge(schema, article, annotators, sets, k, request.out());
            problems.addAll(
                    broken(schema, article, m.gold(), project.shown(project.annotationFile(request.out(), doc))));
            merged.add(m.gold());
            conflicts.addAll(m.conflicts());
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            return new Result(List.of(), List.of(), k, problems);
        }
        return new Result(merged, conflicts, k, List.of());
    }

    /**
     * The merged set obeys every rule by construction; it is checked all the same, before anything
     * is written. A problem names the line the annotation would have in the file.
     */
    private static List<Problem> broken(Schema schema, Article article, AnnotationSet set, String shown) {
        List<Violation> errors = AnnotationRules.check(article, schema, set.annotations()).stream()
                .filter(v -> v.severity() == Severity.ERROR)
                .toList();
        if (errors.isEmpty()) {
            return List.of();
        }
        List<Integer> lines = AnnotationCsv.parse(AnnotationCsv.format(set), shown, set.doc(), set.annotator())
                .lines();
        return errors.stream()
                .map(v -> Problem.error(
                        shown, lines.get(v.index()), "the merged annotations would break a rule: " + v.message()))
                .toList();
    }

    /** The files of the merged sets that exist already (shown paths): writing needs {@code force} then. */
    public List<String> existing(Result result) {
        List<String> existing = new ArrayList<>();
        for (AnnotationSet set : result.merged()) {
            Path file = project.annotationFile(set.annotator(), set.doc());
            if (Files.exists(file)) {
                existing.add(project.shown(file));
            }
        }
        return existing;
    }

    /**
     * Writes the merged sets as one transaction ({@link ProjectTransaction}): under the project
     * lock, holding the annotator's lock of every file, all files or none; a merge killed midway
     * is finished or undone by the next command. Whether files exist is decided under these
     * locks, so two merges into one folder never both write.
     *
     * @throws ExistingFilesException when a file exists and {@code force} is not set; then nothing is written
     * @throws java.io.IOException    when another command holds the project, a file is open in the
     *                                annotator, or a write fails; then nothing is written
     */
    public List<Path> write(Result result, boolean force) throws IOException {
        try (ProjectTransaction tx = ProjectTransaction.begin(project, "merge")) {
            for (AnnotationSet set : result.merged()) {
                tx.put(project.annotationFile(set.annotator(), set.doc()), AnnotationCsv.format(set));
            }
            tx.lockFiles();
            List<String> existing = existing(result);
            if (!existing.isEmpty() && !force) {
                throw new ExistingFilesException(existing);
            }
            return tx.commit();
        }
    }

    private List<String> docs(Request request, List<String> annotators) throws IOException {
        List<String> all = project.articleIds();
        if (request.docs().isEmpty()) {
            return all.stream()
                    .filter(d -> annotators.stream().anyMatch(a -> project.hasAnnotations(a, d)))
                    .toList();
        }
        for (String doc : request.docs()) {
            if (!all.contains(doc)) {
                throw new AgreementService.BadRequestException("no article " + doc + " (articles/" + doc + ".txt)");
            }
        }
        return request.docs().stream().distinct().toList();
    }
}
