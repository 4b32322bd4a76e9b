package org.newsmark.io.formats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.EntityChains;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.Link;
import org.newsmark.model.LinkRole;
import org.newsmark.model.Schema;

/**
 * Writes an annotation set as a brat {@code .ann} file for the article written unchanged as the
 * {@code .txt} (UTF-8, LF, so brat's character offsets are our code point offsets).
 *
 * <ul>
 * <li>Every annotation is a T line, in file order, its type the label ({@link BratMapping#typeName}).</li>
 * <li>An annotation of the {@code EVENT} layer is also an E line, {@code E1\tATTACK:T5 agent:T2 target:T3},
 * repeated roles numbered as brat does ({@code agent:T2 agent2:T4}); links to it use the E id.</li>
 * <li>The links of other annotations are R lines, {@code R1\tspeaker Arg1:T4 Arg2:T1}: relation type
 * = role, Arg1 = the annotation, Arg2 = the target.</li>
 * <li>Coreference chains ({@code coref} links of ENTITY mentions, {@link EntityChains}) are brat's
 * equivalence relation, one line per entity of two mentions or more, {@code *\tEquiv T1 T3 T7}
 * (mentions in file order); an import links each mention to the nearest earlier one again.</li>
 * <li>Attributes are A lines, {@code A1\tmodality E1 future}; an empty value is a binary attribute
 * {@code A1\tNegated E1}. White space and '%' in names and values are written as {@code %XX}.</li>
 * <li>A note is an {@code AnnotatorNotes} line per line of the note; the Newsmark id of every
 * annotation is a {@value BratImport#ID_NOTE} note, so an import gives back the same ids.</li>
 * </ul>
 */
public final class BratExport {
    /** brat's equivalence relation type, which carries coreference chains. */
    public static final String EQUIV = "Equiv";
    /** The layer whose annotations are written as brat events. */
    public static final String EVENT_LAYER = "EVENT";

    /** The .ann content and anything that could not be written exactly. */
    public record Result(String ann, List<String> warnings) {}

    private BratExport() {}

    public static boolean isEventLayer(String layer) {
        return layer.toUpperCase(Locale.ROOT).equals(EVENT_LAYER);
    }

    public static Result write(Article article, AnnotationSet set, BratMapping mapping) {
        List<String> warnings = new ArrayList<>();
        Map<String, String> ref = new HashMap<>();
        Map<String, String> textBound = new HashMap<>();
        StringBuilder t = new StringBuilder();
        int tn = 0;
        int en = 0;
        for (Annotation a : set.annotations()) {
            String tid = "T" + (++tn);
            textBound.put(a.id(), tid);
            ref.put(a.id(), isEventLayer(a.layer()) ? "E" + (++en) : tid);
            t.append(tid)
                    .append('\t')
                    .append(mapping.typeName(a.layer(), a.label()))
                    .append(' ')
                    .append(a.start())
                    .append(' ')
                    .append(a.end())
                    .append('\t')
                    .append(oneLine(article.slice(a.start(), a.end())))
                    .append('\n');
        }
        StringBuilder e = new StringBuilder();
        StringBuilder r = new StringBuilder();
        StringBuilder attrs = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        StringBuilder ids = new StringBuilder();
        int rn = 0;
        int an = 0;
        int nn = 0;
        for (Annotation a : set.annotations()) {
            String self = ref.get(a.id());
            if (isEventLayer(a.layer())) {
                e.append(self)
                        .append('\t')
                        .append(mapping.typeName(a.layer(), a.label()))
                        .append(':')
                        .append(textBound.get(a.id()));
                Map<String, Integer> seen = new HashMap<>();
                for (Link l : a.links()) {
                    String target = ref.get(l.target());
                    if (target == null) {
                        warnings.add(a.id() + ": link " + l + " points at a missing annotation; not written");
                        continue;
                    }
                    int n = seen.merge(l.role(), 1, Integer::sum);
                    e.append(' ')
                            .append(mapping.roleName(a.layer(), l.role(), n))
                            .append(':')
                            .append(target);
                }
                e.append('\n');
            } else {
                for (Link l : a.links()) {
                    if (isChainLink(a, l) && ref.containsKey(l.target())) {
                        continue; // written as an Equiv line below
                    }
                    String target = ref.get(l.target());
                    if (target == null) {
                        warnings.add(a.id() + ": link " + l + " points at a missing annotation; not written");
                        continue;
                    }
                    r.append('R')
                            .append(++rn)
                            .append('\t')
                            .append(l.role())
                            .append(" Arg1:")
                            .append(self)
                            .append(" Arg2:")
                            .append(target)
                            .append('\n');
                }
            }
            for (Map.Entry<String, String> at : a.attributes().entrySet()) {
                attrs.append('A')
                        .append(++an)
                        .append('\t')
                        .append(percentEncode(at.getKey()))
                        .append(' ')
                        .append(self);
                if (!at.getValue().isEmpty()) {
                    attrs.append(' ').append(percentEncode(at.getValue()));
                }
                attrs.append('\n');
            }
            if (!a.note().isEmpty()) {
                for (String line : a.note().split("\n", -1)) {
                    notes.append('#')
                            .append(++nn)
                            .append("\tAnnotatorNotes ")
                            .append(self)
                            .append('\t')
                            .append(line.replace('\r', ' '))
                            .append('\n');
                }
            }
        }
        for (Annotation a : set.annotations()) {
            if (a.id().indexOf('\n') >= 0 || a.id().indexOf('\r') >= 0 || !a.id().equals(a.id().strip())) {
                warnings.add("the id of " + a.id().strip() + " has line breaks or edge spaces and is not kept;"
                        + " an import numbers it anew");
                continue;
            }
            ids.append('#')
                    .append(++nn)
                    .append('\t')
                    .append(BratImport.ID_NOTE)
                    .append(' ')
                    .append(ref.get(a.id()))
                    .append('\t')
                    .append(a.id())
                    .append('\n');
        }
        for (EntityChains.Entity entity : EntityChains.of(set).entities()) {
            if (!entity.isSingleton()) {
                r.append("*\t").append(EQUIV);
                entity.mentions().forEach(m -> r.append(' ').append(ref.get(m.id())));
                r.append('\n');
            }
        }
        return new Result(
                t.append(e).append(r).append(attrs).append(notes).append(ids).toString(), warnings);
    }

