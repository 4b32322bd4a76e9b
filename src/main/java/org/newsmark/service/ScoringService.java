package org.newsmark.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.newsmark.agreement.AgreementOptions;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.Score;
import org.newsmark.agreement.SuggestedAnnotations;
import org.newsmark.agreement.corpus.AgreementCalculator;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.io.OutputFile;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.FormatException;
import org.newsmark.model.Layer;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;
import org.newsmark.report.workbook.ScorecardWorkbook;
import org.newsmark.training.ArticleScore;
import org.newsmark.training.ErrorKind;
import org.newsmark.training.LayerAgreement;
import org.newsmark.training.Scorecard;
import org.newsmark.training.TrainingError;
import org.newsmark.training.TrainingScorer;

/**
 * The scoring use case: a trainee's files scored against a reference (gold or another
 * annotator), with every error classified and linked to the guideline section that decides it.
 * Scored are the articles both have a file for (or those asked for, which both must have), and
 * only files without problems. The annotator's training mode calls {@link #scoreSet} on the set
 * being edited.
 */
public final class ScoringService {
    /**
     * Who is scored against whom, on which articles (empty: all that both have), and whether the
     * annotations that came from accepted suggestions ({@code source=suggest}) are left out, with
     * the reference's annotations they overlap (the annotator is then scored on unaided work only).
     */
    public record Request(String annotator, String reference, List<String> docs, boolean excludeSuggested) {
        public Request {
            docs = List.copyOf(docs);
        }

        public Request(String annotator, String reference, List<String> docs) {
            this(annotator, reference, docs, false);
        }
    }

    /**
     * The scorecard, or the problems of the files that kept it from being computed; and how many
     * annotations of each came from accepted suggestions.
     */
    public record Result(Optional<Scorecard> scorecard, List<Problem> problems, SuggestedAnnotations.Report suggested) {
        public Result {
            problems = List.copyOf(problems);
        }

        public Result(Optional<Scorecard> scorecard, List<Problem> problems) {
            this(scorecard, problems, SuggestedAnnotations.Report.none());
        }
    }

    private final ProjectFolder project;
    private final Guidelines guidelines;

    public ScoringService(ProjectFolder project) {
        this.project = project;
        this.guidelines = Guidelines.forProject(project.root());
    }

    /** Scores one article, as the training mode needs it. */
    public Result score(String annotator, String reference, String doc) throws IOException {
        return run(new Request(annotator, reference, List.of(doc)));
    }

    /**
     * Loads, checks and scores.
     *
     * @throws AgreementService.BadRequestException for an unknown annotator or article, the same
     *                                              name twice, or an article one of them has no file for
     * @throws IOException                          when a folder cannot be listed
     */
    public Result run(Request request) throws IOException {
        Schema schema;
        try {
            schema = project.readSchema();
        } catch (FormatException e) {
            return new Result(Optional.empty(), e.problems());
        }
        checkName(request.annotator());
        checkName(request.reference());
        if (request.annotator().equals(request.reference())) {
            throw new AgreementService.BadRequestException(
                    "the annotator and the reference are both " + request.annotator());
        }
        List<String> docs = docs(request);
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        Map<String, Map<String, AnnotationSet>> sets = new HashMap<>();
        for (String doc : docs) {
            Optional<Article> read = AnnotationFiles.article(project, doc, problems);
            if (read.isEmpty()) {
                continue;
            }
            Article article = read.get();
            Map<String, AnnotationSet> pair = new HashMap<>();
            for (String name : List.of(request.annotator(), request.reference())) {
                AnnotationFiles.Loaded loaded = AnnotationFiles.load(project, schema, article, name);
                problems.addAll(loaded.problems());
                pair.put(name, loaded.set());
            }
            articles.add(article);
            sets.put(doc, pair);
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            return new Result(Optional.empty(), problems);
        }
        SuggestedAnnotations.Hygiene hygiene = SuggestedAnnotations.forScoring(
                new AnnotatedCorpus(schema, articles, List.of(request.annotator(), request.reference()), sets),
                request.annotator(),
                request.reference(),
                request.excludeSuggested());
        List<ArticleScore> scores = new ArrayList<>();
        for (Article article : articles) {
            scores.add(scoreSet(
                    schema,
                    article,
                    hygiene.corpus().set(article.id(), request.annotator()).orElseThrow(),
                    hygiene.corpus().set(article.id(), request.reference()).orElseThrow()));
        }
        List<LayerAgreement> agreement = agreement(hygiene.corpus(), request.annotator(), request.reference());
        return new Result(
                Optional.of(new Scorecard(request.annotator(), request.reference(), scores, agreement)),
                List.of(),
                hygiene.report());
    }

    /** Writes a scorecard as a workbook (Scores, Agreement, Errors sheets), atomically. */
    public void writeWorkbook(Scorecard card, Path file) throws IOException {
        writeWorkbook(card, OutputFile.of(file));
    }

    /** As {@link #writeWorkbook(Scorecard, Path)}; refused on the project's own data. */
    public void writeWorkbook(Scorecard card, OutputFile file) throws IOException {
        file.outsideOf(project.paths()).write(out -> ScorecardWorkbook.write(card, out));
    }

    /** Refuses, before any work, a workbook output that would land on the project's own data. */
    public void checkOutput(OutputFile file) throws IOException {
        file.outsideOf(project.paths()).check();
    }

