package org.newsmark.service.team;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a sync killed at a bad moment leaves, made by hand, and the next sync repairing it by
 * itself. The stress test (reliability.TeamSyncStressTest) kills real syncs.
 */
class RecoveryTest {
    @TempDir
    Path dir;

    @Test
    void staleLockFilesAreRemoved() throws Exception {
        Team team = new Team(dir);
        team.share("lea");
        Path ana = team.join("ana");
        Files.writeString(ana.resolve(".git/index.lock"), "");
        Files.writeString(ana.resolve(".git/refs/heads/main.lock"), "");
        Team.annotate(ana, "ana", "d1", "after the crash");
        SyncResult r = Team.sync(ana);
        assertThat(r.repaired())
                .contains("removed the stale lock .git/index.lock", "removed the stale lock .git/refs/heads/main.lock");
        assertThat(r.pushed()).isTrue();
    }

    @Test
    void anUnreadableIndexIsRebuiltAndLocalWorkStillGoesOut() throws Exception {
        Team team = new Team(dir);
        team.share("lea");
        Path ana = team.join("ana");
        Path ben = team.join("ben");
        Team.annotate(ana, "ana", "d1", "kept");
        Files.write(ana.resolve(".git/index"), "DIRC half written".getBytes(StandardCharsets.US_ASCII));
        SyncResult r = Team.sync(ana);
        assertThat(r.repaired()).contains("rebuilt the unreadable index from the last commit");
        assertThat(r.outgoingByOwner()).containsOnlyKeys("ana");
        assertThat(Team.sync(ben).incomingByOwner()).containsOnlyKeys("ana");
    }

    @Test
    void filesHalfUpdatedByAKilledSyncAreFinishedAndALaterEditIsKept() throws Exception {
        Team team = new Team(dir);
        team.share("lea");
        Path ana = team.join("ana");
        Path ben = team.join("ben");
        Team.annotate(ben, "ben", "d1", "one");
        Team.annotate(ben, "ben", "d2", "two");
        Team.sync(ben);
        ObjectId from;
        ObjectId to;
        try (Git git = Git.open(ana.toFile())) {
            git.fetch().call();
            from = git.getRepository().resolve("HEAD");
            to = git.getRepository().resolve("origin/main");
            // The killed sync had written its journal and the first of ben's two files.
            Files.writeString(ana.resolve(".git/newsmark-checkout"), from.name() + "\n" + to.name() + "\n");
            Files.createDirectories(ana.resolve("annotators/ben"));
            Files.write(ana.resolve("annotators/ben/d1.csv"), blob(git, to, "annotators/ben/d1.csv"));
        }
        SyncResult r = Team.sync(ana);
        assertThat(r.repaired()).contains("finished updating the files of an interrupted sync");
        assertThat(Team.read(ana.resolve("annotators/ben/d2.csv")))
                .isEqualTo(Team.read(ben.resolve("annotators/ben/d2.csv")));
        assertThat(Team.read(ana.resolve("annotators/ben/d1.csv")))
                .isEqualTo(Team.read(ben.resolve("annotators/ben/d1.csv")));
        assertThat(ana.resolve(".git/newsmark-checkout")).doesNotExist();
        try (Git git = Git.open(ana.toFile())) {
            assertThat(git.getRepository().resolve("HEAD")).isEqualTo(to);
            assertThat(git.status().call().isClean()).isTrue();
        }
    }

    @Test
    void aCommitWhoseBranchWasNeverMovedIsMadeAgain() throws Exception {
        Team team = new Team(dir);
        team.share("lea");
        Path ana = team.join("ana");
        Path ben = team.join("ben");
        Team.annotate(ana, "ana", "d1", "staged only");
        try (Git git = Git.open(ana.toFile())) {
            git.add().addFilepattern("annotators/ana/d1.csv").call(); // the index written, the commit never made
        }
        assertThat(Team.sync(ana).outgoingByOwner()).containsOnlyKeys("ana");
        assertThat(Team.sync(ben).incomingByOwner()).containsOnlyKeys("ana");
    }

    private static byte[] blob(Git git, ObjectId commit, String path) throws Exception {
        try (TreeWalk tw = TreeWalk.forPath(
                git.getRepository(),
                path,
                git.getRepository().parseCommit(commit).getTree())) {
            return git.getRepository()
                    .open(tw.getObjectId(0), Constants.OBJ_BLOB)
                    .getBytes();
        }
    }
}
