package org.newsmark.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.newsmark.analysis.QuoteSources;

/** The sources table as CSV (one row per speaker, label, all quotes and the unnamed) and as text. */
public final class QuoteSourcesTable {
    private QuoteSourcesTable() {}

    /**
     * Header {@code group,speaker,label,quotes,KIND...,articles,words,first_date,last_date}, one KIND
     * column per quote label in lower case; {@code group} is {@code speaker}, {@code label},
     * {@code all} or {@code unnamed}.
     */
    public static String csv(QuoteSources.Report r) {
        List<String> header = new ArrayList<>(List.of("group", "speaker", "label", "quotes"));
        r.kinds().forEach(k -> header.add(k.toLowerCase(Locale.ROOT)));
        header.addAll(List.of("articles", "words", "first_date", "last_date"));
        StringWriter out = new StringWriter();
        try (ICSVWriter w = new CSVWriter(out, ',', '"', '"', "\n")) {
            w.writeNext(header.toArray(String[]::new), false);
            r.speakers().forEach(row -> w.writeNext(cells("speaker", row, r.kinds()), false));
            r.labels().forEach(row -> w.writeNext(cells("label", row, r.kinds()), false));
            w.writeNext(cells("all", r.all(), r.kinds()), false);
            w.writeNext(cells("unnamed", r.unnamed(), r.kinds()), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String[] cells(String group, QuoteSources.Row row, List<String> kinds) {
        List<String> c = new ArrayList<>(List.of(group, row.speaker(), row.label(), Integer.toString(row.quotes())));
        kinds.forEach(k -> c.add(Integer.toString(row.byKind().getOrDefault(k, 0))));
        c.add(Integer.toString(row.articles()));
        c.add(Long.toString(row.words()));
        c.add(row.first().map(Object::toString).orElse(""));
        c.add(row.last().map(Object::toString).orElse(""));
        return c.toArray(String[]::new);
    }

    /** For people: speakers by number of quotes, then the totals per label, and the unnamed share. */
    public static String table(QuoteSources.Report r) {
        int width = Math.max(
                7,
                r.speakers().stream()
                        .mapToInt(s -> s.speaker().codePointCount(0, s.speaker().length()))
                        .max()
                        .orElse(7));
        StringBuilder b = new StringBuilder();
        b.append(line(width, "speaker", "label", "quotes", kinds(r), "articles", "words", "dates"));
        for (QuoteSources.Row row : r.speakers()) {
            b.append(line(
                    width,
                    row.speaker(),
                    row.label(),
                    Integer.toString(row.quotes()),
                    counts(r, row),
                    Integer.toString(row.articles()),
                    Long.toString(row.words()),
                    dates(row)));
        }
        b.append('\n');
        for (QuoteSources.Row row : r.labels()) {
            b.append(line(
                    width,
                    "all " + row.label(),
                    "",
                    Integer.toString(row.quotes()),
                    counts(r, row),
                    Integer.toString(row.articles()),
                    Long.toString(row.words()),
                    dates(row)));
        }
        QuoteSources.Row all = r.all();
        b.append(line(
                width,
                "all quotes",
                "",
                Integer.toString(all.quotes()),
                counts(r, all),
                Integer.toString(all.articles()),
                Long.toString(all.words()),
                dates(all)));
        b.append(String.format(
                Locale.ROOT,
                "%nwithout a named speaker: %d of %d quotes (%.1f%%; %d without any speaker)%n",
                r.unnamed().quotes(),
                all.quotes(),
                100 * r.unnamedShare(),
                r.withoutSpeaker()));
        return b.toString();
    }

    private static String kinds(QuoteSources.Report r) {
        return String.join(
                "/", r.kinds().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList());
    }

    private static String counts(QuoteSources.Report r, QuoteSources.Row row) {
        return String.join(
                "/",
                r.kinds().stream()
                        .map(k -> Integer.toString(row.byKind().getOrDefault(k, 0)))
                        .toList());
    }

    private static String dates(QuoteSources.Row row) {
        if (row.first().isEmpty()) {
            return "";
        }
        return row.first().get().equals(row.last().get())
                ? row.first().get().toString()
                : row.first().get() + " to " + row.last().get();
    }

    private static String line(
            int width,
            String speaker,
            String label,
            String quotes,
            String kinds,
            String articles,
            String words,
            String dates) {
        int pad = width - speaker.codePointCount(0, speaker.length());
        return (speaker
                                + " ".repeat(Math.max(0, pad))
                                + String.format(
                                        Locale.ROOT,
                                        "  %-13s %6s  %-22s %8s %7s  %s",
                                        label,
                                        quotes,
                                        kinds,
                                        articles,
                                        words,
                                        dates))
                        .stripTrailing()
                + "\n";
    }
}
