package org.newsmark.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsmark.agreement.AgreementOptions;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.SuggestedAnnotations;
import org.newsmark.agreement.bootstrap.AgreementBootstrap;
import org.newsmark.agreement.bootstrap.BootstrapOptions;
import org.newsmark.agreement.corpus.AgreementCalculator;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.FormatException;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;

/**
 * The agreement use case: loads the chosen articles and the files of the chosen annotators,
 * checks every file, and measures agreement. Agreement is only measured on files without any
 * problem (errors or warnings); otherwise the problems come back and no report.
 */
public final class AgreementService {
    /**
     * What to measure: annotators (empty: every annotator folder, not gold), documents (empty: all
     * articles), layers (empty: all), whether to add per-article values, the bootstrap
     * confidence intervals of the corpus values (null: none), and whether to leave out the
     * annotations that came from accepted suggestions ({@code source=suggest}) and links to them.
     */
    public record Request(
            List<String> annotators,
            List<String> docs,
            List<String> layers,
            boolean byDoc,
            BootstrapOptions confidence,
            boolean excludeSuggested) {
        public Request {
            annotators = List.copyOf(annotators);
            docs = List.copyOf(docs);
            layers = List.copyOf(layers);
        }

        /** A request on every annotation, without confidence intervals. */
        public Request(List<String> annotators, List<String> docs, List<String> layers, boolean byDoc) {
            this(annotators, docs, layers, byDoc, null, false);
        }

        /** A request on every annotation. */
        public Request(
                List<String> annotators,
                List<String> docs,
                List<String> layers,
                boolean byDoc,
                BootstrapOptions confidence) {
            this(annotators, docs, layers, byDoc, confidence, false);
        }

        /** The same request, measured on unaided annotations only (or on all). */
        public Request excludingSuggested(boolean exclude) {
            return new Request(annotators, docs, layers, byDoc, confidence, exclude);
        }

        public static Request all() {
            return new Request(List.of(), List.of(), List.of(), false);
        }

        /** The same request with confidence intervals (null for none). */
        public Request withConfidence(BootstrapOptions options) {
            return new Request(annotators, docs, layers, byDoc, options, excludeSuggested);
        }
    }

    /** A request that names an annotator, article or layer the project does not have: a usage error. */
    public static final class BadRequestException extends IllegalArgumentException {
        BadRequestException(String message) {
            super(message);
        }
    }

    /**
     * The report, or the problems of the files that kept it from being measured; and how many
     * annotations came from accepted suggestions (and were left out, when the request says so).
     */
    public record Result(
            Optional<AgreementReport> report, List<Problem> problems, SuggestedAnnotations.Report suggested) {
        public Result {
            problems = List.copyOf(problems);
        }

        public Result(Optional<AgreementReport> report, List<Problem> problems) {
            this(report, problems, SuggestedAnnotations.Report.none());
        }
    }

    private final ProjectFolder project;

    public AgreementService(ProjectFolder project) {
        this.project = project;
    }

    /**
     * Loads and measures.
     *
     * @throws BadRequestException when the request names an annotator, document or layer the
     *                             project does not have (a usage error)
     * @throws IOException              when a folder cannot be listed
     */
    public Result run(Request request) throws IOException {
        Loading loading = load(request);
        if (loading.corpus().isEmpty()) {
            return new Result(Optional.empty(), loading.problems());
        }
        return new Result(Optional.of(measure(loading.corpus().get(), request)), List.of(), loading.suggested());
    }

    /** Measures a corpus already loaded (with {@link #load}), as the request asks. */
    public AgreementReport measure(AnnotatedCorpus corpus, Request request) {
        AgreementReport report =
                AgreementCalculator.calculate(corpus, new AgreementOptions(request.layers(), request.byDoc()));
        return request.confidence() == null
                ? report
                : AgreementBootstrap.withIntervals(corpus, report, request.confidence());
    }

