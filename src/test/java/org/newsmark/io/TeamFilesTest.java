package org.newsmark.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** team.csv, assignments.csv, the clone's identity and the git settings files. */
class TeamFilesTest {
    @TempDir
    Path dir;

    @Test
    void teamRowsWithABadRoleOrNameAreProblemsWithTheirLine() {
        assertThatThrownBy(() -> TeamFile.parse("name,role\nana,annotator\nben,boss\n../x,lead\n", "team.csv"))
                .isInstanceOfSatisfying(
                        FormatException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactly(
                                        "team.csv:3: error: role must be lead or annotator, not \"boss\"",
                                        "team.csv:4: error: bad name: \"../x\" may only hold letters A-Z, digits, '.', '_' and '-',"
                                                + " starting with a letter or digit"));
        assertThatThrownBy(() -> TeamFile.parse("who,role\n", "team.csv"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("the header must be name,role");
    }

    @Test
    void teamAndAssignmentsRoundTripSorted() throws Exception {
        TeamFile.write(
                dir,
                List.of(
                        new TeamFile.Member("lea", TeamFile.Role.LEAD),
                        new TeamFile.Member("ana", TeamFile.Role.ANNOTATOR)));
        assertThat(Files.readString(dir.resolve("team.csv"))).isEqualTo("name,role\nana,annotator\nlea,lead\n");
        assertThat(TeamFile.read(dir))
                .containsExactly(
                        new TeamFile.Member("ana", TeamFile.Role.ANNOTATOR),
                        new TeamFile.Member("lea", TeamFile.Role.LEAD));
        AssignmentsFile.write(
                dir,
                List.of(
                        new AssignmentsFile.Assignment("d2", "ben"),
                        new AssignmentsFile.Assignment("d1", "cy"),
                        new AssignmentsFile.Assignment("d1", "ana")));
        assertThat(Files.readString(dir.resolve("assignments.csv")))
                .isEqualTo("doc,annotator\nd1,ana\nd1,cy\nd2,ben\n");
        assertThat(AssignmentsFile.read(dir)).hasSize(3);
        assertThat(AssignmentsFile.read(dir.resolve("none"))).isEmpty();
    }

    @Test
    void theIdentityIsOneSafeName() throws Exception {
        assertThat(LocalIdentity.read(dir)).isEmpty();
        LocalIdentity.write(dir, "ana");
        assertThat(LocalIdentity.read(dir)).contains("ana");
        Files.writeString(LocalIdentity.of(dir), "annotator\ngold\n");
        assertThat(LocalIdentity.read(dir)).isEmpty();
        assertThatThrownBy(() -> LocalIdentity.find(dir))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("\"gold\" is reserved");
    }

    @Test
    void settingsFilesKeepTheProjectsLinesAndAddOursOnce() throws Exception {
        Files.writeString(dir.resolve(".gitignore"), "*.bak");
        assertThat(RepositoryFiles.ensure(dir)).containsExactly(".gitattributes", ".gitignore");
        assertThat(Files.readAllLines(dir.resolve(".gitignore")))
                .startsWith("*.bak", "# Newsmark: what stays on this computer", "/.newsmark/", ".*.lock", ".*.tmp");
        assertThat(Files.readAllLines(dir.resolve(".gitattributes"))).contains("*.txt -text", "*.csv -text");
        assertThat(RepositoryFiles.ensure(dir)).isEmpty();
    }
}
