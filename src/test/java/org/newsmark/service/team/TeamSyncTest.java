package org.newsmark.service.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.io.ProjectFolder;

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
        assertThat(Team.read(ben.resolve("annotators/ana/d1.csv"))).isEqualTo(Team.read(ana.resolve("annotators/ana/d1.csv")));
        Team.sync(lea);
        assertThat(ProjectFolder.open(lea).annotatedDocs("ana")).containsExactly("d1");
        try (Git git = Git.open(team.remote.toFile())) {
            RevCommit last = git.log().setMaxCount(1).call().iterator().next();
            assertThat(last.getAuthorIdent().getName()).isEqualTo("ana");
        }
    }
}
