package org.newsmark.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsmark.service.team.ConflictCopy;
import org.newsmark.service.team.SyncResult;
import org.newsmark.service.team.SyncResult.Change;
import org.newsmark.service.team.TeamException;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar's words for a sync, as issue 14 writes them: "synced 12:03 · 3 articles in from ben". */
class SyncSummaryTest {
    static final Instant AT_1203 = Instant.parse("2026-12-07T12:03:41Z");

    private static SyncResult result(List<Change> in, List<Change> out, boolean pushed, List<ConflictCopy> conflicts) {
        return new SyncResult("ana", in, out, pushed, conflicts, List.of(), List.of(), 1, "abc", AT_1203);
    }

    private static Change ann(String who, String doc) {
        return new Change(who, doc, "annotators/" + who + "/" + doc + ".csv");
    }

    @Test
    void theIssuesExampleThreeArticlesInFromBen() {
        SyncResult r = result(
                List.of(
                        ann("ben", "d1"),
                        ann("ben", "d2"),
                        ann("ben", "d3"),
                        new Change("ben", "status", "annotators/ben/_status.csv")),
                List.of(ann("ana", "d4")),
                true,
                List.of());
        assertThat(SyncSummary.of(r, ZoneOffset.UTC)).isEqualTo("synced 12:03 · 3 articles in from ben");
    }

    @Test
    void severalPeopleGoldAndNewArticlesAreNamedInOrder() {
        SyncResult r = result(
                List.of(
                        ann("ben", "d1"),
                        ann("cy", "d1"),
                        ann("cy", "d2"),
                        new Change(SyncResult.GOLD, "d1", "gold/d1.csv"),
                        new Change(SyncResult.ARTICLES, "d9", "articles/d9.txt")),
                List.of(),
                true,
                List.of());
        assertThat(SyncSummary.of(r, ZoneOffset.UTC))
                .isEqualTo(
                        "synced 12:03 · 1 article in from ben, 2 from cy, 1 new or changed article, 1 article of gold");
    }

    @Test
    void nothingNewAConflictAndWorkNotSentAreSaid() {
        SyncResult r = result(
                List.of(ann("ana", "d1"), new Change("ben", "status", "annotators/ben/_status.csv")),
                List.of(ann("ana", "d2")),
                false,
                List.of(new ConflictCopy("annotators/ana/d1.csv", ".newsmark/conflicts/t/annotators/ana/d1.csv")));
        assertThat(SyncSummary.of(r, ZoneOffset.UTC))
                .isEqualTo("committed 12:03 · nothing new · 1 conflict · not sent yet");
    }

    @Test
    void offlineSaysTheWorkIsKeptAndWhatToDo() {
        assertThat(SyncSummary.failed(new TeamException(TeamException.Kind.OFFLINE, "cannot reach")))
                .isEqualTo("not synced: offline · your work is committed; click to try again");
    }
}
