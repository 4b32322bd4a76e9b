package org.newsmark.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.newsmark.io.AnnotatorLock;
import org.newsmark.io.ProjectFolder;

/**
 * The second process of the reliability tests, started as a child JVM on the test class path:
 * {@code save-loop PROJECT FIRST} saves versions FIRST, FIRST+1... of the annotator file and the
 * gold file through the real save path, printing each number once both are on disk, until it is
 * killed; {@code hold-lock FILE} takes the annotator lock on a file and keeps it until killed.
 */
public final class ChildProcess {
    static final String ANNOTATOR = "ana";

    private ChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "save-loop" -> saveLoop(Path.of(args[1]), Long.parseLong(args[2]));
            case "hold-lock" -> holdLock(Path.of(args[1]));
            case "export-loop" -> exportLoop(Path.of(args[1]), Path.of(args[2]));
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
        org.newsmark.service.WorkbookService service = new org.newsmark.service.WorkbookService(ProjectFolder.open(dir));
        System.out.println("ready");
        System.out.flush();
        for (long k = 1; ; k++) {
            service.export(org.newsmark.service.AgreementService.Request.all(), file,
                    org.newsmark.service.ProgressListener.NONE);
            System.out.println(k);
            System.out.flush();
        }
    }

    private static void holdLock(Path file) throws Exception {
        AnnotatorLock.Attempt attempt = AnnotatorLock.acquire(file);
        System.out.println(attempt.lock().isPresent() ? "locked " + ProcessHandle.current().pid() : "refused");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** A started child with its output lines in a queue. */
    static final class Child implements AutoCloseable {
        final Process process;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        Child(String... args) throws IOException {
            String[] cmd = new String[5 + args.length];
            cmd[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            cmd[1] = "-XX:TieredStopAtLevel=1";
            cmd[2] = "-cp";
            cmd[3] = System.getProperty("java.class.path");
            cmd[4] = ChildProcess.class.getName();
            System.arraycopy(args, 0, cmd, 5, args.length);
            process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // The child was killed.
                }
                lines.add("<eof>");
            }, "child-output");
            reader.setDaemon(true);
            reader.start();
        }

        /** The next output line, or null after the timeout. */
        String next(long seconds) throws InterruptedException {
            return lines.poll(seconds, TimeUnit.SECONDS);
        }

        /** SIGKILL, and wait until the process is gone and its output is read to the end. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                kill();
            }
        }
    }
}
