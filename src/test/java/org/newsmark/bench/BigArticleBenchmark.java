package org.newsmark.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.span.SpanAlignment;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.Annotation;
import org.newsmark.model.Layer;
import org.newsmark.service.AgreementService;
import org.newsmark.service.ProgressListener;
import org.newsmark.service.WorkbookService;

/**
 * The one-big-article case of the scaling benchmark: a single article with 25,000 to 200,000
 * spans per annotator (two annotators), exported to the agreement workbook, and the span alignment
 * alone, beside the alignment as it was computed before (every row against every span) on the
 * sizes where that ends in reasonable time. Prints CPU time of the working thread (this machine is
 * shared, so wall time moves with the load) and wall time, and the growth exponent between sizes.
 * Run with {@code mvn -q -Pbench verify} or as a main class with the sizes as arguments.
 */
public final class BigArticleBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private BigArticleBenchmark() {}

    /** CPU and wall milliseconds of one run. */
    private record Time(double cpu, double wall) {}

    @FunctionalInterface
    private interface Run {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0
                ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {25_000, 50_000, 100_000, 200_000};
        Map<String, Time[]> table = new LinkedHashMap<>();
        measure(table, sizes[0], 0, 1, true); // warm-up
        table.clear();
        for (int s = 0; s < sizes.length; s++) {
            measure(table, sizes[s], s, sizes.length, sizes[s] <= 50_000);
            System.out.printf("done: %,d spans per annotator%n", sizes[s]);
        }
        print(table, sizes);
    }

    private static void measure(Map<String, Time[]> table, int spans, int s, int count, boolean naive)
            throws Exception {
        Path dir = Path.of("target/bench/big-article-" + spans);
        if (!Files.exists(dir.resolve("schema.csv"))) {
            CorpusGenerator.bigArticle(dir, spans, 20261211L);
        }
        ProjectFolder project = ProjectFolder.open(dir);
        AnnotatedCorpus corpus = new AgreementService(project)
                .load(AgreementService.Request.all())
                .corpus()
                .orElseThrow();
        List<Layer> layers = corpus.schema().layers();
        table.computeIfAbsent("span alignment (sorted sweep)", k -> new Time[count])[s] =
                best(3, () -> SpanAlignment.align(corpus, "big", layers));
        if (naive) {
            table.computeIfAbsent("span alignment as before (every row against every span)", k -> new Time[count])[s] =
                    best(1, () -> naiveRows(corpus, layers.get(0)));
        }
        Path xlsx = Path.of("target/bench/big-article-" + spans + ".xlsx");
        WorkbookService workbooks = new WorkbookService(project);
        table.computeIfAbsent("XLSX export, end to end (read, check, measure, align, write)", k -> new Time[count])[s] =
                best(2, () -> workbooks.export(AgreementService.Request.all(), xlsx, ProgressListener.NONE));
    }

    private static Time best(int runs, Run run) throws Exception {
        Time best = null;
        for (int i = 0; i < runs; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            run.run();
            Time t = new Time((THREADS.getCurrentThreadCpuTime() - c0) / 1e6, (System.nanoTime() - t0) / 1e6);
            best = best == null || t.cpu() < best.cpu() ? t : best;
        }
        return best;
    }

    /** The rows of one layer as the alignment found them before the sweep: every row's first span against every span. */
    private static int naiveRows(AnnotatedCorpus corpus, Layer layer) {
        List<Map<String, Annotation>> rows = new ArrayList<>();
        for (String annotator : corpus.present("big")) {
            List<Annotation> spans = corpus.spans("big", annotator, layer.name());
            List<Object[]> candidates = new ArrayList<>();
            for (Map<String, Annotation> row : rows) {
                Annotation first = row.values().iterator().next();
                for (Annotation a : spans) {
                    if (a.overlaps(first.start(), first.end())) {
                        int overlap = Math.min(a.end(), first.end()) - Math.max(a.start(), first.start());
                        candidates.add(new Object[] {row, a, a.label().equals(first.label()), overlap});
                    }
                }
            }
            candidates.sort(
                    Comparator.comparing((Object[] c) -> !(Boolean) c[2]).thenComparing(c -> -(Integer) c[3]));
            Set<Annotation> used = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Object[] c : candidates) {
                @SuppressWarnings("unchecked")
                Map<String, Annotation> row = (Map<String, Annotation>) c[0];
                if (!row.containsKey(annotator) && used.add((Annotation) c[1])) {
                    row.put(annotator, (Annotation) c[1]);
                }
            }
            for (Annotation a : spans) {
                if (!used.contains(a)) {
                    Map<String, Annotation> row = new LinkedHashMap<>();
                    row.put(annotator, a);
                    rows.add(row);
                }
            }
        }
        return rows.size();
    }

    private static void print(Map<String, Time[]> table, int[] sizes) {
        StringBuilder header = new StringBuilder("| operation |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int n : sizes) {
            header.append(String.format(Locale.ROOT, " %,d spans |", n));
            rule.append("---|");
        }
        header.append(" growth exponent (last two sizes) |");
        rule.append("---|");
        System.out.println(header);
        System.out.println(rule);
        for (Map.Entry<String, Time[]> e : table.entrySet()) {
            StringBuilder line = new StringBuilder("| " + e.getKey() + " |");
            int last = -1;
            int before = -1;
            for (int i = 0; i < sizes.length; i++) {
                Time t = e.getValue()[i];
                if (t == null) {
                    line.append(" |");
                    continue;
                }
                line.append(String.format(Locale.ROOT, " %s CPU (%s wall) |", ms(t.cpu()), ms(t.wall())));
                before = last;
                last = i;
            }
            if (before >= 0) {
                double exponent = Math.log(e.getValue()[last].cpu() / e.getValue()[before].cpu())
                        / Math.log((double) sizes[last] / sizes[before]);
                line.append(String.format(Locale.ROOT, " %.2f |", exponent));
            } else {
                line.append(" |");
            }
            System.out.println(line);
        }
    }

    private static String ms(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.0f ms", ms);
    }
}
