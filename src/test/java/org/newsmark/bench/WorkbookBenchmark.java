package org.newsmark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.newsmark.io.ProjectFolder;
import org.newsmark.report.workbook.AgreementWorkbook;
import org.newsmark.service.AgreementService;
import org.newsmark.service.WorkbookService;

/**
 * The agreement workbook of the generated corpus (1,000 articles × 3 annotators × 150
 * annotations), exported in a child JVM with {@code -Xmx512m} to show that the streaming writer
 * needs little memory; target: under 30 s. Run with {@code mvn -q -Pbench verify} or as a plain
 * main class: {@code WorkbookBenchmark [articles]}.
 */
public final class WorkbookBenchmark {
    private WorkbookBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = Path.of("target/bench/corpus-" + articles);
        if (!Files.exists(dir.resolve("schema.csv"))) {
            long t = System.nanoTime();
            CorpusGenerator.writeProject(dir, 42, articles, 3, 150, 5000);
            System.out.printf("generated %s in %.1f s%n", dir, (System.nanoTime() - t) / 1e9);
        }
        Path out = Path.of("target/bench/workbook-" + articles + ".xlsx");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        WorkbookBenchmark.class.getName(),
                        "--child",
                        dir.toString(),
                        out.toString()))
                .inheritIO()
                .start();
        int code = p.waitFor();
        if (code != 0) {
            throw new IllegalStateException("the export in the child JVM failed with exit code " + code);
        }
    }

    private static void child(Path project, Path out) throws Exception {
        long t = System.nanoTime();
        WorkbookService service = new WorkbookService(ProjectFolder.open(project));
        double[] last = {0};
        WorkbookService.Export export = service.export(AgreementService.Request.all(), out, f -> {
            last[0] = f;
            return true;
        });
        AgreementWorkbook.Written w = export.written()
                .orElseThrow(() -> new IllegalStateException("the corpus has problems: " + export.problems()));
        double seconds = (System.nanoTime() - t) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "workbook of %s with -Xmx%dm: %.1f s (read, validate, measure, write), %.0f MB file, sheets %s,"
                        + " %d aligned spans, %d disagreements%n",
                project,
                rt.maxMemory() >> 20,
                seconds,
                Files.size(out) / 1e6,
                w.sheets(),
                w.spanRows(),
                w.disagreementRows());
    }
}
