package org.newsmark.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.cli.CliRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a killed command leaves behind: temporary files of interrupted saves and imports are
 * passed over by every reader (validate included) and removed by the next command once their
 * process is gone; a killed export leaves nothing that the next export to the same file does not
 * clear, and POI's sheet files live in a folder of their own run that is removed.
 */
class CrashLeftoversTest {
    static final Tally TALLY = new Tally("crash leftovers");

    @TempDir
    Path dir;

    @AfterAll
    static void numbers() {
        TALLY.print();
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor(10, TimeUnit.SECONDS);
        return p.pid();
    }

    private static Path leftover(Path folder, String file, long pid, int minutesOld) throws Exception {
        Path tmp = folder.resolve(
                "." + file + "." + pid + "." + (1_000_000 + new Random(pid).nextInt(1_000_000)) + ".tmp");
        Files.writeString(tmp, "half a file");
        Files.setLastModifiedTime(tmp, FileTime.from(Instant.now().minusSeconds(60L * minutesOld)));
        return tmp;
    }

    @Test
    void temporaryFilesOfAKilledImportOrSaveArePassedOverAndThenRemoved() throws Exception {
        Path p = SmallProject.create(dir.resolve("p"));
        long dead = deadPid();
        long alive = ProcessHandle.current().pid();
        List<Path> stale = List.of(
                leftover(p.resolve("articles"), "d3.txt", dead, 5),
                leftover(p.resolve("annotators/ana"), "d1.csv", dead, 5),
                leftover(p.resolve("gold"), "d2.csv", dead, 5));
        Path live = leftover(p.resolve("annotators/ben"), "d1.csv", alive, 5);
        CliRunner.Result validate = CliRunner.run("validate", p.toString());
        assertThat(validate.code()).as(validate.out()).isZero();
        TALLY.add("temporary files passed over by validate", 4);
        assertThat(CliRunner.run("agree", p.toString()).code()).isZero();
        assertThat(stale).allMatch(f -> !Files.exists(f));
        assertThat(live).exists();
        TALLY.add("stale temporary files removed by the next command", stale.size());
    }

    @Test
    void killedExportsLeaveNothingBehindOnceTheNextExportHasRun() throws Exception {
        Path p = SmallProject.create(dir.resolve("p"));
        Path tmpdir = Files.createDirectories(dir.resolve("tmpdir"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path file = out.resolve("review.xlsx");
        Random random = new Random(20261212L);
        for (int kill = 0; kill < 3; kill++) {
            Process child = new ProcessBuilder(
                            java(),
                            "-Djava.io.tmpdir=" + tmpdir,
                            "-cp",
                            System.getProperty("java.class.path"),
                            ChildProcess.class.getName(),
                            "export-loop",
                            p.toString(),
                            file.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Thread.sleep(1500 + random.nextInt(500));
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            TALLY.add("exports killed", 1);
        }
        Subprocess.Result last = Subprocess.runWith(
                dir, List.of("-Djava.io.tmpdir=" + tmpdir), "export", p.toString(), "--xlsx", file.toString());
        assertThat(last.code()).as(last.err()).isZero();
        assertThat(everything(tmpdir))
                .as("the temporary folder after a clean run")
                .isEmpty();
        assertThat(everything(out)).containsExactly("review.xlsx");
        TALLY.add("files left in the temporary folder and beside the output after the next export", 0);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<String> everything(Path folder) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> all = Files.walk(folder)) {
            all.filter(f -> !f.equals(folder))
                    .forEach(f -> out.add(folder.relativize(f).toString()));
        }
        return out;
    }
}
