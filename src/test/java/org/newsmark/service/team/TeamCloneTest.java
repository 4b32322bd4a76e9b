package org.newsmark.service.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.model.Annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the annotator reads of a clone: role, assignments, and the conflict copies with the choice between versions. */
class TeamCloneTest {
    @TempDir
    Path dir;

    @Test
    void leadAssignmentsAndSharedAreReadFromTheClone() throws Exception {
        Team team = new Team(dir);
        Path lea = team.share("lea");
        Files.writeString(lea.resolve("assignments.csv"), "doc,annotator\nd3,ana\nd1,ben\nd1,ana\n");
        assertThat(new TeamClone(lea, "lea").lead()).isTrue();
        assertThat(new TeamClone(lea, "ana").lead()).isFalse();
        assertThat(new TeamClone(lea, "ana").assigned()).contains(List.of("d3", "d1"));
        assertThat(new TeamClone(lea, "lea").shared()).isTrue();
        Path plain = TestData.project(dir.resolve("plain"), "d1", Team.TEXT);
        assertThat(new TeamClone(plain, "ana").shared()).isFalse();
        assertThat(new TeamClone(plain, "ana").assigned()).isEmpty();
    }

    private static TeamClone conflicted(Team team) throws Exception {
        Path laptop = team.join("ana", "laptop");
        Path office = team.join("ana", "office");
        Team.annotate(laptop, "ana", "d1", "on the laptop");
        Team.annotate(office, "ana", "d1", "in the office");
        Team.sync(laptop);
        Team.sync(office);
        return new TeamClone(office, "ana");
    }

    @Test
    void bothVersionsAreComparedAndKeepMinePutsMineBackAtomically() throws Exception {
        Team team = new Team(dir);
        team.share("lea");
        TeamClone office = conflicted(team);
        List<ConflictCopy> waiting = office.conflicts();
        assertThat(waiting).singleElement().extracting(ConflictCopy::path).isEqualTo("annotators/ana/d1.csv");
        TeamClone.Comparison c = office.compare(waiting.get(0));
        assertThat(c.doc()).isEqualTo("d1");
        assertThat(c.theirs().spans()).extracting(Annotation::note).containsExactly("on the laptop");
        assertThat(c.mine().spans()).extracting(Annotation::note).containsExactly("in the office");
        office.keepMine(waiting.get(0));
        assertThat(Files.readString(office.root().resolve("annotators/ana/d1.csv")))
                .contains("in the office");
        assertThat(office.conflicts()).isEmpty();
        assertThat(office.root().resolve(".newsmark/conflicts")).isEmptyDirectory();
    }

    @Test
    void keepTheirsDropsTheCopyAndLeavesTheTeamsVersion() throws Exception {
        Team team = new Team(dir);
        team.share("lea");
        TeamClone office = conflicted(team);
        office.keepTheirs(office.conflicts().get(0));
        assertThat(Files.readString(office.root().resolve("annotators/ana/d1.csv")))
                .contains("on the laptop");
        assertThat(office.conflicts()).isEmpty();
    }

    @Test
    void anotherAnnotatorsFileOrAPathOutsideIsNeverWritten() throws Exception {
        Team team = new Team(dir);
        Path lea = team.share("lea");
        Team.annotate(lea, "ben", "d1", "ben's");
        Path copy = lea.resolve(".newsmark/conflicts/t/annotators/ben/d1.csv");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, "forged");
        TeamClone clone = new TeamClone(lea, "ana");
        assertThatThrownBy(() -> clone.keepMine(
                        new ConflictCopy("annotators/ben/d1.csv", ".newsmark/conflicts/t/annotators/ben/d1.csv")))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> clone.keepMine(new ConflictCopy("annotators/ana/d1.csv", "../outside.csv")))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(lea.resolve("annotators/ben/d1.csv"))).contains("ben's");
        assertThat(copy).exists();
    }
}
