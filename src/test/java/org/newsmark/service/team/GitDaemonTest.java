package org.newsmark.service.team;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network path: a real {@code git daemon} on a free port of 127.0.0.1 serves the remote over
 * git://, and the git program itself checks what Newsmark pushed ({@code git fsck}, {@code git log}).
 */
@EnabledIf(
        value = "gitInstalled",
        disabledReason =
                "the git program is not installed (the git package; .ci/run installs it): no git daemon to test against")
class GitDaemonTest {
    @TempDir
    Path dir;

    private Process daemon;
    private Team team;

    static boolean gitInstalled() {
        try {
            Process p = new ProcessBuilder("git", "--version")
                    .redirectErrorStream(true)
                    .start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @BeforeEach
    void startDaemon() throws Exception {
        Path served = Files.createDirectories(dir.resolve("served"));
        git(served, "init", "--bare", "--initial-branch=main", "project.git");
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        daemon = new ProcessBuilder(
                        "git",
                        "daemon",
                        "--reuseaddr",
                        "--base-path=" + served,
                        "--export-all",
                        "--enable=receive-pack",
                        "--listen=127.0.0.1",
                        "--port=" + port,
                        served.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("daemon.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!listening(port)) {
            assertThat(daemon.isAlive())
                    .as("git daemon is running; its log: " + log())
                    .isTrue();
            assertThat(System.nanoTime()).as("git daemon listens within 20 s").isLessThan(deadline);
            Thread.sleep(50);
        }
        team = new Team(dir, "git://127.0.0.1:" + port + "/project.git");
    }

    @AfterEach
    void stopDaemon() throws Exception {
        if (daemon != null) {
            daemon.destroy();
            daemon.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aTeamSyncsThroughAGitDaemonAndGitAcceptsWhatWasPushed() throws Exception {
        Path lea = team.share("lea");
        Path ana = team.join("ana");
        Path ben = team.join("ben");
        Team.annotate(ana, "ana", "d1", "over the network");
        Team.annotate(ben, "ben", "d2", "also");
        assertThat(Team.sync(ana).pushed()).isTrue();
        SyncResult r = Team.sync(ben);
        assertThat(r.incomingByOwner()).isEqualTo(Map.of("ana", List.of("d1")));
        assertThat(r.pushed()).isTrue();
        assertThat(Team.sync(lea).incomingByOwner()).containsOnlyKeys("ana", "ben");
        Path bare = dir.resolve("served/project.git");
        assertThat(git(bare, "fsck", "--strict")).doesNotContain("error");
        assertThat(git(bare, "log", "--format=%an", "main")).contains("ana\n", "ben\n", "lea\n");
        Path check = dir.resolve("git-clone");
        git(dir, "clone", "-q", team.url, check.toString());
        assertThat(Files.readAllBytes(check.resolve("annotators/ana/d1.csv")))
                .isEqualTo(Files.readAllBytes(ana.resolve("annotators/ana/d1.csv")));
    }

    @Test
    void aStoppedDaemonIsOfflineAndTheNextSyncPushes() throws Exception {
        team.share("lea");
        Path ana = team.join("ana");
        Team.annotate(ana, "ana", "d1", "kept");
        daemon.destroy();
        daemon.waitFor(10, TimeUnit.SECONDS);
        try {
            Team.sync(ana);
            throw new AssertionError("a sync without its remote must fail");
        } catch (TeamException e) {
            assertThat(e.kind()).isEqualTo(TeamException.Kind.OFFLINE);
            assertThat(e.getMessage()).contains("committed in this clone");
        }
        startDaemonAgain();
        assertThat(Team.sync(ana).outgoingByOwner()).isEqualTo(Map.of("ana", List.of("d1")));
    }

    private void startDaemonAgain() throws Exception {
        String url = team.url;
        int port = Integer.parseInt(url.substring(url.lastIndexOf(':') + 1, url.indexOf('/', url.lastIndexOf(':'))));
        Path served = dir.resolve("served");
        daemon = new ProcessBuilder(
                        "git",
                        "daemon",
                        "--reuseaddr",
                        "--base-path=" + served,
                        "--export-all",
                        "--enable=receive-pack",
                        "--listen=127.0.0.1",
                        "--port=" + port,
                        served.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("daemon2.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!listening(port) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String log() throws IOException {
        Path log = dir.resolve("daemon.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static String git(Path in, String... args) throws Exception {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "git";
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p = new ProcessBuilder(cmd)
                .directory(in.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue())
                .as("git " + String.join(" ", args) + ": " + out)
                .isZero();
        return out;
    }
}
