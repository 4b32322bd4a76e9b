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
 * which does not depend on what else the machine runs. Before each round of edits the benchmark
 * pauses as an annotator reading on would, long enough for the suggestions to be worked out again,
 * so that the edits meet that work under way. Arguments: characters, annotations, and
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
        // A running window: the recommenders trained once after the start (a core for a few seconds,
        // again only when a file they learn from changes), and the first article's suggestions shown.
        long training = System.nanoTime();
        probe.awaitSuggestions();
        System.out.printf(
                "suggestions trained and shown for the first article after %.1f s%n",
                (System.nanoTime() - training) / 1e9);
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
        // As an annotator who opens a long article and reads before the first edit: the suggestions
        // (and, the first time, their training) are there before the edits are timed.
        long waited = System.nanoTime();
        probe.awaitSuggestions();
        System.out.printf("suggestions of the open article ready after %.1f s%n", (System.nanoTime() - waited) / 1e9);
        int reps = Integer.getInteger("newsmark.benchReps", 40);
        // The first rounds compile the edit paths (the JIT then takes a core): run, not counted.
        int warmUp = Integer.getInteger("newsmark.benchWarmUp", 8);
        System.out.println("edits from " + Instant.now() + " (" + warmUp + " rounds of warm-up not counted)");
        double[][] wall = new double[4][reps];
        double[][] cpu = new double[4][reps];
        for (int i = -warmUp; i < reps; i++) {
            // A pause, as an annotator reads on: long enough for the suggestions to be worked out
            // again, and ending at a different moment of that work each time, so that the next
            // edits come while it runs (the worst case for them).
            Thread.sleep(probe.suggestionPauseMs() + 50 + Math.floorMod(i * 97, 600));
            Annotation target = entities.get(Math.floorMod(i * 37, entities.size()));
            SwingUtilities.invokeAndWait(() -> {
                probe.scrollTo(target);
                probe.selectOver(target);
            });
            Runnable[] actions = {
                () -> probe.create("ORGANIZATION"),
                () -> probe.relabelSelected("LOCATION"),
                probe::deleteSelected,
                probe::undo
            };
            for (int a = 0; a < actions.length; a++) {
                double ms = probe.timed(actions[a]);
                if (i >= 0) {
                    wall[a][i] = ms;
                    cpu[a][i] = probe.lastCpuMs();
                }
            }
        }
        double[] s = new double[30];
        double[] sCpu = new double[30];
        for (int i = 0; i < s.length; i++) {
            s[i] = probe.timed(probe::scrollOneScreen);
            sCpu[i] = probe.lastCpuMs();
        }
        System.out.println("suggestion runs finished (open and edits): " + probe.suggestionRuns());
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
