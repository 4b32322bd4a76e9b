package org.newsmark.ui;

import java.util.List;
import java.util.stream.Collectors;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.EntityChains;
import org.newsmark.model.Link;

/**
 * How the annotator names an entity mention: by its own text and, when its entity is named better
 * by another mention (“he”, “the spokesman” in the chain of “Dmitry Peskov”), by the entity's
 * canonical name. Made once per set (sets are immutable) from its {@link EntityChains}.
 */
final class EntityNames {
    private final AnnotationSet set;
    private final EntityChains chains;

    private EntityNames(AnnotationSet set) {
        this.set = set;
        this.chains = EntityChains.of(set);
    }

    /** The last one made: the window, the table and the inspector ask for the same set after each edit. */
    private static EntityNames last;

    /** The names of a set (on the event thread); made again only when the set is another one. */
    static EntityNames of(AnnotationSet set) {
        EntityNames l = last;
        if (l == null || l.set != set) {
            l = new EntityNames(set);
            last = l;
        }
        return l;
    }

    EntityChains chains() {
        return chains;
    }

    /** The canonical name of a mention's entity when another mention gives it, else null. */
    String canonical(String mentionId) {
        return chains.entityOf(mentionId)
                .filter(e -> !e.canonical().id().equals(mentionId))
                .filter(e ->
                        set.get(mentionId).map(m -> !m.text().equals(e.name())).orElse(true))
                .map(e -> oneLine(e.name()))
                .orElse(null);
    }

    /** A link as the table shows it: {@code speaker=E5 (Dmitry Peskov)} when E5 is a mention of that entity. */
    String link(Link l) {
        String name = canonical(l.target());
        return name == null ? l.toString() : l + " (" + name + ")";
    }

    /** The links of an annotation for the table, joined by semicolons. */
    String links(List<Link> links) {
        return links.stream().map(this::link).collect(Collectors.joining("; "));
    }

    /** A mention as pickers and the inspector show it: id, label, text, and “= canonical name” when it differs. */
    String describe(Annotation t) {
        String name = canonical(t.id());
        return t.id() + " " + t.label() + " " + oneLine(t.text()) + (name == null ? "" : " = " + name);
    }

    /**
     * A link target as the inspector's narrow button shows it: a mention named better elsewhere
     * leads with its entity's name ({@code Dmitry Peskov (“he”, E2)}), any other as {@link #describe}.
     */
    String target(Annotation t) {
        String name = canonical(t.id());
        return name == null
                ? t.id() + " " + t.label() + " " + oneLine(t.text())
                : name + " (“" + oneLine(t.text()) + "”, " + t.id() + ")";
    }

    static String oneLine(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 48 ? t.substring(0, 45) + "…" : t;
    }
}
