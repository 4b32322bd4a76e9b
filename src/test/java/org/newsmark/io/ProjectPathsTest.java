package org.newsmark.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The path rule of a project: real folders only, nothing leads outside, exports stay off the data. */
class ProjectPathsTest {
    @TempDir
    Path dir;

    private Path project;
    private ProjectPaths paths;

    @BeforeEach
    void project() throws Exception {
        project = TestData.project(dir.resolve("p"), "d1", "Peskov spoke.");
        Files.createDirectories(project.resolve("annotators/ana"));
        Files.createDirectories(project.resolve("annotators/ben"));
        Files.createDirectories(dir.resolve("outside"));
        paths = ProjectPaths.of(project);
    }

    @Test
    void realFilesAndFilesNotWrittenYetAreFine() {
        assertThat(paths.refusal(project.resolve("articles/d1.txt"))).isEmpty();
        assertThat(paths.refusal(project.resolve("gold/new.csv"))).isEmpty();
        assertThat(paths.refusal(project.resolve("annotators/cy/d1.csv"))).isEmpty();
    }

    @Test
    void aLinkOnTheWayIsRefusedWhereverItPoints() throws Exception {
        Files.createSymbolicLink(project.resolve("gold"), dir.resolve("outside"));
        assertThat(paths.refusal(project.resolve("gold/d1.csv")))
                .get()
                .satisfies(r -> assertThat(r.at()).isEqualTo("gold"))
                .satisfies(r -> assertThat(r.reason()).contains("symbolic link").contains("outside the project"));
        Files.delete(project.resolve("annotators/ana"));
        Files.createSymbolicLink(project.resolve("annotators/ana"), Path.of("ben"));
        assertThat(paths.refusal(project.resolve("annotators/ana/d1.csv")))
                .get()
                .satisfies(
                        r -> assertThat(r.reason()).contains("annotators/ben").contains("no links"));
        Files.createSymbolicLink(project.resolve("articles/gone.txt"), dir.resolve("nowhere/x.txt"));
        assertThat(paths.refusal(project.resolve("articles/gone.txt"))).isPresent();
        assertThatThrownBy(() -> paths.require(project.resolve("gold/x.csv")))
                .isInstanceOf(UnsafePathException.class)
                .hasMessageContaining("gold/x.csv")
                .hasMessageContaining("symbolic link");
    }

    @Test
    void aPathOutsideTheProjectIsRefused() {
        assertThat(paths.refusal(project.resolve("articles/../../outside/x")))
                .get()
                .satisfies(r -> assertThat(r.reason()).contains("outside the project"));
    }

    @Test
    void pathsThatArriveAsTextAreCheckedBeforeTheDiskIsTouched() throws Exception {
        assertThat(paths.resolve("annotators/ana/d1.csv"))
                .isEqualTo(project.toRealPath().resolve("annotators/ana/d1.csv"));
        for (String bad : List.of(
                "../outside/x",
                "/etc/passwd",
                "annotators//x",
                "annotators/./x",
                "a/..",
                "C:\\x",
                "gold\\x.csv",
                "a\nb",
                "",
                "gold/x.csv\u0000")) {
            assertThatThrownBy(() -> paths.resolve(bad)).as(bad).isInstanceOf(UnsafePathException.class);
        }
        Files.createSymbolicLink(project.resolve("gold"), dir.resolve("outside"));
        assertThatThrownBy(() -> paths.resolve("gold/x.csv")).isInstanceOf(UnsafePathException.class);
    }

    @Test
    void exportsStayOffTheDataWhateverLinkNamesIt() throws Exception {
        assertThat(paths.exportProblem(project.resolve("schema.csv")))
                .get()
                .asString()
                .contains("inside the project");
        assertThat(paths.exportProblem(project.resolve("gold/new.xlsx"))).isPresent();
        assertThat(paths.exportProblem(project.resolve("annotators/ana/x.csv"))).isPresent();
        assertThat(paths.exportProblem(project.resolve("articles/../gold/x.csv")))
                .isPresent();
        assertThat(paths.exportProblem(project.resolve(".newsmark/journal.csv")))
                .isPresent();
        Path link = dir.resolve("link.csv");
        Files.createSymbolicLink(link, project.resolve("articles/d1.txt"));
        assertThat(paths.exportProblem(link)).isPresent();
        Path folderLink = dir.resolve("out");
        Files.createSymbolicLink(folderLink, project.resolve("annotators"));
        assertThat(paths.exportProblem(folderLink.resolve("ana/new.csv"))).isPresent();
        assertThat(paths.exportProblem(project.resolve("agreement.xlsx"))).isEmpty();
        assertThat(paths.exportProblem(dir.resolve("outside/agreement.xlsx"))).isEmpty();
    }
}
