package org.newsmark.bench;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.Preferences;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.newsmark.io.AnnotationCsv;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.ui.UiProbe;

/**
 * The annotator on a generated article of 200,000 characters with 5,000 annotations, under a
 * real display (run under Xvfb): time to open and paint, and the time from an edit to the end
 * of its repaint for create, relabel, delete and undo, and the time to paint one screen while
 * scrolling. Each edit is timed on the event thread from the action to the end of
 * {@code paintImmediately} of the visible text, which is what the user waits for after a key.
 */
public final class UiBenchmark {
    private UiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int chars = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int annotations = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        boolean rtl = args.length > 2 && args[2].equals("rtl");
        Path project = Files.createTempDirectory("newsmark-ui-bench");
        Files.createDirectories(project.resolve("articles"));
        Files.copy(Path.of("annotations/schema.csv"), project.resolve("schema.csv"));
        CorpusGenerator.Doc doc = CorpusGenerator.generate(7, 0, 1, annotations, chars, rtl);
        Files.writeString(project.resolve("articles/big.txt"), doc.article().text());
        Files.writeString(project.resolve("articles/a-small.txt"), "A short article opened first, so that the big one"
                + " is opened as a user switches to it, in a running window.");
        AnnotationSet set = doc.sets().get(0);
        Path file = project.resolve("annotators/bench/big.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, AnnotationCsv.format(new AnnotationSet("big", "bench", set.annotations())));
        System.out.printf("article: %,d characters, %,d annotations, %s%n", doc.article().length(), set.size(),
                rtl ? "with Arabic (right-to-left) names" : "Latin, Cyrillic and emoji, no right-to-left text");

        Preferences node = Preferences.userRoot().node("org/newsmark/bench-ui");
        node.clear();
        UiProbe probe = new UiProbe(node, new Rectangle(0, 0, 1280, 900));
        long t0 = System.nanoTime();
        probe.open(project, "bench");
        SwingUtilities.invokeAndWait(() -> {
            JComponent text = probe.text();
            text.paintImmediately(text.getVisibleRect());
        });
        double cold = (System.nanoTime() - t0) / 1e6;
        double[] switches = new double[5];
        for (int i = 0; i < switches.length; i++) {
            probe.openArticle("a-small");
            switches[i] = probe.timed(() -> probe.openArticle("big"));
        }
        System.out.printf("start the app and open the first article (cold JVM): %.0f ms%n", cold);
        report("open the article in a running window", switches);

        List<Annotation> entities = probe.annotations().stream().filter(a -> a.layer().equals("ENTITY")).toList();
        int reps = 40;
        double[] create = new double[reps];
        double[] relabel = new double[reps];
        double[] delete = new double[reps];
        double[] undo = new double[reps];
        for (int i = 0; i < reps; i++) {
            Annotation target = entities.get(i * 37 % entities.size());
            int k = i;
            SwingUtilities.invokeAndWait(() -> probe.scrollTo(target));
            create[k] = probe.timed(() -> probe.createOver(target, "ORGANIZATION"));
            relabel[k] = probe.timed(() -> probe.relabelSelected("LOCATION"));
            delete[k] = probe.timed(probe::deleteSelected);
            undo[k] = probe.timed(probe::undo);
        }
        List<Double> scroll = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            scroll.add(probe.timed(probe::scrollOneScreen));
        }
        double[] s = scroll.stream().mapToDouble(Double::doubleValue).toArray();
        report("create", create);
        report("relabel", relabel);
        report("delete", delete);
        report("undo", undo);
        report("scroll one screen", s);
        probe.close();
        System.exit(0);
    }

    private static void report(String what, double[] ms) {
        double[] v = ms.clone();
        Arrays.sort(v);
        System.out.printf("%-18s median %5.1f ms   p95 %5.1f ms   max %5.1f ms%n", what, v[v.length / 2],
                v[(int) Math.ceil(v.length * 0.95) - 1], v[v.length - 1]);
    }
}
