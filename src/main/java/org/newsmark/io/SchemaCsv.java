package org.newsmark.io;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsmark.model.AttributeDef;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.LinkRole;
import org.newsmark.model.Schema;
import org.newsmark.model.Problem;
import org.newsmark.model.FormatException;

/**
 * The schema file {@code schema.csv}: one row per label, link role or typed attribute of a layer (and
 * a {@code scope} row for a layer that labels whole articles), with the header {@link #HEADER}.
 * Layers appear in the order of their first row. An attribute row lists its allowed values in the
 * {@code target} column, joined by {@code |}, the first being the default.
 */
public final class SchemaCsv {
    public static final List<String> HEADER = List.of(
            "layer", "layer_key", "kind", "name", "key", "color", "target", "cardinality", "description");
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private SchemaCsv() {
    }

    public static Schema parse(String content, String shownPath) throws FormatException {
        List<Problem> problems = new ArrayList<>();
        Map<String, LayerDraft> drafts = new LinkedHashMap<>();
        Map<String, Integer> layerLine = new LinkedHashMap<>();
        boolean headerRead = false;
        try (CsvRows reader = CsvRows.open(content, shownPath)) {
            String[] header = reader.header();
            if (header == null || !Arrays.asList(header).equals(HEADER)) {
                throw new FormatException(Problem.error(shownPath, 1, "wrong header; expected " + String.join(",", HEADER)));
            }
            headerRead = true;
            for (CsvRows.Row r; (r = reader.next()) != null; ) {
                parseRow(r.fields(), r.line(), shownPath, drafts, layerLine, problems);
            }
        } catch (FormatException e) {
            if (!headerRead) {
                throw e;
            }
            problems.addAll(e.problems());
        }
        if (drafts.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.error(shownPath, 1, "the schema defines no layer"));
        }
        List<Layer> layers = new ArrayList<>();
        for (LayerDraft d : drafts.values()) {
            layers.add(new Layer(d.name, d.key, d.labels, d.roles, d.attributes, d.scope));
        }
        Schema schema = new Schema(layers);
        for (String p : schema.problems()) {
            problems.add(Problem.error(shownPath, lineOf(p, layerLine), p));
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new FormatException(problems);
        }
        return schema;
    }

    /** The first row of the layer a schema problem names ("layer X ...", "... of X/name ..."), else 1. */
    private static int lineOf(String problem, Map<String, Integer> layerLine) {
        for (Map.Entry<String, Integer> e : layerLine.entrySet()) {
            if (Pattern.compile("(?:^|[ ,])" + Pattern.quote(e.getKey()) + "(?:[ /]|$)").matcher(problem).find()) {
                return e.getValue();
            }
        }
        return 1;
    }

    private static void parseRow(String[] row, int line, String path, Map<String, LayerDraft> drafts,
                                 Map<String, Integer> layerLine, List<Problem> problems) {
        if (row.length != HEADER.size()) {
            problems.add(Problem.error(path, line, "expected " + HEADER.size() + " columns, found " + row.length));
            return;
        }
        String layer = row[0];
        String layerKey = row[1];
        String kind = row[2];
        String name = row[3];
        String key = row[4];
        if (!NAME.matcher(layer).matches()) {
            problems.add(Problem.error(path, line, "bad layer name \"" + layer + "\""));
            return;
        }
        if (layerKey.length() != 1 || !Character.isLetter(layerKey.charAt(0))) {
            problems.add(Problem.error(path, line, "layer_key must be one letter, found \"" + layerKey + "\""));
            return;
        }
        LayerDraft draft = drafts.computeIfAbsent(layer, n -> new LayerDraft(n, layerKey));
        layerLine.putIfAbsent(layer, line);
        if (!draft.key.equals(layerKey)) {
            problems.add(Problem.error(path, line, "layer " + layer + " has key " + draft.key + " on an earlier row, "
                    + layerKey + " here"));
        }
        if (kind.equals("scope")) {
            switch (name) {
                case "span" -> draft.scope = Layer.Scope.SPAN;
                case "article" -> draft.scope = Layer.Scope.ARTICLE;
                default -> problems.add(Problem.error(path, line, "scope must be span or article, found \"" + name + "\""));
            }
            return;
        }
        if (!NAME.matcher(name).matches()) {
            problems.add(Problem.error(path, line, "bad " + kind + " name \"" + name + "\""));
            return;
        }
        if (key.codePointCount(0, key.length()) != 1 || Character.isWhitespace(key.codePointAt(0))) {
            problems.add(Problem.error(path, line, "key must be one character, found \"" + key + "\""));
            return;
        }
        switch (kind) {
            case "label" -> {
                if (!COLOR.matcher(row[5]).matches()) {
                    problems.add(Problem.error(path, line, "color must look like #RRGGBB, found \"" + row[5] + "\""));
                    return;
                }
                draft.labels.add(new Label(name, key, row[5].toUpperCase(Locale.ROOT), row[8]));
            }
            case "role" -> {
                if (row[6].isEmpty()) {
                    problems.add(Problem.error(path, line, "role " + name + " needs a target layer"));
                    return;
                }
                if (!row[7].equals("one") && !row[7].equals("many")) {
                    problems.add(Problem.error(path, line, "cardinality must be one or many, found \"" + row[7] + "\""));
                    return;
                }
                draft.roles.add(new LinkRole(name, key, row[6], row[7].equals("many"), row[8]));
            }
            case "attribute" -> {
                if (!row[7].equals("one") && !row[7].equals("many")) {
                    problems.add(Problem.error(path, line, "cardinality must be one or many, found \"" + row[7] + "\""));
                    return;
                }
                List<String> values = new ArrayList<>();
                for (String v : row[6].split("\\|", -1)) {
                    if (!NAME.matcher(v.strip()).matches()) {
                        problems.add(Problem.error(path, line, "attribute " + name + ": the values in the target column"
                                + " are names joined by |, found \"" + row[6] + "\""));
                        return;
                    }
                    values.add(v.strip());
                }
                draft.attributes.add(new AttributeDef(name, key, values, row[7].equals("many"), row[8]));
            }
            default -> problems.add(Problem.error(path, line,
                    "kind must be label, role, attribute or scope, found \"" + kind + "\""));
        }
    }

    /** The schema as file content, for writing a new project. */
    public static String format(Schema schema) {
        StringBuilder b = new StringBuilder(String.join(",", HEADER)).append('\n');
        StringWriter out = new StringWriter();
        try (ICSVWriter w = new CSVWriter(out, ',', '"', '"', "\n")) {
            for (Layer layer : schema.layers()) {
                if (layer.marksArticles()) {
                    w.writeNext(new String[] {layer.name(), layer.key(), "scope", "article", "", "", "", "", ""}, false);
                }
                for (Label l : layer.labels()) {
                    w.writeNext(new String[] {layer.name(), layer.key(), "label", l.name(), l.key(), l.color(), "", "",
                            l.description()}, false);
                }
                for (LinkRole r : layer.roles()) {
                    w.writeNext(new String[] {layer.name(), layer.key(), "role", r.name(), r.key(), "", r.targetLayer(),
                            r.many() ? "many" : "one", r.description()}, false);
                }
                for (AttributeDef a : layer.attributes()) {
                    w.writeNext(new String[] {layer.name(), layer.key(), "attribute", a.name(), a.key(), "",
                            String.join(AttributeDef.SEPARATOR, a.values()), a.many() ? "many" : "one", a.description()},
                            false);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.append(out).toString();
    }

    private static final class LayerDraft {
        final String name;
        final String key;
        final List<Label> labels = new ArrayList<>();
        final List<LinkRole> roles = new ArrayList<>();
        final List<AttributeDef> attributes = new ArrayList<>();
        Layer.Scope scope = Layer.Scope.SPAN;

        LayerDraft(String name, String key) {
            this.name = name;
            this.key = key;
        }
    }
}
