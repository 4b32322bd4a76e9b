package org.newsmark.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.newsmark.consistency.ConsistencyChecks;
import org.newsmark.consistency.CorpusSearch;
import org.newsmark.consistency.Finding;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.AnnotatedArticle;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.FormatException;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;

/**
 * Corpus search and consistency checks, for the command line and the annotator alike. A file with
 * problems still takes part with its usable rows; its problems come back beside the results.
 */
public final class ConsistencyService {
    /** Hits of a search, and the problems of the files read for it. */
    public record SearchResult(List<CorpusSearch.Hit> hits, List<Problem> problems) {
        public SearchResult {
            hits = List.copyOf(hits);
            problems = List.copyOf(problems);
        }
    }

    /** Findings of the checks, and the problems of the files read for them. */
    public record CheckResult(List<Finding> findings, List<Problem> problems) {
        public CheckResult {
            findings = List.copyOf(findings);
            problems = List.copyOf(problems);
        }
    }

    private final ProjectFolder project;

    public ConsistencyService(ProjectFolder project) {
        this.project = project;
    }

    /**
     * Every hit of a query in every article, with the annotations of {@code annotator} (empty: none,
     * the text only) that overlap each hit.
     *
     * @throws AgreementService.BadRequestException for an unknown annotator, layer or label, or a
     *                                              filter without an annotator
     * @throws IllegalArgumentException             for an empty text or a bad regular expression
     */
    public SearchResult search(CorpusSearch.Query query, Optional<String> annotator) throws IOException {
        CorpusSearch.compile(query);
        Schema schema = schema();
        if (annotator.isEmpty() && (query.layer() != null || query.label() != null || query.unannotated())) {
            throw new AgreementService.BadRequestException(
                    "--layer, --label and --unannotated need --annotator NAME (or gold)");
        }
        checkFilter(schema, query);
        List<Problem> problems = new ArrayList<>();
        // Every article, also those the annotator has not started: their hits are what is left to mark.
        List<AnnotatedArticle> corpus =
                annotator.isEmpty() ? texts(problems) : corpus(schema, checked(annotator.get()), problems, true);
        return new SearchResult(CorpusSearch.search(query, corpus), problems);
    }

    /**
     * The consistency checks of each annotator's work (empty: every annotator folder, then gold if
     * the project has one), findings of one annotator after another.
     */
    public CheckResult check(Optional<String> annotator) throws IOException {
        Schema schema = schema();
        List<String> who = new ArrayList<>();
        if (annotator.isPresent()) {
            who.add(checked(annotator.get()));
        } else {
            who.addAll(project.annotators());
            if (project.hasGold()) {
                who.add(Names.GOLD);
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (String name : who) {
            findings.addAll(ConsistencyChecks.check(corpus(schema, name, problems, false)));
        }
        return new CheckResult(findings, problems);
    }

    /** One annotator's corpus: the articles they have a file for, with the usable rows of each. */
    public List<AnnotatedArticle> corpus(String annotator, List<Problem> problems) throws IOException {
        return corpus(schema(), checked(annotator), problems, false);
    }

    private List<AnnotatedArticle> corpus(Schema schema, String annotator, List<Problem> problems, boolean everyArticle)
            throws IOException {
        List<AnnotatedArticle> out = new ArrayList<>();
        for (String doc : project.articleIds()) {
            if (!project.hasAnnotations(annotator, doc)) {
                if (everyArticle) {
                    AnnotationFiles.article(project, doc, problems)
                            .ifPresent(a -> out.add(new AnnotatedArticle(a, AnnotationSet.empty(doc, annotator))));
                }
                continue;
            }
            Optional<Article> article = AnnotationFiles.article(project, doc, problems);
            if (article.isPresent()) {
                AnnotationFiles.Loaded loaded = AnnotationFiles.load(project, schema, article.get(), annotator);
                problems.addAll(loaded.problems());
                out.add(new AnnotatedArticle(article.get(), loaded.set()));
            }
        }
        return out;
    }

    private List<AnnotatedArticle> texts(List<Problem> problems) throws IOException {
        List<AnnotatedArticle> out = new ArrayList<>();
        for (String doc : project.articleIds()) {
            AnnotationFiles.article(project, doc, problems)
                    .ifPresent(a -> out.add(new AnnotatedArticle(a, AnnotationSet.empty(doc, ""))));
        }
        return out;
    }

    private Schema schema() throws IOException {
        try {
            return project.readSchema();
        } catch (FormatException e) {
            throw new AgreementService.BadRequestException(e.getMessage());
        }
    }

    private String checked(String annotator) throws IOException {
        if (annotator.equals(Names.GOLD)) {
            if (!project.hasGold()) {
                throw new AgreementService.BadRequestException("the project has no gold standard (gold/)");
            }
            return annotator;
        }
        String problem = Names.annotatorProblem(annotator);
        if (problem != null) {
            throw new AgreementService.BadRequestException("bad annotator name: " + problem);
        }
        List<String> folders = project.annotators();
        if (!folders.contains(annotator)) {
            throw new AgreementService.BadRequestException("no annotator " + annotator + " (the project has "
                    + (folders.isEmpty() ? "none" : String.join(", ", folders)) + ")");
        }
        return annotator;
    }

    private static void checkFilter(Schema schema, CorpusSearch.Query query) {
        if (query.layer() != null && schema.layer(query.layer()).isEmpty()) {
            throw new AgreementService.BadRequestException(
                    "no layer " + query.layer() + " (the schema has " + String.join(", ", schema.layerNames()) + ")");
        }
        if (query.label() != null) {
            boolean known = schema.layers().stream()
                    .filter(l -> query.layer() == null || l.name().equals(query.layer()))
                    .anyMatch(l -> l.label(query.label()).isPresent());
            if (!known) {
                throw new AgreementService.BadRequestException("no label " + query.label()
                        + (query.layer() == null ? "" : " in layer " + query.layer()) + " in the schema");
            }
        }
    }
}
