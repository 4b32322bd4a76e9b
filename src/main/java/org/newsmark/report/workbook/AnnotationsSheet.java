package org.newsmark.report.workbook;

import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.newsmark.io.AnnotationCsv;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;

/** The Annotations sheet: every annotation of every annotator, in the columns of the annotation CSV. */
final class AnnotationsSheet {
    private static final int[] WIDTHS = {24, 10, 7, 9, 14, 7, 7, 30, 24, 20, 24};

    private AnnotationsSheet() {
    }

    static void write(WorkbookContext ctx) {
        SplitSheet sheet = new SplitSheet(ctx, AgreementWorkbook.ANNOTATIONS, AnnotationCsv.HEADER, WIDTHS);
        for (Article article : ctx.corpus.articles()) {
            for (String annotator : ctx.annotators) {
                Optional<AnnotationSet> set = ctx.corpus.set(article.id(), annotator);
                if (set.isEmpty()) {
                    continue;
                }
                for (Annotation a : set.get().annotations()) {
                    row(ctx, sheet.row(), AnnotationCsv.row(article.id(), annotator, a), a);
                    ctx.step();
                }
            }
        }
        sheet.close();
    }

    /** The CSV's values as text, but start and end as numbers and the label in its colour. */
    private static void row(WorkbookContext ctx, Row row, String[] values, Annotation a) {
        for (int c = 0; c < values.length; c++) {
            if (c == 5 || c == 6) {
                ctx.cells.number(row, c, c == 5 ? a.start() : a.end(), null);
            } else if (c == 4) {
                ctx.cells.text(row, c, values[c], ctx.styles.label(a.layer(), a.label()));
            } else {
                ctx.cells.text(row, c, values[c], null);
            }
        }
    }
}
