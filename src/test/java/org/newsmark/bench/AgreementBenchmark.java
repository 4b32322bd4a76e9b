package org.newsmark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.newsmark.agreement.AgreementOptions;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.Dkpro;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.coding.CohenKappa;
import org.newsmark.agreement.coding.CoincidenceMatrix;
import org.newsmark.agreement.coding.DefaultCodingStudy;
import org.newsmark.agreement.coding.FleissKappa;
import org.newsmark.agreement.coding.ItemCategoryCounts;
import org.newsmark.agreement.coding.KrippendorffAlpha;
import org.newsmark.agreement.coding.TokenLabels;
import org.newsmark.agreement.coref.CorefAgreement;
import org.newsmark.agreement.corpus.AgreementCalculator;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.agreement.unitizing.DefaultUnitizingStudy;
import org.newsmark.agreement.unitizing.KrippendorffUnitizingAlpha;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.Schema;
import org.newsmark.model.WordTokenizer;
import org.newsmark.service.AgreementService;
import org.newsmark.service.AnnotationFiles;

/**
 * Agreement on the generated corpus (1,000 articles × 3 annotators × 150 annotations): every
 * measure for every layer, end to end and the computation alone; then αU on the whole corpus as
 * one continuum, ours against DKPro Statistics on the same data. DKPro's αU is quadratic in the
 * number of units, so both run on the first 100 articles for the ratio (and ours on all of them).
 * Token-level Cohen's κ, Fleiss' κ and Krippendorff's α, ours and DKPro's, on every token of the corpus.
 * Prints medians after warm-up. Run with {@code mvn -q -Pbench verify} or as a plain main class:
 * {@code AgreementBenchmark [articles] [articlesForDkpro]}.
 */
public final class AgreementBenchmark {
    private AgreementBenchmark() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int dkproArticles = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path dir = Path.of("target/bench/corpus-" + articles);
        if (!Files.exists(dir.resolve("schema.csv"))) {
            long t = System.nanoTime();
            CorpusGenerator.writeProject(dir, 42, articles, 3, 150, 5000);
            System.out.printf("generated %s in %.1f s%n", dir, (System.nanoTime() - t) / 1e9);
        }
        ProjectFolder project = ProjectFolder.open(dir);
        System.out.printf(
                "corpus: %d articles x 3 annotators x 150 annotations, %d cores%n",
                articles, Runtime.getRuntime().availableProcessors());

        AgreementService service = new AgreementService(project);
        Run agree = () -> {
            AgreementService.Result r = service.run(AgreementService.Request.all());
            if (r.report().isEmpty()) {
                throw new IllegalStateException(
                        "the corpus has problems: " + r.problems().get(0));
            }
        };
        long cold = System.nanoTime();
        agree.run();
        System.out.printf(
                "agree, end to end (read, validate, all measures, all layers), first run in this JVM: %.2f s%n",
                (System.nanoTime() - cold) / 1e9);
        double endToEnd = median(3, agree);
        System.out.printf("agree, end to end, median of 3 after warm-up: %.2f s%n", endToEnd);

        AnnotatedCorpus corpus = load(project);
        AgreementReport[] report = new AgreementReport[1];
        double compute = median(5, () -> report[0] = AgreementCalculator.calculate(corpus, AgreementOptions.all()));
        System.out.printf(
                "all measures, all layers, computation only: %.2f s (%d values)%n",
                compute, report[0].measurements().size());
        double byDoc = median(
                3, () -> report[0] = AgreementCalculator.calculate(corpus, new AgreementOptions(List.of(), true)));
        System.out.printf(
                "the same with --by-doc: %.2f s (%d values)%n",
                byDoc, report[0].measurements().size());

        tokenCoefficients(corpus);

        // Coreference agreement alone: every pair of the three annotators, every article, all six
        // measures (the CEAF assignment by the Kuhn-Munkres algorithm per article).
        Layer entity = corpus.schema().requireLayer("ENTITY");
        List<Measurement> corefRows = new ArrayList<>();
        double coref = median(5, () -> {
            corefRows.clear();
            new CorefAgreement(corpus, entity, false, corefRows).measure();
        });
        System.out.printf(
                "coreference agreement alone (MUC, B3, CEAFm, CEAFe, BLANC, CoNLL; 3 pairs, %d articles):"
                        + " %.2f s (%d values)%n",
                articles, coref, corefRows.size());

