package org.newsmark.io;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Many files all or nothing: what a crash leaves at each moment (staging only, or a committed
 * journal with part of the files moved) is undone or finished by the next command, validate
 * reports the unfinished one, and a journal that names a file it must not touch is refused.
 */
class ProjectTransactionTest {
    @TempDir
    Path dir;

    private ProjectFolder project() throws Exception {
        TestData.project(dir.resolve("p"), "d1", "Peskov spoke.", "d2", "Zelensky met Macron.");
        Files.createDirectories(dir.resolve("p/gold"));
        Files.writeString(dir.resolve("p/gold/d1.csv"), "old d1");
        Files.writeString(dir.resolve("p/gold/d2.csv"), "old d2");
        return ProjectFolder.open(dir.resolve("p"));
    }

    @Test
    void aCommitReplacesEveryFileAndLeavesNothingBehind() throws Exception {
        ProjectFolder p = project();
        try (ProjectTransaction tx = ProjectTransaction.begin(p, "merge")) {
            tx.put(p.goldDir().resolve("d1.csv"), "new d1");
            tx.put(p.goldDir().resolve("d2.csv"), "new d2");
            tx.commit();
        }
        assertThat(p.goldDir().resolve("d1.csv")).hasContent("new d1");
        assertThat(p.goldDir().resolve("d2.csv")).hasContent("new d2");
        try (var s = Files.list(p.root().resolve(ProjectPaths.STATE))) {
            assertThat(s.map(f -> f.getFileName().toString()).toList()).containsExactly("lock");
        }
        try (var s = Files.list(p.goldDir())) {
            assertThat(s.map(f -> f.getFileName().toString()).sorted().toList()).containsExactly("d1.csv", "d2.csv");
        }
    }

    @Test
    void closedWithoutACommitNothingChanges() throws Exception {
        ProjectFolder p = project();
        try (ProjectTransaction tx = ProjectTransaction.begin(p, "merge")) {
            tx.put(p.goldDir().resolve("d1.csv"), "new d1");
        }
        assertThat(p.goldDir().resolve("d1.csv")).hasContent("old d1");
    }

    @Test
    void aSecondTransactionWhileOneRunsIsRefused() throws Exception {
        ProjectFolder p = project();
        try (ProjectTransaction tx = ProjectTransaction.begin(p, "merge")) {
            assertThatThrownBy(() -> ProjectTransaction.begin(p, "adjudication"))
                    .isInstanceOf(ProjectLock.BusyException.class)
                    .hasMessageContaining("busy")
                    .hasMessageContaining("merge");
        }
    }

    /** What a kill after the journal was written and one of two files moved leaves. */
    private static void crashedAfterCommit(ProjectFolder p) throws Exception {
        Path state = Files.createDirectories(p.root().resolve(ProjectPaths.STATE));
        Path staging = Files.createDirectories(state.resolve("staging-999999-1"));
        Files.writeString(staging.resolve("1"), "new d2");
        Files.writeString(p.goldDir().resolve("d1.csv"), "new d1");
        Files.writeString(
                state.resolve(ProjectTransaction.JOURNAL),
                "# merge by process 999999 on elsewhere since then\n"
                        + "gold/d1.csv\t.newsmark/staging-999999-1/0\ngold/d2.csv\t.newsmark/staging-999999-1/1\n");
    }

    @Test
    void aCrashAfterTheCommitIsReportedThenFinishedByTheNextCommand() throws Exception {
        ProjectFolder p = project();
        crashedAfterCommit(p);
        assertThat(ProjectTransaction.pending(p))
                .get()
                .asString()
                .contains("unfinished merge")
                .contains("1 of 2 files are not in place");
        assertThat(ProjectTransaction.recover(p)).get().asString().contains("finished merge");
        assertThat(p.goldDir().resolve("d1.csv")).hasContent("new d1");
        assertThat(p.goldDir().resolve("d2.csv")).hasContent("new d2");
        assertThat(ProjectTransaction.pending(p)).isEmpty();
    }

    @Test
    void aCrashBeforeTheCommitIsUndone() throws Exception {
        ProjectFolder p = project();
        Path staging =
                Files.createDirectories(p.root().resolve(ProjectPaths.STATE).resolve("staging-999999-2"));
        Files.writeString(staging.resolve("0"), "new d1");
        assertThat(ProjectTransaction.pending(p)).isEmpty();
        assertThat(ProjectTransaction.recover(p)).get().asString().contains("undid");
        assertThat(staging).doesNotExist();
        assertThat(p.goldDir().resolve("d1.csv")).hasContent("old d1");
    }

    @Test
    void aJournalNamingAFileOutsideTheDataIsRefusedAndNothingMoves() throws Exception {
        ProjectFolder p = project();
        Path state = Files.createDirectories(p.root().resolve(ProjectPaths.STATE));
        Path staging = Files.createDirectories(state.resolve("staging-999999-3"));
        Files.writeString(staging.resolve("0"), "evil");
        Files.writeString(
                state.resolve(ProjectTransaction.JOURNAL),
                "# merge\n../../outside.txt\t.newsmark/staging-999999-3/0\n");
        assertThatThrownBy(() -> ProjectTransaction.recover(p)).hasMessageContaining("refused");
        Files.writeString(
                state.resolve(ProjectTransaction.JOURNAL), "# merge\nschema.csv\t.newsmark/staging-999999-3/0\n");
        assertThatThrownBy(() -> ProjectTransaction.recover(p)).hasMessageContaining("must not move");
        assertThat(p.schemaFile()).content().doesNotContain("evil");
    }
}
