package org.newsmark.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's suggestion settings, suggest.csv: good rows count, every bad row is reported with file and line. */
class SuggestSettingsCsvTest {
    private static final Schema SCHEMA = TestData.schema();
    private static final Map<String, List<String>> RECOMMENDERS = Map.of(
            "quotes",
            List.of("QUOTE", "ENTITY"),
            "entity-strings",
            List.of("ENTITY"),
            "event-triggers",
            List.of("EVENT", "ENTITY"));

    @TempDir
    Path dir;

    @Test
    void aMissingFileMeansTheDefaults() {
        SuggestSettingsCsv.Parsed parsed = SuggestSettingsCsv.read(dir, SCHEMA, RECOMMENDERS);
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void goodRowsAreReadWithTheirLinesAndABlankScoreIsZero() throws Exception {
        Files.writeString(
                dir.resolve("suggest.csv"),
                "layer,recommender,enabled,min_score\n"
                        + "QUOTE,quotes,true,0.25\n"
                        + "ENTITY,quotes,FALSE,\n"
                        + " EVENT , event-triggers , true , 0.5 \n");
        SuggestSettingsCsv.Parsed parsed = SuggestSettingsCsv.read(dir, SCHEMA, RECOMMENDERS);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows())
                .containsExactly(
                        new SuggestSettingsCsv.Row("QUOTE", "quotes", true, 0.25, 2),
                        new SuggestSettingsCsv.Row("ENTITY", "quotes", false, 0.0, 3),
                        new SuggestSettingsCsv.Row("EVENT", "event-triggers", true, 0.5, 4));
    }

    @Test
    void everyBadRowIsAProblemWithFileAndLineAndTheOtherRowsStillCount() throws Exception {
        Files.writeString(
                dir.resolve("suggest.csv"),
                "layer,recommender,enabled,min_score\n"
                        + "QUOTE,quotes,true,0\n" // 2 good
                        + "TOPIC,quotes,true,0\n" // 3 no such layer
                        + "QUOTE,magic,true,0\n" // 4 no such recommender
                        + "EVENT,entity-strings,true,0\n" // 5 proposes nothing in EVENT
                        + "ENTITY,entity-strings,yes,0\n" // 6 enabled must be true or false
                        + "ENTITY,quotes,true,1.5\n" // 7 score out of range
                        + "EVENT,event-triggers,true,high\n" // 8 not a number
                        + "QUOTE,quotes,false,0\n" // 9 second row for the pair
                        + "QUOTE,quotes\n" // 10 too few fields
                        + "ENTITY,entity-strings,true,0.5\n"); // 11 good
        SuggestSettingsCsv.Parsed parsed = SuggestSettingsCsv.read(dir, SCHEMA, RECOMMENDERS);
        assertThat(parsed.rows()).extracting(SuggestSettingsCsv.Row::line).containsExactly(2, 11);
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(parsed.problems()).allSatisfy(p -> {
            assertThat(p.path()).isEqualTo("suggest.csv");
            assertThat(p.isError()).isTrue();
        });
        assertThat(parsed.problems().get(0).toString())
                .isEqualTo("suggest.csv:3: error: no layer TOPIC in the schema (it has ENTITY, QUOTE, EVENT)");
        assertThat(parsed.problems().get(2).message())
                .isEqualTo("recommender entity-strings proposes nothing in EVENT (only in ENTITY)");
        assertThat(parsed.problems().get(3).message()).isEqualTo("enabled must be true or false, not \"yes\"");
        assertThat(parsed.problems().get(4).message()).isEqualTo("min_score must be between 0 and 1, not 1.5");
        assertThat(parsed.problems().get(6).message()).isEqualTo("a second row for quotes in QUOTE");
        assertThat(parsed.problems().get(7).message()).startsWith("expected 4 fields");
    }

    @Test
    void aWrongHeaderOrAFileThatIsNotCsvIsReportedAndUsesNothing() throws Exception {
        Files.writeString(dir.resolve("suggest.csv"), "layer,recommender,on\nQUOTE,quotes,true\n");
        SuggestSettingsCsv.Parsed parsed = SuggestSettingsCsv.read(dir, SCHEMA, RECOMMENDERS);
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems())
                .singleElement()
                .hasToString("suggest.csv:1: error: the header must be layer,recommender,enabled,min_score");

        Files.writeString(
                dir.resolve("suggest.csv"),
                "layer,recommender,enabled,min_score\nQUOTE,quotes,true,0\n" + "EVENT,\"event-triggers,true,0\n");
        parsed = SuggestSettingsCsv.read(dir, SCHEMA, RECOMMENDERS);
        assertThat(parsed.rows()).extracting(SuggestSettingsCsv.Row::line).containsExactly(2);
        assertThat(parsed.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(3));

        Files.write(dir.resolve("suggest.csv"), new byte[] {'l', (byte) 0xff, '\n'});
        assertThat(SuggestSettingsCsv.read(dir, SCHEMA, RECOMMENDERS).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("suggest.csv"));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws Exception {
        List<SuggestSettingsCsv.Row> rows = List.of(
                new SuggestSettingsCsv.Row("QUOTE", "quotes", true, 0.0, 2),
                new SuggestSettingsCsv.Row("ENTITY", "entity-strings", false, 0.55, 3));
        SuggestSettingsCsv.write(dir, rows);
        assertThat(SuggestSettingsCsv.read(dir, SCHEMA, RECOMMENDERS).rows()).isEqualTo(rows);
    }
}
