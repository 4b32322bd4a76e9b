package org.newsmark.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.newsmark.consistency.CorpusSearch;
import org.newsmark.consistency.Finding;
import org.newsmark.model.Annotation;

/** Search hits and consistency findings as CSV (RFC 4180, LF line ends) and as text for people. */
public final class ConsistencyReports {
    public static final String[] SEARCH_HEADER = {"doc", "start", "end", "text", "left", "right", "annotations"};
    public static final String[] CHECK_HEADER = {"doc", "annotator", "start", "end", "text", "problem", "detail"};

    private ConsistencyReports() {}

    /** One row per hit; {@code annotations} lists the overlapping annotations as {@code ID LABEL}, joined by {@code ; }. */
    public static String searchCsv(List<CorpusSearch.Hit> hits) {
        return csv(
                SEARCH_HEADER,
                hits.stream()
                        .map(h -> new String[] {
                            h.doc(),
                            Integer.toString(h.start()),
                            Integer.toString(h.end()),
                            h.text(),
                            h.left(),
                            h.right(),
                            annotations(h.annotations())
                        })
                        .toList());
    }

    /** Keyword in context, one line per hit: {@code doc start-end  …left [text] right…  annotations}. */
    public static String searchTable(List<CorpusSearch.Hit> hits) {
        StringBuilder b = new StringBuilder();
        int docWidth = hits.stream().mapToInt(h -> h.doc().length()).max().orElse(3);
        for (CorpusSearch.Hit h : hits) {
            String where = h.start() + "-" + h.end();
            b.append(pad(h.doc(), docWidth))
                    .append("  ")
                    .append(pad(where, 11))
                    .append("  ")
                    .append(padLeft(oneLine(h.left()), CorpusSearch.CONTEXT))
                    .append('[')
                    .append(oneLine(h.text()))
                    .append(']')
                    .append(oneLine(h.right()));
            if (!h.annotations().isEmpty()) {
                b.append("  ").append(annotations(h.annotations()));
            }
            b.append('\n');
        }
        b.append(hits.size())
                .append(hits.size() == 1 ? " hit" : " hits")
                .append(" in ")
                .append(hits.stream().map(CorpusSearch.Hit::doc).distinct().count())
                .append(" article(s)\n");
        return b.toString();
    }

    public static String checkCsv(List<Finding> findings) {
        return csv(
                CHECK_HEADER,
                findings.stream()
                        .map(f -> new String[] {
                            f.doc(),
                            f.annotator(),
                            Integer.toString(f.start()),
                            Integer.toString(f.end()),
                            f.text(),
                            f.problem().word(),
                            f.detail()
                        })
                        .toList());
    }

    /** Grouped by annotator, then article: {@code start-end problem "text": detail}. */
    public static String checkTable(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        String annotator = null;
        String doc = null;
        for (Finding f : findings) {
            if (!f.annotator().equals(annotator)) {
                annotator = f.annotator();
                doc = null;
                b.append("== ").append(annotator).append(" ==\n");
            }
            if (!f.doc().equals(doc)) {
                doc = f.doc();
                b.append(doc).append('\n');
            }
            b.append("  ")
                    .append(f.start())
                    .append('-')
                    .append(f.end())
                    .append(' ')
                    .append(f.problem().word())
                    .append(" “")
                    .append(oneLine(f.text()))
                    .append("”: ")
                    .append(f.detail())
                    .append('\n');
        }
        var byProblem =
                findings.stream().collect(Collectors.groupingBy(Finding::problem, TreeMap::new, Collectors.counting()));
        b.append(findings.size()).append(findings.size() == 1 ? " finding" : " findings");
        if (!byProblem.isEmpty()) {
            b.append(": ")
                    .append(byProblem.entrySet().stream()
                            .map(e -> e.getValue() + " " + e.getKey().word())
                            .collect(Collectors.joining(", ")));
        }
        return b.append('\n').toString();
    }

    private static String annotations(List<Annotation> annotations) {
        return annotations.stream().map(a -> a.id() + " " + a.label()).collect(Collectors.joining("; "));
    }

    private static String csv(String[] header, List<String[]> rows) {
        StringWriter out = new StringWriter();
        try (ICSVWriter w = new CSVWriter(out, ',', '"', '"', "\n")) {
            w.writeNext(header, false);
            for (String[] row : rows) {
                w.writeNext(row, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** White space runs (line breaks included) become one space, so a hit stays on its line. */
    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        int n = s.codePointCount(0, s.length());
        return n >= width ? s : " ".repeat(width - n) + s;
    }
}
