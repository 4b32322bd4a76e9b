package org.newsmark.report.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.newsmark.io.AnnotationCsv;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.report.FlatAnnotationCsv;

/** The Annotations sheet: every annotation of every annotator, in the columns of the annotation CSV and one per typed attribute. */
final class AnnotationsSheet {
    private static final int[] WIDTHS = {24, 10, 7, 9, 14, 7, 7, 30, 24, 20, 24};

    private AnnotationsSheet() {}

    static void write(WorkbookContext ctx) {
        List<String> attributes = FlatAnnotationCsv.attributeNames(ctx.corpus.schema());
        List<String> header = new ArrayList<>(AnnotationCsv.HEADER);
        attributes.forEach(n -> header.add(FlatAnnotationCsv.ATTRIBUTE_COLUMN_PREFIX + n));
        int[] widths = Arrays.copyOf(WIDTHS, header.size());
        Arrays.fill(widths, WIDTHS.length, widths.length, 14);
        SplitSheet sheet = new SplitSheet(ctx, AgreementWorkbook.ANNOTATIONS, header, widths);
        for (Article article : ctx.corpus.articles()) {
            for (String annotator : ctx.annotators) {
                Optional<AnnotationSet> set = ctx.corpus.set(article.id(), annotator);
                if (set.isEmpty()) {
                    continue;
                }
                for (Annotation a : set.get().annotations()) {
                    String[] values = FlatAnnotationCsv.withAttributes(
                            AnnotationCsv.row(article.id(), annotator, a), a, ctx.corpus.schema(), attributes);
                    row(ctx, sheet.row(), values, a);
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
