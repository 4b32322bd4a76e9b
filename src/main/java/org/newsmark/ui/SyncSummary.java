package org.newsmark.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsmark.service.team.SyncResult;
import org.newsmark.service.team.TeamException;

/** The status bar's words for a sync: "synced 12:03 · 3 articles in from ben", or what failed and what to do. */
final class SyncSummary {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private SyncSummary() {}

    /** One line: when, what came in from whom (articles; gold; new articles; project files), conflicts, whether it went out. */
    static String of(SyncResult r, ZoneId zone) {
        StringBuilder b = new StringBuilder(r.pushed() || r.outgoing().isEmpty() ? "synced " : "committed ")
                .append(TIME.format(r.when().atZone(zone)));
        List<String> people = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : r.incomingByOwner().entrySet()) {
            String owner = e.getKey();
            long docs = e.getValue().stream().filter(i -> !i.equals("status")).count();
            if (owner.equals(r.annotator()) || docs == 0) {
                continue; // my own files from my other computer show as conflicts; a status alone is no news
            }
            String n = docs + (docs == 1 ? " article" : " articles");
            switch (owner) {
                case SyncResult.ARTICLES ->
                    other.add(docs + (docs == 1 ? " new or changed article" : " new or changed articles"));
                case SyncResult.GOLD -> other.add(n + " of gold");
                case SyncResult.PROJECT -> other.add("project files (" + String.join(", ", e.getValue()) + ")");
                default -> people.add((people.isEmpty() ? n + " in" : String.valueOf(docs)) + " from " + owner);
            }
        }
        List<String> in = new ArrayList<>(people);
        in.addAll(other);
        b.append(" · ").append(in.isEmpty() ? "nothing new" : String.join(", ", in));
        if (!r.conflicts().isEmpty()) {
            b.append(" · ").append(r.conflicts().size()).append(r.conflicts().size() == 1 ? " conflict" : " conflicts");
        }
        if (!r.pushed() && !r.outgoing().isEmpty()) {
            b.append(" · not sent yet");
        }
        return b.toString();
    }

    /** The button's words when a sync stopped: short, with the full message for the tooltip and the status bar. */
    static String failed(TeamException e) {
        return switch (e.kind()) {
            case OFFLINE -> "not synced: offline · your work is committed; click to try again";
            case REMOTE_REFUSED -> "not synced: the remote refused · see the message";
            case BUSY -> "not synced: another sync is running";
            case LOCAL_CHANGES_REFUSED -> "not synced: files of others changed here · see the message";
            case INCOMING_REFUSED -> "not synced: a commit that breaks the rules came in · see the message";
            case NOT_SHARED -> "not a shared project · newsmark share or join";
            default -> "not synced · click to try again";
        };
    }
}