    /**
     * The loaded corpus (without the suggested annotations when the request leaves them out), or
     * the problems of the files that kept it from being loaded; and the count of suggested annotations.
     */
    public record Loading(
            Optional<AnnotatedCorpus> corpus, List<Problem> problems, SuggestedAnnotations.Report suggested) {
        public Loading {
            problems = List.copyOf(problems);
        }

        public Loading(Optional<AnnotatedCorpus> corpus, List<Problem> problems) {
            this(corpus, problems, SuggestedAnnotations.Report.none());
        }
    }

    /**
     * Loads and checks the chosen articles and files, as {@link #run} does before measuring.
     *
     * @throws BadRequestException when the request names an annotator, document or layer the project does not have
     * @throws IOException         when a folder cannot be listed
     */
    public Loading load(Request request) throws IOException {
        Schema schema;
        try {
            schema = project.readSchema();
        } catch (FormatException e) {
            return new Loading(Optional.empty(), e.problems());
        }
        for (String layer : request.layers()) {
            if (schema.layer(layer).isEmpty()) {
                throw new BadRequestException(
                        "no layer " + layer + " (the schema has " + String.join(", ", schema.layerNames()) + ")");
            }
        }
        List<String> annotators = annotators(request.annotators());
        List<String> docs = docs(request.docs());
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        Map<String, Map<String, AnnotationSet>> sets = new HashMap<>();
        // Articles are read and checked in parallel: most of the time goes to parsing and checking.
        for (Loaded loaded :
                docs.parallelStream().map(doc -> load(schema, annotators, doc)).toList()) {
            problems.addAll(loaded.problems());
            if (loaded.article() != null) {
                articles.add(loaded.article());
                sets.put(loaded.article().id(), loaded.sets());
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            return new Loading(Optional.empty(), problems);
        }
        SuggestedAnnotations.Hygiene hygiene = SuggestedAnnotations.apply(
                new AnnotatedCorpus(schema, articles, annotators, sets), request.layers(), request.excludeSuggested());
        return new Loading(Optional.of(hygiene.corpus()), List.of(), hygiene.report());
    }

    /** One article with the checked sets of the annotators who have a file for it, or its problems. */
    private record Loaded(Article article, Map<String, AnnotationSet> sets, List<Problem> problems) {}

    private Loaded load(Schema schema, List<String> annotators, String doc) {
        Article article;
        try {
            article = project.readArticle(doc);
        } catch (FormatException e) {
            return new Loaded(null, Map.of(), e.problems());
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, AnnotationSet> perAnnotator = new HashMap<>();
        for (String annotator : annotators) {
            if (!project.hasAnnotations(annotator, doc)) {
                continue;
            }
            AnnotationFiles.Loaded loaded = AnnotationFiles.load(project, schema, article, annotator);
            if (loaded.clean()) {
                perAnnotator.put(annotator, loaded.set());
            } else {
                problems.addAll(loaded.problems());
            }
        }
        return new Loaded(article, perAnnotator, problems);
    }

    private List<String> annotators(List<String> requested) throws IOException {
        List<String> folders = project.annotators();
        if (requested.isEmpty()) {
            return folders;
        }
        List<String> out = new ArrayList<>();
        for (String name : requested) {
            if (name.equals(Names.GOLD)) {
                if (!project.hasGold()) {
                    throw new BadRequestException("the project has no gold standard (gold/)");
                }
            } else {
                String problem = Names.annotatorProblem(name);
                if (problem != null) {
                    throw new BadRequestException("bad annotator name: " + problem);
                }
                if (!folders.contains(name)) {
                    throw new BadRequestException("no annotator " + name + " (the project has "
                            + (folders.isEmpty() ? "none" : String.join(", ", folders)) + ")");
                }
            }
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private List<String> docs(List<String> requested) throws IOException {
        List<String> all = project.articleIds();
        if (requested.isEmpty()) {
            return all;
        }
        List<String> out = new ArrayList<>();
        for (String doc : requested) {
            if (!all.contains(doc)) {
                throw new BadRequestException("no article " + doc + " (articles/" + doc + ".txt)");
            }
            if (!out.contains(doc)) {
                out.add(doc);
            }
        }
        return out;
    }
}
