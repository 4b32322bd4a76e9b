package org.newsmark.reliability;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.cli.CliRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where exports go: a regular file is replaced atomically; a FIFO, a device, {@code -} (standard
 * output) or {@code /dev/stdout} is written into and stays what it is; a symbolic link stays a
 * link and its target is replaced; messages name the path the user gave ("no space left on
 * device: /dev/full", not a temporary file); and no export lands on the project's own data
 * (schema.csv, articles/, annotators/, gold/), whether named directly or through a link.
 */
class OutputTargetTest {
    static final Tally TALLY = new Tally("output targets");

    @TempDir
    Path dir;

    @AfterAll
    static void numbers() {
        TALLY.add("devices turned into files", 0);
        TALLY.add("project files overwritten by an export", 0);
        TALLY.print();
    }

    private Path project() throws Exception {
        return SmallProject.create(dir.resolve("p"));
    }

    /** A private /dev/full (same device numbers), so a broken export can never replace the real one. */
    private Path fullDevice() throws Exception {
        Path full = dir.resolve("full");
        Process p = new ProcessBuilder("mknod", "-m", "666", full.toString(), "c", "1", "7").start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mknod is refused here");
        return full;
    }

    private static boolean isCharDevice(Path p) throws Exception {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                && !Files.isSymbolicLink(p);
    }

    @Test
    void aFullDeviceStaysADeviceAndTheMessageNamesItAndTheReason() throws Exception {
        assumeTrue(Subprocess.isRoot(), "only root can make a device node");
        Path p = project();
        Path full = fullDevice();
        for (String option : List.of("--xlsx", "--csv")) {
            CliRunner.Result r = CliRunner.run("export", p.toString(), option, full.toString());
            assertThat(isCharDevice(full)).as("after export " + option).isTrue();
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.err())
                    .contains("no space left on device: " + full)
                    .doesNotContain(".tmp")
                    .doesNotContain("unclosed entries");
            TALLY.add("exports into a full device", 1);
        }
        CliRunner.Result agree = CliRunner.run("agree", p.toString(), "--xlsx", full.toString());
        assertThat(isCharDevice(full)).isTrue();
        assertThat(agree.err()).contains("no space left on device: " + full);
        CliRunner.Result score = CliRunner.run("score", p.toString(), "--annotator", "ana", "--xlsx", full.toString());
        assertThat(isCharDevice(full)).isTrue();
        assertThat(score.err()).contains("no space left on device: " + full);
        TALLY.add("exports into a full device", 2);
    }

    @Test
    void asANormalUserDevFullSaysNoSpaceLeftNotPermissionDeniedOnATemporaryFile() throws Exception {
        String why = Subprocess.noNormalUser();
        assumeTrue(why == null, why);
        Path p = project();
        SymlinkLayoutTest.chownTree(dir);
        for (String option : List.of("--xlsx", "--csv")) {
            Subprocess.Result r = Subprocess.runAsNobody(dir, "export", p.toString(), option, "/dev/full");
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains("no space left on device: /dev/full").doesNotContain(".tmp");
            TALLY.add("exports into /dev/full as nobody", 1);
        }
    }

    @Test
    void aFifoIsWrittenIntoAndStaysAFifo() throws Exception {
        Path p = project();
        Path fifo = dir.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        CliRunner.Result r = CliRunner.run("export", p.toString(), "--csv", fifo.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String csv = new String(read.get(60, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("doc,annotator,id,layer,label,start,end,text,links,attributes,note,@mention,@modality\n")
                .contains("Peskov");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(listing(dir)).noneMatch(n -> n.endsWith(".tmp"));
        TALLY.add("exports into a FIFO", 1);
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetIsReplaced() throws Exception {
        Path p = project();
        Path real = Files.createDirectories(dir.resolve("real")).resolve("all.csv");
        Files.writeString(real, "old");
        Path link = dir.resolve("link.csv");
        Files.createSymbolicLink(link, real);
        CliRunner.Result r = CliRunner.run("export", p.toString(), "--csv", link.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("doc,annotator,id");
        Path xlsxLink = dir.resolve("link.xlsx");
        Files.createSymbolicLink(xlsxLink, Path.of("real/review.xlsx"));
        assertThat(CliRunner.run("export", p.toString(), "--xlsx", xlsxLink.toString())
                        .code())
                .isZero();
        assertThat(Files.isSymbolicLink(xlsxLink)).isTrue();
        assertThat(Files.size(dir.resolve("real/review.xlsx"))).isPositive();
        TALLY.add("exports through a symbolic link", 2);
    }

    @Test
    void standardOutputTakesTheCsvAndTheWorkbook() throws Exception {
        Path p = project();
        Subprocess.Result dash = Subprocess.run(dir, "export", p.toString(), "--csv", "-");
        assertThat(dash.code()).as(dash.err()).isZero();
        assertThat(dash.out())
                .startsWith("doc,annotator,id,layer,label,start,end,text,links,attributes,note,@mention,@modality\n")
                .contains("Peskov")
                .doesNotContain("wrote");
        Subprocess.Result dev = Subprocess.run(dir, "export", p.toString(), "--csv", "/dev/stdout");
        assertThat(dev.code()).as(dev.err()).isZero();
        assertThat(dev.out()).isEqualTo(dash.out());
        Subprocess.Result xlsx = Subprocess.run(dir, "export", p.toString(), "--xlsx", "-");
        assertThat(xlsx.code()).as(xlsx.err()).isZero();
        try (var wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx.outBytes()))) {
            assertThat(wb.getSheet("Disagreements")).isNotNull();
        }
        TALLY.add("exports to standard output", 3);
    }

    @Test
    void noExportLandsOnTheProjectsDataWhateverThePath() throws Exception {
        Random random = new Random(20261208L);
        Path p = project();
        Path linkToGold = dir.resolve("gold-link");
        Files.createSymbolicLink(linkToGold, p.resolve("gold"));
        Path linkToSchema = dir.resolve("schema-link.csv");
        Files.createSymbolicLink(linkToSchema, p.resolve("schema.csv"));
        List<String> targets = List.of(
                p.resolve("schema.csv").toString(),
                p.resolve("gold/d1.csv").toString(),
                p.resolve("articles/d1.txt").toString(),
                p.resolve("annotators/ana/d1.csv").toString(),
                p.resolve("annotators/ana/new.xlsx").toString(),
                p.resolve("articles/../gold/d2.csv").toString(),
                linkToGold.resolve("d1.csv").toString(),
                linkToSchema.toString());
        Map<String, String> before = SymlinkLayoutTest.snapshot(p);
        for (String target : targets) {
            String[][] runs = {
                {"export", p.toString(), "--xlsx", target},
                {"export", p.toString(), "--csv", target},
                {"agree", p.toString(), "--xlsx", target},
                {"score", p.toString(), "--annotator", "ana", "--xlsx", target}
            };
            String[] run = runs[random.nextInt(runs.length)];
            CliRunner.Result r = CliRunner.run(run);
            assertThat(r.code()).as(String.join(" ", run) + ": " + r.err()).isIn(1, 2);
            assertThat(r.err()).contains("inside the project");
            assertThat(SymlinkLayoutTest.snapshot(p)).as(String.join(" ", run)).isEqualTo(before);
            TALLY.add("exports aimed at project data, refused", 1);
        }
        Path linkToArticles = dir.resolve("articles-link");
        Files.createSymbolicLink(linkToArticles, p.resolve("articles"));
        CliRunner.Result convert =
                CliRunner.run("convert", p.toString(), "--to", "brat", "--out", linkToArticles.toString());
        assertThat(convert.code()).isIn(1, 2);
        assertThat(SymlinkLayoutTest.snapshot(p)).isEqualTo(before);
        TALLY.add("exports aimed at project data, refused", 1);
    }

    private static List<String> listing(Path folder) throws Exception {
        try (var s = Files.list(folder)) {
            return s.map(f -> f.getFileName().toString()).toList();
        }
    }
}
