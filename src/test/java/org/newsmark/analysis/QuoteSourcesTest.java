package org.newsmark.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.cli.CliRunner;
import org.newsmark.model.Article;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteSourcesTest {
    private static final String T1 =
            "2026-01-30\nPeskov said \"we wait.\" \"Later,\" he added, \"we talk.\" A spokesman said it failed.";
    private static final String T2 =
            "Friday, July 21, 2017\n\"No,\" Dmitry Peskov said. Officials said nothing changed. \"Fine,\" someone said.";

    @TempDir
    Path dir;

    @Test
    void aSpeakerIsTheEntityOfItsChainAnInterruptedQuoteIsOneAndTheUnnamedAreCountedApart() throws Exception {
        TestData.project(dir, "d1", T1, "d2", T2);
        TestData.annotations(
                dir,
                "gold",
                "d1",
                "d1,gold,E1,ENTITY,PERSON,11,17,Peskov,,,",
                "d1,gold,Q1,QUOTE,DIRECT,23,33,\"\"\"we wait.\"\"\",speaker=E1,,",
                "d1,gold,Q2,QUOTE,DIRECT,34,42,\"\"\"Later,\"\"\",speaker=E2,,",
                "d1,gold,E2,ENTITY,PERSON,43,45,he,coref=E1,mention=pronoun,",
                "d1,gold,Q3,QUOTE,DIRECT,53,63,\"\"\"we talk.\"\"\",speaker=E2;continues=Q2,,",
                "d1,gold,E3,ENTITY,PERSON,64,75,A spokesman,,mention=nominal,",
                "d1,gold,Q4,QUOTE,INDIRECT,81,90,it failed,speaker=E3,,");
        TestData.annotations(
                dir,
                "gold",
                "d2",
                "d2,gold,Q1,QUOTE,DIRECT,22,27,\"\"\"No,\"\"\",speaker=E1,,",
                "d2,gold,E1,ENTITY,PERSON,28,41,Dmitry Peskov,,,",
                "d2,gold,E2,ENTITY,PERSON,48,57,Officials,,mention=nominal,",
                "d2,gold,Q2,QUOTE,INDIRECT,63,78,nothing changed,speaker=E2,,",
                "d2,gold,Q3,QUOTE,DIRECT,80,87,\"\"\"Fine,\"\"\",,,");
        CliRunner.Result r = CliRunner.run("quotes", dir.toString(), "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        // d1: Peskov 2 quotes ("we wait." and the interrupted "Later, ... we talk." as one: 1 + 2 words); the
        // spokesman is unnamed. d2: "Dmitry Peskov" is another canonical name; officials unnamed; one without speaker.
        assertThat(r.out().lines())
                .containsExactly(
                        "group,speaker,label,quotes,direct,indirect,mixed,articles,words,first_date,last_date",
                        "speaker,(unnamed),PERSON,2,0,2,0,2,4,2017-07-21,2026-01-30",
                        "speaker,Peskov,PERSON,2,2,0,0,1,5,2026-01-30,2026-01-30",
                        "speaker,Dmitry Peskov,PERSON,1,1,0,0,1,1,2017-07-21,2017-07-21",
                        "label,*,PERSON,5,3,2,0,2,10,2017-07-21,2026-01-30",
                        "all,*,*,6,4,2,0,2,11,2017-07-21,2026-01-30",
                        "unnamed,(unnamed),*,3,1,2,0,2,5,2017-07-21,2026-01-30");
        CliRunner.Result table = CliRunner.run("quotes", dir.toString());
        assertThat(table.out()).contains("without a named speaker: 3 of 6 quotes (50.0%; 1 without any speaker)");
    }

    @Test
    void theDateOfAnArticleIsItsDatelineWhenItHasOne() {
        assertThat(ArticleDates.of(new Article("a", " date 2026-01-30 The Kremlin said")))
                .contains(LocalDate.of(2026, 1, 30));
        assertThat(ArticleDates.of(new Article("b", "Headline\n\nFriday, July 21, 2017\n\nText")))
                .contains(LocalDate.of(2017, 7, 21));
        assertThat(ArticleDates.of(new Article("c", "London, 3 Sept 2024 - text")))
                .contains(LocalDate.of(2024, 9, 3));
        assertThat(ArticleDates.of(new Article("d", "No date here, only 2,017 troops and February 30, 2020.")))
                .isEqualTo(Optional.empty());
    }
}
