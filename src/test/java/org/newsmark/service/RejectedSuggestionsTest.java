package org.newsmark.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.ProjectFolder;
import org.newsmark.suggest.Suggester.Rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rejected suggestions of each annotator, per article, in .newsmark/suggest-rejected/NAME.csv. */
class RejectedSuggestionsTest {
    @TempDir
    Path dir;

    private RejectedSuggestions open() throws Exception {
        return new RejectedSuggestions(ProjectFolder.open(TestData.project(dir, "d1", "Moxon met Varga.")));
    }

    @Test
    void rejectionsAreKeptPerAnnotatorAndArticleOnceEach() throws Exception {
        RejectedSuggestions r = open();
        assertThat(r.of("ana", "d1")).isEmpty();
        r.add("ana", "d1", List.of(new Rejection("ENTITY", "PERSON", 0, 5)));
        r.add("ana", "d2", List.of(new Rejection("QUOTE", "DIRECT", 3, 40)));
        r.add("ana", "d1", List.of(new Rejection("ENTITY", "PERSON", 0, 5), new Rejection("ENTITY", "GPE", 10, 15)));
        r.add("ben", "d1", List.of(new Rejection("EVENT", "MEETING", 6, 9)));

        assertThat(r.of("ana", "d1"))
                .containsExactly(new Rejection("ENTITY", "PERSON", 0, 5), new Rejection("ENTITY", "GPE", 10, 15));
        assertThat(r.of("ana", "d2")).containsExactly(new Rejection("QUOTE", "DIRECT", 3, 40));
        assertThat(r.of("ben", "d1")).containsExactly(new Rejection("EVENT", "MEETING", 6, 9));
        assertThat(Files.readString(dir.resolve(".newsmark/suggest-rejected/ana.csv")))
                .isEqualTo("""
                doc,layer,label,start,end
                d1,ENTITY,PERSON,0,5
                d2,QUOTE,DIRECT,3,40
                d1,ENTITY,GPE,10,15
                """);

        r.clear("ana", "d1");
        assertThat(r.of("ana", "d1")).isEmpty();
        assertThat(r.of("ana", "d2")).hasSize(1);
    }

    @Test
    void aFileWithABadRowIsReadWithoutItAndNeverRewritten() throws Exception {
        RejectedSuggestions r = open();
        Path file = Files.createDirectories(dir.resolve(".newsmark/suggest-rejected"))
                .resolve("ana.csv");
        String text = "doc,layer,label,start,end\nd1,ENTITY,PERSON,0,5\nd1,ENTITY,GPE,ten,15\n";
        Files.writeString(file, text);

        assertThat(r.of("ana", "d1")).containsExactly(new Rejection("ENTITY", "PERSON", 0, 5));
        assertThatThrownBy(() -> r.add("ana", "d1", List.of(new Rejection("ENTITY", "GPE", 10, 15))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(".newsmark/suggest-rejected/ana.csv:3:")
                .hasMessageContaining("left as it is");
        assertThat(Files.readString(file)).isEqualTo(text);

        Files.writeString(file, "something else\n");
        assertThat(r.of("ana", "d1")).as("a wrong header: nothing rejected").isEmpty();
    }
}
