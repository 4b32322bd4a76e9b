package org.newsmark.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.newsmark.agreement.AgreementBands;
import org.newsmark.agreement.ConfidenceInterval;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.coding.TokenLabels;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;

/**
 * The Summary sheet, written last (it is the first sheet): who and what, live formulas of observed
 * agreement and Cohen's kappa per pair and layer over the token counts further down, the agreement
 * table of {@code newsmark agree}, the token counts as COUNTIFS over the Tokens sheets, and a legend.
 */
final class SummarySheet {
    private final WorkbookContext ctx;
    private final SXSSFSheet s;
    private final TokensSheet.Counts counts;
    private final Cells cells;
    private final Styles styles;
    /** The next row to write (0-based). */
    private int r;
    /** The row where the token counts begin, which the formulas refer to before it is written. */
    private int countsStart;

    private SummarySheet(WorkbookContext ctx, SXSSFSheet sheet, TokensSheet.Counts counts) {
        this.ctx = ctx;
        this.s = sheet;
        this.counts = counts;
        this.cells = ctx.cells;
        this.styles = ctx.styles;
    }

    /** Writes Summary into {@code sheet}, created first so that it comes first; returns the Java values of its formulas. */
    static List<AgreementWorkbook.PairFormula> write(WorkbookContext ctx, SXSSFSheet sheet, TokensSheet.Counts counts) {
        SummarySheet summary = new SummarySheet(ctx, sheet, counts);
        summary.widths();
        summary.head();
        List<AgreementWorkbook.PairFormula> out = summary.formulas();
        summary.agreementTable();
        summary.tokenCounts();
        summary.legend();
        sheet.createFreezePane(0, 1);
        return out;
    }

    private void widths() {
        s.setColumnWidth(0, 22 * 256);
        s.setColumnWidth(1, 16 * 256);
        s.setColumnWidth(2, 20 * 256);
        for (int c = 3; c < 8; c++) {
            s.setColumnWidth(c, 16 * 256);
        }
        s.setColumnWidth(7, 60 * 256);
    }

    private void head() {
        cells.text(s.createRow(r++), 0, "Newsmark agreement workbook", styles.title);
        pairRow("project", ctx.options.project());
        pairRow("date", ctx.options.date());
        pairRow("annotators", String.join(", ", ctx.annotators));
        pairRow(
                "articles",
                ctx.report.docs().size() + " (" + ctx.report.articlesAnnotatedByAll()
                        + " with a file of every annotator)");
        for (String a : ctx.annotators) {
            pairRow(
                    "files of " + a,
                    Integer.toString(ctx.report.filesPerAnnotator().getOrDefault(a, 0)));
        }
        for (String note : ctx.notes) {
            pairRow("note", note);
        }
        r++;
    }

    private void pairRow(String key, String value) {
        Row row = s.createRow(r++);
        cells.text(row, 0, key, styles.bold);
        cells.text(row, 1, value, null);
    }

    private void header(String[] columns) {
        Row h = s.createRow(r++);
        for (int c = 0; c < columns.length; c++) {
            cells.text(h, c, columns[c], styles.header);
        }
    }

    /** A header of two lines of text. */
    private void tallHeader(String[] columns) {
        Row h = s.createRow(r++);
        h.setHeightInPoints(30);
        for (int c = 0; c < columns.length; c++) {
            cells.text(h, c, columns[c], styles.header);
        }
    }

    /**
     * The first row of the counts block: after the formulas, blank, title, (the intervals' line,) header,
     * the agreement table, blank, title, header.
     */
    private int countsStart() {
        int intervals = ctx.report.corpus().stream().anyMatch(m -> m.interval() != null) ? 1 : 0;
        return r
                + ctx.layers.size() * ctx.pairs.size()
                + 3
                + intervals
                + ctx.report.corpus().size()
                + 3;
    }

    /** The live formulas, one row per layer and pair, each over its block of token counts. */
    private List<AgreementWorkbook.PairFormula> formulas() {
        cells.text(
                s.createRow(r++),
                0,
                "Live formulas: observed agreement and Cohen's kappa per pair and layer, "
                        + "counted over the Tokens sheet (all labels, tokens of the articles both have)",
                styles.title);
        tallHeader(new String[] {
            "layer",
            "annotators",
            "tokens",
            "agreeing tokens",
            "observed agreement",
            "Cohen's kappa",
            "observed_agreement (agree)",
            "cohen_kappa (agree)"
        });
        countsStart = countsStart();
        List<AgreementWorkbook.PairFormula> out = new ArrayList<>();
        int block = countsStart;
        for (int l = 0; l < ctx.layers.size(); l++) {
            for (int p = 0; p < ctx.pairs.size(); p++) {
                int k = ctx.layers.get(l).labels().size() + 1;
                out.add(formulaRow(l, p, block, k));
                block += k;
            }
        }
        return out;
    }

