package org.newsmark.service.team;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.io.LocalIdentity;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.TeamFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Share, join and sync against a bare repository over file://, with the rules that keep every edit. */
class TeamSyncTest {
    @TempDir
    Path dir;

    @Test
    void eachAnnotatorsWorkReachesTheOthersAuthoredWithTheirName() throws Exception {
        Team team = new Team(dir);
        Path lea = team.share("lea");
        Path ana = team.join("ana");
        Path ben = team.join("ben");
        Team.annotate(ana, "ana", "d1", "first");
        SyncResult out = Team.sync(ana);
        assertThat(out.pushed()).isTrue();
        assertThat(out.outgoingByOwner()).isEqualTo(Map.of("ana", List.of("d1")));
        SyncResult in = Team.sync(ben);
        assertThat(in.incomingByOwner()).isEqualTo(Map.of("ana", List.of("d1")));
        assertThat(in.outgoing()).isEmpty();
        assertThat(Team.read(ben.resolve("annotators/ana/d1.csv")))
                .isEqualTo(Team.read(ana.resolve("annotators/ana/d1.csv")));
        Team.sync(lea);
        assertThat(ProjectFolder.open(lea).annotatedDocs("ana")).containsExactly("d1");
        try (Git git = Git.open(team.remote.toFile())) {
            RevCommit last = git.log().setMaxCount(1).call().iterator().next();
            assertThat(last.getAuthorIdent().getName()).isEqualTo("ana");
        }
        assertThat(Team.sync(ben).nothingToDo()).isTrue();
    }

    @Test
    void shareWritesTheSettingsTheTeamAndTheLeadsIdentity() throws Exception {
        Team team = new Team(dir);
        Path lea = team.share("lea");
        assertThat(Files.readAllLines(lea.resolve(".gitattributes"))).contains("*.txt -text", "*.csv -text");
        assertThat(Files.readAllLines(lea.resolve(".gitignore"))).contains("/.newsmark/", ".*.lock", ".*.tmp");
        assertThat(TeamFile.read(lea)).containsExactly(new TeamFile.Member("lea", TeamFile.Role.LEAD));
        assertThat(LocalIdentity.read(lea)).contains("lea");
        Path ana = team.join("ana");
        assertThat(LocalIdentity.read(ana)).contains("ana");
        assertThat(ana.resolve(".newsmark/identity.csv")).exists();
        try (Git git = Git.open(team.remote.toFile())) {
            assertThat(git.getRepository().resolve("main:.newsmark/identity.csv"))
                    .isNull();
            assertThat(git.getRepository().resolve("main:team.csv")).isNotNull();
        }
    }

