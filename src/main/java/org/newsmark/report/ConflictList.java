package org.newsmark.report;

import java.util.List;
import java.util.Map;

import org.newsmark.gold.MergeConflict;
import org.newsmark.model.Shown;

/**
 * The conflicts of a merge, in their stable order (article, then text order), as text (one line
 * per conflict) or as CSV with one row per conflict and annotator:
 * {@code doc,layer,kind,start,end,text,annotator,marked,note}.
 */
public final class ConflictList {
    public static final String HEADER = "doc,layer,kind,start,end,text,annotator,marked,note";
    /** Code points of a span's text in the text form. */
    static final int TEXT = 200;

    private ConflictList() {}

    /**
     * {@code doc 13-25 ENTITY span "Donald Trump": ana PERSON 13-25 | ben - | cy PERSON 0-25}, one
     * line each: control characters escaped, a long span's text cut to {@link #TEXT} code points.
     */
    public static String text(List<MergeConflict> conflicts) {
        StringBuilder b = new StringBuilder();
        for (MergeConflict c : conflicts) {
            int lineStart = b.length();
            b.append(c.doc())
                    .append(' ')
                    .append(c.start())
                    .append('-')
                    .append(c.end())
                    .append(' ')
                    .append(c.layer())
                    .append(' ')
                    .append(c.kind())
                    .append(" \"")
                    .append(Shown.cut(c.text().replace('\n', ' '), TEXT))
                    .append("\": ");
            boolean first = true;
            for (Map.Entry<String, String> e : c.marks().entrySet()) {
                b.append(first ? "" : " | ").append(e.getKey()).append(' ').append(e.getValue());
                first = false;
            }
            if (!c.note().isEmpty()) {
                b.append(" (").append(c.note()).append(')');
            }
            String line = Shown.escape(b.substring(lineStart));
            b.setLength(lineStart);
            b.append(line).append('\n');
        }
        return b.toString();
    }

    public static String csv(List<MergeConflict> conflicts) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (MergeConflict c : conflicts) {
            for (Map.Entry<String, String> e : c.marks().entrySet()) {
                List<String> fields = List.of(
                        c.doc(),
                        c.layer(),
                        c.kind(),
                        Integer.toString(c.start()),
                        Integer.toString(c.end()),
                        c.text(),
                        e.getKey(),
                        e.getValue(),
                        c.note());
                for (int i = 0; i < fields.size(); i++) {
                    String v = fields.get(i);
                    b.append(i == 0 ? "" : ",");
                    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
                        b.append(v);
                    } else {
                        b.append('"').append(v.replace("\"", "\"\"")).append('"');
                    }
                }
                b.append('\n');
            }
        }
        return b.toString();
    }
}
