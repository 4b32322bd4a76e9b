package org.newsmark.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.LinkRole;
import org.newsmark.model.Schema;
import org.newsmark.model.Shown;
import org.newsmark.model.Problem;
import org.newsmark.model.FormatException;

/**
 * The schema file {@code schema.csv}: one row per label or link role of a layer, with the header
 * {@link #HEADER}. Layers appear in the order of their first row.
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
        crossChecks(drafts, layerLine, shownPath, problems);
        List<Layer> layers = new ArrayList<>();
        for (LayerDraft d : drafts.values()) {
            layers.add(new Layer(d.name, d.key, d.labels, d.roles));
        }
        Schema schema = new Schema(layers);
        if (problems.isEmpty()) {
            // The rows were checked one by one above; what the schema finds besides has no row of its own.
            for (String p : schema.problems()) {
                problems.add(Problem.error(shownPath, 1, p));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new FormatException(problems);
        }
        return schema;
    }

    /** The checks that need every row: layer keys, labels present, role targets and keys; each at its row. */
    private static void crossChecks(Map<String, LayerDraft> drafts, Map<String, Integer> layerLine, String path,
                                    List<Problem> problems) {
        Map<String, String> layerKeys = new LinkedHashMap<>();
        for (LayerDraft d : drafts.values()) {
            String key = d.key.toUpperCase(java.util.Locale.ROOT);
            String other = layerKeys.putIfAbsent(key, d.name);
            if (other != null) {
                problems.add(Problem.error(path, layerLine.get(d.name), "layer key " + d.key + " of " + d.name
                        + " is used by another layer"));
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
                    problems.add(Problem.error(path, line, "role " + d.name + "/" + role.name() + " points at unknown layer "
                            + role.targetLayer()));
                }
                if (layerKeys.containsKey(role.key().toUpperCase(java.util.Locale.ROOT))) {
                    problems.add(Problem.error(path, line, "role key " + role.key() + " of " + d.name + "/" + role.name()
                            + " is also a layer key"));
                }
            }
        }
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
            problems.add(Problem.error(path, line, "layer " + layer + " has key " + draft.key + " on an earlier row, "
                    + layerKey + " here"));
        }
        if (!NAME.matcher(name).matches()) {
            problems.add(Problem.error(path, line, "bad " + Shown.line(kind, Shown.VALUE) + " name " + Shown.quote(name)));
            return;
        }
        if (key.codePointCount(0, key.length()) != 1 || Character.isWhitespace(key.codePointAt(0))) {
            problems.add(Problem.error(path, line, "key must be one character, found " + Shown.quote(key)));
            return;
        }
        switch (kind) {
            case "label" -> {
                if (!COLOR.matcher(row[5]).matches()) {
                    problems.add(Problem.error(path, line, "color must look like #RRGGBB, found " + Shown.quote(row[5])));
                    return;
                }
                if (draft.labels.stream().anyMatch(l -> l.name().equals(name))) {
                    problems.add(Problem.error(path, line, "label " + name + " is defined twice in " + layer));
                    return;
                }
                if (draft.labels.stream().anyMatch(l -> l.key().equals(key))) {
                    problems.add(Problem.error(path, line, "key " + key + " of " + layer + "/" + name
                            + " is used by another label of the layer"));
                    return;
                }
                draft.labels.add(new Label(name, key, row[5].toUpperCase(java.util.Locale.ROOT), row[8]));
            }
            case "role" -> {
                if (row[6].isEmpty()) {
                    problems.add(Problem.error(path, line, "role " + name + " needs a target layer"));
                    return;
                }
                if (!row[7].equals("one") && !row[7].equals("many")) {
                    problems.add(Problem.error(path, line, "cardinality must be one or many, found " + Shown.quote(row[7])));
                    return;
                }
                if (draft.roles.stream().anyMatch(r -> r.name().equals(name))) {
                    problems.add(Problem.error(path, line, "role " + name + " is defined twice in " + layer));
                    return;
                }
                if (draft.roles.stream().anyMatch(r -> r.key().equalsIgnoreCase(key))) {
                    problems.add(Problem.error(path, line, "role key " + key + " of " + layer + "/" + name
                            + " is used by another role of the layer"));
                    return;
                }
                draft.roles.add(new LinkRole(name, key, row[6], row[7].equals("many"), row[8]));
                draft.roleLines.add(line);
            }
            default -> problems.add(Problem.error(path, line, "kind must be label or role, found " + Shown.quote(kind)));
        }
    }

    /** The schema as file content, for writing a new project. */
    public static String format(Schema schema) {
        StringBuilder b = new StringBuilder(String.join(",", HEADER)).append('\n');
        java.io.StringWriter out = new java.io.StringWriter();
        try (com.opencsv.ICSVWriter w = new com.opencsv.CSVWriter(out, ',', '"', '"', "\n")) {
            for (Layer layer : schema.layers()) {
                for (Label l : layer.labels()) {
                    w.writeNext(new String[] {layer.name(), layer.key(), "label", l.name(), l.key(), l.color(), "", "",
                            l.description()}, false);
                }
                for (LinkRole r : layer.roles()) {
                    w.writeNext(new String[] {layer.name(), layer.key(), "role", r.name(), r.key(), "", r.targetLayer(),
                            r.many() ? "many" : "one", r.description()}, false);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return b.append(out).toString();
    }

    private static final class LayerDraft {
        final String name;
        final String key;
        final List<Label> labels = new ArrayList<>();
        final List<LinkRole> roles = new ArrayList<>();
        final List<Integer> roleLines = new ArrayList<>();

        LayerDraft(String name, String key) {
            this.name = name;
            this.key = key;
        }
    }
}
