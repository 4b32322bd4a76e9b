package org.newsmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line of the JVM that a one-shot command is started again in. */
class ColdStartTest {
    @TempDir
    Path dir;

    @Test
    void theChildGetsTheShortRunOptionsThenTheUsersOwnAndTheSameArguments() {
        List<String> child = ColdStart.childCommand(
                        List.of("-Xmx2g", "-jar", "target/newsmark.jar", "agree", "DIR"),
                        List.of("agree", "DIR"),
                        "/jdk/bin/java",
                        Optional.of(Path.of("/x/newsmark.jsa")))
                .orElseThrow();
        assertThat(child)
                .containsExactly(
                        "/jdk/bin/java",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-XX:SharedArchiveFile=/x/newsmark.jsa",
                        "-Xlog:cds=off,cds+dynamic=off",
                        "-Xmx2g",
                        "-Dnewsmark.relaunch=false",
                        "-jar",
                        "target/newsmark.jar",
                        "agree",
                        "DIR");
    }

    @Test
    void aCollectorTheUserChoseIsKeptAndNoSecondIsAdded() {
        List<String> child = ColdStart.childCommand(
                        List.of("-XX:+UseG1GC", "-jar", "n.jar", "validate", "D"),
                        List.of("validate", "D"),
                        "java",
                        Optional.empty())
                .orElseThrow();
        assertThat(child)
                .containsExactly(
                        "java",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseG1GC",
                        "-Dnewsmark.relaunch=false",
                        "-jar",
                        "n.jar",
                        "validate",
                        "D");
    }

    @Test
    void notStartedFromAJarWithTheseArgumentsMeansNoChild() {
        assertThat(ColdStart.childCommand(
                        List.of("-cp", "classes", "org.newsmark.Main", "validate", "D"),
                        List.of("validate", "D"),
                        "java",
                        Optional.empty()))
                .isEmpty();
        assertThat(ColdStart.childCommand(
                        List.of("-jar", "n.jar", "validate", "OTHER"),
                        List.of("validate", "D"),
                        "java",
                        Optional.empty()))
                .isEmpty();
    }

    @Test
    void theArchiveIsUsedOnlyWhenItIsNotOlderThanTheJar() throws Exception {
        Path jar = Files.writeString(dir.resolve("newsmark.jar"), "jar");
        assertThat(ColdStart.archive(jar)).isEmpty();
        Path archive = Files.writeString(dir.resolve("newsmark.jsa"), "archive");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000));
        assertThat(ColdStart.archive(jar)).isEmpty();
        Files.setLastModifiedTime(archive, FileTime.fromMillis(3_000_000));
        assertThat(ColdStart.archive(jar)).contains(archive);
    }

    @Test
    void theAnnotatorAndOtherCommandsRunInThisJvm() {
        assertThat(ColdStart.relaunch(new String[0])).isEmpty();
        assertThat(ColdStart.relaunch(new String[] {"gui"})).isEmpty();
        assertThat(ColdStart.relaunch(new String[] {"export", "D"})).isEmpty();
        // Tests run from classes, not from the jar: no child either.
        assertThat(ColdStart.relaunch(new String[] {"validate", "D"})).isEmpty();
    }
}
