package org.newsmark.io.formats;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsmark.io.imports.PlainTextImport;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationRules;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Layer;
import org.newsmark.model.Link;
import org.newsmark.model.LinkRole;
import org.newsmark.model.Problem;
import org.newsmark.model.Severity;
import org.newsmark.model.Violation;

/**
 * Turns a brat document ({@code .txt} and {@code .ann}) into an article and an annotation set.
 *
 * <ul>
 * <li>Offsets: brat counts the characters (code points) of the .txt as stored, so with CRLF line
 * ends each CR counts, and a UTF-8 byte order mark counts as one character (brat reads with
 * Python's {@code utf-8} codec). The article gets LF line ends and every offset is moved to match.</li>
 * <li>T lines become annotations of the layer and label their type maps to ({@link BratMapping});
 * a discontinuous span becomes its covering span, with a warning. Its text must match the .txt.</li>
 * <li>E lines become annotations with the span of their trigger; their arguments become links
 * ({@code role=target}). A T line that is some event's trigger is not an annotation of its own.</li>
 * <li>R lines become links: the relation type is a role of Arg1's layer, Arg1 the source, Arg2 the
 * target ({@code speaker Arg1:T3 Arg2:T1} gives T3 the link {@code speaker=} T1).</li>
 * <li>{@code *} lines (equivalences, {@code *\tEquiv T1 T3 T7}) become chains of the layer's
 * {@code coref} role (or of the role a mapping row gives the type): each member links to the
 * nearest earlier member, unless a relation line gave it that link already.</li>
 * <li>A and M lines become attributes: {@code A1 Negated E1} is {@code Negated=} (empty value),
 * {@code A2 Modality E1 future} is {@code Modality=future}; {@code %XX} escapes are decoded.</li>
 * <li># lines become the note of their annotation (several notes are joined by line breaks); the
 * note type {@value #ID_NOTE} carries a Newsmark id and is not a note.</li>
 * <li>Ids: the id of a {@value #ID_NOTE} note, else the layer's prefix and the next free number,
 * in the order of the lines.</li>
 * </ul>
 * Every line that cannot be used is reported with its line number, and only that line is left out.
 */
public final class BratImport {
    /** The note type that keeps Newsmark ids in brat files, so that a round trip keeps them. */
    public static final String ID_NOTE = "NewsmarkId";

