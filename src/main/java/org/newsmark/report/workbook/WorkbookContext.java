package org.newsmark.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.DoublePredicate;

import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.model.Layer;
import org.newsmark.report.xlsx.StreamingWorkbook;

/**
 * What the sheet writers of one agreement workbook share: the corpus and its report, the layers,
 * annotators and pairs in column order, the workbook with its styles, the notes for Summary, and
 * the progress of the export.
 */
final class WorkbookContext {
    final AnnotatedCorpus corpus;
    final AgreementReport report;
    final AgreementWorkbook.Options options;
    final List<Layer> layers = new ArrayList<>();
    final List<String> annotators;
    /** Each pair of annotators by name, and by index in {@link #annotators}. */
    final List<String[]> pairs = new ArrayList<>();

    final List<int[]> pairIndex = new ArrayList<>();
    final StreamingWorkbook wb;
    final Styles styles;
    final Cells cells;
    /** Notes for Summary, such as sheets split at the row limit. */
    final List<String> notes = new ArrayList<>();

    private final DoublePredicate progress;
    private long done;
    private long total = 1;

    WorkbookContext(
            AnnotatedCorpus corpus,
            AgreementReport report,
            AgreementWorkbook.Options options,
            DoublePredicate progress,
            StreamingWorkbook wb) {
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
        this.wb = wb;
        this.styles = new Styles(wb, corpus.schema().layers());
        this.cells = new Cells(styles);
    }

    /** The position of a layer among the workbook's layers, or {@link Integer#MAX_VALUE}. */
    int layerIndex(String layer) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).name().equals(layer)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The number of rows the export writes in all, for the fraction done. */
    void total(long rows) {
        total = Math.max(1, rows);
    }

    /** One row written: reports progress every 4,096 rows. */
    void step() {
        if (++done % 4096 == 0) {
            report((double) done / total);
        }
    }

    /** Reports the fraction done; throws when the listener cancels. */
    void report(double fraction) {
        if (!progress.test(Math.min(1.0, fraction))) {
            throw new CancellationException("export cancelled");
        }
    }
}
