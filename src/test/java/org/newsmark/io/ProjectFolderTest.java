package org.newsmark.io;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.model.FormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nothing is read or written outside the project, whatever a name says. */
class ProjectFolderTest {
    @TempDir
    Path dir;

    @Test
    void refusesNamesThatLeaveTheProject() throws Exception {
        ProjectFolder p = ProjectFolder.open(TestData.project(dir.resolve("p"), "d", "text"));
        for (String bad : new String[] {"../escape", "/etc/passwd", "..", "a/../../b", "C:\\x", "NUL", "a\u0000b"}) {
            assertThatThrownBy(() -> p.articleFile(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> p.annotationFile("ana", bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> p.annotationFile(bad, "d")).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(p.annotationFile("gold", "d")).isEqualTo(p.root().resolve("gold/d.csv"));
        assertThat(p.annotationFile("ana", "d")).isEqualTo(p.root().resolve("annotators/ana/d.csv"));
        try (var s = Files.list(dir)) {
            assertThat(s.map(x -> x.getFileName().toString())).containsExactly("p");
        }
    }

    @Test
    void listsOnlySafeNames() throws Exception {
        Path root = TestData.project(dir.resolve("p"), "ok", "x", "bad name", "y");
        Files.createDirectories(root.resolve("annotators/ana"));
        Files.createDirectories(root.resolve("annotators/.hidden"));
        Files.createDirectories(root.resolve("annotators/gold"));
        ProjectFolder p = ProjectFolder.open(root);
        assertThat(p.articleIds()).containsExactly("ok");
        assertThat(p.annotators()).containsExactly("ana");
    }

    @Test
    void aFolderThatIsNoProjectIsRefused() {
        assertThatThrownBy(() -> ProjectFolder.open(dir))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("not a Newsmark project");
    }
}
