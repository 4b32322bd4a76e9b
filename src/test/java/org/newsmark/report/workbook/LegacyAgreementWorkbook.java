package org.newsmark.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.DoublePredicate;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.newsmark.agreement.AgreementBands;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.span.SpanAlignment;
import org.newsmark.agreement.coding.TokenLabels;
import org.newsmark.io.AnnotationCsv;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.Link;
import org.newsmark.model.WordTokenizer;
import org.newsmark.report.xlsx.FastSheetDataWriter;
import org.newsmark.report.xlsx.StreamingWorkbook;

/**
 * The agreement workbook as written before it was split into one writer per sheet, kept only as
 * the reference of the equivalence test while the split is under way. The agreement-check workbook: Summary (the agreement table and live kappa formulas over the
 * Tokens sheet), Tokens, Spans (aligned across annotators), Disagreements (with a decision
 * drop-down for adjudication), Confusion, Annotations and a hidden Lists sheet. Written with
 * SXSSF so that large corpora stream to disk; sheets past the row limit are split into numbered
 * sheets. Every text is a text cell, never a formula.
 */
public final class LegacyAgreementWorkbook {
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
    private static final int MAX_TEXT = 32_767;
    private static final int CONTEXT = 40;

    /** Who, when, and the row limit per sheet (a parameter so tests can force a split). */
    public record Options(String project, String date, int maxRows) {
        public Options {
            if (maxRows < 3 || maxRows > EXCEL_MAX_ROWS) {
                throw new IllegalArgumentException("maxRows must be within 3.." + EXCEL_MAX_ROWS);
            }
        }
    }

    /** The value behind the live formulas of one pair and layer, as computed in Java. */
    public record PairFormula(String layer, String pair, long tokens, long agreeing, Double observed, Double kappa,
                              String observedCell, String kappaCell) {
    }

    /** What was written: the sheet names in order and the Java values of the Summary formulas. */
    public record Written(List<String> sheets, List<PairFormula> formulas, int spanRows, int disagreementRows) {
        public Written {
            sheets = List.copyOf(sheets);
            formulas = List.copyOf(formulas);
        }
    }

    private final AnnotatedCorpus corpus;
    private final AgreementReport report;
    private final Options options;
    private final DoublePredicate progress;
    private final List<Layer> layers = new ArrayList<>();
    private final List<String> annotators;
    private final List<String[]> pairs = new ArrayList<>();
    private final List<int[]> pairIndex = new ArrayList<>();
    private StreamingWorkbook wb;
    private Styles styles;
    private final List<String> notes = new ArrayList<>();
    /** The Tokens sheets and the last row (1-based) of each. */
    private final Map<String, Integer> tokenSheets = new LinkedHashMap<>();
    /** Per layer, pair, category: tokens the first annotator gave it, the second, both. */
    private long[][][][] counts;
    private long done;
    private long total;

