package org.newsmark.io.formats;

import java.util.List;
import java.util.Map;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.EntityChains;
import org.newsmark.model.Link;

/**
 * One article as one line of JSON (JSON Lines), for spaCy and Hugging Face users:
 * <pre>
 * {"id","text",
 *  "entities":[{"id","label","start","end","text"}],
 *  "quotes":[{"id","label","start","end","text","speaker":ID|null,"continues":ID|null}],
 *  "events":[{"id","label","start","end","text","arguments":[{"role","entity"}],"attributes":{}}],
 *  "clusters":[["E1","E3"],["E2"]]}
 * </pre>
 * Offsets are code points, end exclusive: Python's {@code text[start:end]} is the span. Entities
 * are the {@code ENTITY} layer, quotes {@code QUOTE}, events {@code EVENT}; annotations are in file
 * order (start, end, id). {@code clusters} are the entities of {@link EntityChains}: the ids of
 * each entity's mentions, singletons included, entities in the order of their first mention. JSON is written by hand, escaped per RFC 8259 (the format is small and
 * fixed; a JSON library would be a dependency for twenty lines).
 */
public final class JsonlExport {
    private JsonlExport() {}

    /** The JSON object of the article, without a line end. */
    public static String line(Article article, AnnotationSet set) {
        StringBuilder b = new StringBuilder(article.text().length() * 2 + 256);
        b.append("{\"id\":");
        string(b, article.id());
        b.append(",\"text\":");
        string(b, article.text());
        b.append(",\"entities\":[");
        List<Annotation> entities = set.inLayer("ENTITY");
        for (int i = 0; i < entities.size(); i++) {
            b.append(i == 0 ? "" : ",");
            span(b, entities.get(i));
            b.append('}');
        }
        b.append("],\"quotes\":[");
        List<Annotation> quotes = set.inLayer("QUOTE");
        for (int i = 0; i < quotes.size(); i++) {
            Annotation q = quotes.get(i);
            b.append(i == 0 ? "" : ",");
            span(b, q);
            b.append(",\"speaker\":");
            stringOrNull(b, q.targets("speaker"));
            b.append(",\"continues\":");
            stringOrNull(b, q.targets("continues"));
            b.append('}');
        }
        b.append("],\"events\":[");
        List<Annotation> events = set.inLayer("EVENT");
        for (int i = 0; i < events.size(); i++) {
            Annotation e = events.get(i);
            b.append(i == 0 ? "" : ",");
            span(b, e);
            b.append(",\"arguments\":[");
            for (int j = 0; j < e.links().size(); j++) {
                Link l = e.links().get(j);
                b.append(j == 0 ? "" : ",").append("{\"role\":");
                string(b, l.role());
                b.append(",\"entity\":");
                string(b, l.target());
                b.append('}');
            }
            b.append("],\"attributes\":{");
            boolean first = true;
            for (Map.Entry<String, String> at : e.attributes().entrySet()) {
                b.append(first ? "" : ",");
                first = false;
                string(b, at.getKey());
                b.append(':');
                string(b, at.getValue());
            }
            b.append("}}");
        }
        b.append("],\"clusters\":[");
        List<EntityChains.Entity> clusters = EntityChains.of(set).entities();
        for (int i = 0; i < clusters.size(); i++) {
            b.append(i == 0 ? "[" : ",[");
            List<Annotation> mentions = clusters.get(i).mentions();
            for (int j = 0; j < mentions.size(); j++) {
                b.append(j == 0 ? "" : ",");
                string(b, mentions.get(j).id());
            }
            b.append(']');
        }
        return b.append("]}").toString();
    }

    private static void span(StringBuilder b, Annotation a) {
        b.append("{\"id\":");
        string(b, a.id());
        b.append(",\"label\":");
        string(b, a.label());
        b.append(",\"start\":")
                .append(a.start())
                .append(",\"end\":")
                .append(a.end())
                .append(",\"text\":");
        string(b, a.text());
    }

    private static void stringOrNull(StringBuilder b, List<String> values) {
        if (values.isEmpty()) {
            b.append("null");
        } else {
            string(b, values.get(0));
        }
    }

    /** A JSON string: quotes, backslash and control characters escaped (RFC 8259, section 7). */
    public static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    boolean lone = Character.isSurrogate(c)
                            && !(Character.isHighSurrogate(c)
                                    && i + 1 < s.length()
                                    && Character.isLowSurrogate(s.charAt(i + 1)));
                    if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
                        lone = false;
                    }
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || lone) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