    /** A coref link between mentions, which the Equiv lines carry. */
    private static boolean isChainLink(Annotation a, Link l) {
        return a.layer().equals(EntityChains.LAYER) && l.role().equals(EntityChains.ROLE);
    }

    /**
     * A brat {@code annotation.conf} for the exported files, so that brat shows and edits them:
     * the labels of the event layer as events with their roles, the other labels as entities, the
     * roles of other layers as relations, and the attributes found in the sets with their values.
     */
    public static String annotationConf(Schema schema, BratMapping mapping, List<AnnotationSet> sets) {
        StringBuilder entities = new StringBuilder("[entities]\n");
        StringBuilder relations = new StringBuilder("\n[relations]\n");
        StringBuilder events = new StringBuilder("\n[events]\n");
        for (Layer layer : schema.layers()) {
            if (isEventLayer(layer.name())) {
                StringBuilder roles = new StringBuilder();
                for (LinkRole role : layer.roles()) {
                    roles.append(roles.length() == 0 ? "" : ", ")
                            .append(role.name())
                            .append(role.many() ? "*" : "?")
                            .append(':')
                            .append(types(schema, mapping, role.targetLayer()));
                }
                for (Label label : layer.labels()) {
                    events.append(mapping.typeName(layer.name(), label.name()))
                            .append(roles.length() == 0 ? "" : "\t" + roles)
                            .append('\n');
                }
            } else {
                for (Label label : layer.labels()) {
                    entities.append(mapping.typeName(layer.name(), label.name()))
                            .append('\n');
                }
                for (LinkRole role : layer.roles()) {
                    if (layer.name().equals(EntityChains.LAYER) && role.name().equals(EntityChains.ROLE)) {
                        String mentions = types(schema, mapping, layer.name());
                        relations
                                .append(EQUIV)
                                .append("\tArg1:")
                                .append(mentions)
                                .append(", Arg2:")
                                .append(mentions)
                                .append(", <REL-TYPE>:symmetric-transitive\n");
                        continue;
                    }
                    relations
                            .append(role.name())
                            .append("\tArg1:")
                            .append(types(schema, mapping, layer.name()))
                            .append(", Arg2:")
                            .append(types(schema, mapping, role.targetLayer()))
                            .append('\n');
                }
            }
        }
        Map<String, Set<String>> values = new TreeMap<>();
        Map<String, Set<String>> on = new TreeMap<>();
        for (AnnotationSet set : sets) {
            for (Annotation a : set.annotations()) {
                for (Map.Entry<String, String> at : a.attributes().entrySet()) {
                    String name = percentEncode(at.getKey());
                    values.computeIfAbsent(name, k -> new TreeSet<>());
                    if (!at.getValue().isEmpty()) {
                        values.get(name).add(percentEncode(at.getValue()));
                    }
                    on.computeIfAbsent(name, k -> new TreeSet<>()).add(mapping.typeName(a.layer(), a.label()));
                }
            }
        }
        StringBuilder attributes = new StringBuilder("\n[attributes]\n");
        for (Map.Entry<String, Set<String>> e : values.entrySet()) {
            attributes.append(e.getKey()).append("\tArg:").append(String.join("|", on.get(e.getKey())));
            if (!e.getValue().isEmpty()) {
                attributes.append(", Value:").append(String.join("|", e.getValue()));
            }
            attributes.append('\n');
        }
        return "# Written by Newsmark from the project's schema.\n" + entities + relations + events + attributes;
    }

    private static String types(Schema schema, BratMapping mapping, String layerName) {
        return schema.layer(layerName)
                .map(l -> String.join(
                        "|",
                        l.labels().stream()
                                .map(x -> mapping.typeName(l.name(), x.name()))
                                .toList()))
                .orElse("<ENTITY>");
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    /** %XX for white space, control characters and '%', which a brat attribute line cannot hold. */
    static String percentEncode(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '%' || Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                for (byte by : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(String.format("%02X", by & 0xff));
                }
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }
}
