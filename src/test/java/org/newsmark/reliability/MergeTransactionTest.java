package org.newsmark.reliability;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.bench.CorpusGenerator;
import org.newsmark.cli.CliRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merge is a transaction: two merges into one folder at the same moment never both succeed nor
 * leave a mix; the annotator's locks are honoured; a merge killed with SIGKILL at any moment is
 * reported by {@code validate} and finished or undone by the next command, so gold is wholly the
 * old or wholly the new one; on a full disk nothing is written and the rerun goes through.
 */
class MergeTransactionTest {
    static final Tally TALLY = new Tally("merge transactions");
    static final String ANNOTATORS = "annotator1,annotator2,annotator3";
    /** Kills per run; {@code -Dnewsmark.mergeKills=N} for a longer run. */
    static final int KILLS = Integer.getInteger("newsmark.mergeKills", 5);

    @TempDir
    Path dir;

    @AfterAll
    static void numbers() {
        TALLY.add("gold folders left half old, half new", 0);
        TALLY.print();
    }

    /** Many short articles: a merge of them spends much of its time writing files, where a kill or a race hurts. */
    private Path corpus(String name, int articles) throws Exception {
        Path p = dir.resolve(name);
        CorpusGenerator.writeProject(p, 11, articles, 3, 6, 400);
        return p;
    }

