package org.newsmark.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.ProjectFolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * JSONL and CoNLL agree with Python's {@code text[start:end]} on a text full of emoji. The fixture
 * (convert/make_fixture.py) has offsets computed by Python; the expected outputs were checked with
 * convert/check_offsets.py when they were made, and that check runs again here when python3 is on
 * the machine.
 */
class ConvertServiceTest {
    @TempDir
    Path dir;

    static String resource(String name) throws IOException {
        try (InputStream in = ConvertServiceTest.class.getResourceAsStream("/org/newsmark/convert/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private ProjectFolder emojiProject() throws Exception {
        Path p = TestData.project(dir.resolve("p"), "emoji", resource("emoji.txt"));
        Files.createDirectories(p.resolve("gold"));
        Files.writeString(p.resolve("gold/emoji.csv"), resource("emoji-gold.csv"));
        return ProjectFolder.open(p);
    }

    @Test
    void jsonlAndConllOfTheEmojiTextAreThoseCheckedWithPython() throws Exception {
        ProjectFolder project = emojiProject();
        Path out = dir.resolve("out");
        ConvertService service = new ConvertService(project);
        ConvertService.Report jsonl = service.convert(ConvertService.Format.JSONL, out, "gold", List.of());
        ConvertService.Report conll = service.convert(ConvertService.Format.CONLL, out, "gold", List.of());
        assertThat(jsonl.clean()).isTrue();
        assertThat(conll.clean()).isTrue();
        assertThat(Files.readString(out.resolve("gold.jsonl"))).isEqualTo(resource("emoji.jsonl"));
        assertThat(Files.readString(out.resolve("gold.conll"))).isEqualTo(resource("emoji.conll"));
    }

    @Test
    void pythonAgreesWithTheOffsetsOfTheEmojiTextAndOfTheBundledProject() throws Exception {
        Assumptions.assumeTrue(python() != null, "python3 is not installed; the checked-in fixture stands in for it");
        Path script = dir.resolve("check_offsets.py");
        Files.writeString(script, resource("check_offsets.py"));
        ConvertService emoji = new ConvertService(emojiProject());
        Path out = dir.resolve("emoji-out");
        emoji.convert(ConvertService.Format.JSONL, out, "gold", List.of());
        emoji.convert(ConvertService.Format.CONLL, out, "gold", List.of());
        assertThat(runPython(script, out.resolve("gold.jsonl"), out.resolve("gold.conll")))
                .startsWith("ok: 20 spans agree");
        ProjectFolder bundled = ProjectFolder.open(BratRoundTripTest.copyOfBundled(dir.resolve("bundled")));
        List<Path> files = new ArrayList<>();
        for (String annotator : List.of("gold", "ana", "ben")) {
            Path o = dir.resolve("bundled-" + annotator);
            new ConvertService(bundled).convert(ConvertService.Format.JSONL, o, annotator, List.of());
            new ConvertService(bundled).convert(ConvertService.Format.CONLL, o, annotator, List.of());
            new ConvertService(bundled).convert(ConvertService.Format.CONLL2012, o, annotator, List.of());
            files.add(o.resolve(annotator + ".jsonl"));
            files.add(o.resolve(annotator + ".conll"));
            // Python also reads the CoNLL-2012 file as the scorer does: its clusters are the JSONL clusters.
            files.add(o.resolve(annotator + ".coref.conll"));
        }
        assertThat(runPython(script, files.toArray(Path[]::new)))
                .startsWith("ok: ")
                .endsWith("in 21 articles");
    }

    @Test
    void theBundledProjectConvertsWholeToEveryFormat() throws Exception {
        ProjectFolder bundled = ProjectFolder.open(BratRoundTripTest.copyOfBundled(dir.resolve("bundled")));
        ConvertService service = new ConvertService(bundled);
        ConvertService.Report jsonl = service.convert(ConvertService.Format.JSONL, dir.resolve("j"), "ana", List.of());
        assertThat(jsonl.articles()).isEqualTo(7);
        assertThat(Files.readAllLines(dir.resolve("j/ana.jsonl"))).hasSize(7).allMatch(l -> l.startsWith("{\"id\":\""));
        ConvertService.Report conll = service.convert(
                ConvertService.Format.CONLL, dir.resolve("c"), "gold", List.of("kyiv-strikes-pause-2026-01-30"));
        assertThat(conll.articles()).isEqualTo(1);
        String text = Files.readString(dir.resolve("c/gold.conll"));
        assertThat(text)
                .startsWith("-DOCSTART- O O O\n\n")
                .contains("\nKremlin B-ORGANIZATION O O\n")
                .doesNotContain("\n\n\n");
        assertThat(text.lines().filter(l -> !l.isEmpty())).allMatch(l -> l.split(" ").length == 4);
    }

    @Test
    void badFilesAreLeftOutAndReportedAndBadArgumentsRefused() throws Exception {
        ProjectFolder project = emojiProject();
        Files.writeString(project.root().resolve("articles/other.txt"), "Other text.");
        TestData.annotations(project.root(), "gold", "other", "other,gold,E1,ENTITY,PERSON,0,5,Wrong,,,");
        ConvertService.Report r =
                new ConvertService(project).convert(ConvertService.Format.JSONL, dir.resolve("o"), "gold", List.of());
        assertThat(r.articles()).isEqualTo(1);
        assertThat(r.clean()).isFalse();
        assertThat(r.problems())
                .extracting(Object::toString)
                .singleElement()
                .satisfies(s -> assertThat(s).startsWith("gold/other.csv:2: error: text \"Wrong\" does not match"));
        ConvertService.Report none =
                new ConvertService(project).convert(ConvertService.Format.JSONL, dir.resolve("o"), "ana", List.of());
        assertThat(none.skipped())
                .containsExactly("emoji: no annotators/ana/emoji.csv", "other: no annotators/ana/other.csv");
        assertThatThrownBy(() -> new ConvertService(project)
                        .convert(ConvertService.Format.BRAT, project.articlesDir(), "gold", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inside the project's articles/");
        assertThatThrownBy(() -> new ConvertService(project)
                        .convert(ConvertService.Format.BRAT, dir.resolve("x"), "gold", List.of("nope")))
                .hasMessageContaining("no article nope");
    }

    private static String python;
    private static boolean pythonLooked;

    /** The command of a Python 3 on this machine, or null; looked up once. */
    static synchronized String python() {
        if (!pythonLooked) {
            pythonLooked = true;
            python = findPython();
        }
        return python;
    }

    private static String findPython() {
        for (String candidate : List.of("python3", "python")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import sys; print(sys.version_info[0])")
                        .redirectErrorStream(true)
                        .start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && out.equals("3")) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                // not this one
            }
        }
        return null;
    }

    static String runPython(Path script, Path... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(python(), script.toString()));
        for (Path a : args) {
            command.add(a.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
