package org.newsmark.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.cli.CliRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Projects whose folders or files are symbolic links (to outside the project, or from one of its
 * folders into another), attacked with every command that reads or writes: validate reports each
 * link, every command that would read or write through one refuses (exit code 1 or 2), nothing
 * outside the project (nor the folder a link inside it points at) changes, and no output carries
 * what lies outside. Links are made absolute or relative at random (seeded), and the commands run
 * in a seeded order. Also as the unprivileged user {@code nobody} where the tests run as root.
 */
class SymlinkLayoutTest {
    static final Tally TALLY = new Tally("symlink layouts");
    static final String MARKER = "OUTSIDE-MARKER";

    /** A way of linking part of a project elsewhere, and what it touches ("ana", "ben", "gold", "articles", "schema"). */
    private record Layout(String name, Set<String> touches, Setup setup) {}

    /** A command and the parts of the project it reads or writes. */
    private record Command(String name, Set<String> uses, List<String> args) {}

    @FunctionalInterface
    private interface Setup {
        void apply(Path project, Path outside, Links links) throws IOException;
    }

    /** Makes links absolute or relative, as the seed says. */
    private record Links(Random random) {
        void link(Path link, Path target) throws IOException {
            Path t = random.nextBoolean()
                    ? target.toAbsolutePath()
                    : link.getParent().toAbsolutePath().relativize(target.toAbsolutePath());
            Files.createSymbolicLink(link, t);
        }
    }

    @TempDir
    Path dir;

    private Path workbook;

    @AfterAll
    static void numbers() {
        TALLY.add("files outside the project changed", 0);
        TALLY.add("outputs holding text from outside the project", 0);
        TALLY.print();
    }

    @BeforeEach
    void cleanWorkbook() throws Exception {
        Path clean = SmallProject.create(dir.resolve("clean"));
        workbook = dir.resolve("decisions.xlsx");
        assertThat(CliRunner.run("export", clean.toString(), "--xlsx", workbook.toString())
                        .code())
                .isZero();
    }

    private static List<Layout> layouts() {
        return List.of(
                new Layout(
                        "gold/ -> outside",
                        Set.of("gold"),
                        (p, o, l) -> moveAndLink(p.resolve("gold"), o.resolve("gold"), l)),
                new Layout(
                        "annotators/ -> outside",
                        Set.of("ana", "ben"),
                        (p, o, l) -> moveAndLink(p.resolve("annotators"), o.resolve("annotators"), l)),
                new Layout(
                        "annotators/ana/ -> outside",
                        Set.of("ana"),
                        (p, o, l) -> moveAndLink(p.resolve("annotators/ana"), o.resolve("ana"), l)),
                new Layout(
                        "articles/ -> outside",
                        Set.of("articles"),
                        (p, o, l) -> moveAndLink(p.resolve("articles"), o.resolve("articles"), l)),
                new Layout("articles/d1.txt -> a secret file outside", Set.of("articles"), (p, o, l) -> {
                    Files.writeString(o.resolve("passwd"), "root:x:0:0:" + MARKER + ":/root:/bin/bash\n");
                    Files.delete(p.resolve("articles/d1.txt"));
                    l.link(p.resolve("articles/d1.txt"), o.resolve("passwd"));
                }),
                new Layout(
                        "annotators/ana/d1.csv -> outside",
                        Set.of("ana"),
                        (p, o, l) -> moveAndLink(p.resolve("annotators/ana/d1.csv"), o.resolve("ana-d1.csv"), l)),
                new Layout(
                        "gold/d1.csv -> outside",
                        Set.of("gold"),
                        (p, o, l) -> moveAndLink(p.resolve("gold/d1.csv"), o.resolve("gold-d1.csv"), l)),
                new Layout(
                        "schema.csv -> outside",
                        Set.of("schema"),
                        (p, o, l) -> moveAndLink(p.resolve("schema.csv"), o.resolve("schema.csv"), l)),
                new Layout("annotators/ana -> annotators/ben (inside)", Set.of("ana"), (p, o, l) -> {
                    Subprocess.deleteTree(p.resolve("annotators/ana"));
                    l.link(p.resolve("annotators/ana"), p.resolve("annotators/ben"));
                }));
    }

