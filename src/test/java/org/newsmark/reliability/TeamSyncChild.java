package org.newsmark.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.newsmark.service.team.SyncResult;
import org.newsmark.service.team.SyncService;
import org.newsmark.service.team.TeamException;

/**
 * A sync in a child JVM, for the team stress test: {@code TeamSyncChild CLONE} prints
 * {@code ready} once the git library is loaded, {@code stage NAME} as the sync goes, and at the end
 * {@code ok REPAIRED CONFLICTS ATTEMPTS} or {@code error KIND MESSAGE}. The test kills some of them
 * with SIGKILL, at a chosen stage.
 */
public final class TeamSyncChild {
    private TeamSyncChild() {}

    public static void main(String[] args) throws Exception {
        Class.forName("org.eclipse.jgit.api.Git");
        System.out.println("ready");
        System.out.flush();
        try {
            SyncResult r = new SyncService().sync(Path.of(args[0]), (stage, fraction) -> {
                System.out.println("stage " + stage.name());
                System.out.flush();
                return true;
            });
            System.out.println("ok " + r.repaired().size() + " " + r.conflicts().size() + " " + r.attempts());
        } catch (TeamException e) {
            System.out.println("error " + e.kind() + " " + e.getMessage().replace('\n', ' '));
        }
        System.out.flush();
        System.exit(0);
    }

    /** A started child; its output goes to a file, which a SIGKILL cannot truncate as it can a pipe. */
    static final class Child implements AutoCloseable {
        final Process process;
        private final Path output;

        Child(Path clone) throws IOException {
            output = Files.createTempFile("newsmark-team-child", ".out");
            process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-XX:TieredStopAtLevel=1",
                            "-Xshare:auto",
                            "-cp",
                            System.getProperty("java.class.path"),
                            TeamSyncChild.class.getName(),
                            clone.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(output.toFile())
                    .start();
        }

        /** Waits until the child printed a line starting with {@code prefix}; false at the timeout or its end. */
        boolean await(String prefix, long seconds) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                if (Files.readString(output, StandardCharsets.UTF_8).lines().anyMatch(l -> l.startsWith(prefix))) {
                    return true;
                }
                if (!process.isAlive()) {
                    return Files.readString(output, StandardCharsets.UTF_8)
                            .lines()
                            .anyMatch(l -> l.startsWith(prefix));
                }
                Thread.sleep(5);
            }
            return false;
        }

        /** The child's last line once it has ended. */
        String result(long seconds) throws IOException, InterruptedException {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                return null;
            }
            String[] lines = Files.readString(output, StandardCharsets.UTF_8).split("\n");
            return lines[lines.length - 1];
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws IOException, InterruptedException {
            if (process.isAlive()) {
                kill();
            }
            Files.deleteIfExists(output);
        }
    }
}
