package org.newsmark.io.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.newsmark.io.CsvRows;
import org.newsmark.model.FormatException;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.LinkRole;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;

/**
 * How brat type names meet the schema.
 *
 * <p>Types of text-bound annotations and events become a layer and label, in this order: a row of
 * the mapping file; {@code LAYER.LABEL} ({@code QUOTE.DIRECT}); a label name found in exactly one
 * layer ({@code PERSON}); the same ignoring case ({@code Person}). Relation types and event
 * argument roles become link roles of the source's layer: a mapping row; the role name
 * ({@code speaker}); ignoring case ({@code Speaker}); without a number brat adds to repeated
 * arguments ({@code agent2} is {@code agent}).
 *
 * <p>The mapping file is CSV with the header {@code brat_type,layer,label}: a row maps a brat type
 * to a label of the layer, or, when {@code label} names a role of the layer, a brat relation type
 * or argument role to that role ({@code Org-Arg,EVENT,agent}).
 *
 * <p>Export writes a label as its bare name when that name maps back to it, else as
 * {@code LAYER.LABEL}, so a project exported and imported with the same schema keeps every label.
 */
public final class BratMapping {
    public static final List<String> HEADER = List.of("brat_type", "layer", "label");

    /** A layer and a label of the schema. */
    public record Target(String layer, String label) {}

    private final Schema schema;
    private final Map<String, Target> typeRows;
    private final Map<String, Map<String, String>> roleRows;

    private BratMapping(Schema schema, Map<String, Target> typeRows, Map<String, Map<String, String>> roleRows) {
        this.schema = schema;
        this.typeRows = typeRows;
        this.roleRows = roleRows;
    }

    /** Mapping by name only. */
    public static BratMapping byName(Schema schema) {
        return new BratMapping(schema, Map.of(), Map.of());
    }

    /** Reads a mapping file; every bad row is a problem with its line. */
    public static BratMapping parse(String content, String shownPath, Schema schema) throws FormatException {
        Map<String, Target> types = new LinkedHashMap<>();
        Map<String, Map<String, String>> roles = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        boolean headerRead = false;
        try (CsvRows reader = CsvRows.open(content, shownPath)) {
            String[] header = reader.header();
            if (header == null
                    || !Arrays.asList(header).stream()
                            .map(String::strip)
                            .toList()
                            .equals(HEADER)) {
                throw new FormatException(
                        Problem.error(shownPath, 1, "the mapping file needs the header " + String.join(",", HEADER)));
            }
            headerRead = true;
            for (CsvRows.Row r; (r = reader.next()) != null; ) {
                String[] row = r.fields();
                int line = r.line();
                if (row.length != 3) {
                    problems.add(Problem.error(shownPath, line, "expected 3 columns, found " + row.length));
                    continue;
                }
                String type = row[0].strip();
                String layerName = row[1].strip();
                String name = row[2].strip();
                Optional<Layer> layer = schema.layer(layerName);
                if (type.isEmpty()) {
                    problems.add(Problem.error(shownPath, line, "the brat type is empty"));
                } else if (layer.isEmpty()) {
                    problems.add(Problem.error(shownPath, line, "no layer " + layerName + " in the schema"));
                } else if (layer.get().label(name).isPresent()) {
                    types.put(type, new Target(layerName, name));
                } else if (layer.get().role(name).isPresent()) {
                    roles.computeIfAbsent(layerName, k -> new HashMap<>()).put(type, name);
                } else {
                    problems.add(Problem.error(shownPath, line, layerName + " has no label or role " + name));
                }
            }
        } catch (FormatException e) {
            if (!headerRead) {
                throw e;
            }
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new FormatException(problems);
        }
        return new BratMapping(schema, types, roles);
    }

    public Schema schema() {
        return schema;
    }

    /** The layer and label of a brat type, if it maps. */
    public Optional<Target> type(String bratType) {
        Target row = typeRows.get(bratType);
        if (row != null) {
            return Optional.of(row);
        }
        int dot = bratType.indexOf('.');
        if (dot > 0) {
            String layer = bratType.substring(0, dot);
            String label = bratType.substring(dot + 1);
            if (schema.label(layer, label).isPresent()) {
                return Optional.of(new Target(layer, label));
            }
        }
        Optional<Target> exact = unique(bratType, false);
        return exact.isPresent() ? exact : unique(bratType, true);
    }

    private Optional<Target> unique(String name, boolean ignoreCase) {
        Target found = null;
        for (Layer layer : schema.layers()) {
            for (Label label : layer.labels()) {
                boolean same = ignoreCase
                        ? label.name().equalsIgnoreCase(name)
                        : label.name().equals(name);
                if (same) {
                    if (found != null) {
                        return Optional.empty();
                    }
                    found = new Target(layer.name(), label.name());
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The role of a layer that a brat relation type or argument role stands for, if any. */
    public Optional<LinkRole> role(String layerName, String bratRole) {
        Optional<Layer> layer = schema.layer(layerName);
        if (layer.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> rows = roleRows.getOrDefault(layerName, Map.of());
        String name = bratRole;
        while (true) {
            String row = rows.get(name);
            Optional<LinkRole> role = row != null ? layer.get().role(row) : roleNamed(layer.get(), name);
            if (role.isPresent()) {
                return role;
            }
            if (name.length() < 2 || !Character.isDigit(name.charAt(name.length() - 1))) {
                return Optional.empty();
            }
            name = name.substring(0, name.length() - 1);
        }
    }

    private static Optional<LinkRole> roleNamed(Layer layer, String name) {
        Optional<LinkRole> exact = layer.role(name);
        if (exact.isPresent()) {
            return exact;
        }
        return layer.roles().stream()
                .filter(r -> r.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** The brat type written for a label: its name when that maps back to it, else LAYER.LABEL. */
    public String typeName(String layer, String label) {
        if (type(label).equals(Optional.of(new Target(layer, label)))) {
            return label;
        }
        return layer + "." + label;
    }

    /**
     * The brat argument role written for the {@code n}-th (1-based) link of a role on one event:
     * brat numbers repeated arguments ({@code agent}, {@code agent2}); the plain name is repeated
     * instead when a numbered name would mean another role.
     */
    public String roleName(String layer, String role, int n) {
        if (n <= 1) {
            return role;
        }
        String numbered = role + n;
        Optional<LinkRole> back = role(layer, numbered);
        return back.isPresent() && back.get().name().equals(role) ? numbered : role;
    }
}
