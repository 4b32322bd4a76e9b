package org.newsmark.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.LocalIdentity;

import static org.assertj.core.api.Assertions.assertThat;

/** share, join, sync, assign and status from the command line, against a bare repository over file://. */
class TeamCommandsTest {
    private static final String TEXT = "Peskov spoke in Moscow on Friday.";

    @TempDir
    Path dir;

    private String remote() throws Exception {
        Path bare = dir.resolve("remote.git");
        try (Git git = Git.init()
                .setBare(true)
                .setDirectory(bare.toFile())
                .setInitialBranch("main")
                .call()) {
            return bare.toUri().toString();
        }
    }

    @Test
    void aLeadSharesAssignsAndAnnotatorsJoinSyncAndReport() throws Exception {
        String url = remote();
        Path lea = TestData.project(
                dir.resolve("lea"), "d1", TEXT, "d2", TEXT, "d3", TEXT, "d4", TEXT, "d5", TEXT, "d6", TEXT);
        CliRunner.Result share = CliRunner.run("share", lea.toString(), "--remote", url, "--lead", "lea");
        assertThat(share.code()).as(share.err()).isZero();
        assertThat(share.out())
                .contains("shared " + lea, "with lea as lead", "wrote .gitattributes, .gitignore, team.csv");

        CliRunner.Result assign = CliRunner.run(
                "assign", lea.toString(), "--annotators", "ana,ben,cy,dan", "--per-article", "2", "--seed", "7");
        assertThat(assign.code()).as(assign.err()).isZero();
        // Four annotators two per article: the six articles are the six pairs, each pair once.
        assertThat(assign.out())
                .contains(
                        "balanced incomplete block design",
                        "every pair on 1",
                        "   ana  ben   cy  dan",
                        "ana     3    1    1    1",
                        "dan     1    1    1    3");
        assertThat(Files.readAllLines(lea.resolve("assignments.csv")))
                .hasSize(13)
                .first()
                .isEqualTo("doc,annotator");
        assertThat(CliRunner.run("sync", lea.toString()).out()).contains("out: project: assignments.csv, team.csv");

        Path ana = dir.resolve("ana");
        CliRunner.Result join = CliRunner.run("join", url, ana.toString(), "--annotator", "ana");
        assertThat(join.code()).as(join.err()).isZero();
        assertThat(join.out()).contains("joined as ana (annotator): 6 articles in " + ana);
        String doc = Files.readAllLines(ana.resolve("assignments.csv")).stream()
                .filter(l -> l.endsWith(",ana"))
                .findFirst()
                .orElseThrow()
                .split(",")[0];
        TestData.annotations(ana, "ana", doc, doc + ",ana,E1,ENTITY,PERSON,0,6,Peskov,,,");
        Files.writeString(
                ana.resolve("annotators/ana/_status.csv"), "doc,status,updated\n" + doc + ",done,2026-12-07\n");
        CliRunner.Result sync = CliRunner.run("sync", ana.toString());
        assertThat(sync.code()).as(sync.err()).isZero();
        assertThat(sync.out()).isEqualTo("out: ana: " + doc + ", status (2 files)\n");

        assertThat(CliRunner.run("sync", lea.toString()).out()).isEqualTo("in:  ana: " + doc + ", status (2 files)\n");
        CliRunner.Result status = CliRunner.run("status", lea.toString(), "--format", "csv");
        assertThat(status.code()).isZero();
        String[] lines = status.out().split("\n");
        assertThat(lines[0]).isEqualTo("annotator,assigned,not_started,in_progress,done,last_sync");
        assertThat(lines[1]).startsWith("ana,3,2,0,1,20");
        assertThat(lines[2]).isEqualTo("ben,3,3,0,0,");
        assertThat(lines).hasSize(5);
        CliRunner.Result byArticle = CliRunner.run("status", lea.toString(), "--format", "csv", "--by-article");
        assertThat(byArticle.out())
                .startsWith("doc,assigned,done,in_progress,not_started\n")
                .contains("\n" + doc + ",ana;");
        assertThat(CliRunner.run("status", lea.toString()).out()).contains(doc + ": done ana;");
        assertThat(CliRunner.run("sync", ana.toString()).out())
                .isEqualTo("up to date: nothing came in, nothing went out\n");
    }

    @Test
    void offlineIsExitCodeOneWithWhatToDoAndUsageErrorsAreTwo() throws Exception {
        String url = remote();
        Path lea = TestData.project(dir.resolve("lea"), "d1", TEXT);
        assertThat(CliRunner.run("share", lea.toString(), "--remote", url, "--lead", "lea")
                        .code())
                .isZero();
        Path ana = dir.resolve("ana");
        assertThat(CliRunner.run("join", url, ana.toString(), "--annotator", "ana")
                        .code())
                .isZero();
        TestData.annotations(ana, "ana", "d1", "d1,ana,E1,ENTITY,PERSON,0,6,Peskov,,,");
        Files.move(dir.resolve("remote.git"), dir.resolve("elsewhere.git"));
        CliRunner.Result offline = CliRunner.run("sync", ana.toString());
        assertThat(offline.code()).isEqualTo(1);
        assertThat(offline.err())
                .startsWith("newsmark sync: cannot reach the remote ")
                .contains("Your changes (1 file) are committed in this clone and go out with the next sync.");

        assertThat(CliRunner.run("join", url, dir.resolve("x").toString(), "--annotator", "gold")
                        .code())
                .isEqualTo(2);
        assertThat(CliRunner.run("sync", dir.resolve("lea").resolve("articles").toString())
                        .code())
                .isEqualTo(1);
        CliRunner.Result notLead =
                CliRunner.run("assign", ana.toString(), "--annotators", "ana,ben", "--per-article", "1");
        assertThat(notLead.code()).isEqualTo(2);
        assertThat(notLead.err()).contains("only a lead assigns articles, and ana is not a lead in team.csv");
        CliRunner.Result refused =
                CliRunner.run("assign", lea.toString(), "--annotators", "ana,ben", "--per-article", "3");
        assertThat(refused.err()).contains("--per-article must be between 1 and the number of annotators (2), not 3");
    }

    @Test
    void joinRecordsTheAnnotatorInAFileThatIsNeverShared() throws Exception {
        String url = remote();
        Path lea = TestData.project(dir.resolve("lea"), "d1", TEXT);
        assertThat(CliRunner.run("share", lea.toString(), "--remote", url, "--lead", "lea")
                        .code())
                .isZero();
        Path ana = dir.resolve("ana");
        assertThat(CliRunner.run("join", url, ana.toString(), "--annotator", "ana")
                        .code())
                .isZero();
        assertThat(LocalIdentity.read(ana)).contains("ana");
        assertThat(Files.readString(ana.resolve(".newsmark/identity.csv"))).isEqualTo("annotator\nana\n");
        try (Git git = Git.open(ana.toFile())) {
            assertThat(git.status().call().isClean())
                    .as("the identity file is ignored")
                    .isTrue();
        }
    }
}
