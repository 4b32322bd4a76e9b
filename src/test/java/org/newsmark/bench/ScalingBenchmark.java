package org.newsmark.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import org.newsmark.TestData;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.MeasureGroups;
import org.newsmark.io.AnnotationCsv;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.TextFiles;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.service.AgreementService;
import org.newsmark.service.ConvertService;
import org.newsmark.service.ProgressListener;
import org.newsmark.service.ProjectValidator;
import org.newsmark.service.WorkbookService;
import org.newsmark.ui.UiProbe;

/**
 * How the cost grows with the corpus: load+validate, save, agreement, the three conversions and
 * CSV reading (plain OpenCSV, our parser, our parser with every rule), the XLSX export and, under
 * a display, the annotator's open, switch and edit latency, at 10, 100 and 1,000
 * articles × 3 annotators × 150 annotations. Prints a table with the growth exponent from the
 * two largest sizes (1 = linear) and draws the log–log plot into {@code docs/scaling.png}.
 * Run with {@code mvn -q -Pbench verify} or as a main class with the sizes as arguments.
 */
public final class ScalingBenchmark {
    private ScalingBenchmark() {}

    @FunctionalInterface
    interface Run {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0
                ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {10, 100, 1000};
        // Warm-up: every operation a few times on a middle-sized corpus first, so that the JIT compiler
        // has done its work before anything is timed (otherwise the first sizes pay for it, and a
        // single slow run at the largest size can look like faster-than-linear growth).
        int warm = sizes[sizes.length / 2];
        measureAll(new LinkedHashMap<>(), 0, 1, warm, 2);
        System.out.printf("warm-up done (%d articles)%n", warm);
        Map<String, double[]> table = new LinkedHashMap<>();
        for (int s = 0; s < sizes.length; s++) {
            measureAll(table, s, sizes.length, sizes[s], 5);
            System.out.printf("done: %d articles%n", sizes[s]);
        }
        print(table, sizes);
        Path png = Path.of("docs/scaling.png");
        plot(table, sizes, png);
        System.out.println("plot: " + png);
    }

    /**
     * Every operation on the corpus of {@code n} articles, each the fastest of {@code runs} after one
     * more run (the workbook of 1,000 articles: one timed run, to keep the benchmark short).
     */
    private static void measureAll(Map<String, double[]> table, int s, int count, int n, int runs) throws Exception {
        Path corpus = Path.of("target/bench/corpus-" + n);
        if (!Files.exists(corpus.resolve("schema.csv"))) {
            CorpusGenerator.writeProject(corpus, 42, n, 3, 150, 5000);
        }
        ProjectFolder project = ProjectFolder.open(corpus);
        List<Path> csvFiles = csvFiles(project);
        Path copy = Path.of("target/bench/scaling-save-" + n);
        Files.createDirectories(copy.resolve("articles"));
        Files.copy(corpus.resolve("schema.csv"), copy.resolve("schema.csv"), StandardCopyOption.REPLACE_EXISTING);
        ProjectFolder saveTarget = ProjectFolder.open(copy);
        ConvertService convert = new ConvertService(project);
        Path out = Path.of("target/bench/scaling-out-" + n);

        // The readers first, on a heap that the other operations have not filled yet.
        put(table, "CSV: plain OpenCSV", s, count, best(runs, () -> openCsv(csvFiles)));
        put(table, "CSV: AnnotationCsv.parse", s, count, best(runs, () -> ourCsv(project, csvFiles)));
        put(table, "CSV: AnnotationFiles.load (all rules)", s, count, best(runs, () -> IoBenchmark.loadAll(project)));
        put(
                table,
                "load + validate",
                s,
                count,
                best(
                        runs,
                        () -> check(
                                new ProjectValidator(project).validate(false).clean())));
        put(
                table,
                "agreement (all measures, all layers)",
                s,
                count,
                best(
                        runs,
                        () -> check(new AgreementService(project)
                                .run(AgreementService.Request.all())
                                .report()
                                .isPresent())));
        measureGroups(table, s, count, project, runs);
        for (ConvertService.Format f : ConvertService.Format.values()) {
            put(
                    table,
                    "convert to " + f.word(),
                    s,
                    count,
                    best(
                            runs,
                            () -> check(convert.convert(f, out.resolve(f.word()), "annotator1", List.of())
                                    .clean())));
        }
        Path xlsx = Path.of("target/bench/scaling-workbook-" + n + ".xlsx");
        WorkbookService workbooks = new WorkbookService(project);
        put(
                table,
                "XLSX export (agreement workbook)",
                s,
                count,
                best(
                        n >= 1000 ? 1 : runs,
                        () -> check(workbooks
                                .export(AgreementService.Request.all(), xlsx, ProgressListener.NONE)
                                .written()
                                .isPresent())));
        if (GraphicsEnvironment.isHeadless()) {
            System.out.println("no display: the annotator rows are left out (run under xvfb-run)");
        } else {
            annotator(table, s, count, corpus, runs);
        }
        // Saving last: the sets it writes are held in memory only for it, not while the readers are timed.
        List<AnnotationSet> sets = IoBenchmark.loadAll(project);
        put(table, "save (atomic, fsync per file)", s, count, best(runs, () -> saveTarget.writeAll(sets)));
    }