        System.out.println();
        System.out.println("αU on the whole corpus as one continuum (all labels of a layer):");
        for (Layer layer : corpus.schema().layers()) {
            double ours = median(5, () -> alphaU(corpus, layer, articles));
            System.out.printf("  %-6s ours, %d articles: %.3f s%n", layer.name(), articles, ours);
        }
        double oursTotal = 0;
        double dkproTotal = 0;
        for (Layer layer : corpus.schema().layers()) {
            double[] value = new double[2];
            double ours = median(5, () -> value[0] = alphaU(corpus, layer, dkproArticles));
            long t = System.nanoTime();
            value[1] = dkproAlphaU(corpus, layer, dkproArticles);
            double dkpro = (System.nanoTime() - t) / 1e9;
            if (Math.abs(value[0] - value[1]) > 1e-9) {
                throw new IllegalStateException(layer.name() + ": ours " + value[0] + ", DKPro " + value[1]);
            }
            oursTotal += ours;
            dkproTotal += dkpro;
            System.out.printf(
                    "  %-6s %d articles: ours %.4f s, DKPro %.2f s, %.0fx faster, αU %s = %s%n",
                    layer.name(), dkproArticles, ours, dkpro, dkpro / ours, value[0], value[1]);
        }
        System.out.printf(
                "  all layers, %d articles: ours %.4f s, DKPro %.2f s: %.0fx faster, equal values%n",
                dkproArticles, oursTotal, dkproTotal, dkproTotal / oursTotal);
    }

    /**
     * Cohen's κ (first two annotators), Fleiss' κ and Krippendorff's α on every token of the corpus
     * as one study per layer (all labels), ours and DKPro's on the same token codes, timed side by
     * side: each builds its own study from the codes and computes the three values.
     */
    private static void tokenCoefficients(AnnotatedCorpus corpus) throws Exception {
        System.out.println();
        System.out.println(
                "Token level, every token of the corpus as one study per layer (all labels), ours and DKPro on the same codes:");
        List<String> raters = corpus.annotators();
        Map<String, int[]> bounds = new HashMap<>();
        int total = 0;
        for (Article a : corpus.articles()) {
            int[] b = WordTokenizer.bounds(a.text());
            bounds.put(a.id(), b);
            total += b.length / 2;
        }
        double oursTotal = 0;
        double dkproTotal = 0;
        for (Layer layer : corpus.schema().layers()) {
            List<String> labels = layer.labels().stream().map(Label::name).toList();
            List<String> categories = new ArrayList<>();
            categories.add(TokenLabels.OUTSIDE);
            categories.addAll(labels);
            int[][] columns = new int[raters.size()][total];
            int at = 0;
            for (Article a : corpus.articles()) {
                int[] b = bounds.get(a.id());
                for (int r = 0; r < raters.size(); r++) {
                    int[] codes = TokenLabels.codes(b, corpus.spans(a.id(), raters.get(r), layer.name()), labels);
                    System.arraycopy(codes, 0, columns[r], at, codes.length);
                }
                at += b.length / 2;
            }
            double[] ours = new double[3];
            double oursTime = median(5, () -> {
                DefaultCodingStudy all = DefaultCodingStudy.ofColumns(raters, categories, columns);
                DefaultCodingStudy pair = DefaultCodingStudy.ofColumns(
                        raters.subList(0, 2), categories, new int[][] {columns[0], columns[1]});
                ours[0] = new CohenKappa(pair).agreement().value();
                ours[1] = FleissKappa.of(ItemCategoryCounts.of(all)).agreement().value();
                ours[2] = KrippendorffAlpha.of(CoincidenceMatrix.of(all))
                        .agreement()
                        .value();
            });
            double[] theirs = new double[3];
            int items = total;
            double dkproTime = median(3, () -> {
                List<String[]> rows = new ArrayList<>(items);
                List<String[]> pairRows = new ArrayList<>(items);
                for (int t = 0; t < items; t++) {
                    String[] row = new String[raters.size()];
                    for (int r = 0; r < row.length; r++) {
                        row[r] = categories.get(columns[r][t]);
                    }
                    rows.add(row);
                    pairRows.add(new String[] {row[0], row[1]});
                }
                theirs[0] = Dkpro.cohen(Dkpro.coding(2, pairRows));
                theirs[1] = Dkpro.fleiss(Dkpro.coding(raters.size(), rows));
                theirs[2] = Dkpro.alpha(Dkpro.coding(raters.size(), rows));
            });
            String[] names = {"Cohen's κ", "Fleiss' κ", "Krippendorff's α"};
            for (int k = 0; k < 3; k++) {
                if (Math.abs(ours[k] - theirs[k]) > 1e-9) {
                    throw new IllegalStateException(
                            layer.name() + " " + names[k] + ": ours " + ours[k] + ", DKPro " + theirs[k]);
                }
            }
            oursTotal += oursTime;
            dkproTotal += dkproTime;
            System.out.printf(
                    "  %-6s %,d tokens: ours %.3f s, DKPro %.2f s, %.0fx faster; κ(C) %.6f, κ(F) %.6f, α %.6f, equal to DKPro's%n",
                    layer.name(), total, oursTime, dkproTime, dkproTime / oursTime, ours[0], ours[1], ours[2]);
        }
        System.out.printf(
                "  all layers: ours %.3f s, DKPro %.2f s: %.0fx faster, equal values%n",
                oursTotal, dkproTotal, dkproTotal / oursTotal);
    }

    private interface Run {
        void run() throws Exception;
    }

    private static double median(int runs, Run r) throws Exception {
        r.run();
        double[] s = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            r.run();
            s[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(s);
        return s[runs / 2];
    }

    static AnnotatedCorpus load(ProjectFolder project) throws Exception {
        Schema schema = project.readSchema();
        List<String> annotators = project.annotators();
        List<Article> articles = new ArrayList<>();
        Map<String, Map<String, AnnotationSet>> sets = new HashMap<>();
        for (String doc : project.articleIds()) {
            Article article = project.readArticle(doc);
            articles.add(article);
            Map<String, AnnotationSet> perAnnotator = new HashMap<>();
            for (String annotator : annotators) {
                perAnnotator.put(
                        annotator,
                        AnnotationFiles.load(project, schema, article, annotator)
                                .set());
            }
            sets.put(doc, perAnnotator);
        }
        return new AnnotatedCorpus(schema, articles, annotators, sets);
    }

    /** Our pooled αU of a layer over the first n articles as one continuum. */
    private static double alphaU(AnnotatedCorpus corpus, Layer layer, int n) {
        List<Article> articles = corpus.articles().subList(0, n);
        long length = articles.stream().mapToLong(Article::length).sum();
        DefaultUnitizingStudy study = new DefaultUnitizingStudy(corpus.annotators(), 0, length);
        long offset = 0;
        for (Article a : articles) {
            for (int r = 0; r < corpus.annotators().size(); r++) {
                for (Annotation s : corpus.set(a.id(), corpus.annotators().get(r))
                        .orElseThrow()
                        .inLayer(layer.name())) {
                    study.addUnit(offset + s.start(), s.length(), r, s.label());
                }
            }
            offset += a.length();
        }
        return new KrippendorffUnitizingAlpha(study).agreement().value();
    }

    private static double dkproAlphaU(AnnotatedCorpus corpus, Layer layer, int n) {
        List<Article> articles = corpus.articles().subList(0, n);
        long length = articles.stream().mapToLong(Article::length).sum();
        int raters = corpus.annotators().size();
        List<List<long[]>> spans = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        for (int r = 0; r < raters; r++) {
            spans.add(new ArrayList<>());
            labels.add(new ArrayList<>());
        }
        long offset = 0;
        for (Article a : articles) {
            for (int r = 0; r < raters; r++) {
                List<Annotation> own = corpus.set(a.id(), corpus.annotators().get(r))
                        .orElseThrow()
                        .inLayer(layer.name());
                spans.get(r).addAll(Dkpro.spans(own, offset));
                for (Annotation s : own) {
                    labels.get(r).add(s.label());
                }
            }
            offset += a.length();
        }
        UnitizingAnnotationStudy study = Dkpro.unitizing(raters, 0, length, spans, labels);
        return Dkpro.unitizingAlpha(study);
    }
}
