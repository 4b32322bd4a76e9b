package org.newsmark.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.sun.management.OperatingSystemMXBean;
import org.newsmark.agreement.AgreementOptions;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.bootstrap.AgreementBootstrap;
import org.newsmark.agreement.bootstrap.BootstrapOptions;
import org.newsmark.agreement.corpus.AgreementCalculator;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.cli.NewsmarkCommand;
import org.newsmark.io.ProjectFolder;
import org.newsmark.ui.SwingLauncher;

/**
 * {@code newsmark agree --ci 0.95} on the generated corpus (1,000 articles × 3 annotators × 150
 * annotations; target: under 20 s end to end), each run in a fresh JVM as a user runs it, beside
 * the same command without intervals, wall time and the JVM's CPU time (user and system, all
 * threads: an upper bound of the wall time on an idle machine, and a figure that other load on
 * the machine changes little); then the bootstrap alone (1,000 replicates of every value),
 * median after warm-up, wall and CPU time. Run with {@code mvn -q -Pbench verify} or as a plain
 * main class: {@code ConfidenceIntervalBenchmark [articles] [runs]}.
 */
public final class ConfidenceIntervalBenchmark {
    private ConfidenceIntervalBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Path.of("target/bench/corpus-" + articles);
        if (!Files.exists(dir.resolve("schema.csv"))) {
            long t = System.nanoTime();
            CorpusGenerator.writeProject(dir, 42, articles, 3, 150, 5000);
            System.out.printf("generated %s in %.1f s%n", dir, (System.nanoTime() - t) / 1e9);
        }
        System.out.printf(
                "corpus: %d articles x 3 annotators x 150 annotations, %d cores%n",
                articles, Runtime.getRuntime().availableProcessors());
        double[][] plain = new double[2][runs];
        double[][] withCi = new double[2][runs];
        for (int i = 0; i < runs; i++) {
            double[] a = agreeInChildJvm(dir, List.of("--format", "csv"));
            double[] b = agreeInChildJvm(dir, List.of("--ci", "0.95", "--format", "csv"));
            plain[0][i] = a[0];
            plain[1][i] = a[1];
            withCi[0][i] = b[0];
            withCi[1][i] = b[1];
            System.out.printf(
                    "  run %d: agree %.1f s (CPU %.1f s), agree --ci 0.95 %.1f s (CPU %.1f s)%n",
                    i + 1, a[0], a[1], b[0], b[1]);
        }
        System.out.printf(
                "fresh JVM, end to end, medians: agree %.1f s (CPU %.1f s); agree --ci 0.95 %.1f s (CPU %.1f s);"
                        + " target 20 s%n",
                median(plain[0]), median(plain[1]), median(withCi[0]), median(withCi[1]));

        AnnotatedCorpus corpus = AgreementBenchmark.load(ProjectFolder.open(dir));
        AgreementReport report = AgreementCalculator.calculate(corpus, AgreementOptions.all());
        BootstrapOptions options = BootstrapOptions.level(0.95);
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] wall = new double[5];
        double[] cpu = new double[5];
        AgreementBootstrap.withIntervals(corpus, report, options);
        for (int i = 0; i < wall.length; i++) {
            long c = os.getProcessCpuTime();
            long t = System.nanoTime();
            AgreementBootstrap.withIntervals(corpus, report, options);
            wall[i] = (System.nanoTime() - t) / 1e9;
            cpu[i] = (os.getProcessCpuTime() - c) / 1e9;
        }
        System.out.printf(
                "the bootstrap alone (%d values, 1,000 replicates), median of 5 after warm-up: %.2f s wall,"
                        + " %.2f s CPU%n",
                report.corpus().size(), median(wall), median(cpu));
    }

    /**
     * Wall and CPU seconds of one {@code newsmark agree PROJECT ARGS} in a fresh JVM, its output to
     * a file; the child reports its CPU time on its last line of standard error.
     */
    private static double[] agreeInChildJvm(Path project, List<String> args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ConfidenceIntervalBenchmark.class.getName(),
                "--child",
                "agree",
                project.toString()));
        command.addAll(args);
        Path out = Path.of("target/bench/agree-ci.csv");
        Path err = Path.of("target/bench/agree-ci.err");
        long t = System.nanoTime();
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        int code = p.waitFor();
        double seconds = (System.nanoTime() - t) / 1e9;
        List<String> lines = Files.readAllLines(err);
        if (code != 0 || lines.isEmpty()) {
            throw new IllegalStateException("agree " + args + " failed with exit code " + code + ": " + lines);
        }
        return new double[] {
            seconds, Double.parseDouble(lines.get(lines.size() - 1).replace("cpu ", ""))
        };
    }

    /** In the child JVM: the command, as {@code Main} runs it, then its CPU time on standard error. */
    private static void child(String[] args) {
        int code = NewsmarkCommand.commandLine(new SwingLauncher()).execute(args);
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.err.printf(Locale.ROOT, "cpu %.2f%n", os.getProcessCpuTime() / 1e9);
        System.exit(code);
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