    /** Moves a project file or folder outside, marks it, and links it back. */
    private static void moveAndLink(Path inProject, Path outside, Links links) throws IOException {
        Files.move(inProject, outside);
        mark(outside);
        links.link(inProject, outside);
    }

    /** Puts the marker into the note of every annotation file under {@code path}, so a leak shows. */
    private static void mark(Path path) throws IOException {
        try (Stream<Path> all = Files.walk(path)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                if (f.getFileName().toString().endsWith(".csv")
                        && !f.getFileName().toString().equals("schema.csv")) {
                    String text = Files.readString(f);
                    int firstRowEnd = text.indexOf('\n', text.indexOf('\n') + 1);
                    if (firstRowEnd > 0) {
                        Files.writeString(f, text.substring(0, firstRowEnd) + MARKER + text.substring(firstRowEnd));
                    }
                }
            }
        }
    }

    private List<Command> commands(Path p, Path out) {
        String project = p.toString();
        Set<String> all = Set.of("ana", "ben", "gold", "articles", "schema");
        return List.of(
                new Command("validate", all, List.of("validate", project)),
                new Command("validate --fix", all, List.of("validate", project, "--fix")),
                new Command(
                        "merge --out gold --force",
                        Set.of("ana", "ben", "gold", "articles", "schema"),
                        List.of(
                                "merge",
                                project,
                                "--annotators",
                                "ana,ben",
                                "--out",
                                "gold",
                                "--force",
                                "--min-agree",
                                "1")),
                new Command(
                        "merge --out ana --force",
                        Set.of("ana", "ben", "articles", "schema"),
                        List.of(
                                "merge",
                                project,
                                "--annotators",
                                "ben,gold",
                                "--out",
                                "ana",
                                "--force",
                                "--min-agree",
                                "1")),
                new Command(
                        "adjudicate --out gold --partial",
                        Set.of("ana", "ben", "gold", "articles", "schema"),
                        List.of("adjudicate", project, "--from", workbook.toString(), "--out", "gold", "--partial")),
                new Command(
                        "convert --to brat (ana)",
                        Set.of("ana", "articles", "schema"),
                        List.of(
                                "convert",
                                project,
                                "--to",
                                "brat",
                                "--out",
                                out.resolve("brat-ana").toString(),
                                "--annotator",
                                "ana")),
                new Command(
                        "convert --to jsonl (gold)",
                        Set.of("gold", "articles", "schema"),
                        List.of(
                                "convert",
                                project,
                                "--to",
                                "jsonl",
                                "--out",
                                out.resolve("jsonl").toString())),
                new Command(
                        "agree",
                        Set.of("ana", "ben", "articles", "schema"),
                        List.of("agree", project, "--annotators", "ana,ben")),
                new Command(
                        "export --csv",
                        Set.of("ana", "ben", "articles", "schema"),
                        List.of(
                                "export",
                                project,
                                "--csv",
                                out.resolve("all.csv").toString(),
                                "--annotators",
                                "ana,ben")),
                new Command(
                        "export --xlsx",
                        Set.of("ana", "ben", "articles", "schema"),
                        List.of(
                                "export",
                                project,
                                "--xlsx",
                                out.resolve("all.xlsx").toString(),
                                "--annotators",
                                "ana,ben")),
                new Command(
                        "score",
                        Set.of("ana", "gold", "articles", "schema"),
                        List.of("score", project, "--annotator", "ana")));
    }

    @Test
    void everyCommandRefusesToReadOrWriteThroughALinkAndValidateReportsIt() throws Exception {
        Random random = new Random(20261207L);
        List<Layout> layouts = new ArrayList<>(layouts());
        int run = 0;
        for (Layout layout : layouts) {
            List<Command> order = new ArrayList<>(commands(dir.resolve("x"), dir.resolve("x")));
            Collections.shuffle(order, random);
            for (Command template : order) {
                Path root = dir.resolve("run" + run++);
                Path project = SmallProject.create(root.resolve("p"));
                Path outside = Files.createDirectories(root.resolve("outside"));
                Path out = Files.createDirectories(root.resolve("out"));
                // The article was edited: validate --fix would move spans, so it would write.
                Files.writeString(project.resolve("articles/d2.txt"), "Today " + SmallProject.D2);
                layout.setup().apply(project, outside, new Links(random));
                Command command = commands(project, out).stream()
                        .filter(c -> c.name().equals(template.name()))
                        .findFirst()
                        .orElseThrow();
                Map<String, String> before = snapshot(outside);
                Map<String, String> benBefore = snapshot(project.resolve("annotators/ben"));
                CliRunner.Result r = CliRunner.run(command.args().toArray(String[]::new));
                String what = layout.name() + " / " + command.name() + ": " + r.out() + r.err();
                assertThat(snapshot(outside)).as("outside after " + what).isEqualTo(before);
                if (layout.name().contains("inside") && !command.name().equals("validate --fix")) {
                    // (validate --fix rewrites ben's own files, which moved with the edited article.)
                    assertThat(snapshot(project.resolve("annotators/ben")))
                            .as("ben after " + what)
                            .isEqualTo(benBefore);
                }
                assertThat(String.join("\n", snapshot(out).values()))
                        .as("outputs of " + what)
                        .doesNotContain(MARKER)
                        .doesNotContain("root:x:0:0");
                if (command.uses().stream().anyMatch(layout.touches()::contains)) {
                    assertThat(r.code()).as("exit code of " + what).isIn(1, 2);
                    TALLY.add("commands refused (read or write through a link)", 1);
                }
                if (command.name().equals("validate")) {
                    assertThat(r.out()).as(what).contains("symbolic link");
                }
                TALLY.add("runs", 1);
            }
            TALLY.add("layouts", 1);
        }
    }

    @Test
    void bratImportPassesOverALinkToOutside() throws Exception {
        Path project = TestData.project(dir.resolve("p"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("passwd"), "root:x:0:0:" + MARKER + "\n");
        Path brat = Files.createDirectories(dir.resolve("brat"));
        Files.createSymbolicLink(brat.resolve("a.txt"), outside.resolve("passwd"));
        Files.writeString(brat.resolve("a.ann"), "");
        Files.writeString(brat.resolve("b.txt"), "Peskov spoke.");
        Files.writeString(brat.resolve("b.ann"), "T1\tPERSON 0 6\tPeskov\n");
        CliRunner.Result r =
                CliRunner.run("import", project.toString(), brat.toString(), "--format", "brat", "--annotator", "ana");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains("a.txt").contains("symbolic link");
        assertThat(snapshot(project).values()).noneMatch(v -> v.contains(MARKER));
        assertThat(project.resolve("articles/b.txt")).hasContent("Peskov spoke.");
        TALLY.add("brat folders with a linked .txt imported without it", 1);
    }

    @Test
    void asANormalUserNothingOutsideIsWrittenEither() throws Exception {
        String why = Subprocess.noNormalUser();
        assumeTrue(why == null, why);
        Path root = dir.resolve("user");
        Path project = SmallProject.create(root.resolve("p"));
        Path outside = Files.createDirectories(root.resolve("outside"));
        moveAndLink(project.resolve("gold"), outside.resolve("gold"), new Links(new Random(1)));
        chownTree(root);
        Map<String, String> before = snapshot(outside);
        Subprocess.Result merge = Subprocess.runAsNobody(
                root,
                "merge",
                project.toString(),
                "--annotators",
                "ana,ben",
                "--out",
                "gold",
                "--force",
                "--min-agree",
                "1");
        assertThat(merge.code()).as(merge.err()).isEqualTo(1);
        assertThat(snapshot(outside)).isEqualTo(before);
        Subprocess.Result validate = Subprocess.runAsNobody(root, "validate", project.toString());
        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out()).contains("gold").contains("symbolic link");
        TALLY.add("runs as nobody", 2);
    }

    static void chownTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : (Iterable<Path>) all::iterator) {
                Files.setAttribute(f, "unix:uid", Subprocess.NOBODY, LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(f, "unix:gid", Subprocess.NOBODY, LinkOption.NOFOLLOW_LINKS);
            }
        }
        // nobody must reach the folder through its parents.
        for (Path p = root.getParent();
                p != null && !p.equals(Path.of("/tmp")) && p.getNameCount() > 1;
                p = p.getParent()) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Every file under a folder (links not followed) with its content, or its link target. */
    static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String key = folder.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    files.put(key, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p)) {
                    byte[] bytes = Files.readAllBytes(p);
                    files.put(key, new String(bytes, StandardCharsets.ISO_8859_1));
                } else {
                    files.put(key, "<dir>");
                }
            }
        }
        return files;
    }
}
