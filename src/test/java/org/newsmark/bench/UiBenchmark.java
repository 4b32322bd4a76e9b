package org.newsmark.bench;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
 * The annotator on a generated article of about 259,000 characters with 5,000 annotations (from
 * 200,000 characters of generated sentences), under a real display (run under Xvfb): time to open
 * and paint, and the time from an edit to the end of its repaint for create, relabel, delete and
 * undo, and the time to paint one screen while scrolling. Each edit is timed on the event thread
 * from the action to the end of {@code paintImmediately} of the visible text and of the updates it
 * queued, which is what the user waits for after a key; beside it, the event thread's CPU time,
 * which does not depend on what else the machine runs. Arguments: characters, annotations, and
 * {@code rtl} for an article with Arabic names.
 */
public final class UiBenchmark {
    private UiBenchmark() {}

    public static void main(String[] args) throws Exception {
        int chars = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int annotations = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        boolean rtl = args.length > 2 && args[2].equals("rtl");
        Path project = Files.createTempDirectory("newsmark-ui-bench");
        Files.createDirectories(project.resolve("articles"));
        Files.copy(Path.of("annotations/schema.csv"), project.resolve("schema.csv"));
        CorpusGenerator.Doc doc = CorpusGenerator.generate(7, 0, 1, annotations, chars, rtl);
        Files.writeString(project.resolve("articles/big.txt"), doc.article().text());
        Files.writeString(
                project.resolve("articles/a-small.txt"),
                "A short article opened first, so that the big one"
                        + " is opened as a user switches to it, in a running window.");
        AnnotationSet set = doc.sets().get(0);
        Path file = project.resolve("annotators/bench/big.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, AnnotationCsv.format(new AnnotationSet("big", "bench", set.annotations())));
        System.out.printf(
                "article: %,d characters, %,d annotations, %s%n",
                doc.article().length(),
                set.size(),
                rtl ? "with Arabic (right-to-left) names" : "Latin, Cyrillic and emoji, no right-to-left text");

        Preferences node = Preferences.userRoot().node("org/newsmark/bench-ui");
        node.clear();
        // -Dnewsmark.bench.suggestions=false: the same with View → Show suggestions off.
        node.putBoolean("suggestions", Boolean.parseBoolean(System.getProperty("newsmark.bench.suggestions", "true")));
        UiProbe probe = new UiProbe(node, new Rectangle(0, 0, 1280, 900));
        long t0 = System.nanoTime();
        probe.open(project, "bench");
        SwingUtilities.invokeAndWait(() -> {
            JComponent text = probe.text();
            text.paintImmediately(text.getVisibleRect());
        });
        double cold = (System.nanoTime() - t0) / 1e6;
        double[] switches = new double[5];
        double[] switchesCpu = new double[5];
        for (int i = 0; i < switches.length; i++) {
            probe.openArticle("a-small");
            switches[i] = probe.timed(() -> probe.openArticle("big"));
            switchesCpu[i] = probe.lastCpuMs();
        }
        System.out.printf("start the app and open the first article (cold JVM): %.0f ms%n", cold);
        report("open the article in a running window", switches, switchesCpu);

        List<Annotation> entities = probe.annotations().stream()
                .filter(a -> a.layer().equals("ENTITY"))
                .toList();
        int reps = Integer.getInteger("newsmark.benchReps", 40);
        System.out.println("edits from " + Instant.now());
        double[][] wall = new double[4][reps];
        double[][] cpu = new double[4][reps];
        for (int i = 0; i < reps; i++) {
            Annotation target = entities.get(i * 37 % entities.size());
            SwingUtilities.invokeAndWait(() -> probe.scrollTo(target));
            Runnable[] actions = {
                () -> probe.createOver(target, "ORGANIZATION"),
                () -> probe.relabelSelected("LOCATION"),
                probe::deleteSelected,
                probe::undo
            };
            for (int a = 0; a < actions.length; a++) {
                wall[a][i] = probe.timed(actions[a]);
                cpu[a][i] = probe.lastCpuMs();
            }
        }
        double[] s = new double[30];
        double[] sCpu = new double[30];
        for (int i = 0; i < s.length; i++) {
            s[i] = probe.timed(probe::scrollOneScreen);
            sCpu[i] = probe.lastCpuMs();
        }
        String[] names = {"create", "relabel", "delete", "undo"};
        for (int a = 0; a < names.length; a++) {
            report(names[a], wall[a], cpu[a]);
        }
        report("scroll one screen", s, sCpu);
        probe.close();
        System.exit(0);
    }

    /** Wall time (what the user waits for) and the event thread's CPU time (what the action costs). */
    private static void report(String what, double[] ms, double[] cpuMs) {
        double[] v = ms.clone();
        double[] c = cpuMs.clone();
        Arrays.sort(v);
        Arrays.sort(c);
        System.out.printf(
                "%-38s median %6.1f ms   p95 %6.1f ms   max %6.1f ms   | event-thread CPU median %5.1f ms  p95 %5.1f ms%n",
                what,
                v[v.length / 2],
                v[(int) Math.ceil(v.length * 0.95) - 1],
                v[v.length - 1],
                c[c.length / 2],
                c[(int) Math.ceil(c.length * 0.95) - 1]);
    }
}
