package org.newsmark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-shot commands as a user runs them, each in a fresh JVM from a shell:
 * {@code java -jar JAR validate DIR} and {@code java -jar JAR agree DIR} on the generated corpus
 * of 1,000 articles × 3 annotators × 150 annotations. Each command runs once untimed (so the
 * files are in the page cache, as they are for a user who just saved them), then {@code runs}
 * times; with a baseline jar, the runs of the two jars alternate, so that other work on the
 * machine weighs on both alike, and the output of every run must equal the baseline's byte for
 * byte. Wall time from here; CPU time and peak memory (max RSS, of the JVM and any child it
 * starts) from {@code /usr/bin/time} where it is installed. Prints the load average before and
 * after, since the machine is shared.
 *
 * <p>{@code ColdStartBenchmark [--runs N] [--corpus DIR] [--baseline OLD.jar] [JAR]}; the jar
 * defaults to target/newsmark.jar, the corpus to target/bench/corpus-1000 (generated when missing).
 */
public final class ColdStartBenchmark {
    private static final Path TIME = Path.of("/usr/bin/time");

    private ColdStartBenchmark() {}

    /** One run: seconds of wall and CPU time, peak memory in MB (-1 when unknown), and the output. */
    private record Run(double wall, double cpu, long rssMb, byte[] out) {}

    public static void main(String[] args) throws Exception {
        int runs = 5;
        Path corpus = Path.of("target/bench/corpus-1000");
        Path baseline = null;
        Path jar = Path.of("target/newsmark.jar");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--baseline" -> baseline = Path.of(args[++i]);
                default -> jar = Path.of(args[i]);
            }
        }
        if (!Files.exists(corpus.resolve("schema.csv"))) {
            CorpusGenerator.writeProject(corpus, 42, 1000, 3, 150, 5000);
            System.out.println("generated " + corpus);
        }
        Map<String, Path> jars = new LinkedHashMap<>();
        if (baseline != null) {
            jars.put("before", baseline);
        }
        jars.put(baseline != null ? "after" : "this jar", jar);
        System.out.println("cold starts on " + corpus + ", " + runs + " runs each; load average before: " + load());
        System.out.println("| command | jar | wall: min / median / max | CPU (median) | max RSS | output |");
        System.out.println("|---|---|---|---|---|---|");
        boolean same = true;
        for (String command : List.of("validate", "agree")) {
            same &= measure(command, corpus, jars, runs);
        }
        System.out.println("load average after: " + load());
        if (!same) {
            throw new IllegalStateException("the output differs between runs or jars");
        }
    }

    private static boolean measure(String command, Path corpus, Map<String, Path> jars, int runs) throws Exception {
        Map<String, List<Run>> results = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : jars.entrySet()) {
            run(e.getValue(), command, corpus);
            results.put(e.getKey(), new ArrayList<>());
        }
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, Path> e : jars.entrySet()) {
                results.get(e.getKey()).add(run(e.getValue(), command, corpus));
            }
        }
        byte[] reference = results.values().iterator().next().get(0).out();
        boolean allSame = true;
        for (Map.Entry<String, List<Run>> e : results.entrySet()) {
            List<Run> list = e.getValue();
            boolean same = list.stream().allMatch(r -> Arrays.equals(r.out(), reference));
            allSame &= same;
            double[] wall = list.stream().mapToDouble(Run::wall).sorted().toArray();
            double[] cpu = list.stream().mapToDouble(Run::cpu).sorted().toArray();
            long rss = list.stream().mapToLong(Run::rssMb).max().orElse(-1);
            System.out.printf(
                    "| `%s` | %s | %.2f / %.2f / %.2f s | %s | %s | %s |%n",
                    command,
                    e.getKey(),
                    wall[0],
                    wall[wall.length / 2],
                    wall[wall.length - 1],
                    cpu[0] < 0 ? "?" : String.format("%.2f s", cpu[cpu.length / 2]),
                    rss < 0 ? "?" : rss + " MB",
                    same ? "same" : "DIFFERENT");
        }
        return allSame;
    }

    private static Run run(Path jar, String command, Path corpus) throws IOException, InterruptedException {
        Path out = Files.createTempFile("cold-out", ".txt");
        Path stats = Files.createTempFile("cold-time", ".txt");
        try {
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> cmd = new ArrayList<>();
            boolean timed = Files.isExecutable(TIME);
            if (timed) {
                cmd.addAll(List.of(TIME.toString(), "-f", "%M %U %S", "-o", stats.toString()));
            }
            cmd.addAll(List.of(java, "-jar", jar.toString(), command, corpus.toString()));
            long t = System.nanoTime();
            Process p = new ProcessBuilder(cmd)
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            int code = p.waitFor();
            double wall = (System.nanoTime() - t) / 1e9;
            if (code != 0) {
                throw new IllegalStateException(command + " with " + jar + " ended with exit code " + code);
            }
            double cpu = -1;
            long rss = -1;
            if (timed) {
                String[] f = Files.readString(stats).trim().split("\\s+");
                rss = Long.parseLong(f[f.length - 3]) / 1024;
                cpu = Double.parseDouble(f[f.length - 2]) + Double.parseDouble(f[f.length - 1]);
            }
            return new Run(wall, cpu, rss, Files.readAllBytes(out));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(stats);
        }
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
