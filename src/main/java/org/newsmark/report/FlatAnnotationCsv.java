package org.newsmark.report;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.io.AnnotationCsv;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;

/**
 * Every annotation of the chosen annotators in one CSV with the columns of the annotation files
 * (the {@code annotator} column says whose), for pandas and R. With {@code excelSafe}, a value that
 * a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return)
 * gets a leading apostrophe, which spreadsheets show as text; pandas and R then see the apostrophe.
 */
public final class FlatAnnotationCsv {
    private FlatAnnotationCsv() {
    }

    public static void write(AnnotatedCorpus corpus, Writer out, boolean excelSafe) throws IOException {
        // Not closed here: the caller owns the stream (an atomic file that still has to be forced to disk).
        ICSVWriter writer = new CSVWriter(out, ',', '"', '"', "\n");
        writer.writeNext(AnnotationCsv.HEADER.toArray(String[]::new), false);
        for (Article article : corpus.articles()) {
            for (String annotator : corpus.annotators()) {
                var set = corpus.set(article.id(), annotator);
                if (set.isEmpty()) {
                    continue;
                }
                for (Annotation a : set.get().annotations()) {
                    String[] row = AnnotationCsv.row(article.id(), annotator, a);
                    if (excelSafe) {
                        for (int i = 0; i < row.length; i++) {
                            row[i] = excelSafe(row[i]);
                        }
                    }
                    writer.writeNext(row, false);
                }
            }
        }
        writer.flush();
    }

    /** The value with a leading apostrophe when a spreadsheet would read it as a formula. */
    public static String excelSafe(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
