package org.newsmark.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

import org.newsmark.io.ProjectFolder;
import org.newsmark.io.SuggestSettingsCsv;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.FormatException;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;
import org.newsmark.suggest.EvaluationReport;
import org.newsmark.suggest.RecommenderSetting;
import org.newsmark.suggest.Suggester;
import org.newsmark.suggest.SuggestionBatch;
import org.newsmark.suggest.SuggestionEvaluation;
import org.newsmark.suggest.SuggestionSettings;
import org.newsmark.suggest.SuggestionTrainer;
import org.newsmark.suggest.TrainedRecommenders;
import org.newsmark.suggest.TrainingDocument;

/**
 * Suggestions for one project, for the annotator and the command line: the settings of
 * {@code suggest.csv}, recommenders trained in the background from the gold standard first and
 * then the annotator's own files (files with problems are passed over), kept per annotator until a
 * file they learned from changes, suggestions for one article, and the leave-one-article-out
 * evaluation on gold. Keep one instance per open project and close it with the project.
 * Thread-safe; nothing here blocks the calling thread except {@link #evaluate}.
 */
public final class SuggestionService implements AutoCloseable {
    /** The settings in force (defaults with the file's rows over them) and the file's problems. */
    public record Settings(SuggestionSettings settings, List<Problem> problems) {
        public Settings {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Recommenders trained for one annotator: the engine that suggests, the schema and settings it
     * was trained under, how many gold articles and of the annotator's own it learned from, the
     * problems of the files it passed over, and how long training took.
     */
    public record Model(
            String annotator,
            Schema schema,
            SuggestionSettings settings,
            Suggester suggester,
            int goldArticles,
            int ownArticles,
            List<Problem> skipped,
            Duration took) {
        public Model {
            skipped = List.copyOf(skipped);
        }
    }

    /** A model being trained or trained, and the state of the files it learns from. */
    private record Training(String fingerprint, CompletableFuture<Model> model, Future<?> task) {}

    private final ProjectFolder project;
    private final ExecutorService executor;
    private final boolean besideWindow;
    private final Map<String, Training> trainings = new ConcurrentHashMap<>();

    public SuggestionService(ProjectFolder project) {
        this(project, false);
    }

    /**
     * @param besideWindow in the annotator: training and suggesting take one processor at a time,
     *     so that the window always has another; otherwise (the command line) training uses two
     */
    public SuggestionService(ProjectFolder project, boolean besideWindow) {
        this.project = project;
        this.besideWindow = besideWindow;
        this.executor = Executors.newFixedThreadPool(besideWindow ? 1 : 2, r -> {
            Thread t = new Thread(r, "newsmark-suggest");
            t.setDaemon(true); // never keeps the application alive
            return t;
        });
    }

    public ProjectFolder project() {
        return project;
    }

    /** The settings of {@code suggest.csv} over the defaults; bad rows come back as problems and are left out. */
    public Settings settings() throws FormatException {
        return settings(project.readSchema());
    }

    private Settings settings(Schema schema) {
        SuggestSettingsCsv.Parsed parsed =
                SuggestSettingsCsv.read(project.root(), schema, SuggestionSettings.recommenderLayers());
        SuggestionSettings settings = SuggestionSettings.defaults();
        for (SuggestSettingsCsv.Row r : parsed.rows()) {
            settings = settings.with(new RecommenderSetting(r.layer(), r.recommender(), r.enabled(), r.minScore()));
        }
        return new Settings(settings, parsed.problems());
    }

    /**
     * The recommenders trained for the annotator, in the background: the same training while no file
     * it learns from changed (gold, the annotator's files, their articles, the schema, the settings),
     * a new one after a change. Cancelling the returned future leaves the training to other callers;
     * {@link #cancelTraining} stops it.
     */
    public CompletableFuture<Model> model(String annotator) {
        requireAnnotator(annotator);
        return CompletableFuture.supplyAsync(() -> fingerprint(annotator), executor)
                // thenCompose makes a future of its own: cancelling it does not cancel the shared training
                .thenCompose(fingerprint -> training(annotator, fingerprint).model());
    }

    /**
     * The suggestions for an article given the annotator's set as it is now (in the annotator: the
     * set being edited), without those rejected before, computed off the calling thread.
     */
    public CompletableFuture<SuggestionBatch> suggest(
            String annotator, Article article, AnnotationSet current, Set<Suggester.Rejection> rejected) {
        return suggestWith(model(annotator), article, current, rejected);
    }

    /**
     * As {@link #suggest(String, Article, AnnotationSet, Set)}, with the recommenders of the
     * annotator's last training (waiting for it when it is under way), whatever changed on disk
     * since: for suggesting again while the annotator edits the open article, whose edits are in
     * {@code current} already (the recommenders read the set), so that a pause in editing never
     * means training again. With no training, or a failed one, it is the same as {@code suggest}.
     */
    public CompletableFuture<SuggestionBatch> suggestAgain(
            String annotator, Article article, AnnotationSet current, Set<Suggester.Rejection> rejected) {
        requireAnnotator(annotator);
        Training last = trainings.get(annotator);
        boolean usable = last != null && !last.model().isCompletedExceptionally();
        return suggestWith(usable ? last.model() : model(annotator), article, current, rejected);
    }

    /**
     * The run on the executor once the model is there. Cancelling the returned future stops the run
     * at its next checkpoint (a few milliseconds even on a very long article), so that a run nobody
     * waits for does not take the processor from the annotator's edits.
     */
    private CompletableFuture<SuggestionBatch> suggestWith(
            CompletableFuture<Model> model, Article article, AnnotationSet current, Set<Suggester.Rejection> rejected) {
        CompletableFuture<SuggestionBatch> result = new CompletableFuture<>();
        model.whenComplete((m, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            try {
                executor.execute(() -> {
                    if (result.isDone()) {
                        return; // cancelled while it waited
                    }
                    try {
                        result.complete(m.suggester().suggest(article, current, m.schema(), rejected, result::isDone));
                    } catch (Throwable e) {
                        result.completeExceptionally(e);
                    }
                });
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(e); // the service was closed
            }
        });
        return result;
    }

    /** The suggestions for an article of the project, given the annotator's file as saved (none: an empty set). */
    public CompletableFuture<SuggestionBatch> suggest(String annotator, String doc) {
        requireAnnotator(annotator);
        return model(annotator)
                .thenApplyAsync(
                        m -> {
                            List<Problem> problems = new ArrayList<>();
                            Article article = AnnotationFiles.article(project, doc, problems)
                                    .orElseThrow(() -> new CompletionException(new FormatException(problems)));
                            AnnotationFiles.Loaded loaded =
                                    AnnotationFiles.load(project, m.schema(), article, annotator);
                            if (loaded.hasErrors()) {
                                throw new CompletionException(new FormatException(loaded.problems()));
                            }
                            return m.suggester().suggest(article, loaded.set(), m.schema());
                        },
                        executor);
    }

    /** Stops every training under way (their futures end cancelled); the next request trains again. */
    public void cancelTraining() {
        for (Training t : trainings.values()) {
            t.task().cancel(true);
            t.model().cancel(false);
        }
        trainings.clear();
    }

    @Override
    public void close() {
        cancelTraining();
        executor.shutdownNow();
    }

    /** Waits for a future of this service; what went wrong comes out as the exception it was. */
    public static <T> T await(CompletableFuture<T> future) throws IOException, FormatException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for suggestions");
        } catch (ExecutionException e) {
            Throwable cause =
                    e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            if (cause instanceof FormatException f) {
                throw f;
            }
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    private synchronized Training training(String annotator, String fingerprint) {
        Training current = trainings.get(annotator);
        if (current != null
                && current.fingerprint().equals(fingerprint)
                && !current.model().isCompletedExceptionally()) {
            return current;
        }
        if (current != null) {
            current.task().cancel(true); // its files changed: what it learns is out of date
        }
        CompletableFuture<Model> model = new CompletableFuture<>();
        Future<?> task = executor.submit(() -> {
            try {
                model.complete(train(annotator));
            } catch (Throwable e) {
                model.completeExceptionally(e);
            }
        });
        Training t = new Training(fingerprint, model, task);
        trainings.put(annotator, t);
        return t;
    }

    /** Trains on gold, then the annotator's own files (one document per article: gold's where both exist). */
    private Model train(String annotator) throws IOException, FormatException {
        long t0 = System.nanoTime();
        Schema schema = project.readSchema();
        Settings settings = settings(schema);
        List<Problem> skipped = new ArrayList<>(settings.problems());
        List<TrainingDocument> gold = project.hasGold() ? clean(schema, Names.GOLD, skipped) : List.of();
        List<TrainingDocument> own =
                project.annotators().contains(annotator) ? clean(schema, annotator, skipped) : List.of();
        List<TrainingDocument> all = new ArrayList<>(gold);
        all.addAll(own);
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("training stopped");
        }
        TrainedRecommenders trained = SuggestionTrainer.train(all, settings.settings(), !besideWindow);
        int ownOnly = (int) own.stream()
                .filter(d -> gold.stream()
                        .noneMatch(g -> g.article().id().equals(d.article().id())))
                .count();
        return new Model(
                annotator,
                schema,
                settings.settings(),
                trained.suggester(settings.settings()),
                gold.size(),
                ownOnly,
                skipped,
                Duration.ofNanos(System.nanoTime() - t0));
    }