    private LegacyAgreementWorkbook(AnnotatedCorpus corpus, AgreementReport report, Options options, DoublePredicate progress) {
        this.corpus = corpus;
        this.report = report;
        this.options = options;
        this.progress = progress;
        for (String name : report.layers()) {
            layers.add(corpus.schema().requireLayer(name));
        }
        this.annotators = corpus.annotators();
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++) {
                pairs.add(new String[] {annotators.get(i), annotators.get(j)});
                pairIndex.add(new int[] {i, j});
            }
        }
    }

    /**
     * Writes the workbook to {@code out}. {@code progress} gets the fraction done now and then and
     * returns false to cancel, which throws {@link CancellationException}.
     */
    public static Written write(AnnotatedCorpus corpus, AgreementReport report, Options options, OutputStream out,
                                DoublePredicate progress) throws IOException {
        return new LegacyAgreementWorkbook(corpus, report, options, progress).write(out);
    }

    private Written write(OutputStream out) throws IOException {
        wb = new StreamingWorkbook(200);
        try {
            styles = new Styles(wb, corpus.schema().layers());
            Map<String, int[]> bounds = new HashMap<>();
            for (Article a : corpus.articles()) {
                bounds.put(a.id(), WordTokenizer.bounds(a.text()));
            }
            List<SpanAlignment.Row> rows = new ArrayList<>();
            for (Article a : corpus.articles()) {
                rows.addAll(SpanAlignment.align(corpus, a.id(), layers));
            }
            List<SpanAlignment.Row> disagreements = rows.stream().filter(r -> !r.agrees())
                    .sorted(Comparator.comparingInt((SpanAlignment.Row r) -> layerIndex(r.layer()))
                            .thenComparing(SpanAlignment.Row::doc).thenComparingInt(SpanAlignment.Row::start)
                            .thenComparingInt(SpanAlignment.Row::end))
                    .toList();
            long tokenRows = bounds.values().stream().mapToLong(b -> b.length / 2).sum() * layers.size();
            long annotationRows = 0;
            for (Article a : corpus.articles()) {
                for (String n : annotators) {
                    annotationRows += corpus.set(a.id(), n).map(s -> (long) s.size()).orElse(0L);
                }
            }
            total = Math.max(1, tokenRows + rows.size() + disagreements.size() + annotationRows);
            SXSSFSheet summary = wb.createSheet(SUMMARY);
            tokens(bounds, tokenRows);
            spans(SPANS, rows, false);
            spans(DISAGREEMENTS, disagreements, true);
            confusion(rows);
            annotations();
            lists();
            List<PairFormula> formulas = summary(summary);
            report(1.0);
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

    private int layerIndex(String layer) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).name().equals(layer)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private void step() {
        if (++done % 4096 == 0) {
            report((double) done / total);
        }
    }

    private void report(double fraction) {
        if (!progress.test(Math.min(1.0, fraction))) {
            throw new CancellationException("export cancelled");
        }
    }

    // ---------------------------------------------------------------- sheets that split

    /** A sheet that continues in "Name 2", "Name 3"... when it reaches the row limit. */
    private final class SplitSheet {
        final String name;
        final List<String> header;
        final int[] widths;
        final List<SXSSFSheet> sheets = new ArrayList<>();
        SXSSFSheet current;
        final Map<SXSSFSheet, Integer> lastRow = new HashMap<>();
        int next;
        long rows;

        SplitSheet(String name, List<String> header, int[] widths) {
            this.name = name;
            this.header = header;
            this.widths = widths;
        }

        Row row() {
            if (current == null || next >= options.maxRows()) {
                open();
            }
            rows++;
            lastRow.put(current, next + 1);
            return current.createRow(next++);
        }

        /** Rows expected in all, and the column of the shared formula, for sheets written directly. */
        long expected;
        int sharedColumn = -1;

        /**
         * Starts the next row written straight into the sheet data ({@link FastSheetDataWriter}),
         * opening the next sheet when this one is full.
         */
        FastSheetDataWriter startRow() throws IOException {
            if (current == null || next >= options.maxRows()) {
                long before = rows;
                open();
                current.flushRows();
                long here = Math.min(options.maxRows() - 1L, expected - before);
                if (sharedColumn >= 0 && here > 0) {
                    wb.writer(current).shareFormula(sharedColumn, 2, (int) (1 + here));
                }
            }
            rows++;
            lastRow.put(current, next + 1);
            FastSheetDataWriter w = wb.writer(current);
            w.startRow(++next);
            return w;
        }

        private void open() {
            String sheetName = sheets.isEmpty() ? name : name + " " + (sheets.size() + 1);
            current = wb.createSheet(sheetName);
            sheets.add(current);
            Row h = current.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                text(h, c, header.get(c), styles.header);
                current.setColumnWidth(c, Math.min(255, widths[Math.min(c, widths.length - 1)]) * 256);
            }
            current.createFreezePane(0, 1);
            current.setAutoFilter(new CellRangeAddress(0, 0, 0, header.size() - 1));
            next = 1;
        }

        void close() {
            if (sheets.isEmpty()) {
                open();
            }
            if (sheets.size() > 1) {
                notes.add(name + " has " + rows + " rows, more than one sheet holds (" + options.maxRows()
                        + " rows with the header): it is split into " + String.join(", ", names()) + ".");
            }
        }

        List<String> names() {
            List<String> out = new ArrayList<>();
            for (SXSSFSheet s : sheets) {
                out.add(s.getSheetName());
            }
            return out;
        }
    }

    // ---------------------------------------------------------------- Tokens

    private void tokens(Map<String, int[]> bounds, long expectedTokenRows) throws IOException {
        List<String> header = new ArrayList<>(List.of("document", "layer", "token", "start", "end", "text"));
        header.addAll(annotators);
        header.add("all present agree");
        int[] widths = new int[header.size()];
        java.util.Arrays.fill(widths, 13);
        widths[0] = 28;
        widths[2] = 7;
        widths[3] = 7;
        widths[4] = 7;
        widths[5] = 18;
        widths[header.size() - 1] = 18;
        SplitSheet sheet = new SplitSheet(TOKENS, header, widths);
        int first = 6;
        sheet.expected = expectedTokenRows;
        sheet.sharedColumn = first + annotators.size();
        String agreeFormula = agreeFormulaTemplate(first);
        counts = new long[layers.size()][pairs.size()][][];
        // Per layer, once: its label names and the style of each label's cells.
        List<List<String>> layerLabels = new ArrayList<>();
        List<int[]> layerStyles = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            for (int p = 0; p < pairs.size(); p++) {
                counts[l][p] = new long[layers.get(l).labels().size() + 1][3];
            }
            Layer layer = layers.get(l);
            List<String> labels = layer.labels().stream().map(Label::name).toList();
            int[] labelStyles = new int[labels.size()];
            for (int k = 0; k < labels.size(); k++) {
                labelStyles[k] = styles.label(layer.name(), labels.get(k)).getIndex();
            }
            layerLabels.add(labels);
            layerStyles.add(labelStyles);
        }
        for (Article article : corpus.articles()) {
            int[] b = bounds.get(article.id());
            int n = b.length / 2;
            String[] texts = new String[n];
            for (int t = 0; t < n; t++) {
                texts[t] = article.slice(b[2 * t], b[2 * t + 1]);
            }
            for (int l = 0; l < layers.size(); l++) {
                Layer layer = layers.get(l);
                List<String> labels = layerLabels.get(l);
                int[] labelStyles = layerStyles.get(l);
                int[][] codes = new int[annotators.size()][];
                for (int r = 0; r < annotators.size(); r++) {
                    if (corpus.has(article.id(), annotators.get(r))) {
                        codes[r] = TokenLabels.codes(b, corpus.spans(article.id(), annotators.get(r), layer.name()), labels);
                    }
                }
                for (int p = 0; p < pairs.size(); p++) {
                    int[] ij = pairIndex.get(p);
                    int[] x = codes[ij[0]];
                    int[] y = codes[ij[1]];
                    if (x == null || y == null) {
                        continue;
                    }
                    long[][] c = counts[l][p];
                    for (int t = 0; t < n; t++) {
                        c[x[t]][0]++;
                        c[y[t]][1]++;
                        if (x[t] == y[t]) {
                            c[x[t]][2]++;
                        }
                    }
                }
                for (int t = 0; t < n; t++) {
                    FastSheetDataWriter w = sheet.startRow();
                    w.repeated(cap(article.id()), 0);
                    w.repeated(layer.name(), 0);
                    w.number(t);
                    w.number(b[2 * t]);
                    w.number(b[2 * t + 1]);
                    w.text(cap(texts[t]), 0);
                    int agreed = -1;
                    boolean all = true;
                    for (int r = 0; r < annotators.size(); r++) {
                        if (codes[r] == null) {
                            w.blank();
                            continue;
                        }
                        int code = codes[r][t];
                        w.repeated(code == 0 ? TokenLabels.OUTSIDE : labels.get(code - 1),
                                code == 0 ? 0 : labelStyles[code - 1]);
                        if (agreed == -1) {
                            agreed = code;
                        } else if (agreed != code) {
                            all = false;
                        }
                    }
                    w.formula(agreeFormula.replace("#", Integer.toString(sheet.next)), all);
                    w.endRow();
                    step();
                }
            }
        }
        sheet.close();
        for (SXSSFSheet t : sheet.sheets) {
            tokenSheets.put(t.getSheetName(), Math.max(2, sheet.lastRow.getOrDefault(t, 2)));
        }
    }

    /** AND over pairs of "one is blank or both are equal", with # for the row number. */
    private String agreeFormulaTemplate(int first) {
        if (annotators.size() < 2) {
            return "TRUE";
        }
        List<String> terms = new ArrayList<>();
        for (int[] ij : pairIndex) {
            String a = CellReference.convertNumToColString(first + ij[0]) + "#";
            String b = CellReference.convertNumToColString(first + ij[1]) + "#";
            terms.add("OR(" + a + "=\"\"," + b + "=\"\"," + a + "=" + b + ")");
        }
        return terms.size() == 1 ? terms.get(0) : "AND(" + String.join(",", terms) + ")";
    }

    // ---------------------------------------------------------------- Spans and Disagreements

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

    private void spans(String name, List<SpanAlignment.Row> rows, boolean decisions) {
        List<String> header = spanHeader(annotators, decisions);
        int n = annotators.size();
        int[] widths = new int[header.size()];
        java.util.Arrays.fill(widths, 14);
        widths[0] = 24;
        widths[1] = 9;
        widths[2] = 7;
        widths[3] = 7;
        widths[4] = 30;
        widths[5] = 48;
        for (int i = 0; i < n; i++) {
            widths[6 + n + i] = 24;
            widths[6 + 2 * n + i] = 12;
        }
        int status = 6 + 3 * n;
        widths[status] = 22;
        if (decisions) {
            widths[status + 1] = 16;
            widths[status + 2] = 30;
        }
        SplitSheet sheet = new SplitSheet(name, header, widths);
        Map<String, Article> articles = new HashMap<>();
        corpus.articles().forEach(a -> articles.put(a.id(), a));
        // For each sheet, the runs of rows of one layer, for the decision drop-downs.
        Map<SXSSFSheet, List<Object[]>> runs = new LinkedHashMap<>();
        for (SpanAlignment.Row r : rows) {
            Article article = articles.get(r.doc());
            Row row = sheet.row();
            row.setHeightInPoints(30);
            text(row, 0, r.doc(), styles.top);
            text(row, 1, r.layer(), styles.top);
            number(row, 2, r.start(), styles.top);
            number(row, 3, r.end(), styles.top);
            text(row, 4, article.slice(r.start(), r.end()), styles.wrap);
            text(row, 5, context(article, r.start(), r.end()), styles.wrap);
            for (int i = 0; i < n; i++) {
                Annotation a = r.spans().get(annotators.get(i));
                if (a != null) {
                    text(row, 6 + i, a.label(), styles.label(r.layer(), a.label()));
                    text(row, 6 + n + i, links(r.doc(), annotators.get(i), a), styles.wrap);
                    text(row, 6 + 2 * n + i, a.id() + " " + a.start() + "-" + a.end(), styles.top);
                }
            }
            text(row, status, r.status(), r.agrees() ? styles.agree : styles.differ);
            if (decisions) {
                row.createCell(status + 1).setCellStyle(styles.decision);
                row.createCell(status + 2).setCellStyle(styles.wrap);
                List<Object[]> list = runs.computeIfAbsent(sheet.current, s -> new ArrayList<>());
                Object[] last = list.isEmpty() ? null : list.get(list.size() - 1);
                if (last != null && last[0].equals(r.layer()) && (int) last[2] == row.getRowNum() - 1) {
                    last[2] = row.getRowNum();
                } else {
                    list.add(new Object[] {r.layer(), row.getRowNum(), row.getRowNum()});
                }
            }
            step();
        }
        sheet.close();
        if (decisions) {
            runs.forEach((s, list) -> {
                DataValidationHelper helper = s.getDataValidationHelper();
                for (Object[] run : list) {
                    int l = layerIndex((String) run[0]);
                    String col = CellReference.convertNumToColString(l);
                    int count = decisionChoices(annotators, layers.get(l)).size();
                    DataValidation v = helper.createValidation(
                            helper.createFormulaListConstraint(LISTS + "!$" + col + "$2:$" + col + "$" + (count + 1)),
                            new CellRangeAddressList((int) run[1], (int) run[2], status + 1, status + 1));
                    v.setShowErrorBox(true);
                    v.createErrorBox("Decision", "Choose accept NAME, reject, or a label of the layer.");
                    v.setSuppressDropDownArrow(true);
                    s.addValidationData(v);
                }
            });
        }
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

    private static String context(Article article, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(article.length(), end + CONTEXT);
        String before = article.slice(from, start).replace('\n', ' ');
        String after = article.slice(end, to).replace('\n', ' ');
        return (from > 0 ? "…" : "") + before + "[" + article.slice(start, end) + "]" + after
                + (to < article.length() ? "…" : "");
    }

    /** The links of a span with the text of each target: {@code speaker=E3 «Donald Trump»}. */
    private String links(String doc, String annotator, Annotation a) {
        if (a.links().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        var set = corpus.set(doc, annotator).orElseThrow();
        for (Link link : a.links()) {
            String target = set.get(link.target()).map(t -> " «" + shorten(t.text()) + "»").orElse("");
            parts.add(link.role() + "=" + link.target() + target);
        }
        return String.join("; ", parts);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

    // ---------------------------------------------------------------- Confusion

    private void confusion(List<SpanAlignment.Row> rows) {
        SXSSFSheet s = wb.createSheet(CONFUSION);
        int r = 0;
        Row intro = s.createRow(r++);
        text(intro, 0, "Matched spans (aligned as in Spans) of each pair and layer, on the articles both have: "
                + "rows are the first annotator's labels, columns the second's; missed = only the first marked it, "
                + "spurious = only the second.", null);
        s.setColumnWidth(0, 30 * 256);
        for (int c = 1; c < 12; c++) {
            s.setColumnWidth(c, 15 * 256);
        }
        for (String[] pair : pairs) {
            for (Layer layer : layers) {
                List<String> labels = layer.labels().stream().map(Label::name).toList();
                int k = labels.size();
                long[][] m = new long[k + 1][k + 1];
                for (SpanAlignment.Row row : rows) {
                    if (!row.layer().equals(layer.name()) || !row.present().contains(pair[0])
                            || !row.present().contains(pair[1])) {
                        continue;
                    }
                    Annotation a = row.spans().get(pair[0]);
                    Annotation b = row.spans().get(pair[1]);
                    int x = a == null ? k : labels.indexOf(a.label());
                    int y = b == null ? k : labels.indexOf(b.label());
                    if (a != null || b != null) {
                        m[x][y]++;
                    }
                }
                r++;
                text(s.createRow(r++), 0, pair[0] + " × " + pair[1] + " — " + layer.name(), styles.title);
                Row h = s.createRow(r++);
                text(h, 0, pair[0] + " \\ " + pair[1], styles.header);
                for (int j = 0; j < k; j++) {
                    text(h, 1 + j, labels.get(j), styles.label(layer.name(), labels.get(j)));
                }
                text(h, 1 + k, "missed (only " + pair[0] + ")", styles.header);
                for (int i = 0; i <= k; i++) {
                    Row row = s.createRow(r++);
                    if (i < k) {
                        text(row, 0, labels.get(i), styles.label(layer.name(), labels.get(i)));
                    } else {
                        text(row, 0, "spurious (only " + pair[1] + ")", styles.header);
                    }
                    for (int j = 0; j <= k; j++) {
                        if (i == k && j == k) {
                            continue;
                        }
                        number(row, 1 + j, m[i][j], i == j ? styles.diagonal : null);
                    }
                }
            }
        }
        s.createFreezePane(1, 1);
    }

    // ---------------------------------------------------------------- Annotations

    private void annotations() {
        List<String> header = AnnotationCsv.HEADER;
        int[] widths = {24, 10, 7, 9, 14, 7, 7, 30, 24, 20, 24};
        SplitSheet sheet = new SplitSheet(ANNOTATIONS, header, widths);
        for (Article article : corpus.articles()) {
            for (String annotator : annotators) {
                var set = corpus.set(article.id(), annotator);
                if (set.isEmpty()) {
                    continue;
                }
                for (Annotation a : set.get().annotations()) {
                    String[] values = AnnotationCsv.row(article.id(), annotator, a);
                    Row row = sheet.row();
                    for (int c = 0; c < values.length; c++) {
                        if (c == 5 || c == 6) {
                            number(row, c, c == 5 ? a.start() : a.end(), null);
                        } else if (c == 4) {
                            text(row, c, values[c], styles.label(a.layer(), a.label()));
                        } else {
                            text(row, c, values[c], null);
                        }
                    }
                    step();
                }
            }
        }
        sheet.close();
    }

    // ---------------------------------------------------------------- Lists

    /** The hidden sheet with the drop-down choices per layer and the documents of the workbook. */
    private void lists() {
        SXSSFSheet s = wb.createSheet(LISTS);
        List<List<String>> columns = new ArrayList<>();
        for (Layer layer : layers) {
            List<String> c = new ArrayList<>();
            c.add(layer.name());
            c.addAll(decisionChoices(annotators, layer));
            columns.add(c);
        }
        List<String> docs = new ArrayList<>();
        docs.add("documents");
        corpus.articles().forEach(a -> docs.add(a.id()));
        columns.add(docs);
        List<String> names = new ArrayList<>();
        names.add("annotators");
        names.addAll(annotators);
        columns.add(names);
        int height = columns.stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < height; r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < columns.size(); c++) {
                if (r < columns.get(c).size()) {
                    text(row, c, columns.get(c).get(r), r == 0 ? styles.header : null);
                }
            }
        }
        wb.setSheetHidden(wb.getSheetIndex(s), true);
    }

    // ---------------------------------------------------------------- Summary

    private List<PairFormula> summary(SXSSFSheet s) {
        s.setColumnWidth(0, 22 * 256);
        s.setColumnWidth(1, 16 * 256);
        s.setColumnWidth(2, 20 * 256);
        for (int c = 3; c < 8; c++) {
            s.setColumnWidth(c, 16 * 256);
        }
        s.setColumnWidth(7, 60 * 256);
        int r = 0;
        text(s.createRow(r++), 0, "Newsmark agreement workbook", styles.title);
        r = pairRow(s, r, "project", options.project());
        r = pairRow(s, r, "date", options.date());
        r = pairRow(s, r, "annotators", String.join(", ", annotators));
        r = pairRow(s, r, "articles", report.docs().size() + " (" + report.articlesAnnotatedByAll()
                + " with a file of every annotator)");
        for (String a : annotators) {
            r = pairRow(s, r, "files of " + a, Integer.toString(report.filesPerAnnotator().getOrDefault(a, 0)));
        }
        for (String note : notes) {
            r = pairRow(s, r, "note", note);
        }
        r++;
        text(s.createRow(r++), 0, "Live formulas: observed agreement and Cohen's kappa per pair and layer, "
                + "counted over the Tokens sheet (all labels, tokens of the articles both have)", styles.title);
        Row fh = s.createRow(r++);
        fh.setHeightInPoints(30);
        String[] fcols = {"layer", "annotators", "tokens", "agreeing tokens", "observed agreement", "Cohen's kappa",
                "observed_agreement (agree)", "cohen_kappa (agree)"};
        for (int c = 0; c < fcols.length; c++) {
            text(fh, c, fcols[c], styles.header);
        }
        int formulaStart = r;
        int formulaRows = layers.size() * pairs.size();
        // The counts block comes after the agreement table: blank, title, header, its rows, blank, title, header.
        int countsStart = formulaStart + formulaRows + 3 + report.corpus().size() + 3;
        List<PairFormula> out = new ArrayList<>();
        int block = countsStart;
        for (int l = 0; l < layers.size(); l++) {
            for (int p = 0; p < pairs.size(); p++) {
                int k = layers.get(l).labels().size() + 1;
                String firstCol = "$D$" + (block + 1) + ":$D$" + (block + k);
                String secondCol = "$E$" + (block + 1) + ":$E$" + (block + k);
                String bothCol = "$F$" + (block + 1) + ":$F$" + (block + k);
                long[][] c = counts[l][p];
                long n = 0;
                long agreeing = 0;
                double products = 0;
                for (long[] cat : c) {
                    n += cat[0];
                    agreeing += cat[2];
                    products += (double) cat[0] * cat[1];
                }
                Row row = s.createRow(r);
                String pair = Measurement.pair(pairs.get(p)[0], pairs.get(p)[1]);
                text(row, 0, layers.get(l).name(), null);
                text(row, 1, pair, null);
                int excelRow = r + 1;
                formula(row, 2, "SUM(" + firstCol + ")", n, styles.integer);
                formula(row, 3, "SUM(" + bothCol + ")", agreeing, styles.integer);
                Double observed = n == 0 ? null : (double) agreeing / n;
                Double kappa = null;
                if (n > 0) {
                    double pe = products / ((double) n * n);
                    kappa = 1 - pe == 0 ? null : (observed - pe) / (1 - pe);
                }
                String cN = "C" + excelRow;
                formula(row, 4, "IF(" + cN + "=0,\"\",D" + excelRow + "/" + cN + ")", observed, styles.decimal);
                String pe = "SUMPRODUCT(" + firstCol + "," + secondCol + ")/" + cN + "^2";
                formula(row, 5, "IF(" + cN + "=0,\"\",IF(1-" + pe + "=0,\"\",(E" + excelRow + "-" + pe + ")/(1-" + pe + ")))",
                        kappa, styles.decimal);
                report.find(layers.get(l).name(), Measurement.ALL, Measurement.OBSERVED_AGREEMENT, pair, Measurement.ALL)
                        .filter(m -> m.score().defined()).ifPresent(m -> number(row, 6, m.score().value(), styles.decimal));
                report.find(layers.get(l).name(), Measurement.ALL, Measurement.COHEN_KAPPA, pair, Measurement.ALL)
                        .filter(m -> m.score().defined()).ifPresent(m -> number(row, 7, m.score().value(), styles.decimal));
                out.add(new PairFormula(layers.get(l).name(), pair, n, agreeing, observed, kappa,
                        SUMMARY + "!E" + excelRow, SUMMARY + "!F" + excelRow));
                r++;
                block += k;
            }
        }
        r++;
        text(s.createRow(r++), 0, "Agreement (the numbers of newsmark agree)", styles.title);
        Row h = s.createRow(r++);
        String[] cols = {"layer", "label", "measure", "annotators", "value", "units", "band", "note"};
        for (int c = 0; c < cols.length; c++) {
            text(h, c, cols[c], styles.header);
        }
        for (Measurement m : report.corpus()) {
            Row row = s.createRow(r++);
            text(row, 0, m.layer(), null);
            text(row, 1, m.label(), null);
            text(row, 2, m.measure(), null);
            text(row, 3, m.annotators(), null);
            String band = m.score().defined() ? AgreementBands.of(m.measure(), m.score().value()) : "";
            if (m.score().defined()) {
                Cell v = row.createCell(4);
                v.setCellValue(m.score().value());
                v.setCellStyle(styles.band(band));
            }
            text(row, 5, m.units() + " " + Measurement.unitName(m.measure(), m.units()), styles.indent);
            text(row, 6, band, band.isEmpty() ? null : styles.band(band));
            text(row, 7, m.note(), null);
        }
        r++;
        text(s.createRow(r++), 0, "Token counts per label (COUNTIFS over the Tokens sheet), behind the formulas above",
                styles.title);
        Row ch = s.createRow(r++);
        ch.setHeightInPoints(30);
        String[] ccols = {"layer", "annotators", "label", "tokens the first gave it", "tokens the second gave it",
                "tokens both gave it"};
        for (int c = 0; c < ccols.length; c++) {
            text(ch, c, ccols[c], styles.header);
        }
        if (r != countsStart) {
            throw new IllegalStateException("summary layout: " + r + " != " + countsStart);
        }
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            List<String> cats = new ArrayList<>();
            cats.add(TokenLabels.OUTSIDE);
            layer.labels().forEach(x -> cats.add(x.name()));
            for (int p = 0; p < pairs.size(); p++) {
                String colA = CellReference.convertNumToColString(6 + pairIndex.get(p)[0]);
                String colB = CellReference.convertNumToColString(6 + pairIndex.get(p)[1]);
                for (int c = 0; c < cats.size(); c++) {
                    Row row = s.createRow(r++);
                    text(row, 0, layer.name(), null);
                    text(row, 1, Measurement.pair(pairs.get(p)[0], pairs.get(p)[1]), null);
                    text(row, 2, cats.get(c), c == 0 ? null : styles.label(layer.name(), cats.get(c)));
                    String crit = "\"" + criterion(cats.get(c)) + "\"";
                    String layerCrit = "\"" + criterion(layer.name()) + "\"";
                    formula(row, 3, countifs(layerCrit, colA, crit, colB, "\"<>\""), counts[l][p][c][0], styles.integer);
                    formula(row, 4, countifs(layerCrit, colB, crit, colA, "\"<>\""), counts[l][p][c][1], styles.integer);
                    formula(row, 5, countifs(layerCrit, colA, crit, colB, crit), counts[l][p][c][2], styles.integer);
                }
            }
        }
        r++;
        r = legend(s, r);
        s.createFreezePane(0, 1);
        return out;
    }

    /** COUNTIFS over every Tokens sheet, added up. */
    private String countifs(String layerCrit, String colA, String critA, String colB, String critB) {
        List<String> terms = new ArrayList<>();
        tokenSheets.forEach((sheet, last) -> {
            String q = "'" + sheet + "'!";
            terms.add("COUNTIFS(" + range(q, "B", last) + "," + layerCrit + "," + range(q, colA, last) + "," + critA + ","
                    + range(q, colB, last) + "," + critB + ")");
        });
        return String.join("+", terms);
    }

    private static String range(String sheet, String col, int last) {
        return sheet + "$" + col + "$2:$" + col + "$" + last;
    }

    /** A COUNTIFS criterion that matches the text exactly: wildcards escaped, quotes doubled. */
    private static String criterion(String value) {
        String escaped = value.replace("~", "~~").replace("*", "~*").replace("?", "~?").replace("\"", "\"\"");
        return "=" + escaped;
    }

    private int legend(SXSSFSheet s, int r) {
        text(s.createRow(r++), 0, "Legend", styles.title);
        Row h = s.createRow(r++);
        text(h, 0, "layer", styles.header);
        text(h, 1, "label", styles.header);
        text(h, 2, "description", styles.header);
        for (Layer layer : layers) {
            for (Label label : layer.labels()) {
                Row row = s.createRow(r++);
                text(row, 0, layer.name(), null);
                text(row, 1, label.name(), styles.label(layer.name(), label.name()));
                text(row, 2, label.description(), null);
            }
        }
        r++;
        String[][] statuses = {
            {"agree", "every annotator with a file marked it with the same label, boundaries and links"},
            {"missing for NAME", "NAME has a file for the article but did not mark it"},
            {"label differs", "the annotators gave different labels"},
            {"boundaries differ", "the spans overlap but start or end elsewhere"},
            {"speaker differs (any role)", "the linked spans are not the same aligned rows"},
            {"decision (Disagreements)", "accept NAME: keep NAME's span; reject: nothing; a label: the span with that "
                    + "label, boundaries of the first annotator (in column order) who gave that label, else of the first "
                    + "who marked it. Then run: newsmark adjudicate PROJECT --from THIS.xlsx"},
        };
        for (String[] st : statuses) {
            Row row = s.createRow(r++);
            text(row, 0, st[0], st[0].equals("agree") ? styles.agree : styles.differ);
            text(row, 1, st[1], null);
        }
        return r;
    }

    private int pairRow(SXSSFSheet s, int r, String key, String value) {
        Row row = s.createRow(r);
        text(row, 0, key, styles.bold);
        text(row, 1, value, null);
        return r + 1;
    }

    // ---------------------------------------------------------------- cells

    /** A text cell: never a formula, whatever the value starts with; Excel's limit cuts very long texts. */
    private void text(Row row, int column, String value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(cap(value));
        // An explicit style on every cell: without one, POI looks up the column's style for each cell, slowly.
        cell.setCellStyle(style != null ? style : styles.plain);
    }

    /** Excel's limit on the length of a cell's text. */
    private static String cap(String value) {
        return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - 1) + "…" : value;
    }

    private void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style != null ? style : styles.plain);
    }

    /** A formula with its cached value (computed in Java), or an empty text result when it is undefined. */
    private static void formula(Row row, int column, String formula, Number cached, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        if (cached == null) {
            cell.setCellValue("");
        } else {
            cell.setCellValue(cached.doubleValue());
        }
        cell.setCellStyle(style);
    }

    // ---------------------------------------------------------------- styles

    /** The cell styles, made once per workbook (Excel allows about 64,000). */
    private static final class Styles {
        final CellStyle plain;
        final CellStyle indent;
        final CellStyle header;
        final CellStyle title;
        final CellStyle bold;
        final CellStyle wrap;
        final CellStyle top;
        final CellStyle agree;
        final CellStyle differ;
        final CellStyle decision;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle diagonal;
        final Map<String, CellStyle> labels = new HashMap<>();
        final Map<String, CellStyle> bands = new HashMap<>();
        private final SXSSFWorkbook wb;

        Styles(SXSSFWorkbook wb, List<Layer> layers) {
            this.wb = wb;
            plain = wb.getCellStyleAt(0);
            indent = wb.createCellStyle();
            indent.setIndention((short) 1);
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            header = fill(0xD9E1F2);
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setBorderBottom(BorderStyle.THIN);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 12);
            title = wb.createCellStyle();
            title.setFont(big);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            top = wb.createCellStyle();
            top.setVerticalAlignment(VerticalAlignment.TOP);
            agree = fill(0xC6EFCE);
            differ = fill(0xFFEB9C);
            decision = fill(0xFFF2CC);
            decision.setBorderBottom(BorderStyle.HAIR);
            integer = wb.createCellStyle();
            integer.setDataFormat(wb.createDataFormat().getFormat("0"));
            decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("0.000"));
            diagonal = fill(0xC6EFCE);
            for (Layer layer : layers) {
                for (Label label : layer.labels()) {
                    CellStyle s = fill(label.rgb());
                    s.setVerticalAlignment(VerticalAlignment.TOP);
                    if (dark(label.rgb())) {
                        XSSFFont white = (XSSFFont) wb.createFont();
                        white.setColor(new XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}, null));
                        s.setFont(white);
                    }
                    labels.put(layer.name() + "\0" + label.name(), s);
                }
            }
            int[][] bandColours = {{0xF8CBAD}, {0xFCE4D6}, {0xFFF2CC}, {0xFFEB9C}, {0xE2EFDA}, {0xC6EFCE}};
            String[] names = {"poor", "slight", "fair", "moderate", "substantial", "almost perfect"};
            for (int i = 0; i < names.length; i++) {
                bands.put(names[i], fill(bandColours[i][0]));
            }
            bands.put("unreliable", fill(0xF8CBAD));
            bands.put("tentative", fill(0xFFEB9C));
            bands.put("reliable", fill(0xC6EFCE));
            for (CellStyle s : bands.values()) {
                s.setDataFormat(wb.createDataFormat().getFormat("0.000"));
            }
        }

        private static boolean dark(int rgb) {
            int r = rgb >> 16 & 0xFF;
            int g = rgb >> 8 & 0xFF;
            int b = rgb & 0xFF;
            return 0.299 * r + 0.587 * g + 0.114 * b < 140;
        }

        private CellStyle fill(int rgb) {
            XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
            s.setFillForegroundColor(new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        }

        CellStyle label(String layer, String label) {
            return labels.get(layer + "\0" + label);
        }

        CellStyle band(String band) {
            return bands.getOrDefault(band, decimal);
        }
    }
}
