package org.newsmark.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.DoublePredicate;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.agreement.span.SpanAlignment;
import org.newsmark.model.Article;
import org.newsmark.model.Layer;
import org.newsmark.model.WordTokenizer;
import org.newsmark.report.xlsx.StreamingWorkbook;

/**
 * The agreement-check workbook: Summary (the agreement table and live kappa formulas over the
 * Tokens sheet), Tokens, Spans (aligned across annotators), Disagreements (with a decision
 * drop-down for adjudication), Confusion, Annotations and a hidden Lists sheet. Written with
 * SXSSF so that large corpora stream to disk; sheets past the row limit are split into numbered
 * sheets. Every text is a text cell, never a formula.
 *
 * <p>This class aligns the spans and runs one writer per sheet ({@link SummarySheet},
 * {@link TokensSheet}, {@link SpansSheet}, {@link DisagreementsSheet}, {@link ConfusionSheet},
 * {@link AnnotationsSheet}, {@link ListsSheet}) over a shared {@link WorkbookContext}; the cell
 * styles are in {@link Styles}, the cell helpers in {@link Cells}.
 */
public final class AgreementWorkbook {
    /** Excel's row limit per sheet. */
    public static final int EXCEL_MAX_ROWS = 1_048_576;

    public static final String SUMMARY = "Summary";
    public static final String TOKENS = "Tokens";
    public static final String SPANS = "Spans";
    public static final String DISAGREEMENTS = "Disagreements";
    public static final String CONFUSION = "Confusion";
    public static final String ANNOTATIONS = "Annotations";
    public static final String LISTS = "Lists";
    /** Column headers of Spans and Disagreements after the annotator columns. */
    public static final String STATUS = "status";

    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";
    public static final String SPAN_SUFFIX = " span";
    public static final String LINKS_SUFFIX = " links";
    public static final String ACCEPT = "accept ";
    public static final String REJECT = "reject";

    /** Who, when, and the row limit per sheet (a parameter so tests can force a split). */
    public record Options(String project, String date, int maxRows) {
        public Options {
            if (maxRows < 3 || maxRows > EXCEL_MAX_ROWS) {
                throw new IllegalArgumentException("maxRows must be within 3.." + EXCEL_MAX_ROWS);
            }
        }
    }

    /** The value behind the live formulas of one pair and layer, as computed in Java. */
    public record PairFormula(
            String layer,
            String pair,
            long tokens,
            long agreeing,
            Double observed,
            Double kappa,
            String observedCell,
            String kappaCell) {}

    /** What was written: the sheet names in order and the Java values of the Summary formulas. */
    public record Written(List<String> sheets, List<PairFormula> formulas, int spanRows, int disagreementRows) {
        public Written {
            sheets = List.copyOf(sheets);
            formulas = List.copyOf(formulas);
        }
    }

    private AgreementWorkbook() {}

    /**
     * Writes the workbook to {@code out}. {@code progress} gets the fraction done now and then and
     * returns false to cancel, which throws {@link CancellationException}.
     */
    public static Written write(
            AnnotatedCorpus corpus, AgreementReport report, Options options, OutputStream out, DoublePredicate progress)
            throws IOException {
        StreamingWorkbook wb = new StreamingWorkbook(200);
        try {
            WorkbookContext ctx = new WorkbookContext(corpus, report, options, progress, wb);
            Map<String, int[]> bounds = new HashMap<>();
            for (Article a : corpus.articles()) {
                bounds.put(a.id(), WordTokenizer.bounds(a.text()));
            }
            List<SpanAlignment.Row> rows = new ArrayList<>();
            for (Article a : corpus.articles()) {
                rows.addAll(SpanAlignment.align(corpus, a.id(), ctx.layers));
            }
            List<SpanAlignment.Row> disagreements = disagreements(ctx, rows);
            long tokenRows =
                    bounds.values().stream().mapToLong(b -> b.length / 2).sum() * ctx.layers.size();
            ctx.total(tokenRows + rows.size() + disagreements.size() + annotationRows(ctx));
            // Summary comes first but is written last: its notes and formulas need the other sheets.
            SXSSFSheet summary = wb.createSheet(SUMMARY);
            TokensSheet.Counts counts = TokensSheet.write(ctx, bounds, tokenRows);
            SpansSheet.write(ctx, rows);
            DisagreementsSheet.write(ctx, disagreements);
            ConfusionSheet.write(ctx, rows);
            AnnotationsSheet.write(ctx);
            ListsSheet.write(ctx);
            List<PairFormula> formulas = SummarySheet.write(ctx, summary, counts);
            ctx.report(1.0);
            List<String> sheets = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                sheets.add(wb.getSheetName(i));
            }
            wb.write(out);
            return new Written(sheets, formulas, rows.size(), disagreements.size());
        } finally {
            wb.close();
        }
    }

    /** The rows that do not agree, by layer (in the workbook's order), document and place. */
    private static List<SpanAlignment.Row> disagreements(WorkbookContext ctx, List<SpanAlignment.Row> rows) {
        return rows.stream()
                .filter(r -> !r.agrees())
                .sorted(Comparator.comparingInt((SpanAlignment.Row r) -> ctx.layerIndex(r.layer()))
                        .thenComparing(SpanAlignment.Row::doc)
                        .thenComparingInt(SpanAlignment.Row::start)
                        .thenComparingInt(SpanAlignment.Row::end))
                .toList();
    }

    private static long annotationRows(WorkbookContext ctx) {
        long rows = 0;
        for (Article a : ctx.corpus.articles()) {
            for (String n : ctx.annotators) {
                rows += ctx.corpus.set(a.id(), n).map(set -> (long) set.size()).orElse(0L);
            }
        }
        return rows;
    }

    /** The header of Spans (and Disagreements without decision and comment). */
    public static List<String> spanHeader(List<String> annotators, boolean decisions) {
        List<String> h = new ArrayList<>(List.of("document", "layer", "start", "end", "text", "context"));
        h.addAll(annotators);
        for (String a : annotators) {
            h.add(a + LINKS_SUFFIX);
        }
        for (String a : annotators) {
            h.add(a + SPAN_SUFFIX);
        }
        h.add(STATUS);
        if (decisions) {
            h.add(DECISION);
            h.add(COMMENT);
        }
        return h;
    }

    /** The choices of the decision drop-down for a layer: accept NAME, reject, each label. */
    public static List<String> decisionChoices(List<String> annotators, Layer layer) {
        List<String> out = new ArrayList<>();
        for (String a : annotators) {
            out.add(ACCEPT + a);
        }
        out.add(REJECT);
        layer.labels().forEach(l -> out.add(l.name()));
        return out;
    }
}