    /** Scores a set in memory (the one being edited) against a reference, with guideline links. */
    public ArticleScore scoreSet(Schema schema, Article article, AnnotationSet trainee, AnnotationSet reference) {
        ArticleScore score = TrainingScorer.score(schema, article, trainee, reference);
        return score.withErrors(
                score.errors().stream().map(e -> e.withGuideline(guideline(e))).toList());
    }

    /**
     * The guideline section that decides an error, as {@code guidelines/FILE#anchor}: the label's section for
     * missed, spurious and wrong labels (the reference's label), the boundary rules of entities, the
     * label's section of quotes (it has their boundary rules), the triggers of events, the speakers
     * section, the roles of events.
     */
    public String guideline(TrainingError e) {
        String label =
                e.kind() == ErrorKind.WRONG_LABEL || e.kind() == ErrorKind.MISSED ? e.referenceLabel() : e.label();
        String file = guidelines.fileOf(label).orElse(defaultFile(e.layer()));
        String heading = label;
        if (e.kind().isChain()) {
            file = "entities.md";
            heading = "Coreference";
        } else if (e.kind().isBoundary()) {
            heading = switch (e.layer()) {
                case "ENTITY" -> "Boundary rules";
                case "EVENT" -> "Triggers";
                default -> label;
            };
        } else if (e.kind() == ErrorKind.WRONG_SPEAKER || e.kind() == ErrorKind.MISSING_SPEAKER) {
            heading = "Speakers";
        } else if (e.kind() == ErrorKind.WRONG_ARGUMENT || e.kind() == ErrorKind.MISSING_ARGUMENT) {
            heading = e.role().equals("continues") ? "Interrupted quotes" : "Roles";
        } else if (e.kind() == ErrorKind.WRONG_ATTRIBUTE) {
            // The attribute's own section (events.md "Modality"), else the label's.
            String name = e.role();
            heading = name.isEmpty() ? label : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        if (!hasHeading(file, heading)) {
            heading = label;
        }
        return "guidelines/" + file + "#" + Guidelines.anchor(heading);
    }

    private boolean hasHeading(String file, String heading) {
        String text = guidelines.files().getOrDefault(file, "");
        return Pattern.compile("(?m)^#{1,6}\\s+" + Pattern.quote(heading) + "\\s*$")
                .matcher(text)
                .find();
    }

    private static String defaultFile(String layer) {
        return switch (layer) {
            case "ENTITY" -> "entities.md";
            case "QUOTE" -> "quotes.md";
            case "EVENT" -> "events.md";
            default -> "README.md";
        };
    }

    private static List<LayerAgreement> agreement(AnnotatedCorpus corpus, String annotator, String reference) {
        Schema schema = corpus.schema();
        AgreementReport report = AgreementCalculator.calculate(corpus, AgreementOptions.all());
        String pair = Measurement.pair(annotator, reference);
        List<LayerAgreement> out = new ArrayList<>();
        for (Layer layer : schema.layers()) {
            Optional<Measurement> kappa =
                    report.find(layer.name(), Measurement.ALL, Measurement.COHEN_KAPPA, pair, Measurement.ALL);
            Optional<Measurement> alpha = report.find(
                    layer.name(), Measurement.ALL, Measurement.UNITIZING_ALPHA, Measurement.ALL, Measurement.ALL);
            out.add(new LayerAgreement(
                    layer.name(),
                    kappa.map(Measurement::score).orElse(Score.undefined("not measured")),
                    kappa.map(Measurement::units).orElse(0L),
                    alpha.map(Measurement::score).orElse(Score.undefined("not measured")),
                    alpha.map(Measurement::units).orElse(0L)));
        }
        return out;
    }

    private void checkName(String name) throws IOException {
        if (name.equals(Names.GOLD)) {
            if (!project.hasGold()) {
                throw new AgreementService.BadRequestException("the project has no gold standard (gold/)");
            }
            return;
        }
        String problem = Names.annotatorProblem(name);
        if (problem != null) {
            throw new AgreementService.BadRequestException("bad annotator name: " + problem);
        }
        List<String> folders = project.annotators();
        if (!folders.contains(name)) {
            throw new AgreementService.BadRequestException("no annotator " + name + " (the project has "
                    + (folders.isEmpty() ? "none" : String.join(", ", folders)) + ")");
        }
    }

    private List<String> docs(Request request) throws IOException {
        List<String> all = project.articleIds();
        if (request.docs().isEmpty()) {
            List<String> both = all.stream()
                    .filter(d -> project.hasAnnotations(request.annotator(), d)
                            && project.hasAnnotations(request.reference(), d))
                    .toList();
            if (both.isEmpty()) {
                throw new AgreementService.BadRequestException(
                        request.annotator() + " and " + request.reference() + " have no article in common");
            }
            return both;
        }
        List<String> out = new ArrayList<>();
        for (String doc : request.docs()) {
            if (!all.contains(doc)) {
                throw new AgreementService.BadRequestException("no article " + doc + " (articles/" + doc + ".txt)");
            }
            for (String name : List.of(request.annotator(), request.reference())) {
                if (!project.hasAnnotations(name, doc)) {
                    throw new AgreementService.BadRequestException(name + " has no file for " + doc);
                }
            }
            if (!out.contains(doc)) {
                out.add(doc);
            }
        }
        return out;
    }
}