    @Test
    void lineEndingsAndBytesArriveUnchanged() throws Exception {
        Team team = new Team(dir);
        team.share("lea");
        Path ana = team.join("ana");
        Path ben = team.join("ben");
        byte[] crlf = ("\uFEFFdoc,annotator,id,layer,label,start,end,text,links,attributes,note\r\n"
                        + "d1,ana,E1,ENTITY,PERSON,0,6,Peskov,,,\"two\r\nlines\"\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(ana.resolve("annotators/ana"));
        Files.write(ana.resolve("annotators/ana/d1.csv"), crlf);
        Team.sync(ana);
        Team.sync(ben);
        assertThat(Files.readAllBytes(ben.resolve("annotators/ana/d1.csv"))).isEqualTo(crlf);
    }

    @Test
    void aSyncRefusesChangesToAnotherAnnotatorsFilesAndNamesThem() throws Exception {
        Team team = new Team(dir);
        team.share("lea");
        Path ana = team.join("ana");
        Path ben = team.join("ben");
        Team.annotate(ben, "ben", "d1", "ben's");
        Team.sync(ben);
        Team.sync(ana);
        ObjectId before = head(ana);
        Files.writeString(ana.resolve("annotators/ben/d1.csv"), "changed by ana");
        Files.writeString(ana.resolve("schema.csv"), "changed by ana");
        Team.annotate(ana, "ana", "d2", "mine");
        assertThatThrownBy(() -> Team.sync(ana)).isInstanceOfSatisfying(TeamException.class, e -> {
            assertThat(e.kind()).isEqualTo(TeamException.Kind.LOCAL_CHANGES_REFUSED);
            assertThat(e.files()).containsExactly("annotators/ben/d1.csv", "schema.csv");
            assertThat(e.getMessage())
                    .contains("annotators/ben/d1.csv belongs to ben", "schema.csv is written by a lead only");
        });
        assertThat(head(ana)).isEqualTo(before);
    }

    @Test
    void aLeadCommitsGoldArticlesAndSchemaButNotAnAnnotatorsFolder() throws Exception {
        Team team = new Team(dir);
        Path lea = team.share("lea");
        Path ana = team.join("ana");
        Team.annotate(lea, "gold", "d1", "gold");
        Files.writeString(lea.resolve("articles/d4.txt"), Team.TEXT);
        SyncResult r = Team.sync(lea);
        assertThat(r.outgoingByOwner()).isEqualTo(Map.of("articles", List.of("d4"), "gold", List.of("d1")));
        assertThat(Team.sync(ana).incomingByOwner()).containsKeys("articles", "gold");
        Team.annotate(lea, "ana", "d1", "not lea's");
        assertThatThrownBy(() -> Team.sync(lea))
                .isInstanceOfSatisfying(
                        TeamException.class, e -> assertThat(e.files()).containsExactly("annotators/ana/d1.csv"));
    }

    @Test
    void theSameAnnotatorOnTwoComputersKeepsBothVersions() throws Exception {
        Team team = new Team(dir);
        team.share("lea");
        Path laptop = team.join("ana", "laptop");
        Path office = team.join("ana", "office");
        Path laptopFile = Team.annotate(laptop, "ana", "d1", "on the laptop");
        Path officeFile = Team.annotate(office, "ana", "d1", "in the office");
        String laptopText = Team.read(laptopFile);
        String officeText = Team.read(officeFile);
        Team.sync(laptop);
        SyncResult r = Team.sync(office);
        assertThat(r.conflicts()).hasSize(1);
        ConflictCopy c = r.conflicts().get(0);
        assertThat(c.path()).isEqualTo("annotators/ana/d1.csv");
        assertThat(c.copy()).startsWith(".newsmark/conflicts/").endsWith("/annotators/ana/d1.csv");
        assertThat(Team.read(officeFile)).isEqualTo(laptopText);
        assertThat(Team.read(office.resolve(c.copy()))).isEqualTo(officeText);
        assertThat(ProjectFolder.open(office).annotatedDocs("ana")).containsExactly("d1");
        assertThat(ProjectFolder.open(office).annotators()).containsExactly("ana");
        Team.sync(laptop);
        assertThat(Team.read(laptopFile)).isEqualTo(laptopText);
        assertThat(Team.sync(office).nothingToDo()).isTrue();
    }

    @Test
    void aPushThatLosesTheRaceIsMergedAndRetried() throws Exception {
        Team team = new Team(dir);
        team.share("lea");
        Path ana = team.join("ana");
        Path ben = team.join("ben");
        Team.annotate(ana, "ana", "d1", "ana");
        Team.annotate(ben, "ben", "d2", "ben");
        boolean[] once = {false};
        SyncResult r = new SyncService(Team.NO_ENV).sync(ana, (stage, fraction) -> {
            if (stage == SyncProgress.Stage.PUSHING && !once[0]) {
                once[0] = true;
                try {
                    Team.sync(ben); // ben pushes between ana's fetch and ana's push
                } catch (TeamException e) {
                    throw new IllegalStateException(e);
                }
            }
            return true;
        });
        assertThat(r.attempts()).isEqualTo(2);
        assertThat(r.pushed()).isTrue();
        assertThat(r.incomingByOwner()).isEqualTo(Map.of("ben", List.of("d2")));
        assertThat(ana.resolve("annotators/ben/d2.csv")).exists();
        assertThat(Team.sync(ben).incomingByOwner()).isEqualTo(Map.of("ana", List.of("d1")));
    }

    @Test
    void offlineKeepsTheLocalCommitAndTheNextSyncPushesIt() throws Exception {
        Team team = new Team(dir);
        team.share("lea");
        Path ana = team.join("ana");
        Path ben = team.join("ben");
        Team.annotate(ana, "ana", "d1", "offline work");
        Path away = dir.resolve("away.git");
        Files.move(team.remote, away);
        assertThatThrownBy(() -> Team.sync(ana)).isInstanceOfSatisfying(TeamException.class, e -> {
            assertThat(e.kind()).isEqualTo(TeamException.Kind.OFFLINE);
            assertThat(e.getMessage()).contains("cannot reach the remote", "committed in this clone", "sync again");
        });
        try (Git git = Git.open(ana.toFile())) {
            assertThat(git.log()
                            .setMaxCount(1)
                            .call()
                            .iterator()
                            .next()
                            .getAuthorIdent()
                            .getName())
                    .isEqualTo("ana");
        }
        Files.move(away, team.remote);
        SyncResult r = Team.sync(ana);
        assertThat(r.pushed()).isTrue();
        assertThat(r.outgoingByOwner()).isEqualTo(Map.of("ana", List.of("d1")));
        assertThat(Team.sync(ben).incomingByOwner()).isEqualTo(Map.of("ana", List.of("d1")));
    }

    @Test
    void shareRefusesARemoteWithAnUnrelatedHistory() throws Exception {
        Team other = new Team(dir.resolve("other"));
        other.share("zoe");
        Team team = new Team(dir.resolve("mine"), other.remote);
        assertThatThrownBy(() -> team.share("lea"))
                .isInstanceOfSatisfying(
                        TeamException.class, e -> assertThat(e.kind()).isEqualTo(TeamException.Kind.UNRELATED_HISTORY));
    }

    @Test
    void aRemoteOnASharedDriveIsMadeWhenItDoesNotExist() throws Exception {
        Path drive = dir.resolve("drive/team/news.git");
        Team team = new Team(dir, drive);
        team.share("lea");
        assertThat(drive.resolve("HEAD")).exists();
        Path ana = team.join("ana");
        assertThat(ana.resolve("schema.csv")).exists();
    }

    @Test
    void aSecondSyncOfTheSameCloneIsToldToWait() throws Exception {
        Team team = new Team(dir);
        team.share("lea");
        Path ana = team.join("ana");
        TeamException[] inner = new TeamException[1];
        new SyncService(Team.NO_ENV).sync(ana, (stage, fraction) -> {
            if (stage == SyncProgress.Stage.FETCHING && inner[0] == null) {
                try {
                    Team.sync(ana);
                } catch (TeamException e) {
                    inner[0] = e;
                }
            }
            return true;
        });
        assertThat(inner[0].kind()).isEqualTo(TeamException.Kind.BUSY);
    }

    private static ObjectId head(Path clone) throws Exception {
        try (Git git = Git.open(clone.toFile())) {
            return git.getRepository().resolve("HEAD");
        }
    }
}