    /** The files of a folder and their content. */
    static Map<String, String> files(Path folder) throws Exception {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".csv") && !name.startsWith(".")) {
                    out.put(name, Files.readString(f));
                }
            }
        }
        return out;
    }

    /** What a merge with this minimum writes, made in a copy of the project. */
    private Map<String, String> expected(Path project, String minAgree, String copyName) throws Exception {
        Path copy = TestData.copyTree(project, dir.resolve(copyName));
        Subprocess.deleteTree(copy.resolve("gold"));
        CliRunner.Result r = CliRunner.run(
                "merge", copy.toString(), "--annotators", ANNOTATORS, "--out", "gold", "--min-agree", minAgree);
        assertThat(r.code()).as(r.err()).isZero();
        return files(copy.resolve("gold"));
    }

    @Test
    void twoMergesIntoOneNewFolderAtOnceNeverBothWriteNorMix() throws Exception {
        Path project = corpus("race", 80);
        Map<String, String> one = expected(project, "1", "expect1");
        Map<String, String> three = expected(project, "3", "expect3");
        Random random = new Random(20261209L);
        for (int round = 0; round < 3; round++) {
            String out = "merged" + round;
            int delay = random.nextInt(60);
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<CliRunner.Result> a = CompletableFuture.supplyAsync(() -> {
                await(start);
                return CliRunner.run(
                        "merge", project.toString(), "--annotators", ANNOTATORS, "--out", out, "--min-agree", "1");
            });
            CompletableFuture<CliRunner.Result> b = CompletableFuture.supplyAsync(() -> {
                await(start);
                sleep(delay);
                return CliRunner.run(
                        "merge", project.toString(), "--annotators", ANNOTATORS, "--out", out, "--min-agree", "3");
            });
            CliRunner.Result ra = a.get(120, TimeUnit.SECONDS);
            CliRunner.Result rb = b.get(120, TimeUnit.SECONDS);
            assertThat(List.of(ra.code(), rb.code()))
                    .as(ra.err() + "\n" + rb.err())
                    .containsExactlyInAnyOrder(0, 1);
            Map<String, String> written = files(project.resolve("annotators").resolve(out));
            assertThat(written).as("round " + round).isEqualTo(ra.code() == 0 ? rename(one, out) : rename(three, out));
            TALLY.add("concurrent merges into one new folder (pairs)", 1);
        }
    }

    /** The expected gold files as they read when written to another folder (the annotator column). */
    private static Map<String, String> rename(Map<String, String> gold, String annotator) {
        Map<String, String> out = new TreeMap<>();
        gold.forEach((k, v) -> out.put(k, v.replace(",gold,", "," + annotator + ",")));
        return out;
    }

    @Test
    void theCommandLineHonoursTheAnnotatorsLock() throws Exception {
        Path project = SmallProject.create(dir.resolve("locked"));
        Path goldFile = project.resolve("gold/d1.csv");
        Map<String, String> before = files(project.resolve("gold"));
        try (ChildProcess.Child child = new ChildProcess.Child("hold-lock", goldFile.toString())) {
            assertThat(child.next(60)).startsWith("locked");
            CliRunner.Result r = CliRunner.run(
                    "merge",
                    project.toString(),
                    "--annotators",
                    "ana,ben",
                    "--out",
                    "gold",
                    "--force",
                    "--min-agree",
                    "1");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("gold/d1.csv").contains("process");
            assertThat(files(project.resolve("gold"))).isEqualTo(before);
        }
        TALLY.add("merges refused while the annotator holds a file", 1);
    }

    @Test
    void aMergeKilledAtAnyMomentIsReportedAndThenFinishedOrUndone() throws Exception {
        Path project = corpus("killed", 80);
        Map<String, String> minTwo = expected(project, "2", "expect2");
        Map<String, String> minOne = expected(project, "1", "expect1k");
        assertThat(CliRunner.run("merge", project.toString(), "--annotators", ANNOTATORS, "--min-agree", "2")
                        .code())
                .isZero();
        Random random = new Random(20261210L);
        int mixedSeen = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            try (ChildProcess.Child child = new ChildProcess.Child("merge-loop", project.toString(), ANNOTATORS)) {
                assertThat(child.next(60)).isEqualTo("ready");
                // One whole merge tells how long a merge takes here; the kill comes at a random moment of the next.
                long t0 = System.nanoTime();
                assertThat(child.next(120)).isNotNull();
                long cycle = Math.max(1, (System.nanoTime() - t0) / 1_000_000);
                Thread.sleep(random.nextInt((int) Math.min(cycle, 20_000)));
                child.kill();
            }
            Map<String, String> onDisk = files(project.resolve("gold"));
            boolean whole = onDisk.equals(minOne) || onDisk.equals(minTwo);
            CliRunner.Result validate = CliRunner.run("validate", project.toString());
            if (!whole) {
                mixedSeen++;
                assertThat(validate.code()).as("validate on a half-merged gold").isEqualTo(1);
                assertThat(validate.out()).contains("unfinished merge");
            }
            // Any other command finishes or undoes it first.
            CliRunner.Result agree =
                    CliRunner.run("agree", project.toString(), "--annotators", "annotator1,annotator2");
            assertThat(agree.code()).as(agree.err()).isZero();
            Map<String, String> after = files(project.resolve("gold"));
            assertThat(after.equals(minOne) || after.equals(minTwo))
                    .as("gold after kill " + kill + " is whole")
                    .isTrue();
            assertThat(CliRunner.run("validate", project.toString()).code()).isZero();
            TALLY.add("kills during a merge", 1);
        }
        TALLY.add("kills that left a merge half done before the next command", mixedSeen);
    }

    /**
     * A project a team shares through its permissions: after one member's merge, another member's
     * merge takes the same project lock (as the unprivileged user nobody), and finishes a merge the
     * first one left unfinished.
     */
    @Test
    void inASharedProjectAnotherUserTakesTheLockAndFinishesAnInterruptedMerge() throws Exception {
        String why = Subprocess.noNormalUser();
        Assumptions.assumeTrue(why == null, why);
        Path project = SmallProject.create(dir.resolve("shared/p"));
        shareWithEveryone(dir.resolve("shared"));
        assertThat(CliRunner.run(
                                "merge",
                                project.toString(),
                                "--annotators",
                                "ana,ben",
                                "--out",
                                "gold",
                                "--force",
                                "--min-agree",
                                "2")
                        .code())
                .isZero();
        Subprocess.Result other = Subprocess.runAsNobody(
                dir,
                "merge",
                project.toString(),
                "--annotators",
                "ana,ben",
                "--out",
                "gold",
                "--force",
                "--min-agree",
                "1");
        assertThat(other.code()).as(other.err()).isZero();
        // The first member's merge is killed after its commit: the other member's next command finishes it.
        Path state = project.resolve(".newsmark");
        Path staging = Files.createDirectories(state.resolve("staging-999999-1"));
        Files.writeString(
                staging.resolve("0"),
                Files.readString(project.resolve("gold/d1.csv")).replace(",ORGANIZATION,", ",NORP,"));
        Files.writeString(
                state.resolve("journal.csv"),
                "# merge by process 999999 on elsewhere since then\n" + "gold/d1.csv\t.newsmark/staging-999999-1/0\n");
        shareWithEveryone(state);
        Subprocess.Result finish = Subprocess.runAsNobody(dir, "agree", project.toString());
        assertThat(finish.code()).as(finish.err()).isZero();
        assertThat(finish.err()).contains("finished merge");
        assertThat(state.resolve("journal.csv")).doesNotExist();
        TALLY.add("merges by a second user of a shared project", 2);
    }

    private static void shareWithEveryone(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.toList()) {
                Files.setPosixFilePermissions(
                        f, PosixFilePermissions.fromString(Files.isDirectory(f) ? "rwxrwxrwx" : "rw-rw-rw-"));
            }
        }
        for (Path p = root.getParent(); p != null && p.getNameCount() > 1; p = p.getParent()) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void onAFullDiskAMergeWritesNothingAndTheRerunGoesThrough() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small-disk"));
        if (!mountTmpfs(mount, "2m")) {
            System.out.println("[reliability] merge transactions: full disk: tmpfs cannot be mounted here; not tried");
            return;
        }
        try {
            Path project = TestData.copyTree(corpus("full-src", 12), mount.resolve("p"));
            long need = 0;
            for (String f : expected(project, "1", "expect-full").values()) {
                need += f.getBytes(StandardCharsets.UTF_8).length;
            }
            // Fill the disk, then free room for about a third of what the merge writes.
            Path filler = mount.resolve("filler");
            fill(filler);
            try (var ch = FileChannel.open(filler, StandardOpenOption.WRITE)) {
                ch.truncate(Math.max(0, ch.size() - need / 3));
            }
            CliRunner.Result full =
                    CliRunner.run("merge", project.toString(), "--annotators", ANNOTATORS, "--min-agree", "1");
            assertThat(full.code()).isEqualTo(1);
            assertThat(full.err()).contains("no space left on device");
            assertThat(files(project.resolve("gold")))
                    .as("nothing written on a full disk")
                    .isEmpty();
            Files.delete(filler);
            CliRunner.Result rerun =
                    CliRunner.run("merge", project.toString(), "--annotators", ANNOTATORS, "--min-agree", "1");
            assertThat(rerun.code()).as(rerun.err()).isZero();
            assertThat(files(project.resolve("gold"))).hasSize(12);
            TALLY.add("merges on a full disk (nothing written, rerun went through)", 1);
        } finally {
            new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void fill(Path filler) throws Exception {
        try (var out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // The disk is full now.
        }
    }

    /** Mounts a tmpfs of the given size; false when the machine does not allow it. */
    static boolean mountTmpfs(Path at, String size) {
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString())
                    .redirectErrorStream(true)
                    .start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static void await(CyclicBarrier b) {
        try {
            b.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