    /** Each group of measures alone, on the corpus in memory (all layers); the corpus is let go after. */
    private static void measureGroups(Map<String, double[]> table, int s, int count, ProjectFolder project, int runs)
            throws Exception {
        AnnotatedCorpus loaded = AgreementBenchmark.load(project);
        put(
                table,
                "agreement: token measures",
                s,
                count,
                best(runs, () -> check(MeasureGroups.tokenMeasures(loaded) > 0)));
        put(
                table,
                "agreement: unitizing alpha",
                s,
                count,
                best(runs, () -> check(MeasureGroups.unitizingAlpha(loaded) > 0)));
        put(
                table,
                "agreement: span F1, links",
                s,
                count,
                best(runs, () -> check(MeasureGroups.spanMeasures(loaded) > 0)));
    }

    /**
     * The annotator on the corpus, in a real window: opening the project (window shown, article
     * list counted, first article painted), switching to another article, and an edit (the median
     * over create, relabel, delete and undo), each timed on the event thread to the end of its repaint.
     */
    private static void annotator(Map<String, double[]> table, int s, int n, Path generated, int runs)
            throws Exception {
        // A copy: the edits are saved, and the other operations read the generated corpus.
        Path corpus = Path.of("target/bench/scaling-ui-" + generated.getFileName());
        copy(generated, corpus);
        Preferences node = Preferences.userRoot().node("org/newsmark/bench-scaling");
        Rectangle bounds = new Rectangle(0, 0, 1280, 900);
        put(table, "annotator: open the project", s, n, best(Math.max(runs, 3), () -> {
            node.clear();
            UiProbe probe = new UiProbe(node, bounds);
            probe.open(corpus, "annotator1");
            SwingUtilities.invokeAndWait(
                    () -> probe.text().paintImmediately(probe.text().getVisibleRect()));
            probe.close();
        }));
        node.clear();
        UiProbe probe = new UiProbe(node, bounds);
        probe.open(corpus, "annotator1");
        List<String> docs = ProjectFolder.open(corpus).articleIds();
        double[] switches = new double[20];
        for (int i = 0; i < switches.length; i++) {
            String doc = docs.get((i * 7 + 1) % docs.size());
            switches[i] = probe.timed(() -> probe.openArticle(doc));
        }
        put(table, "annotator: switch article (median)", s, n, middle(switches));
        probe.openArticle(docs.get(0));
        List<Annotation> entities = probe.annotations().stream()
                .filter(a -> a.layer().equals("ENTITY"))
                .toList();
        List<Double> edits = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Annotation target = entities.get(i * 37 % entities.size());
            SwingUtilities.invokeAndWait(() -> {
                probe.scrollTo(target);
                probe.selectOver(target);
            });
            edits.add(probe.timed(() -> probe.create("ORGANIZATION")));
            edits.add(probe.timed(() -> probe.relabelSelected("LOCATION")));
            edits.add(probe.timed(probe::deleteSelected));
            edits.add(probe.timed(probe::undo));
        }
        put(
                table,
                "annotator: one edit (median)",
                s,
                n,
                middle(edits.stream().mapToDouble(Double::doubleValue).toArray()));
        probe.close();
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        TestData.copyTree(from, to);
    }

    /** The median of times in milliseconds, in seconds. */
    private static double middle(double[] ms) {
        double[] v = ms.clone();
        Arrays.sort(v);
        return v[v.length / 2] / 1000;
    }

    private static void check(boolean ok) {
        if (!ok) {
            throw new IllegalStateException("the generated corpus did not pass");
        }
    }

    private static void put(Map<String, double[]> table, String op, int s, int n, double seconds) {
        table.computeIfAbsent(op, k -> new double[n])[s] = seconds;
    }

    private static List<Path> csvFiles(ProjectFolder project) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String annotator : project.annotators()) {
            for (String doc : project.annotatedDocs(annotator)) {
                files.add(project.annotationFile(annotator, doc));
            }
        }
        return files;
    }

    private static void openCsv(List<Path> files) throws Exception {
        long rows = 0;
        for (Path f : files) {
            try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                    CSVReader reader = new CSVReaderBuilder(in)
                            .withCSVParser(new RFC4180ParserBuilder().build())
                            .build()) {
                rows += reader.readAll().size();
            }
        }
        check(rows > files.size());
    }

    private static void ourCsv(ProjectFolder project, List<Path> files) throws Exception {
        long rows = 0;
        for (Path f : files) {
            String annotator = f.getParent().getFileName().toString();
            String doc = f.getFileName().toString().replace(".csv", "");
            rows += AnnotationCsv.parse(TextFiles.readUtf8(f, project.shown(f)), project.shown(f), doc, annotator)
                    .annotations()
                    .size();
        }
        check(rows > files.size());
    }

    /**
     * The fastest of {@code runs} timed runs after one untimed run. On a machine shared with other
     * work, noise only ever adds time, so the fastest run is the closest to the operation's own cost
     * and the most repeatable from one benchmark run to the next.
     */
    private static double best(int runs, Run r) throws Exception {
        r.run(); // warm-up
        double fastest = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            r.run();
            fastest = Math.min(fastest, (System.nanoTime() - start) / 1e9);
        }
        return fastest;
    }

    private static void print(Map<String, double[]> table, int[] sizes) {
        StringBuilder sb = new StringBuilder("| operation |");
        for (int n : sizes) {
            sb.append(' ').append(String.format(Locale.ROOT, "%,d", n)).append(" articles |");
        }
        sb.append(" growth exponent (last two sizes) |\n|---|");
        sb.append("---|".repeat(sizes.length + 1)).append('\n');
        table.forEach((op, t) -> {
            sb.append("| ").append(op).append(" |");
            for (double v : t) {
                sb.append(' ').append(format(v)).append(" |");
            }
            int k = t.length - 1;
            double exp = k > 0 ? Math.log(t[k] / t[k - 1]) / Math.log((double) sizes[k] / sizes[k - 1]) : Double.NaN;
            sb.append(String.format(Locale.ROOT, " %.2f |%n", exp));
        });
        System.out.print(sb);
    }

    private static String format(double seconds) {
        return seconds < 1
                ? String.format(Locale.ROOT, "%.1f ms", seconds * 1000)
                : String.format(Locale.ROOT, "%.2f s", seconds);
    }

    /** A log–log plot of time against articles, one line per operation. */
    static void plot(Map<String, double[]> table, int[] sizes, Path png) throws IOException {
        int w = 1000;
        int h = 640;
        int left = 80;
        int right = 400;
        int top = 40;
        int bottom = 60;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double minY = Double.MAX_VALUE;
        double maxY = 0;
        for (double[] t : table.values()) {
            for (double v : t) {
                if (v > 0) {
                    minY = Math.min(minY, v);
                    maxY = Math.max(maxY, v);
                }
            }
        }
        double y0 = Math.floor(Math.log10(minY));
        double y1 = Math.ceil(Math.log10(maxY));
        double x0 = Math.log10(sizes[0]) - 0.1;
        double x1 = Math.log10(sizes[sizes.length - 1]) + 0.1;
        int pw = w - left - right;
        int ph = h - top - bottom;
        DoubleUnaryOperator px = x -> left + (Math.log10(x) - x0) / (x1 - x0) * pw;
        DoubleUnaryOperator py = y -> top + ph - (Math.log10(y) - y0) / (y1 - y0) * ph;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (double e = y0; e <= y1; e++) {
            int y = (int) py.applyAsDouble(Math.pow(10, e));
            g.setColor(new Color(225, 225, 225));
            g.drawLine(left, y, left + pw, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(format(Math.pow(10, e)), 8, y + 5);
        }
        for (int n : sizes) {
            int x = (int) px.applyAsDouble(n);
            g.setColor(new Color(225, 225, 225));
            g.drawLine(x, top, x, top + ph);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%,d", n), x - 12, top + ph + 20);
        }
        g.drawString("articles (× 3 annotators × 150 annotations), log scale", left + pw / 2 - 170, h - 15);
        g.drawString("time (fastest of 5 runs), log scale", left, top - 15);
        g.setColor(Color.BLACK);
        g.drawRect(left, top, pw, ph);
        Color[] colors = {
            new Color(0x1f77b4),
            new Color(0xff7f0e),
            new Color(0x2ca02c),
            new Color(0xd62728),
            new Color(0x9467bd),
            new Color(0x8c564b),
            new Color(0xe377c2),
            new Color(0x7f7f7f),
            new Color(0xbcbd22),
            new Color(0x17becf),
            new Color(0x393b79),
            new Color(0xad494a),
            new Color(0x637939)
        };
        int i = 0;
        for (Map.Entry<String, double[]> e : table.entrySet()) {
            g.setColor(colors[i % colors.length]);
            // Past the palette, colours repeat with a dashed line.
            g.setStroke(
                    i < colors.length
                            ? new BasicStroke(2.2f)
                            : new BasicStroke(
                                    2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {9, 5}, 0));
            double[] t = e.getValue();
            for (int k = 0; k < t.length; k++) {
                int x = (int) px.applyAsDouble(sizes[k]);
                int y = (int) py.applyAsDouble(t[k]);
                g.fillOval(x - 4, y - 4, 8, 8);
                if (k > 0) {
                    g.drawLine((int) px.applyAsDouble(sizes[k - 1]), (int) py.applyAsDouble(t[k - 1]), x, y);
                }
            }
            int ly = top + 10 + i * 22;
            g.drawLine(w - right + 20, ly, w - right + 50, ly);
            g.setColor(Color.BLACK);
            g.drawString(e.getKey(), w - right + 58, ly + 5);
            i++;
        }
        // The slope of linear growth, for reference.
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 6}, 0));
        g.setClip(left, top, pw, ph);
        double ref = maxY / 10;
        double refStart = ref / ((double) sizes[sizes.length - 1] / sizes[0]);
        g.drawLine(
                (int) px.applyAsDouble(sizes[0]),
                (int) py.applyAsDouble(refStart),
                (int) px.applyAsDouble(sizes[sizes.length - 1]),
                (int) py.applyAsDouble(ref));
        g.setClip(null);
        int ly = top + 10 + i * 22;
        g.drawLine(w - right + 20, ly, w - right + 50, ly);
        g.setColor(Color.BLACK);
        g.drawString("linear growth (slope 1)", w - right + 58, ly + 5);
        g.dispose();
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(img, "png", png.toFile());
    }
}
