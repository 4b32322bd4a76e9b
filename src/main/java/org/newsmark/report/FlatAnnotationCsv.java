package org.newsmark.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.io.AnnotationCsv;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.Layer;
import org.newsmark.model.Schema;

/**
 * Every annotation of the chosen annotators in one CSV with the columns of the annotation files
 * (the {@code annotator} column says whose) and one column per typed attribute, for pandas and R. With {@code excelSafe}, a value that
 * a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return)
 * gets a leading apostrophe, which spreadsheets show as text; pandas and R then see the apostrophe.
 */
public final class FlatAnnotationCsv {
    private FlatAnnotationCsv() {}

    public static void write(AnnotatedCorpus corpus, Writer out, boolean excelSafe) throws IOException {
        // Not closed here: the caller owns the stream (an atomic file that still has to be forced to disk).
        ICSVWriter writer = new CSVWriter(out, ',', '"', '"', "\n");
        List<String> attributes = attributeNames(corpus.schema());
        List<String> header = new ArrayList<>(AnnotationCsv.HEADER);
        attributes.forEach(n -> header.add(ATTRIBUTE_COLUMN_PREFIX + n));
        writer.writeNext(header.toArray(String[]::new), false);
        for (Article article : corpus.articles()) {
            for (String annotator : corpus.annotators()) {
                var set = corpus.set(article.id(), annotator);
                if (set.isEmpty()) {
                    continue;
                }
                for (Annotation a : set.get().annotations()) {
                    String[] row = withAttributes(
                            AnnotationCsv.row(article.id(), annotator, a), a, corpus.schema(), attributes);
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

    /**
     * The typed attributes of the schema, one column each after the annotation columns
     * ({@code @modality}): the annotation's value, its default when it has none, empty for a layer
     * that does not declare the attribute.
     */
    public static final String ATTRIBUTE_COLUMN_PREFIX = "@";

    public static List<String> attributeNames(Schema schema) {
        Set<String> names = new LinkedHashSet<>();
        for (Layer layer : schema.layers()) {
            layer.attributes().forEach(d -> names.add(d.name()));
        }
        return List.copyOf(names);
    }

    /** The annotation's row with its values of the named attributes appended (see {@link #attributeNames}). */
    public static String[] withAttributes(String[] row, Annotation a, Schema schema, List<String> names) {
        if (names.isEmpty()) {
            return row;
        }
        String[] out = Arrays.copyOf(row, row.length + names.size());
        Layer layer = schema.layer(a.layer()).orElse(null);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            out[row.length + i] = layer == null
                    ? ""
                    : layer.attribute(name).map(d -> d.valueOf(a)).orElse("");
        }
        return out;
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
