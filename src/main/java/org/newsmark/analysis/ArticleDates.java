package org.newsmark.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsmark.model.Article;

/**
 * The date of an article, when its dateline gives one: the first full date within its first
 * {@value #WINDOW} characters, written as news sites write them ({@code 2026-01-30},
 * {@code Friday, July 21, 2017}, {@code 21 July 2017}). Empty when there is none.
 */
public final class ArticleDates {
    static final int WINDOW = 400;
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_FIRST = Pattern.compile("\\b" + MONTHS + " (\\d{1,2}),? (\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile("\\b(\\d{1,2}) " + MONTHS + ",? (\\d{4})\\b");

    private ArticleDates() {}

    public static Optional<LocalDate> of(Article article) {
        String head = article.text().substring(0, Math.min(article.text().length(), WINDOW));
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = ISO.matcher(head);
        if (m.find()) {
            best = date(m.group(1), m.group(2), m.group(3));
            bestAt = best == null ? bestAt : m.start();
        }
        m = MONTH_FIRST.matcher(head);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(3), month(m.group(1)), m.group(2));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = DAY_FIRST.matcher(head);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(3), month(m.group(2)), m.group(1));
            if (d != null) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String month(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
                return Integer.toString(month.getValue());
            }
        }
        return "0";
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
