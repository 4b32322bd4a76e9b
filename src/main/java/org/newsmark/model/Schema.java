package org.newsmark.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The annotation schema of a project: its layers, their labels and link roles. */
public record Schema(List<Layer> layers) {
    public Schema {
        layers = List.copyOf(layers);
    }

    public Optional<Layer> layer(String name) {
        // A loop, not a stream: called for every row of every file read.
        for (Layer l : layers) {
            if (l.name().equals(name)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public Layer requireLayer(String name) {
        return layer(name).orElseThrow(() -> new IllegalArgumentException("no layer " + name));
    }

    public Optional<Label> label(String layerName, String labelName) {
        return layer(layerName).flatMap(l -> l.label(labelName));
    }

    public List<String> layerNames() {
        return layers.stream().map(Layer::name).toList();
    }

    /**
     * Problems of the schema itself: duplicate names or keys, roles pointing at missing layers.
     * Empty when the schema is usable.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> layerNames = new HashSet<>();
        Set<String> layerKeys = new HashSet<>();
        Set<String> roleKeys = new HashSet<>();
        for (Layer layer : layers) {
            if (!layerNames.add(layer.name())) {
                problems.add("layer " + layer.name() + " is defined twice");
            }
            if (!layerKeys.add(layer.key().toUpperCase(Locale.ROOT))) {
                problems.add("layer key " + layer.key() + " of " + layer.name() + " is used by another layer");
            }
            if (layer.labels().isEmpty()) {
                problems.add("layer " + layer.name() + " has no labels");
            }
            Set<String> labelNames = new HashSet<>();
            Set<String> labelKeys = new HashSet<>();
            for (Label label : layer.labels()) {
                if (!labelNames.add(label.name())) {
                    problems.add("label " + label.name() + " is defined twice in " + layer.name());
                }
                if (!labelKeys.add(label.key())) {
                    problems.add("key " + label.key() + " of " + layer.name() + "/" + label.name()
                            + " is used by another label of the layer");
                }
            }
            attributeProblems(layer, problems);
            if (layer.marksArticles() && !layer.roles().isEmpty()) {
                problems.add("layer " + layer.name() + " marks whole articles; it cannot have link roles");
            }
            Set<String> roleNames = new HashSet<>();
            for (LinkRole role : layer.roles()) {
                if (!roleNames.add(role.name())) {
                    problems.add("role " + role.name() + " is defined twice in " + layer.name());
                }
                if (!roleKeys.add(layer.name() + "\0" + role.key().toUpperCase(Locale.ROOT))) {
                    problems.add("role key " + role.key() + " of " + layer.name() + "/" + role.name()
                            + " is used by another role of the layer");
                }
            }
        }
        for (Layer layer : layers) {
            for (LinkRole role : layer.roles()) {
                if (!layerNames.contains(role.targetLayer())) {
                    problems.add("role " + layer.name() + "/" + role.name() + " points at unknown layer "
                            + role.targetLayer());
                }
            }
            for (LinkRole role : layer.roles()) {
                if (layerKeys.contains(role.key().toUpperCase(Locale.ROOT))) {
                    problems.add("role key " + role.key() + " of " + layer.name() + "/" + role.name()
                            + " is also a layer key");
                }
            }
            for (AttributeDef a : layer.attributes()) {
                if (layerKeys.contains(a.key().toUpperCase(Locale.ROOT))) {
                    problems.add("attribute key " + a.key() + " of " + layer.name() + "/" + a.name()
                            + " is also a layer key");
                }
            }
        }
        return problems;
    }

    private static void attributeProblems(Layer layer, List<String> problems) {
        Set<String> names = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (LinkRole role : layer.roles()) {
            keys.add(role.key().toUpperCase(Locale.ROOT));
        }
        for (AttributeDef a : layer.attributes()) {
            if (!names.add(a.name())) {
                problems.add("attribute " + a.name() + " is defined twice in " + layer.name());
            }
            if (!keys.add(a.key().toUpperCase(Locale.ROOT))) {
                problems.add("attribute key " + a.key() + " of " + layer.name() + "/" + a.name()
                        + " is used by a role or another attribute of the layer");
            }
            if (a.values().isEmpty()) {
                problems.add("attribute " + layer.name() + "/" + a.name() + " has no values");
            }
            if (new HashSet<>(a.values()).size() != a.values().size()) {
                problems.add("attribute " + layer.name() + "/" + a.name() + " lists a value twice");
            }
        }
    }
}
