package org.newsmark.service.team;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.AssignmentsFile;
import org.newsmark.io.AssignmentsFile.Assignment;
import org.newsmark.io.TeamFile;

import static org.assertj.core.api.Assertions.assertThat;

class AssignServiceTest {
    @TempDir
    Path dir;

    @Test
    void sevenArticlesToSevenAnnotatorsThreeEachIsTheFanoPlane() throws Exception {
        Path p = TestData.project(dir, "a", "x", "b", "x", "c", "x", "d", "x", "e", "x", "f", "x", "g", "x");
        List<String> names = List.of("n1", "n2", "n3", "n4", "n5", "n6", "n7");
        AssignService.Result r = new AssignService().assign(p, new AssignService.Request(names, 3, List.of(), 9));
        assertThat(r.balanced()).isTrue();
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                assertThat(r.overlap().get(i).get(j)).isEqualTo(i == j ? 3 : 1);
            }
        }
        assertThat(AssignmentsFile.read(p)).hasSize(21);
        assertThat(TeamFile.read(p)).hasSize(7).allMatch(m -> m.role() == TeamFile.Role.ANNOTATOR);
    }

    @Test
    void reassigningSomeArticlesKeepsTheOthers() throws Exception {
        Path p = TestData.project(dir, "a", "x", "b", "x", "c", "x");
        new AssignService().assign(p, new AssignService.Request(List.of("ana", "ben"), 1, List.of(), 1));
        List<Assignment> before = AssignmentsFile.read(p);
        AssignService.Result r =
                new AssignService().assign(p, new AssignService.Request(List.of("cy", "dan"), 2, List.of("b"), 1));
        assertThat(r.assignments()).containsExactlyInAnyOrder(new Assignment("b", "cy"), new Assignment("b", "dan"));
        List<Assignment> after = AssignmentsFile.read(p);
        assertThat(after)
                .containsAll(before.stream().filter(a -> !a.doc().equals("b")).toList())
                .contains(new Assignment("b", "cy"), new Assignment("b", "dan"))
                .hasSize(4);
        assertThat(r.addedToTeam()).containsExactly("cy", "dan");
    }
}
