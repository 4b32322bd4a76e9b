package org.newsmark.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.newsmark.io.ProjectFolder;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Schema;
import org.newsmark.service.AnnotationFiles;
import org.newsmark.suggest.Suggester;
import org.newsmark.suggest.SuggestionBatch;
import org.newsmark.suggest.SuggestionSettings;
import org.newsmark.suggest.SuggestionTrainer;
import org.newsmark.suggest.TrainedRecommenders;
import org.newsmark.suggest.TrainingDocument;

/**
 * The suggestion engine's speed: all recommenders on a 5,000-character article (a generated one
 * and the bundled 5,817-character iodine article; target under 200 ms), and retraining the learned
 * recommenders on 1,000 generated articles as the other benchmarks generate them (one annotator's
 * 150 annotations each, about 7,700 characters; target under 30 s). Prints the fastest and the median of several runs after
 * warm-up. Run as a plain main class (the test classpath).
 */
public final class SuggestBenchmark {
    private SuggestBenchmark() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        ProjectFolder bundled = ProjectFolder.open(Path.of("annotations"));
        Schema schema = bundled.readSchema();
        List<TrainingDocument> generated = new ArrayList<>();
        long g = System.nanoTime();
        for (int i = 0; i < articles; i++) {
            CorpusGenerator.Doc d = CorpusGenerator.generate(42, i, 1, 150, 5000);
            generated.add(new TrainingDocument(d.article(), d.sets().get(0)));
        }
        System.out.printf("generated %d articles in %.1f s%n", articles, (System.nanoTime() - g) / 1e9);

        double[] train = new double[3];
        TrainedRecommenders trained = null;
        for (int run = 0; run < train.length; run++) {
            long t = System.nanoTime();
            trained = SuggestionTrainer.train(generated, SuggestionSettings.defaults());
            train[run] = (System.nanoTime() - t) / 1e9;
        }
        report("retrain on " + articles + " generated articles", train, "s");

        List<TrainingDocument> gold = new ArrayList<>();
        for (String doc : bundled.articleIds()) {
            Article a = bundled.readArticle(doc);
            gold.add(new TrainingDocument(
                    a, AnnotationFiles.load(bundled, schema, a, "gold").set()));
        }
        Suggester fromGold =
                SuggestionTrainer.train(gold, SuggestionSettings.defaults()).suggester(SuggestionSettings.defaults());
        Suggester fromGenerated = trained.suggester(SuggestionSettings.defaults());
        Article generatedArticle =
                CorpusGenerator.generate(43, 0, 1, 90, 5000).article(); // 90 annotations: about 5,000 characters
        Article iodine = bundled.readArticle("wikinews-australia-iodine-deficiency");
        Article iodineAgain = new Article(iodine.id() + "-again", iodine.text() + "\n");
        suggest(
                "suggest, generated article of " + generatedArticle.length() + " chars, trained on generated",
                fromGenerated,
                generatedArticle,
                CorpusGenerator.generate(44, 0, 1, 90, 5000).article(),
                schema);
        suggest(
                "suggest, iodine article of " + iodine.length() + " chars, trained on the bundled gold",
                fromGold,
                iodine,
                iodineAgain,
                schema);
        // The annotator's long article (UiBenchmark's): suggested when it opens, and again after each
        // pause in editing (its text unchanged).
        CorpusGenerator.Doc big = CorpusGenerator.generate(7, 0, 1, 5_000, 200_000, false);
        CorpusGenerator.Doc other = CorpusGenerator.generate(8, 0, 1, 5_000, 200_000, false);
        AnnotationSet bigSet = big.sets().get(0);
        Suggester fromBig = SuggestionTrainer.train(
                        List.of(new TrainingDocument(big.article(), bigSet)), SuggestionSettings.defaults())
                .suggester(SuggestionSettings.defaults());
        suggest(
                "suggest, long article of " + big.article().length() + " chars with " + bigSet.size()
                        + " annotations, trained on it",
                fromBig,
                List.of(big.article(), other.article()),
                List.of(bigSet, other.sets().get(0)),
                schema,
                6);
    }

    /** An article suggested for the first time (two articles taken in turn) and again (one article, unchanged). */
    private static void suggest(String what, Suggester suggester, Article article, Article another, Schema schema) {
        suggest(
                what,
                suggester,
                List.of(article, another),
                List.of(AnnotationSet.empty(article.id(), "bench"), AnnotationSet.empty(another.id(), "bench")),
                schema,
                20);
    }

    private static void suggest(
            String what,
            Suggester suggester,
            List<Article> articles,
            List<AnnotationSet> sets,
            Schema schema,
            int runs) {
        double[] first = new double[runs];
        double[] again = new double[runs];
        SuggestionBatch batch = null;
        for (int run = -Math.max(2, runs / 2); run < runs; run++) {
            int k = Math.floorMod(run, 2);
            long t = System.nanoTime();
            batch = suggester.suggest(articles.get(k), sets.get(k), schema);
            if (run >= 0) {
                first[run] = (System.nanoTime() - t) / 1e6;
            }
        }
        for (int run = -2; run < runs; run++) {
            long t = System.nanoTime();
            batch = suggester.suggest(articles.get(0), sets.get(0), schema);
            if (run >= 0) {
                again[run] = (System.nanoTime() - t) / 1e6;
            }
        }
        report(what + " (" + batch.suggestions().size() + " suggestions)", first, "ms");
        report("  again, the text unchanged (after an edit)", again, "ms");
    }

    private static void report(String what, double[] values, String unit) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%s: fastest %.1f %s, median %.1f %s%n", what, sorted[0], unit, sorted[sorted.length / 2], unit);
    }
}
