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
        suggest(
                "suggest, generated article of " + generatedArticle.length() + " chars, trained on generated",
                fromGenerated,
                generatedArticle,
                schema);
        suggest(
                "suggest, iodine article of " + iodine.length() + " chars, trained on the bundled gold",
                fromGold,
                iodine,
                schema);
    }

    private static void suggest(String what, Suggester suggester, Article article, Schema schema) {
        AnnotationSet empty = AnnotationSet.empty(article.id(), "bench");
        double[] ms = new double[20];
        SuggestionBatch batch = null;
        for (int run = -10; run < ms.length; run++) {
            long t = System.nanoTime();
            batch = suggester.suggest(article, empty, schema);
            if (run >= 0) {
                ms[run] = (System.nanoTime() - t) / 1e6;
            }
        }
        report(what + " (" + batch.suggestions().size() + " suggestions)", ms, "ms");
    }

    private static void report(String what, double[] values, String unit) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%s: fastest %.1f %s, median %.1f %s%n", what, sorted[0], unit, sorted[sorted.length / 2], unit);
    }
}
