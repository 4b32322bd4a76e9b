package org.newsmark.reliability;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.newsmark.cli.CliRunner;
import org.newsmark.cli.NewsmarkCommand;
import org.newsmark.io.AnnotatorLock;
import org.newsmark.io.ProjectFolder;
import org.newsmark.service.AgreementService;
import org.newsmark.service.ProgressListener;
import org.newsmark.service.WorkbookService;

/**
 * The second process of the reliability tests, started as a child JVM on the test class path:
 * {@code save-loop PROJECT FIRST} saves versions FIRST, FIRST+1... of the annotator file and the
 * gold file through the real save path, printing each number once both are on disk, until it is
 * killed; {@code hold-lock FILE} takes the annotator lock on a file and keeps it until killed.
 */
public final class ChildProcess {
    static final String ANNOTATOR = "ana";

    private ChildProcess() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "save-loop" -> saveLoop(Path.of(args[1]), Long.parseLong(args[2]));
            case "hold-lock" -> holdLock(Path.of(args[1]));
            case "export-loop" -> exportLoop(Path.of(args[1]), Path.of(args[2]));
            case "merge-loop" -> mergeLoop(args[1], args[2]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void saveLoop(Path dir, long first) throws Exception {
        ProjectFolder project = ProjectFolder.open(dir);
        Versions versions = new Versions();
        System.out.println("ready");
        System.out.flush();
        for (long k = first; ; k++) {
            project.writeAnnotations(versions.version(ANNOTATOR, k));
            project.writeAnnotations(versions.version(ProjectFolder.GOLD, k));
            System.out.println(k);
            System.out.flush();
        }
    }

    /** Writes the agreement workbook of a project to the same file again and again. */
    private static void exportLoop(Path dir, Path file) throws Exception {
        WorkbookService service = new WorkbookService(ProjectFolder.open(dir));
        System.out.println("ready");
        System.out.flush();
        for (long k = 1; ; k++) {
            service.export(AgreementService.Request.all(), file, ProgressListener.NONE);
            System.out.println(k);
            System.out.flush();
        }
    }

    /**
     * Merges the annotators of a project into gold again and again through the command line,
     * alternating between two minimum votes so that consecutive merges write different gold files.
     */
    private static void mergeLoop(String project, String annotators) {
        System.out.println("ready");
        System.out.flush();
        for (long k = 1; ; k++) {
            picocli.CommandLine cl = NewsmarkCommand.commandLine(new CliRunner.FakeLauncher());
            cl.setOut(new PrintWriter(Writer.nullWriter()));
            cl.setErr(new PrintWriter(Writer.nullWriter()));
            int code = cl.execute(
                    "merge",
                    project,
                    "--annotators",
                    annotators,
                    "--out",
                    "gold",
                    "--force",
                    "--min-agree",
                    k % 2 == 0 ? "1" : "2");
            System.out.println(k + " " + code);
            System.out.flush();
        }
    }

    private static void holdLock(Path file) throws Exception {
        AnnotatorLock.Attempt attempt = AnnotatorLock.acquire(file);
        System.out.println(
                attempt.lock().isPresent() ? "locked " + ProcessHandle.current().pid() : "refused");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /**
     * A started child. Its standard output goes to a file, not a pipe: what the child wrote before
     * a SIGKILL is then never lost (a pipe read by a thread of this JVM can drop its last bytes
     * when the process dies during the read, which made the save-loop check see a version the child
     * had reported as one it had not).
     */
    static final class Child implements AutoCloseable {
        final Process process;
        private final Path output;
        private int consumed;

        Child(String... args) throws IOException {
            String[] cmd = new String[5 + args.length];
            cmd[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            cmd[1] = "-XX:TieredStopAtLevel=1";
            cmd[2] = "-cp";
            cmd[3] = System.getProperty("java.class.path");
            cmd[4] = ChildProcess.class.getName();
            System.arraycopy(args, 0, cmd, 5, args.length);
            output = Files.createTempFile("newsmark-child", ".out");
            process = new ProcessBuilder(cmd)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(output.toFile())
                    .start();
        }

        /**
         * The next complete output line; {@code <eof>} once the child has ended and every line is
         * read; null after the timeout.
         */
        String next(long seconds) throws InterruptedException, IOException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (true) {
                boolean ended = !process.isAlive();
                List<String> lines = completeLines();
                if (consumed < lines.size()) {
                    return lines.get(consumed++);
                }
                if (ended) {
                    return "<eof>";
                }
                if (System.nanoTime() > deadline) {
                    return null;
                }
                Thread.sleep(2);
            }
        }

        private List<String> completeLines() throws IOException {
            String text = Files.readString(output, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n');
            return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n", -1));
        }

        /** SIGKILL, and wait until the process is gone. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException, IOException {
            if (process.isAlive()) {
                kill();
            }
            Files.deleteIfExists(output);
        }
    }
}