    /** The files of one annotator (or gold) that have no problem; the problems of the others go to {@code skipped}. */
    private List<TrainingDocument> clean(Schema schema, String annotator, List<Problem> skipped) throws IOException {
        List<TrainingDocument> out = new ArrayList<>();
        List<String> articles = project.articleIds();
        for (String doc : project.annotatedDocs(annotator)) {
            if (!articles.contains(doc)) {
                continue;
            }
            Optional<Article> article = AnnotationFiles.article(project, doc, skipped);
            if (article.isEmpty()) {
                continue;
            }
            AnnotationFiles.Loaded loaded = AnnotationFiles.load(project, schema, article.get(), annotator);
            if (loaded.clean()) {
                out.add(new TrainingDocument(article.get(), loaded.set()));
            } else {
                skipped.addAll(loaded.problems());
            }
        }
        return out;
    }

    /** Names and sizes and times of every file training reads: a change to any of them means training again. */
    private String fingerprint(String annotator) {
        StringBuilder b = new StringBuilder();
        try {
            stamp(b, project.schemaFile());
            stamp(b, SuggestSettingsCsv.of(project.root()));
            stampAll(b, project.goldDir(), "*.csv");
            stampAll(b, project.annotationFile(annotator, "x").getParent(), "*.csv");
            stampAll(b, project.articlesDir(), "*.txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }

    private static void stampAll(StringBuilder b, Path dir, String glob) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, glob)) {
            stream.forEach(files::add);
        }
        files.sort(null);
        for (Path f : files) {
            stamp(b, f);
        }
    }