    private AgreementWorkbook.PairFormula formulaRow(int l, int p, int block, int k) {
        String firstCol = "$D$" + (block + 1) + ":$D$" + (block + k);
        String secondCol = "$E$" + (block + 1) + ":$E$" + (block + k);
        String bothCol = "$F$" + (block + 1) + ":$F$" + (block + k);
        long n = 0;
        long agreeing = 0;
        double products = 0;
        for (long[] cat : counts.counts()[l][p]) {
            n += cat[0];
            agreeing += cat[2];
            products += (double) cat[0] * cat[1];
        }
        Row row = s.createRow(r);
        String layer = ctx.layers.get(l).name();
        String pair = Measurement.pair(ctx.pairs.get(p)[0], ctx.pairs.get(p)[1]);
        cells.text(row, 0, layer, null);
        cells.text(row, 1, pair, null);
        int excelRow = r + 1;
        Cells.formula(row, 2, "SUM(" + firstCol + ")", n, styles.integer);
        Cells.formula(row, 3, "SUM(" + bothCol + ")", agreeing, styles.integer);
        Double observed = n == 0 ? null : (double) agreeing / n;
        Double kappa = null;
        if (n > 0) {
            double pe = products / ((double) n * n);
            kappa = 1 - pe == 0 ? null : (observed - pe) / (1 - pe);
        }
        String cN = "C" + excelRow;
        Cells.formula(row, 4, "IF(" + cN + "=0,\"\",D" + excelRow + "/" + cN + ")", observed, styles.decimal);
        String pe = "SUMPRODUCT(" + firstCol + "," + secondCol + ")/" + cN + "^2";
        Cells.formula(
                row,
                5,
                "IF(" + cN + "=0,\"\",IF(1-" + pe + "=0,\"\",(E" + excelRow + "-" + pe + ")/(1-" + pe + ")))",
                kappa,
                styles.decimal);
        agreeValue(row, 6, layer, Measurement.OBSERVED_AGREEMENT, pair);
        agreeValue(row, 7, layer, Measurement.COHEN_KAPPA, pair);
        r++;
        return new AgreementWorkbook.PairFormula(
                layer,
                pair,
                n,
                agreeing,
                observed,
                kappa,
                AgreementWorkbook.SUMMARY + "!E" + excelRow,
                AgreementWorkbook.SUMMARY + "!F" + excelRow);
    }

    /** The value {@code newsmark agree} reports for the layer and pair, beside the formula. */
    private void agreeValue(Row row, int column, String layer, String measure, String pair) {
        ctx.report
                .find(layer, Measurement.ALL, measure, pair, Measurement.ALL)
                .filter(m -> m.score().defined())
                .ifPresent(m -> cells.number(row, column, m.score().value(), styles.decimal));
    }

    private void agreementTable() {
        r++;
        cells.text(s.createRow(r++), 0, "Agreement (the numbers of newsmark agree)", styles.title);
        Optional<ConfidenceInterval> anyInterval = ctx.report.corpus().stream()
                .map(Measurement::interval)
                .filter(Objects::nonNull)
                .findFirst();
        if (anyInterval.isPresent()) {
            // What the intervals rest on, once: the method, replicates and seed.
            ConfidenceInterval ci = anyInterval.get();
            cells.text(
                    s.createRow(r++),
                    0,
                    ci.percent() + " confidence intervals: percentile bootstrap, "
                            + ci.replicates() + " replicates, seed " + ci.seed()
                            + "; articles resampled, Krippendorff's"
                            + " bootstrap for krippendorff_alpha (the note of each value says which)",
                    null);
        }
        header(
                anyInterval.isPresent()
                        ? new String[] {
                            "layer",
                            "label",
                            "measure",
                            "annotators",
                            "value",
                            "units",
                            "band",
                            "note",
                            anyInterval.get().percent() + " CI low",
                            anyInterval.get().percent() + " CI high"
                        }
                        : new String[] {"layer", "label", "measure", "annotators", "value", "units", "band", "note"});
        for (Measurement m : ctx.report.corpus()) {
            Row row = s.createRow(r++);
            cells.text(row, 0, m.layer(), null);
            cells.text(row, 1, m.label(), null);
            cells.text(row, 2, m.measure(), null);
            cells.text(row, 3, m.annotators(), null);
            String band = m.score().defined()
                    ? AgreementBands.of(m.measure(), m.score().value())
                    : "";
            if (m.score().defined()) {
                Cell v = row.createCell(4);
                v.setCellValue(m.score().value());
                v.setCellStyle(styles.band(band));
            }
            cells.text(row, 5, m.units() + " " + ctx.report.unitName(m), styles.indent);
            cells.text(row, 6, band, band.isEmpty() ? null : styles.band(band));
            cells.text(row, 7, m.note(), null);
            if (m.interval() != null && m.interval().defined()) {
                cells.number(row, 8, m.interval().low(), styles.decimal);
                cells.number(row, 9, m.interval().high(), styles.decimal);
            }
        }
    }

