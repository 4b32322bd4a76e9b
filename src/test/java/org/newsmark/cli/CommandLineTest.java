package org.newsmark.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void helpListsTheCommands() {
        CliRunner.Result r = CliRunner.run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("validate", "import", "gui", "Exit codes");
    }

    @Test
    void versionPrintsTheBuildVersion() {
        CliRunner.Result r = CliRunner.run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out().trim()).matches("newsmark \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRunner.Result r = CliRunner.run("frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("frobnicate");
    }

    @Test
    void noArgumentsOpenTheAnnotator() {
        CliRunner.FakeLauncher launcher = new CliRunner.FakeLauncher();
        assertThat(CliRunner.run(launcher).code()).isZero();
        assertThat(launcher.calls).containsExactly("- -");
        assertThat(CliRunner.run(launcher, "gui", "proj", "--annotator", "ana").code())
                .isZero();
        assertThat(launcher.calls).endsWith("proj ana");
    }

    @Test
    void withoutADisplayTheAnnotatorSaysSoAndExitsWithTwo() {
        CliRunner.FakeLauncher launcher = new CliRunner.FakeLauncher();
        launcher.headless = true;
        CliRunner.Result r = CliRunner.run(launcher);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("cannot open the annotator: no display", "newsmark --help");
    }

    @Test
    void validateOnAFolderThatIsNoProjectIsAUsageError() {
        CliRunner.Result r = CliRunner.run("validate", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not a Newsmark project");
    }
}
