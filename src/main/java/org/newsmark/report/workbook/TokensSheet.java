package org.newsmark.report.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.newsmark.agreement.coding.TokenLabels;
import org.newsmark.model.Article;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.report.xlsx.FastSheetDataWriter;

/**
 * The Tokens sheet: one row per token, layer and article with each annotator's label and a live
 * "all present agree" formula, written straight into the sheet data (it is by far the largest
 * sheet). While writing it counts, per layer, pair and label, the tokens behind Summary's formulas.
 */
final class TokensSheet {
    /** The first annotator column. */
    private static final int FIRST = 6;

    /**
     * What Summary's formulas need: per layer, pair and category (outside first, then the labels),
     * the tokens the first annotator gave it, the second, and both; and each Tokens sheet with its
     * last row (1-based).
     */
    record Counts(long[][][][] counts, Map<String, Integer> sheets) {}

    private final WorkbookContext ctx;
    private final SplitSheet sheet;
    private final String agreeFormula;
    private final long[][][][] counts;
    /** Per layer, once: its label names and the style index of each label's cells. */
    private final List<List<String>> layerLabels = new ArrayList<>();

    private final List<int[]> layerStyles = new ArrayList<>();

    private TokensSheet(WorkbookContext ctx, long expectedRows) {
        this.ctx = ctx;
        List<String> header = new ArrayList<>(List.of("document", "layer", "token", "start", "end", "text"));
        header.addAll(ctx.annotators);
        header.add("all present agree");
        int[] widths = new int[header.size()];
        Arrays.fill(widths, 13);
        widths[0] = 28;
        widths[2] = 7;
        widths[3] = 7;
        widths[4] = 7;
        widths[5] = 18;
        widths[header.size() - 1] = 18;
        this.sheet = new SplitSheet(ctx, AgreementWorkbook.TOKENS, header, widths);
        sheet.sharedFormula(expectedRows, FIRST + ctx.annotators.size());
        this.agreeFormula = agreeFormulaTemplate();
        this.counts = new long[ctx.layers.size()][ctx.pairs.size()][][];
        for (int l = 0; l < ctx.layers.size(); l++) {
            Layer layer = ctx.layers.get(l);
            for (int p = 0; p < ctx.pairs.size(); p++) {
                counts[l][p] = new long[layer.labels().size() + 1][3];
            }
            List<String> labels = layer.labels().stream().map(Label::name).toList();
            int[] labelStyles = new int[labels.size()];
            for (int k = 0; k < labels.size(); k++) {
                labelStyles[k] = ctx.styles.label(layer.name(), labels.get(k)).getIndex();
            }
            layerLabels.add(labels);
            layerStyles.add(labelStyles);
        }
    }

    /** Writes the Tokens sheets of the articles, tokenized at {@code bounds} (start, end pairs per article). */
    static Counts write(WorkbookContext ctx, Map<String, int[]> bounds, long expectedRows) throws IOException {
        TokensSheet tokens = new TokensSheet(ctx, expectedRows);
        for (Article article : ctx.corpus.articles()) {
            tokens.article(article, bounds.get(article.id()));
        }
        tokens.sheet.close();
        Map<String, Integer> sheets = new LinkedHashMap<>();
        for (SXSSFSheet t : tokens.sheet.sheets()) {
            sheets.put(t.getSheetName(), Math.max(2, tokens.sheet.lastRow(t, 2)));
        }
        return new Counts(tokens.counts, sheets);
    }

    private void article(Article article, int[] b) throws IOException {
        int n = b.length / 2;
        String[] texts = new String[n];
        for (int t = 0; t < n; t++) {
            texts[t] = article.slice(b[2 * t], b[2 * t + 1]);
        }
        for (int l = 0; l < ctx.layers.size(); l++) {
            Layer layer = ctx.layers.get(l);
            int[][] codes = new int[ctx.annotators.size()][];
            for (int r = 0; r < ctx.annotators.size(); r++) {
                if (ctx.corpus.has(article.id(), ctx.annotators.get(r))) {
                    codes[r] = TokenLabels.codes(
                            b, ctx.corpus.spans(article.id(), ctx.annotators.get(r), layer.name()), layerLabels.get(l));
                }
            }
            count(l, codes, n);
            for (int t = 0; t < n; t++) {
                row(article, layer, l, codes, b, texts, t);
            }
        }
    }

    /** Adds the tokens of one article and layer to the counts of each pair with both files. */
    private void count(int l, int[][] codes, int n) {
        for (int p = 0; p < ctx.pairs.size(); p++) {
            int[] ij = ctx.pairIndex.get(p);
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
    }

    private void row(Article article, Layer layer, int l, int[][] codes, int[] b, String[] texts, int t)
            throws IOException {
        List<String> labels = layerLabels.get(l);
        int[] labelStyles = layerStyles.get(l);
        FastSheetDataWriter w = sheet.startRow();
        w.repeated(Cells.cap(article.id()), 0);
        w.repeated(layer.name(), 0);
        w.number(t);
        w.number(b[2 * t]);
        w.number(b[2 * t + 1]);
        w.text(Cells.cap(texts[t]), 0);
        int agreed = -1;
        boolean all = true;
        for (int r = 0; r < ctx.annotators.size(); r++) {
            if (codes[r] == null) {
                w.blank();
                continue;
            }
            int code = codes[r][t];
            w.repeated(code == 0 ? TokenLabels.OUTSIDE : labels.get(code - 1), code == 0 ? 0 : labelStyles[code - 1]);
            if (agreed == -1) {
                agreed = code;
            } else if (agreed != code) {
                all = false;
            }
        }
        w.formula(agreeFormula.replace("#", Integer.toString(sheet.rowNumber())), all);
        w.endRow();
        ctx.step();
    }

    /** AND over pairs of "one is blank or both are equal", with # for the row number. */
    private String agreeFormulaTemplate() {
        if (ctx.annotators.size() < 2) {
            return "TRUE";
        }
        List<String> terms = new ArrayList<>();
        for (int[] ij : ctx.pairIndex) {
            String a = CellReference.convertNumToColString(FIRST + ij[0]) + "#";
            String b = CellReference.convertNumToColString(FIRST + ij[1]) + "#";
            terms.add("OR(" + a + "=\"\"," + b + "=\"\"," + a + "=" + b + ")");
        }
        return terms.size() == 1 ? terms.get(0) : "AND(" + String.join(",", terms) + ")";
    }
}
