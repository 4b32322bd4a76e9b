package org.newsmark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.newsmark.io.ProjectFolder;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.FormatException;
import org.newsmark.model.Schema;
import org.newsmark.service.AnnotationFiles;
import org.newsmark.service.ProjectValidator;

/**
 * Reading and validating, and writing, a generated corpus of 1,000 articles (about 5,000
 * characters each) × 3 annotators × 150 annotations: 450,000 rows. Prints the median of several
 * runs after warm-up. Run with {@code mvn -q -Pbench verify} or as a plain main class.
 */
public final class IoBenchmark {
    private IoBenchmark() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path corpus = Path.of("target/bench/corpus-" + articles);
        if (!Files.exists(corpus.resolve("schema.csv"))) {
            long t = System.nanoTime();
            CorpusGenerator.writeProject(corpus, 42, articles, 3, 150, 5000);
            System.out.printf("generated %s in %.1f s%n", corpus, (System.nanoTime() - t) / 1e9);
        }
        ProjectFolder project = ProjectFolder.open(corpus);
        int rows = 0;
        double[] validate = new double[5];
        for (int run = -2; run < validate.length; run++) {
            long t = System.nanoTime();
            ProjectValidator.Report report = new ProjectValidator(project).validate(false);
            double s = (System.nanoTime() - t) / 1e9;
            if (!report.clean()) {
                throw new IllegalStateException(
                        "generated corpus is not valid: " + report.problems().get(0));
            }
            if (run >= 0) {
                validate[run] = s;
            }
        }
        List<AnnotationSet> sets = loadAll(project);
        for (AnnotationSet set : sets) {
            rows += set.size();
        }
        Path copy = Path.of("target/bench/write-" + articles);
        Files.createDirectories(copy.resolve("articles"));
        Files.copy(corpus.resolve("schema.csv"), copy.resolve("schema.csv"), StandardCopyOption.REPLACE_EXISTING);
        ProjectFolder target = ProjectFolder.open(copy);
        double[] write = new double[3];
        for (int run = -1; run < write.length; run++) {
            long t = System.nanoTime();
            target.writeAll(sets);
            double s = (System.nanoTime() - t) / 1e9;
            if (run >= 0) {
                write[run] = s;
            }
        }
        System.out.printf(
                "corpus: %d articles x 3 annotators, %d annotation rows in %d files%n", articles, rows, sets.size());
        System.out.printf("read + validate (median of %d): %.2f s%n", validate.length, median(validate));
        System.out.printf("write, atomic with fsync (median of %d): %.2f s%n", write.length, median(write));
    }

    static List<AnnotationSet> loadAll(ProjectFolder project) throws IOException, FormatException {
        Schema schema = project.readSchema();
        List<AnnotationSet> sets = new ArrayList<>();
        for (String doc : project.articleIds()) {
            Article article = project.readArticle(doc);
            for (String annotator : project.annotators()) {
                sets.add(AnnotationFiles.load(project, schema, article, annotator)
                        .set());
            }
        }
        return sets;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