    /** Per layer, pair and category: the tokens each of the pair gave it and both gave it, as COUNTIFS. */
    private void tokenCounts() {
        r++;
        cells.text(
                s.createRow(r++),
                0,
                "Token counts per label (COUNTIFS over the Tokens sheet), behind the formulas above",
                styles.title);
        tallHeader(new String[] {
            "layer",
            "annotators",
            "label",
            "tokens the first gave it",
            "tokens the second gave it",
            "tokens both gave it"
        });
        if (r != countsStart) {
            throw new IllegalStateException("summary layout: " + r + " != " + countsStart);
        }
        for (int l = 0; l < ctx.layers.size(); l++) {
            Layer layer = ctx.layers.get(l);
            List<String> cats = new ArrayList<>();
            cats.add(TokenLabels.OUTSIDE);
            layer.labels().forEach(x -> cats.add(x.name()));
            for (int p = 0; p < ctx.pairs.size(); p++) {
                for (int c = 0; c < cats.size(); c++) {
                    countRow(l, p, cats.get(c), c);
                }
            }
        }
    }

    private void countRow(int l, int p, String cat, int c) {
        Layer layer = ctx.layers.get(l);
        String colA = CellReference.convertNumToColString(6 + ctx.pairIndex.get(p)[0]);
        String colB = CellReference.convertNumToColString(6 + ctx.pairIndex.get(p)[1]);
        long[] count = counts.counts()[l][p][c];
        Row row = s.createRow(r++);
        cells.text(row, 0, layer.name(), null);
        cells.text(row, 1, Measurement.pair(ctx.pairs.get(p)[0], ctx.pairs.get(p)[1]), null);
        cells.text(row, 2, cat, c == 0 ? null : styles.label(layer.name(), cat));
        String crit = "\"" + criterion(cat) + "\"";
        String layerCrit = "\"" + criterion(layer.name()) + "\"";
        Cells.formula(row, 3, countifs(layerCrit, colA, crit, colB, "\"<>\""), count[0], styles.integer);
        Cells.formula(row, 4, countifs(layerCrit, colB, crit, colA, "\"<>\""), count[1], styles.integer);
        Cells.formula(row, 5, countifs(layerCrit, colA, crit, colB, crit), count[2], styles.integer);
    }

    /** COUNTIFS over every Tokens sheet, added up. */
    private String countifs(String layerCrit, String colA, String critA, String colB, String critB) {
        List<String> terms = new ArrayList<>();
        counts.sheets().forEach((sheet, last) -> {
            String q = "'" + sheet + "'!";
            terms.add("COUNTIFS(" + range(q, "B", last) + "," + layerCrit + "," + range(q, colA, last) + "," + critA
                    + "," + range(q, colB, last) + "," + critB + ")");
        });
        return String.join("+", terms);
    }

    private static String range(String sheet, String col, int last) {
        return sheet + "$" + col + "$2:$" + col + "$" + last;
    }

    /** A COUNTIFS criterion that matches the text exactly: wildcards escaped, quotes doubled. */
    private static String criterion(String value) {
        String escaped =
                value.replace("~", "~~").replace("*", "~*").replace("?", "~?").replace("\"", "\"\"");
        return "=" + escaped;
    }

    private void legend() {
        r++;
        cells.text(s.createRow(r++), 0, "Legend", styles.title);
        header(new String[] {"layer", "label", "description"});
        for (Layer layer : ctx.layers) {
            for (Label label : layer.labels()) {
                Row row = s.createRow(r++);
                cells.text(row, 0, layer.name(), null);
                cells.text(row, 1, label.name(), styles.label(layer.name(), label.name()));
                cells.text(row, 2, label.description(), null);
            }
        }
        r++;
        String[][] statuses = {
            {"agree", "every annotator with a file marked it with the same label, boundaries and links"},
            {"missing for NAME", "NAME has a file for the article but did not mark it"},
            {"label differs", "the annotators gave different labels"},
            {"boundaries differ", "the spans overlap but start or end elsewhere"},
            {"speaker differs (any role)", "the linked spans are not the same aligned rows"},
            {
                "decision (Disagreements)",
                "accept NAME: keep NAME's span; reject: nothing; a label: the span with that "
                        + "label, boundaries of the first annotator (in column order) who gave that label, else of the first "
                        + "who marked it. Then run: newsmark adjudicate PROJECT --from THIS.xlsx"
            },
        };
        for (String[] st : statuses) {
            Row row = s.createRow(r++);
            cells.text(row, 0, st[0], st[0].equals("agree") ? styles.agree : styles.differ);
            cells.text(row, 1, st[1], null);
        }
    }
}
