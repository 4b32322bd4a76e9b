package org.newsmark.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.newsmark.model.Annotation;
import org.newsmark.model.AttributeDef;

/**
 * What choosing a value of a typed attribute stores, so the annotator and the files agree on one
 * rule: the default value is not written (an annotation without the attribute has it, as the
 * bundled gold is written); an attribute that takes several values toggles the chosen one, in the
 * schema's order of values, and none left means the default.
 */
public final class AttributeChoice {
    private AttributeChoice() {}

    /** The values an annotation has for the attribute: its own, or the default. */
    public static List<String> values(AttributeDef def, Annotation a) {
        return def.split(def.valueOf(a));
    }

    /** The value to store after choosing {@code chosen} (empty: remove the attribute). */
    public static String stored(AttributeDef def, Annotation a, String chosen) {
        if (!def.values().contains(chosen)) {
            throw new IllegalArgumentException("attribute " + def.name() + " has no value " + chosen);
        }
        if (!def.many()) {
            return chosen.equals(def.defaultValue()) ? "" : chosen;
        }
        Set<String> now = new LinkedHashSet<>(values(def, a));
        if (!now.remove(chosen)) {
            now.add(chosen);
        }
        List<String> ordered = new ArrayList<>();
        for (String v : def.values()) {
            if (now.contains(v)) {
                ordered.add(v);
            }
        }
        if (ordered.isEmpty() || ordered.equals(List.of(def.defaultValue()))) {
            return "";
        }
        return String.join(AttributeDef.SEPARATOR, ordered);
    }
}
