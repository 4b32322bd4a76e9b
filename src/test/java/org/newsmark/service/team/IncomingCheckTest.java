package org.newsmark.service.team;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Commits pushed by anyone with access, outside Newsmark's rules: each is refused with its author
 * and commit, and nothing of it reaches the clone's files or branch.
 */
class IncomingCheckTest {
    @TempDir
    Path dir;

    private Team team;
    private Path ana;

    private Rogue rogue() throws Exception {
        team = new Team(dir);
        team.share("lea");
        ana = team.join("ana");
        Team.annotate(ana, "ana", "d1", "ana's own");
        Team.sync(ana);
        return new Rogue(team, dir.resolve("rogue"));
    }

    private void assertRefused(RevCommit commit, String author, String... what) throws Exception {
        ObjectId before = head(ana);
        String anaFile = Files.readString(ana.resolve("annotators/ana/d1.csv"));
        assertThatThrownBy(() -> Team.sync(ana)).isInstanceOfSatisfying(TeamException.class, e -> {
            assertThat(e.kind()).isEqualTo(TeamException.Kind.INCOMING_REFUSED);
            assertThat(e.getMessage())
                    .contains("commit " + commit.abbreviate(10).name() + " by " + author)
                    .contains(what)
                    .contains("nothing of them was merged or checked out");
        });
        assertThat(head(ana)).isEqualTo(before);
        assertThat(Files.readString(ana.resolve("annotators/ana/d1.csv"))).isEqualTo(anaFile);
    }

    @Test
    void aCommitWritingIntoAnotherAnnotatorsFolderIsRefusedWithItsAuthor() throws Exception {
        try (Rogue ben = rogue()) {
            ben.write("annotators/ana/d1.csv", "overwritten by ben");
            RevCommit c = ben.commitAndPush("ben", "oops");
            assertRefused(c, "ben", "annotators/ana/d1.csv belongs to ana");
        }
    }

    @Test
    void aCommitAddingASymbolicLinkIsRefusedAndTheLinkNeverCheckedOut() throws Exception {
        try (Rogue ben = rogue()) {
            Files.createDirectories(ben.dir.resolve("annotators/ben"));
            Files.createSymbolicLink(ben.dir.resolve("annotators/ben/d2.csv"), Path.of("/etc/passwd"));
            RevCommit c = ben.commitAndPush("ben", "a link");
            assertRefused(c, "ben", "annotators/ben/d2.csv is a symbolic link");
            assertThat(ana.resolve("annotators/ben/d2.csv")).doesNotExist();
        }
    }

    @Test
    void aPathOutsideTheProjectLayoutIsRefused() throws Exception {
        try (Rogue ben = rogue()) {
            ben.write("annotators/ben/notes.txt", "not an annotation file");
            ben.write("annotators/ben/d1.csv", "fine");
            RevCommit c = ben.commitAndPush("ben", "notes");
            assertRefused(c, "ben", "annotators/ben/notes.txt has no place in a Newsmark project");
        }
    }

    @Test
    void anAnnotatorCannotMakeThemselvesLeadInTheSameCommit() throws Exception {
        try (Rogue ben = rogue()) {
            ben.write("team.csv", "name,role\nben,lead\nlea,lead\n");
            ben.write("gold/d1.csv", "gold by ben");
            RevCommit c = ben.commitAndPush("ben", "promote myself");
            assertRefused(c, "ben", "team.csv is written by a lead only", "gold/d1.csv is written by a lead only");
        }
    }

    @Test
    void aMergeThatRevertsAnotherAnnotatorsChangeAnswersForIt() throws Exception {
        try (Rogue ben = rogue()) {
            // ben merges in a way that silently puts ana's file back to an older version
            ben.write("annotators/ben/d1.csv", "ben's work");
            ben.commit("ben", "ben's work, not pushed yet");
            Team.annotate(ana, "ana", "d1", "ana's second version");
            Team.sync(ana);
            ben.git().fetch().call();
            ben.git()
                    .merge()
                    .include(ben.git().getRepository().resolve("origin/main"))
                    .setCommit(false)
                    .call();
            Files.writeString(ben.dir.resolve("annotators/ana/d1.csv"), "reverted by ben's merge");
            RevCommit c = ben.commitAndPush("ben", "Merge");
            assertRefused(c, "ben", "(merge) writes annotators/ana/d1.csv belongs to ana");
        }
    }

    @Test
    void anOrdinaryCommitOfTheAuthorsOwnFolderComesIn() throws Exception {
        try (Rogue ben = rogue()) {
            ben.write("annotators/ben/d1.csv", "doc,annotator,id,layer,label,start,end,text,links,attributes,note\n");
            ben.commitAndPush("ben", "mine");
            assertThat(Team.sync(ana).incomingByOwner()).containsOnlyKeys("ben");
        }
    }

    @Test
    void joinRefusesAProjectHoldingALinkAndWritesNothing() throws Exception {
        try (Rogue lea = rogue()) {
            Files.createDirectories(lea.dir.resolve("gold"));
            Files.createSymbolicLink(lea.dir.resolve("gold/d2.csv"), Path.of("../annotators/ana/d1.csv"));
            lea.commitAndPush("lea", "link");
        }
        Path where = dir.resolve("newcomer");
        assertThatThrownBy(() -> team.join("cy", "newcomer"))
                .isInstanceOfSatisfying(
                        TeamException.class,
                        e -> assertThat(e.getMessage()).contains("gold/d2.csv is a symbolic link"));
        assertThat(where).doesNotExist();
    }

    private static ObjectId head(Path clone) throws Exception {
        try (Git git = Git.open(clone.toFile())) {
            return git.getRepository().resolve("HEAD");
        }
    }
}
