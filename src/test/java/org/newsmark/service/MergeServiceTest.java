package org.newsmark.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.gold.MergeConflict;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationRules;
import org.newsmark.model.AnnotationSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MergeServiceTest {
    //                                   0         1         2         3
    //                                   0123456789012345678901234567890123456
    private static final String TEXT = "Peskov met Putin in Moscow on Friday.";

    @TempDir
    Path dir;

    private ProjectFolder threeAnnotators() throws Exception {
        TestData.project(dir, "d1", TEXT);
        TestData.annotations(
                dir,
                "a",
                "d1",
                "d1,a,E1,ENTITY,PERSON,0,6,Peskov,,,",
                "d1,a,V1,EVENT,MEETING,7,10,met,agent=E1;target=E2,,",
                "d1,a,E2,ENTITY,PERSON,11,16,Putin,,mention=nominal,",
                "d1,a,E3,ENTITY,GPE,20,26,Moscow,,,",
                "d1,a,E4,ENTITY,DATE,30,36,Friday,,,");
        TestData.annotations(
                dir,
                "b",
                "d1",
                "d1,b,E7,ENTITY,PERSON,0,6,Peskov,,,",
                "d1,b,V9,EVENT,MEETING,7,10,met,agent=E7,,",
                "d1,b,E8,ENTITY,PERSON,11,16,Putin,,,",
                "d1,b,E9,ENTITY,GPE,20,26,Moscow,,,");
        TestData.annotations(
                dir,
                "c",
                "d1",
                "d1,c,E1,ENTITY,PERSON,0,6,Peskov,,,",
                "d1,c,V1,EVENT,MEETING,7,10,met,agent=E1;place=E2,,",
                "d1,c,E2,ENTITY,LOCATION,20,26,Moscow,,,");
        return ProjectFolder.open(dir);
    }

    private static List<String> rows(AnnotationSet set) {
        return set.annotations().stream()
                .map(a -> a.id() + " " + a.label() + " " + a.start() + "-" + a.end() + " "
                        + a.links().stream().map(Object::toString).collect(Collectors.joining(";")) + " "
                        + a.attributes())
                .toList();
    }

    @Test
    void aMajorityOfExactVotesGoesInWithMajorityLinksAndRenumberedIds() throws Exception {
        MergeService.Result r = new MergeService(threeAnnotators())
                .merge(new MergeService.Request(List.of("a", "b", "c"), "gold", 0, List.of()));
        assertThat(r.minAgree()).isEqualTo(2);
        assertThat(rows(r.merged().get(0)))
                .containsExactly(
                        "E1 PERSON 0-6  {}",
                        "V1 MEETING 7-10 agent=E1 {}", // target: 1 of 3; place: LOCATION Moscow is not in gold
                        "E2 PERSON 11-16  {}", // mention=nominal: 1 of 2
                        "E3 GPE 20-26  {}");
        assertThat(r.merged().get(0).annotator()).isEqualTo("gold");
        List<String> conflicts = r.conflicts().stream()
                .map(c -> c.kind() + " " + c.layer() + " " + c.start() + "-" + c.end() + " " + c.marks())
                .toList();
        assertThat(conflicts)
                .containsExactly(
                        "link EVENT 7-10 {a=-, b=-, c=place → LOCATION 20-26}",
                        "link EVENT 7-10 {a=target → PERSON 11-16, b=-, c=-}",
                        "span ENTITY 20-26 {a=GPE 20-26 (in gold), b=GPE 20-26 (in gold), c=LOCATION 20-26}",
                        "span ENTITY 30-36 {a=DATE 30-36, b=-, c=-}");
        // One conflict per role whose links did not all go in.
        assertThat(r.conflicts().get(0).note()).isEqualTo("V1 place left out: LOCATION 20-26 (target not in gold)");
        assertThat(r.conflicts().get(1).note()).isEqualTo("V1 target left out: PERSON 11-16 (1 of 3)");
    }

    @Test
    void minAgreeOneTakesTheUnionAndTheLabelWithMoreVotes() throws Exception {
        MergeService.Result r = new MergeService(threeAnnotators())
                .merge(new MergeService.Request(List.of("a", "b", "c"), "gold", 1, List.of()));
        assertThat(rows(r.merged().get(0)))
                .containsExactly(
                        "E1 PERSON 0-6  {}",
                        "V1 MEETING 7-10 agent=E1 {}",
                        "E2 PERSON 11-16  {}",
                        "E3 GPE 20-26  {}",
                        "E4 DATE 30-36  {}");
        assertThat(new MergeService(threeAnnotators())
                        .merge(new MergeService.Request(List.of("a", "b", "c"), "gold", 3, List.of()))
                        .merged()
                        .get(0)
                        .annotations())
                .extracting(Annotation::text)
                .containsExactly("Peskov", "met");
    }

    @Test
    void aTieOfLabelsPutsNeitherIn() throws Exception {
        TestData.project(dir, "d1", TEXT);
        for (String name : List.of("a", "b")) {
            TestData.annotations(dir, name, "d1", "d1," + name + ",E1,ENTITY,PERSON,0,6,Peskov,,,");
        }
        for (String name : List.of("c", "d")) {
            TestData.annotations(dir, name, "d1", "d1," + name + ",E1,ENTITY,ORGANIZATION,0,6,Peskov,,,");
        }
        MergeService service = new MergeService(ProjectFolder.open(dir));
        MergeService.Result r =
                service.merge(new MergeService.Request(List.of("a", "b", "c", "d"), "gold", 2, List.of()));
        assertThat(r.merged().get(0).annotations()).isEmpty();
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(MergeConflict.TIE);
            assertThat(c.marks()).containsEntry("a", "PERSON 0-6").containsEntry("d", "ORGANIZATION 0-6");
        });
        // Default for four annotators: three must agree; two against two is then a plain span conflict.
        MergeService.Result majority =
                service.merge(new MergeService.Request(List.of("a", "b", "c", "d"), "gold", 0, List.of()));
        assertThat(majority.minAgree()).isEqualTo(3);
        assertThat(majority.conflicts())
                .singleElement()
                .extracting(MergeConflict::kind)
                .isEqualTo(MergeConflict.SPAN);
    }

    @Test
    void aLinkTieOfOneAgainstOneStaysOut() throws Exception {
        //                     0         1         2
        //                     0123456789012345678901234
        String text = "\"Yes,\" Peskov told Putin.";
        TestData.project(dir, "d1", text);
        TestData.annotations(
                dir,
                "a",
                "d1",
                "d1,a,Q1,QUOTE,DIRECT,0,6,\"\"\"Yes,\"\"\",speaker=E1,,",
                "d1,a,E1,ENTITY,PERSON,7,13,Peskov,,,",
                "d1,a,E2,ENTITY,PERSON,19,24,Putin,,,");
        TestData.annotations(
                dir,
                "b",
                "d1",
                "d1,b,Q1,QUOTE,DIRECT,0,6,\"\"\"Yes,\"\"\",speaker=E2,,",
                "d1,b,E1,ENTITY,PERSON,7,13,Peskov,,,",
                "d1,b,E2,ENTITY,PERSON,19,24,Putin,,,");
        MergeService.Result r = new MergeService(ProjectFolder.open(dir))
                .merge(new MergeService.Request(List.of("a", "b"), "gold", 0, List.of()));
        assertThat(rows(r.merged().get(0)))
                .containsExactly("Q1 DIRECT 0-6  {}", "E1 PERSON 7-13  {}", "E2 PERSON 19-24  {}");
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(MergeConflict.LINK);
            assertThat(c.marks())
                    .containsEntry("a", "speaker → PERSON 7-13")
                    .containsEntry("b", "speaker → PERSON 19-24");
            assertThat(c.note()).contains("1 of 2");
        });
    }

    @Test
    void writingNeverOverwritesWithoutForce() throws Exception {
        MergeService service = new MergeService(threeAnnotators());
        MergeService.Result r = service.merge(new MergeService.Request(List.of("a", "b", "c"), "gold", 0, List.of()));
        service.write(r, false);
        Path gold = dir.resolve("gold/d1.csv");
        assertThat(gold).exists();
        Files.writeString(gold, "changed by hand");
        assertThatThrownBy(() -> service.write(r, false))
                .isInstanceOf(MergeService.ExistingFilesException.class)
                .hasMessageContaining("gold/d1.csv exists");
        assertThat(Files.readString(gold)).isEqualTo("changed by hand");
        service.write(r, true);
        assertThat(Files.readString(gold))
                .startsWith("doc,annotator,id,layer")
                .contains("d1,gold,E1,ENTITY,PERSON,0,6");
    }

    @Test
    void badRequestsAreUsageErrors() throws Exception {
        MergeService service = new MergeService(threeAnnotators());
        assertThatThrownBy(() -> service.merge(new MergeService.Request(List.of("a"), "gold", 0, List.of())))
                .isInstanceOf(AgreementService.BadRequestException.class);
        assertThatThrownBy(() -> service.merge(new MergeService.Request(List.of("a", "zz"), "gold", 0, List.of())))
                .isInstanceOf(AgreementService.BadRequestException.class)
                .hasMessageContaining("no annotator zz");
        assertThatThrownBy(() -> service.merge(new MergeService.Request(List.of("a", "b"), "gold", 3, List.of())))
                .isInstanceOf(AgreementService.BadRequestException.class)
                .hasMessageContaining("--min-agree");
    }

    @Test
    void anaAndBenWithMinAgreeTwoGiveExactlyTheSpansTheyShare() throws Exception {
        ProjectFolder bundled = ProjectFolder.open(TestData.BUNDLED);
        MergeService.Result r =
                new MergeService(bundled).merge(new MergeService.Request(List.of("ana", "ben"), "gold", 2, List.of()));
        assertThat(r.ok()).isTrue();
        assertThat(r.merged()).hasSize(7);
        var schema = bundled.readSchema();
        for (AnnotationSet merged : r.merged()) {
            var article = bundled.readArticle(merged.doc());
            Set<List<Object>> ana =
                    keys(AnnotationFiles.load(bundled, schema, article, "ana").set());
            Set<List<Object>> ben =
                    keys(AnnotationFiles.load(bundled, schema, article, "ben").set());
            ana.retainAll(ben);
            assertThat(keys(merged)).as(merged.doc()).isEqualTo(ana);
            assertThat(AnnotationRules.check(article, schema, merged.annotations()))
                    .isEmpty();
        }
        assertThat(r.conflicts()).isNotEmpty();
    }

    private static Set<List<Object>> keys(AnnotationSet set) {
        Set<List<Object>> out = new HashSet<>();
        set.annotations().forEach(a -> out.add(List.of(a.layer(), a.label(), a.start(), a.end())));
        return out;
    }
}
