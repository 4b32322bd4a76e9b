package org.newsmark.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.newsmark.service.team.JoinService;
import org.newsmark.service.team.ShareService;
import org.newsmark.service.team.SyncProgress;
import org.newsmark.service.team.SyncResult;
import org.newsmark.service.team.SyncService;

/**
 * Syncing a team's project through a bare repository over file://: a generated corpus of 1,000
 * articles (about 5,000 characters each) × 3 annotators × 150 annotations, shared by a lead and
 * joined by two annotators. Times a sync with nothing to do, a sync that sends 100 changed files
 * and a sync that brings them in, in a warm JVM (median of several runs) and as a fresh
 * {@code newsmark sync} process (the JVM's start included). Plain main: {@code java -cp ...
 * org.newsmark.bench.SyncBenchmark [ARTICLES]}.
 */
public final class SyncBenchmark {
    private static final Map<String, String> ENV = Map.of();

    private SyncBenchmark() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path base = Path.of("target/bench/team-" + articles).toAbsolutePath();
        delete(base);
        Path lead = base.resolve("lead");
        long t = System.nanoTime();
        CorpusGenerator.writeProject(lead, 42, articles, 3, 150, 5000);
        System.out.printf("generated %d articles × 3 annotators in %.1f s%n", articles, (System.nanoTime() - t) / 1e9);
        Path remote = base.resolve("remote.git");
        try (Git git = Git.init()
                .setBare(true)
                .setDirectory(remote.toFile())
                .setInitialBranch("main")
                .call()) {
            // an empty bare repository, as a new repository on a server starts
        }
        String url = remote.toUri().toString();
        t = System.nanoTime();
        new ShareService(ENV).share(lead, url, "lead", SyncProgress.NONE);
        double share = seconds(t);
        t = System.nanoTime();
        Path one = new JoinService(ENV)
                .join(url, base.resolve("annotator1"), "annotator1", SyncProgress.NONE)
                .project();
        double join = seconds(t);
        Path two = new JoinService(ENV)
                .join(url, base.resolve("annotator2"), "annotator2", SyncProgress.NONE)
                .project();

        double[] idle = new double[10];
        for (int run = -3; run < idle.length; run++) {
            t = System.nanoTime();
            SyncResult r = sync(one);
            if (!r.nothingToDo()) {
                throw new IllegalStateException("expected nothing to do");
            }
            if (run >= 0) {
                idle[run] = seconds(t);
            }
        }
        double[] send = new double[5];
        double[] bring = new double[5];
        for (int run = -2; run < send.length; run++) {
            change(two, "annotator2", 100, run + 2);
            t = System.nanoTime();
            SyncResult out = sync(two);
            double s = seconds(t);
            t = System.nanoTime();
            SyncResult in = sync(one);
            double b = seconds(t);
            if (out.outgoing().size() != 100 || in.incoming().size() != 100) {
                throw new IllegalStateException("expected 100 files out and in, got "
                        + out.outgoing().size() + " and " + in.incoming().size());
            }
            if (run >= 0) {
                send[run] = s;
                bring[run] = b;
            }
        }
        double coldIdle = cold(one);
        change(two, "annotator2", 100, 99);
        sync(two);
        double coldBring = cold(one);
        System.out.printf(
                "%n| sync, %d articles × 3 annotators (%d files), file:// remote | warm JVM, median | fresh process |%n",
                articles, articles * 4 + 4);
        System.out.println("| --- | --- | --- |");
        System.out.printf("| share (commit and push everything) | %.2f s (once) | |%n", share);
        System.out.printf("| join (clone and write every file) | %.2f s (once) | |%n", join);
        System.out.printf("| sync with nothing to do | %.3f s | %.2f s |%n", median(idle), coldIdle);
        System.out.printf("| sync sending 100 changed files | %.3f s | |%n", median(send));
        System.out.printf("| sync bringing in 100 changed files | %.3f s | %.2f s |%n", median(bring), coldBring);
    }

    private static SyncResult sync(Path clone) throws Exception {
        return new SyncService(ENV).sync(clone, SyncProgress.NONE);
    }

    /** Changes {@code n} of the annotator's files (a note on one more row), different files each round. */
    private static void change(Path clone, String annotator, int n, int round) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(clone.resolve("annotators").resolve(annotator))) {
            files = s.filter(p -> p.getFileName().toString().startsWith("news-"))
                    .sorted()
                    .toList();
        }
        for (int i = 0; i < n; i++) {
            Path f = files.get((round * n + i) % files.size());
            List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
            String last = lines.get(lines.size() - 1);
            lines.set(lines.size() - 1, last.substring(0, last.lastIndexOf(',') + 1) + "checked in round " + round);
            Files.write(f, lines, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        }
    }

    /** One {@code newsmark sync} in a fresh JVM, as a user runs it. */
    private static double cold(Path clone) throws Exception {
        List<String> cmd = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.newsmark.Main",
                "sync",
                clone.toString());
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("newsmark sync failed");
        }
        return seconds(t);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
