package org.newsmark.io;

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

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.newsmark.model.AttributeDef;
import org.newsmark.model.FormatException;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.LinkRole;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;
import org.newsmark.model.Shown;

/**
 * The schema file {@code schema.csv}: one row per label, link role or typed attribute of a layer (and
 * a {@code scope} row for a layer that labels whole articles), with the header {@link #HEADER}.
 * Layers appear in the order of their first row. An attribute row lists its allowed values in the
 * {@code target} column, joined by {@code |}, the first being the default.
 */
public final class SchemaCsv {
    public static final List<String> HEADER =
            List.of("layer", "layer_key", "kind", "name", "key", "color", "target", "cardinality", "description");
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private SchemaCsv() {}

    public static Schema parse(String content, String shownPath) throws FormatException {
        List<Problem> problems = new ArrayList<>();
        Map<String, LayerDraft> drafts = new LinkedHashMap<>();
        Map<String, Integer> layerLine = new LinkedHashMap<>();
        boolean headerRead = false;
        try (CsvRows reader = CsvRows.open(content, shownPath)) {
            String[] header = reader.header();
            if (header == null || !Arrays.asList(header).equals(HEADER)) {
                throw new FormatException(
                        Problem.error(shownPath, 1, "wrong header; expected " + String.join(",", HEADER)));
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
        crossChecks(drafts, layerLine, shownPath, problems);
        List<Layer> layers = new ArrayList<>();
        for (LayerDraft d : drafts.values()) {
            layers.add(new Layer(d.name, d.key, d.labels, d.roles, d.attributes, d.scope));
        }
        Schema schema = new Schema(layers);
        if (problems.isEmpty()) {
            // The rows were checked one by one above; what the schema finds besides is put at the
            // first row of the layer it names.
            for (String p : schema.problems()) {
                problems.add(Problem.error(shownPath, lineOf(p, layerLine), p));
            }
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
            if (Pattern.compile("(?:^|[ ,])" + Pattern.quote(e.getKey()) + "(?:[ /]|$)")
                    .matcher(problem)
                    .find()) {
                return e.getValue();
            }
        }
        return 1;
    }

    /** The checks that need every row: layer keys, labels present, role targets and keys; each at its row. */
    private static void crossChecks(
            Map<String, LayerDraft> drafts, Map<String, Integer> layerLine, String path, List<Problem> problems) {
        Map<String, String> layerKeys = new LinkedHashMap<>();
        for (LayerDraft d : drafts.values()) {
            String key = d.key.toUpperCase(Locale.ROOT);
            String other = layerKeys.putIfAbsent(key, d.name);
            if (other != null) {
                problems.add(Problem.error(
                        path,
                        layerLine.get(d.name),
                        "layer key " + d.key + " of " + d.name + " is used by another layer"));
            }
            if (d.labels.isEmpty()) {
                problems.add(Problem.error(path, layerLine.get(d.name), "layer " + d.name + " has no labels"));
            }
        }
        for (LayerDraft d : drafts.values()) {
            for (int i = 0; i < d.roles.size(); i++) {
                LinkRole role = d.roles.get(i);
                int line = d.roleLines.get(i);
                if (!drafts.containsKey(role.targetLayer())) {
                    problems.add(Problem.error(
                            path,
                            line,
                            "role " + d.name + "/" + role.name() + " points at unknown layer " + role.targetLayer()));
                }
                if (layerKeys.containsKey(role.key().toUpperCase(Locale.ROOT))) {
                    problems.add(Problem.error(
                            path,
                            line,
                            "role key " + role.key() + " of " + d.name + "/" + role.name() + " is also a layer key"));
                }
            }
            for (int i = 0; i < d.attributes.size(); i++) {
                AttributeDef a = d.attributes.get(i);
                if (layerKeys.containsKey(a.key().toUpperCase(Locale.ROOT))) {
                    problems.add(Problem.error(
                            path,
                            d.attributeLines.get(i),
                            "attribute key " + a.key() + " of " + d.name + "/" + a.name() + " is also a layer key"));
                }
            }
        }
    }

    private static void parseRow(
            String[] row,
            int line,
            String path,
            Map<String, LayerDraft> drafts,
            Map<String, Integer> layerLine,
            List<Problem> problems) {
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
            problems.add(Problem.error(path, line, "bad layer name " + Shown.quote(layer)));
            return;
        }
        if (layerKey.length() != 1 || !Character.isLetter(layerKey.charAt(0))) {
            problems.add(Problem.error(path, line, "layer_key must be one letter, found " + Shown.quote(layerKey)));
            return;
        }
        LayerDraft draft = drafts.computeIfAbsent(layer, n -> new LayerDraft(n, layerKey));
        layerLine.putIfAbsent(layer, line);
        if (!draft.key.equals(layerKey)) {
            problems.add(Problem.error(
                    path,
                    line,
                    "layer " + layer + " has key " + draft.key + " on an earlier row, " + layerKey + " here"));
        }
        if (kind.equals("scope")) {
            switch (name) {
                case "span" -> draft.scope = Layer.Scope.SPAN;
                case "article" -> draft.scope = Layer.Scope.ARTICLE;
                default ->
                    problems.add(
                            Problem.error(path, line, "scope must be span or article, found " + Shown.quote(name)));
            }
            return;
        }
        if (!NAME.matcher(name).matches()) {
            problems.add(
                    Problem.error(path, line, "bad " + Shown.line(kind, Shown.VALUE) + " name " + Shown.quote(name)));
            return;
        }
        if (key.codePointCount(0, key.length()) != 1 || Character.isWhitespace(key.codePointAt(0))) {
            problems.add(Problem.error(path, line, "key must be one character, found " + Shown.quote(key)));
            return;
        }
        switch (kind) {
            case "label" -> {
                if (!COLOR.matcher(row[5]).matches()) {
                    problems.add(
                            Problem.error(path, line, "color must look like #RRGGBB, found " + Shown.quote(row[5])));
                    return;
                }
                if (draft.labels.stream().anyMatch(l -> l.name().equals(name))) {
                    problems.add(Problem.error(path, line, "label " + name + " is defined twice in " + layer));
                    return;
                }
                if (draft.labels.stream().anyMatch(l -> l.key().equals(key))) {
                    problems.add(Problem.error(
                            path,
                            line,
                            "key " + key + " of " + layer + "/" + name + " is used by another label of the layer"));
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
                    problems.add(
                            Problem.error(path, line, "cardinality must be one or many, found " + Shown.quote(row[7])));
                    return;
                }
                if (draft.roles.stream().anyMatch(r -> r.name().equals(name))) {
                    problems.add(Problem.error(path, line, "role " + name + " is defined twice in " + layer));
                    return;
                }
                if (draft.roles.stream().anyMatch(r -> r.key().equalsIgnoreCase(key))) {
                    problems.add(Problem.error(
                            path,
                            line,
                            "role key " + key + " of " + layer + "/" + name + " is used by another role of the layer"));
                    return;
                }
                draft.roles.add(new LinkRole(name, key, row[6], row[7].equals("many"), row[8]));
                draft.roleLines.add(line);
            }
            case "attribute" -> {
                if (!row[7].equals("one") && !row[7].equals("many")) {
                    problems.add(
                            Problem.error(path, line, "cardinality must be one or many, found \"" + row[7] + "\""));
                    return;
                }
                List<String> values = new ArrayList<>();
                for (String v : row[6].split("\\|", -1)) {
                    if (!NAME.matcher(v.strip()).matches()) {
                        problems.add(Problem.error(
                                path,
                                line,
                                "attribute " + name + ": the values in the target column"
                                        + " are names joined by |, found " + Shown.quote(row[6])));
                        return;
                    }
                    values.add(v.strip());
                }
                draft.attributes.add(new AttributeDef(name, key, values, row[7].equals("many"), row[8]));
                draft.attributeLines.add(line);
            }
            default ->
                problems.add(Problem.error(
                        path, line, "kind must be label, role, attribute or scope, found " + Shown.quote(kind)));
        }
    }

    /** The schema as file content, for writing a new project. */
    public static String format(Schema schema) {
        StringBuilder b = new StringBuilder(String.join(",", HEADER)).append('\n');
        StringWriter out = new StringWriter();
        try (ICSVWriter w = new CSVWriter(out, ',', '"', '"', "\n")) {
            for (Layer layer : schema.layers()) {
                if (layer.marksArticles()) {
                    w.writeNext(
                            new String[] {layer.name(), layer.key(), "scope", "article", "", "", "", "", ""}, false);
                }
                for (Label l : layer.labels()) {
                    w.writeNext(
                            new String[] {
                                layer.name(),
                                layer.key(),
                                "label",
                                l.name(),
                                l.key(),
                                l.color(),
                                "",
                                "",
                                l.description()
                            },
                            false);
                }
                for (LinkRole r : layer.roles()) {
                    w.writeNext(
                            new String[] {
                                layer.name(),
                                layer.key(),
                                "role",
                                r.name(),
                                r.key(),
                                "",
                                r.targetLayer(),
                                r.many() ? "many" : "one",
                                r.description()
                            },
                            false);
                }
                for (AttributeDef a : layer.attributes()) {
                    w.writeNext(
                            new String[] {
                                layer.name(),
                                layer.key(),
                                "attribute",
                                a.name(),
                                a.key(),
                                "",
                                String.join(AttributeDef.SEPARATOR, a.values()),
                                a.many() ? "many" : "one",
                                a.description()
                            },
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
        final List<Integer> roleLines = new ArrayList<>();
        final List<Integer> attributeLines = new ArrayList<>();

        LayerDraft(String name, String key) {
            this.name = name;
            this.key = key;
        }
    }
}
