package org.newsmark.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A typed attribute of a layer's annotations, declared in the schema: its name (the key in the
 * {@code attributes} column), the key that sets it in the annotator, its allowed values and whether
 * an annotation takes one value or several (joined by {@code |}). The first value is the default: an
 * annotation without the attribute has it ({@code modality} absent means {@code asserted}).
 */
public record AttributeDef(String name, String key, List<String> values, boolean many, String description) {
    /** Joins the values of an attribute that takes several: {@code topic=politics|economy}. */
    public static final String SEPARATOR = "|";

    public AttributeDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
        description = description == null ? "" : description;
    }

    public String defaultValue() {
        return values.isEmpty() ? "" : values.get(0);
    }

    /** The value an annotation has: its own, or the default when it has none. */
    public String valueOf(Annotation a) {
        String v = a.attributes().get(name);
        return v == null || v.isEmpty() ? defaultValue() : v;
    }

    /** The values of a stored attribute value: one, or for {@code many} those joined by {@code |}. */
    public List<String> split(String value) {
        if (!many) {
            return List.of(value);
        }
        List<String> out = new ArrayList<>();
        for (String v : value.split("\\|", -1)) {
            out.add(v.strip());
        }
        return out;
    }

    /** Why a stored value is not allowed, or null when it is. */
    public String problem(String value) {
        if (!many && value.contains(SEPARATOR)) {
            return "attribute " + name + " takes one value, found \"" + value + "\"";
        }
        for (String v : split(value)) {
            if (!values.contains(v)) {
                return "attribute " + name + " has no value \"" + v + "\" (allowed: " + String.join(", ", values) + ")";
            }
        }
        return null;
    }
}