    private static void stamp(StringBuilder b, Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        b.append(file)
                .append('\t')
                .append(a.size())
                .append('\t')
                .append(a.lastModifiedTime().toMillis())
                .append('\n');
    }

    private static void requireAnnotator(String annotator) {
        String problem = Names.annotatorProblem(annotator);
        if (problem != null) {
            throw new AgreementService.BadRequestException("bad annotator name: " + problem);
        }
    }

    /**
     * The leave-one-article-out evaluation on gold (every gold file must be free of problems) with
     * the learning curve; blocking (the annotator runs it on a worker).
     *
     * @throws FormatException when the schema, an article, a gold file or the settings have problems
     */
    public EvaluationReport evaluate(ProgressListener listener) throws IOException, FormatException {
        Schema schema = project.readSchema();
        Settings settings = settings(schema);
        if (!settings.problems().isEmpty()) {
            throw new FormatException(settings.problems());
        }
        List<Problem> problems = new ArrayList<>();
        List<TrainingDocument> gold = project.hasGold() ? clean(schema, Names.GOLD, problems) : List.of();
        if (!problems.isEmpty()) {
            throw new FormatException(problems);
        }
        if (gold.size() < 2) {
            throw new AgreementService.BadRequestException("leaving one article out needs gold files of at least two"
                    + " articles; the project has " + gold.size());
        }
        SuggestionEvaluation evaluation = new SuggestionEvaluation(schema, settings.settings());
        checkProgress(listener, 0.0);
        EvaluationReport report = evaluation.leaveOneOut(gold);
        checkProgress(listener, 0.4);
        return report.withCurve(evaluation.learningCurve(gold, curveSizes(gold.size())));
    }

    /** 0, 1, 2, 4, ... articles, and all but one. */
    static int[] curveSizes(int articles) {
        List<Integer> sizes = new ArrayList<>(List.of(0));
        for (int n = 1; n < articles - 1; n *= 2) {
            sizes.add(n);
        }
        sizes.add(articles - 1);
        return sizes.stream().distinct().mapToInt(Integer::intValue).toArray();
    }

    private static void checkProgress(ProgressListener listener, double fraction) {
        if (!listener.progress(fraction)) {
            throw new CancellationException("evaluation cancelled");
        }
    }
}
