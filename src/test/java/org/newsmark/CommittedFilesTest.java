package org.newsmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests see the bundled project as committed: what a user adds to or changes in the working
 * folder by annotating (a new annotator, a status file, a lock, an edited file) stays out.
 */
class CommittedFilesTest {
    @TempDir
    Path dir;

    private static boolean run(Path in, String... command) throws Exception {
        Process p = new ProcessBuilder(command)
                .directory(in.toFile())
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    @Test
    void onlyTrackedFilesWithTheirCommittedContent() throws Exception {
        assumeTrue(run(dir, "git", "--version"), "git is not installed");
        Path project = Files.createDirectories(dir.resolve("repo/project/annotators/ana"));
        Files.writeString(project.resolve("doc.csv"), "committed\n");
        Path repo = dir.resolve("repo");
        assertThat(run(repo, "git", "init", "-q")).isTrue();
        assertThat(run(repo, "git", "add", ".")).isTrue();
        assertThat(run(repo, "git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "c"))
                .isTrue();

        Files.writeString(project.resolve("doc.csv"), "edited by a user\n");
        Path user = Files.createDirectories(repo.resolve("project/annotators/newcomer"));
        Files.writeString(user.resolve("doc.csv"), "a new annotator's work\n");
        Files.writeString(repo.resolve("project/annotators/ana/_status.csv"), "doc,status,updated\n");
        Files.writeString(repo.resolve("project/annotators/ana/.doc.csv.lock"), "pid 1\n");

        Path snapshot = CommittedFiles.snapshot(repo.resolve("project"));
        try (var files = Files.walk(snapshot)) {
            List<String> names = files.filter(Files::isRegularFile)
                    .map(f -> snapshot.relativize(f).toString())
                    .toList();
            assertThat(names).containsExactly("annotators/ana/doc.csv");
        }
        assertThat(Files.readString(snapshot.resolve("annotators/ana/doc.csv"))).isEqualTo("committed\n");
    }

    @Test
    void theBundledProjectOfTheTestsIsTheCommittedOne() {
        assertThat(TestData.BUNDLED.startsWith(Path.of("annotations").toAbsolutePath()))
                .isFalse();
        assertThat(TestData.BUNDLED.resolve("schema.csv")).exists();
        assertThat(TestData.BUNDLED.resolve("annotators/ana")).isDirectory();
    }
}