    /** The article text (LF line ends), the annotations, and what could not be taken over. */
    public record Result(String text, AnnotationSet set, List<Problem> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private final BratMapping mapping;
    private final String annPath;
    private final List<Problem> problems = new ArrayList<>();
    /** Raw code point offset (without BOM) to article offset; null when the text has no CR. */
    private int[] offsets;

    private int rawLength;
    private int bomShift;
    private String rawText;
    private Article article;

    private final Map<String, Draft> byBratId = new HashMap<>();
    private final List<Draft> drafts = new ArrayList<>();

    /** An annotation being built, with the brat line it comes from. */
    static final class Draft {
        String id;
        final String bratId;
        final Layer layer;
        final String label;
        final int start;
        final int end;
        final int line;
        final List<Link> links = new ArrayList<>();
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();

        Draft(String bratId, Layer layer, String label, int start, int end, int line) {
            this.bratId = bratId;
            this.layer = layer;
            this.label = label;
            this.start = start;
            this.end = end;
            this.line = line;
        }
    }

    private BratImport(BratMapping mapping, String annPath) {
        this.mapping = mapping;
        this.annPath = annPath;
    }

    /**
     * @param txt the decoded .txt, line ends as stored ({@link PlainTextImport#decodeRaw})
     * @param ann the .ann content
     */
    public static Result read(
            PlainTextImport.Decoded txt,
            String ann,
            String doc,
            String annotator,
            BratMapping mapping,
            String annPath) {
        BratImport importer = new BratImport(mapping, annPath);
        return importer.run(txt, ann, doc, annotator);
    }

    private Result run(PlainTextImport.Decoded txt, String ann, String doc, String annotator) {
        rawText = txt.text();
        bomShift = txt.encoding().equals("UTF-8 with BOM") ? 1 : 0;
        rawLength = rawText.codePointCount(0, rawText.length());
        article = new Article(doc, PlainTextImport.normaliseLineEnds(rawText));
        if (rawText.indexOf('\r') >= 0) {
            offsets = lfOffsets(rawText, rawLength);
        }
        BratStandoff.Parsed parsed = BratStandoff.parse(ann, annPath);
        problems.addAll(parsed.problems());
        Map<String, BratStandoff.TextBound> textBounds = new LinkedHashMap<>();
        for (BratStandoff.TextBound t : parsed.textBounds()) {
            if (textBounds.putIfAbsent(t.id(), t) != null) {
                error(t.line(), "id " + t.id() + " is used twice; the line is skipped");
            }
        }
        Set<String> triggers = new HashSet<>();
        parsed.events().forEach(e -> triggers.add(e.trigger()));
        Map<String, String> explicitIds = explicitIds(parsed.notes());
        // T lines and E lines in line order, so that generated ids follow the file.
        List<Object> spans = new ArrayList<>();
        spans.addAll(parsed.textBounds());
        spans.addAll(parsed.events());
        spans.sort((a, b) -> Integer.compare(lineOf(a), lineOf(b)));
        Map<String, BratStandoff.Event> events = new HashMap<>();
        for (Object o : spans) {
            if (o instanceof BratStandoff.TextBound t && textBounds.get(t.id()) == t && !triggers.contains(t.id())) {
                addTextBound(t, t.type(), t.id(), t.line());
            } else if (o instanceof BratStandoff.Event e) {
                if (events.putIfAbsent(e.id(), e) != null) {
                    error(e.line(), "id " + e.id() + " is used twice; the line is skipped");
                    continue;
                }
                BratStandoff.TextBound trigger = textBounds.get(e.trigger());
                if (trigger == null) {
                    error(
                            e.line(),
                            "the trigger " + e.trigger() + " of " + e.id() + " is not a text-bound annotation"
                                    + " of this file; the event is skipped");
                    continue;
                }
                Draft d = addTextBound(trigger, e.type(), e.id(), e.line());
                if (d != null) {
                    byBratId.putIfAbsent(trigger.id(), d);
                }
            }
        }
        assignIds(explicitIds);
        for (BratStandoff.Event e : parsed.events()) {
            Draft source = byBratId.get(e.id());
            if (source != null && events.get(e.id()) == e) {
                for (BratStandoff.Argument a : e.arguments()) {
                    link(source, a.role(), a.target(), e.line());
                }
            }
        }
        for (BratStandoff.Relation r : parsed.relations()) {
            Draft source = byBratId.get(r.source());
            if (source == null) {
                error(
                        r.line(),
                        "relation " + r.id() + ": Arg1 " + r.source() + " is not an imported annotation;"
                                + " the relation is skipped");
                continue;
            }
            link(source, r.type(), r.target(), r.line());
        }
        new BratEquivalences(drafts, byBratId, mapping, this::error).link(parsed.equivalences());
        for (BratStandoff.Attribute a : parsed.attributes()) {
            attribute(a);
        }
        for (BratStandoff.Note n : parsed.notes()) {
            if (!n.type().equals(ID_NOTE)) {
                note(n);
            }
        }
        List<Annotation> annotations = checked();
        problems.sort(null);
        return new Result(article.text(), new AnnotationSet(doc, annotator, annotations), problems);
    }

    private static int lineOf(Object o) {
        return o instanceof BratStandoff.TextBound t ? t.line() : ((BratStandoff.Event) o).line();
    }

    private Map<String, String> explicitIds(List<BratStandoff.Note> notes) {
        Map<String, String> ids = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (BratStandoff.Note n : notes) {
            if (!n.type().equals(ID_NOTE)) {
                continue;
            }
            String id = n.text().strip();
            if (id.isEmpty() || !seen.add(id) || ids.putIfAbsent(n.target(), id) != null) {
                error(n.line(), "the Newsmark id \"" + id + "\" is empty or given twice; a new id is made instead");
                ids.remove(n.target());
            }
        }
        return ids;
    }

    private Draft addTextBound(BratStandoff.TextBound t, String type, String bratId, int line) {
        Optional<BratMapping.Target> target = mapping.type(type);
        if (target.isEmpty()) {
            error(
                    line,
                    "brat type " + type + " is not in the schema; the line is skipped"
                            + " (map it with --mapping FILE, rows brat_type,layer,label)");
            return null;
        }
        int start = offset(t.start(), t.line());
        int end = offset(t.end(), t.line());
        if (start < 0 || end < 0) {
            return null;
        }
        if (start >= end) {
            error(
                    t.line(),
                    "the span " + t.start() + "-" + t.end() + " is empty once CRLF line ends are counted as one;"
                            + " the line is skipped");
            return null;
        }
        String expected = fragmentsText(t);
        if (!sameText(expected, t.text())) {
            error(
                    t.line(),
                    "text \"" + BratStandoff.shorten(t.text()) + "\" does not match the .txt at " + t.start() + "-"
                            + t.end() + ", which has \"" + BratStandoff.shorten(expected) + "\"; the line is skipped");
            return null;
        }
        if (t.fragments().size() > 1) {
            problems.add(Problem.warning(
                    annPath,
                    t.line(),
                    "discontinuous span " + fragmentsLabel(t) + " of " + t.id() + " imported as its covering span "
                            + t.start() + "-" + t.end()));
        }
        Layer layer = mapping.schema().requireLayer(target.get().layer());
        Draft d = new Draft(bratId, layer, target.get().label(), start, end, line);
        drafts.add(d);
        byBratId.put(bratId, d);
        return d;
    }

    private static String fragmentsLabel(BratStandoff.TextBound t) {
        StringBuilder b = new StringBuilder();
        for (BratStandoff.Fragment f : t.fragments()) {
            b.append(b.length() == 0 ? "" : ";").append(f.start()).append(' ').append(f.end());
        }
        return b.toString();
    }

    /** The stored text of the fragments joined by a space, as brat writes it; null past the end. */
    private String fragmentsText(BratStandoff.TextBound t) {
        StringBuilder b = new StringBuilder();
        for (BratStandoff.Fragment f : t.fragments()) {
            int s = Math.max(0, f.start() - bomShift);
            int e = Math.max(0, f.end() - bomShift);
            if (e > rawLength) {
                return "";
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(rawText, rawText.offsetByCodePoints(0, s), rawText.offsetByCodePoints(0, e));
        }
        return b.toString();
    }

    /** brat writes line breaks inside a span as spaces; compare with white space runs as one space. */
    private static boolean sameText(String stored, String written) {
        return squash(stored).equals(squash(written));
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\\u00A0\\uFEFF]+", " ").strip();
    }

    /** The article offset of a brat offset, or -1 (reported) when it lies past the text. */
    private int offset(int bratOffset, int line) {
        int raw = Math.max(0, bratOffset - bomShift);
        if (raw > rawLength) {
            error(
                    line,
                    "offset " + bratOffset + " is past the end of the .txt (" + (rawLength + bomShift)
                            + " characters); the line is skipped");
            return -1;
        }
        return offsets == null ? raw : offsets[raw];
    }

    static int[] lfOffsets(String raw, int rawLength) {
        int[] map = new int[rawLength + 1];
        int removed = 0;
        int cp = 0;
        for (int i = 0; i < raw.length(); i = raw.offsetByCodePoints(i, 1)) {
            map[cp] = cp - removed;
            cp++;
            if (raw.charAt(i) == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                removed++;
            }
        }
        map[rawLength] = rawLength - removed;
        return map;
    }

    private void assignIds(Map<String, String> explicitIds) {
        Set<String> used = new HashSet<>();
        for (Draft d : drafts) {
            String id = explicitIds.get(d.bratId);
            if (id != null && used.add(id)) {
                d.id = id;
            }
        }
        Map<String, Integer> next = new HashMap<>();
        for (Draft d : drafts) {
            if (d.id != null) {
                continue;
            }
            String prefix = d.layer.idPrefix();
            int n = next.getOrDefault(prefix, 1);
            while (used.contains(prefix + n)) {
                n++;
            }
            d.id = prefix + n;
            used.add(d.id);
            next.put(prefix, n + 1);
        }
    }

    private void link(Draft source, String bratRole, String targetRef, int line) {
        Optional<LinkRole> role = mapping.role(source.layer.name(), bratRole);
        if (role.isEmpty()) {
            error(
                    line,
                    source.layer.name() + " has no role " + bratRole + "; the link " + bratRole + ":" + targetRef
                            + " is skipped (map it with --mapping FILE, rows brat_role,layer,role)");
            return;
        }
        Draft target = byBratId.get(targetRef);
        if (target == null) {
            error(
                    line,
                    "the link " + bratRole + ":" + targetRef + " points at " + targetRef
                            + ", which is not an imported annotation; it is skipped");
            return;
        }
        if (!target.layer.name().equals(role.get().targetLayer())) {
            error(
                    line,
                    "role " + role.get().name() + " links to " + role.get().targetLayer() + ", but " + targetRef
                            + " is in " + target.layer.name() + "; the link is skipped");
            return;
        }
        if (!role.get().many()
                && !source.links.stream()
                        .filter(l -> l.role().equals(role.get().name()))
                        .toList()
                        .isEmpty()) {
            error(
                    line,
                    "role " + role.get().name() + " takes one target and " + source.id + " has one already;"
                            + " the link to " + targetRef + " is skipped");
            return;
        }
        source.links.add(new Link(role.get().name(), target.id));
    }

    private void attribute(BratStandoff.Attribute a) {
        Draft target = byBratId.get(a.target());
        if (target == null) {
            error(
                    a.line(),
                    "attribute " + a.id() + " is on " + a.target() + ", which is not an imported annotation"
                            + (a.target().startsWith("R") ? " (attributes of relations are not kept)" : "")
                            + "; it is skipped");
            return;
        }
        String name = percentDecode(a.name());
        String value = a.value() == null ? "" : percentDecode(a.value());
        if (target.attributes.putIfAbsent(name, value) != null) {
            error(a.line(), "attribute " + name + " of " + a.target() + " is given twice; the second is skipped");
        }
    }

    private void note(BratStandoff.Note n) {
        Draft target = byBratId.get(n.target());
        if (target == null) {
            if (n.target().startsWith("R")) {
                problems.add(Problem.warning(
                        annPath,
                        n.line(),
                        "the note on relation " + n.target() + " is not kept (links have no notes)"));
            } else {
                error(
                        n.line(),
                        "the note is on " + n.target() + ", which is not an imported annotation; it is skipped");
            }
            return;
        }
        target.notes.add(n.text());
    }

    /** The drafts as annotations, without those the schema rules still refuse (each reported). */
    private List<Annotation> checked() {
        List<Draft> kept = new ArrayList<>(drafts);
        while (true) {
            List<Annotation> annotations = new ArrayList<>();
            for (Draft d : kept) {
                annotations.add(new Annotation(
                        d.id,
                        d.layer.name(),
                        d.label,
                        d.start,
                        d.end,
                        article.slice(d.start, d.end),
                        d.links,
                        d.attributes,
                        String.join("\n", d.notes)));
            }
            List<Violation> errors = AnnotationRules.check(article, mapping.schema(), annotations).stream()
                    .filter(v -> v.severity() == Severity.ERROR)
                    .toList();
            if (errors.isEmpty()) {
                return annotations;
            }
            Violation first = errors.get(0);
            Draft bad = kept.remove(first.index());
            error(bad.line, bad.bratId + " (" + bad.id + "): " + first.message() + "; it is skipped");
            for (Draft d : kept) {
                d.links.removeIf(l -> l.target().equals(bad.id));
            }
        }
    }

    /** Decodes %XX escapes (UTF-8), which export uses for white space and '%' in names and values. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    private void error(int line, String message) {
        problems.add(Problem.error(annPath, line, message));
    }
}
