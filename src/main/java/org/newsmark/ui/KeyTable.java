package org.newsmark.ui;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.swing.KeyStroke;

import org.newsmark.model.AttributeDef;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.LinkRole;
import org.newsmark.model.Schema;

/**
 * The one table of the annotator's keys and mouse gestures: every action with its id, menu,
 * name, description, where it works and its default keys. The key map of the window
 * ({@link KeyDispatcher}), the menus and their accelerators ({@link Menus}), Help → Keys and
 * Edit → Keys… ({@link KeysDialog}) and the README's key table ({@link #markdown}) are all made
 * from it, so they cannot disagree. Adding an action is adding a row here (and, when it needs
 * one, a method on the window); the layer, label and role rows come from the schema.
 */
final class KeyTable {
    /** Where an action's key works. */
    enum Context {
        /** Anywhere in the window, also while typing in a field: keys with Ctrl, Alt or a function key. */
        WINDOW,
        /** Anywhere in the window except in a field where the user has put the caret to type. */
        ANNOTATE,
        /** Only while the focus is in one panel (named by the action's scope), before any other action of the key. */
        PANEL
    }

    /**
     * One action. {@code run} returns whether it handled the key (a boundary key with no
     * annotation selected leaves the key to the text, which extends the selection); {@code scope}
     * limits a role key to annotations of one layer (so one key can start different roles in
     * different layers), and names the panel of a PANEL action; {@code checked} makes a menu check box.
     */
    record Action(
            String id,
            String menu,
            String name,
            String description,
            Context context,
            String scope,
            List<KeyStroke> keys,
            Predicate<AnnotatorWindow> run,
            Predicate<AnnotatorWindow> enabled,
            Predicate<AnnotatorWindow> checked) {
        Action {
            keys = List.copyOf(keys);
        }

        boolean rebindable() {
            return true;
        }

        /** Whether two actions may not share a key: their contexts overlap. */
        boolean clashesWith(Action other) {
            if ((context == Context.PANEL) != (other.context == Context.PANEL)) {
                return false; // a panel's keys go before the others while it has the focus
            }
            return scope == null || other.scope == null || scope.equals(other.scope);
        }

        /** The layer a role key belongs to, or null. */
        String layer() {
            return context == Context.PANEL ? null : scope;
        }
    }

    /** A mouse gesture, listed with the keys; not rebindable. */
    record Gesture(String gesture, String description) {}

    static final String ANNOTATE = "Annotate";
    /** The order of the menus. */
    static final List<String> MENUS = List.of("File", "Edit", ANNOTATE, "View", "Article", "Help");

    private final List<Action> actions;
    private final List<Gesture> gestures;

    private KeyTable(List<Action> actions, List<Gesture> gestures) {
        this.actions = List.copyOf(actions);
        this.gestures = List.copyOf(gestures);
    }

    List<Action> actions() {
        return actions;
    }

    List<Gesture> gestures() {
        return gestures;
    }

    Optional<Action> action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private static final int CTRL = InputEvent.CTRL_DOWN_MASK;
    private static final int SHIFT = InputEvent.SHIFT_DOWN_MASK;
    private static final int ALT = InputEvent.ALT_DOWN_MASK;

    static KeyStroke key(int code, int modifiers) {
        return KeyStroke.getKeyStroke(code, modifiers);
    }

    static KeyStroke key(int code) {
        return KeyStroke.getKeyStroke(code, 0);
    }

    private static Predicate<AnnotatorWindow> does(Consumer<AnnotatorWindow> c) {
        return w -> {
            c.accept(w);
            return true;
        };
    }

    private static final Predicate<AnnotatorWindow> ALWAYS = w -> true;
    private static final Predicate<AnnotatorWindow> SELECTED = w -> w.selectedId() != null;

    /** Builds the rows in menu order. */
    private static final class Rows {
        final List<Action> list = new ArrayList<>();

        Rows add(
                String id,
                String menu,
                String name,
                String description,
                Context context,
                Predicate<AnnotatorWindow> run,
                KeyStroke... keys) {
            return add(id, menu, name, description, context, run, ALWAYS, null, keys);
        }

        Rows add(
                String id,
                String menu,
                String name,
                String description,
                Context context,
                Predicate<AnnotatorWindow> run,
                Predicate<AnnotatorWindow> enabled,
                Predicate<AnnotatorWindow> checked,
                KeyStroke... keys) {
            list.add(new Action(id, menu, name, description, context, null, List.of(keys), run, enabled, checked));
            return this;
        }
    }

    /** The table for a schema: the application's actions and the layer, label and role keys of the schema. */
    static KeyTable of(Schema schema) {
        Rows r = new Rows();
        annotateRows(r, schema);
        r.add(
                "undo",
                "Edit",
                "Undo",
                "undo the last edit: every edit, any number of steps",
                Context.WINDOW,
                does(w -> w.edits().undo()),
                w -> w.canUndo(),
                null,
                key(KeyEvent.VK_Z, CTRL));
        r.add(
                "redo",
                "Edit",
                "Redo",
                "redo what was undone",
                Context.WINDOW,
                does(w -> w.edits().redo()),
                w -> w.canRedo(),
                null,
                key(KeyEvent.VK_Y, CTRL),
                key(KeyEvent.VK_Z, CTRL | SHIFT));
        r.add(
                "markAll",
                "Edit",
                "Mark all occurrences",
                "mark every other whole-word occurrence of the selected annotation's text with its label (one undo step)",
                Context.WINDOW,
                w -> w.edits().markAll(),
                SELECTED,
                null,
                key(KeyEvent.VK_M, CTRL));
        r.add(
                "find",
                "Edit",
                "Find…",
                "find in the article (Enter next, Shift+Enter previous, Esc back to the text)",
                Context.WINDOW,
                does(w -> w.commands().showFind()),
                key(KeyEvent.VK_F, CTRL));
        r.add(
                "searchCorpus",
                "Edit",
                "Search corpus…",
                "every occurrence in every article, in context (Enter opens"
                        + " the hit; annotate all hits with a label, one undo step per article)",
                Context.WINDOW,
                does(w -> w.commands().showSearch()),
                key(KeyEvent.VK_F, CTRL | SHIFT));
        r.add(
                "filterArticles",
                "Edit",
                "Filter articles…",
                "type in the article list's filter (Esc back to the text)",
                Context.WINDOW,
                does(w -> w.commands().focusArticleFilter()),
                key(KeyEvent.VK_L, CTRL));
        r.add(
                "snap",
                "Edit",
                "Snap selections to whole words",
                "selections snap to whole tokens (Ctrl+drag selects one without snapping)",
                Context.WINDOW,
                does(w -> w.setSnap(!w.snap())),
                ALWAYS,
                AnnotatorWindow::snap);
        r.add(
                "keys",
                "Edit",
                "Keys…",
                "change the key of any action; conflicts are refused; Reset restores these keys",
                Context.WINDOW,
                does(w -> w.commands().editKeys()));
        r.add(
                "next",
                "Article",
                "Next article",
                "save and open the next article",
                Context.WINDOW,
                does(w -> w.stepArticle(1)),
                key(KeyEvent.VK_PAGE_DOWN, CTRL));
        r.add(
                "previous",
                "Article",
                "Previous article",
                "save and open the previous article",
                Context.WINDOW,
                does(w -> w.stepArticle(-1)),
                key(KeyEvent.VK_PAGE_UP, CTRL));
        r.add(
                "done",
                "Article",
                "Done",
                "mark the article done, again to reopen it",
                Context.WINDOW,
                does(w -> w.setDone(!w.isDone())),
                w -> w.session().isPresent(),
                AnnotatorWindow::isDone,
                key(KeyEvent.VK_D, CTRL));
        r.add(
                "checkWork",
                "Article",
                "Check my work",
                "training mode: once done, the differences from gold",
                Context.WINDOW,
                does(w -> w.commands().checkWork()),
                key(KeyEvent.VK_K, CTRL));
        r.add(
                "checks",
                "Article",
                "Consistency checks",
                "the Checks tab: the findings of newsmark check on your work"
                        + " across the corpus, checked again after every save",
                Context.WINDOW,
                does(w -> w.corpus().showChecks()),
                key(KeyEvent.VK_K, CTRL | SHIFT));
        r.list.add(new Action(
                "checkGo",
                "Article",
                "Go to finding",
                "in the Checks list: open the finding's article" + " at its place (also a double-click)",
                Context.PANEL,
                ChecksPanel.NAME,
                List.of(key(KeyEvent.VK_ENTER)),
                w -> w.corpus().goToSelectedFinding(),
                w -> w.corpus().findingSelected(),
                null));
        r.list.add(new Action(
                "checkRepair",
                "Article",
                "Repair finding",
                "in the Checks list: apply the finding's"
                        + " repair (the majority label, mark the occurrence, the usual extent) as one undo step",
                Context.PANEL,
                ChecksPanel.NAME,
                List.of(key(KeyEvent.VK_R)),
                w -> w.corpus().repairSelectedFinding(),
                w -> w.corpus().findingSelected(),
                null));
        r.add(
                "import",
                "File",
                "Import articles…",
                "import articles (text, Word, HTML, CSV corpus, brat)",
                Context.WINDOW,
                does(w -> w.commands().importArticles()),
                key(KeyEvent.VK_I, CTRL));
        r.add(
                "export",
                "File",
                "Export workbook…",
                "the agreement workbook, written in the background",
                Context.WINDOW,
                does(w -> w.commands().exportWorkbook()),
                key(KeyEvent.VK_E, CTRL));
        r.add(
                "save",
                "File",
                "Save now",
                "save at once (every change is saved within half a second anyway)",
                Context.WINDOW,
                does(AnnotatorWindow::saveNow),
                key(KeyEvent.VK_S, CTRL));
        r.add(
                "sync",
                "File",
                "Sync",
                "save, then send your work to the team's repository and bring in everyone else's,"
                        + " in the background; the status bar's button says what came in and from whom (a joined or shared project)",
                Context.WINDOW,
                does(w -> w.sync().sync(null)),
                w -> w.sync().shared() && !w.sync().running(),
                null,
                key(KeyEvent.VK_F5));
        r.add(
                "syncOnDone",
                "File",
                "Sync when an article is done",
                "marking an article done (Ctrl+D) also syncs",
                Context.WINDOW,
                does(w -> w.prefs().syncOnDone(!w.prefs().syncOnDone())),
                w -> w.sync().shared(),
                w -> w.prefs().syncOnDone());
        r.add(
                "syncOnExit",
                "File",
                "Sync on quit",
                "closing the window syncs first",
                Context.WINDOW,
                does(w -> w.prefs().syncOnExit(!w.prefs().syncOnExit())),
                w -> w.sync().shared(),
                w -> w.prefs().syncOnExit());
        r.add(
                "adjudicate",
                "File",
                "Adjudicate gold…",
                "open the gold standard of this project in a second window, with the annotators' spans to accept",
                Context.WINDOW,
                does(w -> w.commands().openAdjudication()),
                w -> !w.adjudicating(),
                null);
        r.add(
                "quit",
                "File",
                "Quit",
                "save and close the window",
                Context.WINDOW,
                does(AnnotatorWindow::closeWindow),
                key(KeyEvent.VK_Q, CTRL));
        r.add(
                "progress",
                "View",
                "Progress…",
                "status, counts and agreement per annotator and article",
                Context.WINDOW,
                does(w -> w.commands().showProgress()),
                key(KeyEvent.VK_P, CTRL));
        r.add(
                "larger",
                "View",
                "Larger text",
                "larger text",
                Context.WINDOW,
                does(w -> w.changeFontSize(1)),
                key(KeyEvent.VK_EQUALS, CTRL),
                key(KeyEvent.VK_PLUS, CTRL),
                key(KeyEvent.VK_ADD, CTRL),
                key(KeyEvent.VK_EQUALS, CTRL | SHIFT));
        r.add(
                "smaller",
                "View",
                "Smaller text",
                "smaller text",
                Context.WINDOW,
                does(w -> w.changeFontSize(-1)),
                key(KeyEvent.VK_MINUS, CTRL),
                key(KeyEvent.VK_SUBTRACT, CTRL));
        r.add(
                "showSuggestions",
                "View",
                "Show suggestions",
                "draw the suggestions as dashed outlines (never in" + " training mode)",
                Context.WINDOW,
                does(w -> w.suggestions().setShown(!w.suggestions().shown())),
                ALWAYS,
                w -> w.suggestions().shown());
        r.add(
                "dark",
                "View",
                "Dark theme",
                "switch between the light and the dark theme",
                Context.WINDOW,
                does(w -> w.setDark(!w.dark())),
                ALWAYS,
                AnnotatorWindow::dark);
        r.add(
                "guidelines",
                "Help",
                "Guidelines",
                "the guidelines, at the section of the selected label (Esc closes)",
                Context.WINDOW,
                does(w -> w.commands().showGuidelines()),
                key(KeyEvent.VK_F1));
        r.add(
                "keyHelp",
                "Help",
                "Keys",
                "this table",
                Context.WINDOW,
                does(w -> w.commands().showKeys()));
        return new KeyTable(r.list, defaultGestures());
    }

    /** The keys that annotate: layers, labels, roles from the schema, then deleting, boundaries, Esc. */
    private static void annotateRows(Rows r, Schema schema) {
        for (Layer l : schema.layers()) {
            r.add(
                    "layer-" + l.name(),
                    ANNOTATE,
                    Layers.plural(l.name()) + " layer",
                    "switch to the " + Layers.plural(l.name()).toLowerCase(Locale.ROOT) + " layer",
                    Context.ANNOTATE,
                    does(w -> w.setLayer(l.name())),
                    keyOf(l.key()));
        }
        boolean articleLayers = schema.layers().stream().anyMatch(Layer::marksArticles);
        Map<String, List<String>> labelsByKey = new TreeMap<>();
        for (Layer l : schema.layers()) {
            for (Label label : l.labels()) {
                labelsByKey
                        .computeIfAbsent(label.key().toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(label.name());
            }
        }
        labelsByKey.forEach((k, names) -> {
            List<KeyStroke> keys = new ArrayList<>(List.of(keyOf(k)));
            if (k.length() == 1 && k.charAt(0) >= '0' && k.charAt(0) <= '9') {
                keys.add(key(KeyEvent.VK_NUMPAD0 + (k.charAt(0) - '0')));
            }
            r.list.add(new Action(
                    "label-" + k,
                    ANNOTATE,
                    "Label " + k,
                    "apply the label with key " + k
                            + " of the current layer (" + String.join(", ", names)
                            + ") to the selected text, or relabel"
                            + " the selected annotation"
                            + (articleLayers
                                    ? "; in a layer of article labels, add the label to"
                                            + " the article or take it away"
                                    : ""),
                    Context.ANNOTATE,
                    null,
                    keys,
                    w -> w.edits().labelKey(k),
                    ALWAYS,
                    null));
        });
        for (Layer l : schema.layers()) {
            for (LinkRole role : l.roles()) {
                r.list.add(new Action(
                        "role-" + l.name() + "-" + role.name(),
                        ANNOTATE,
                        "Link " + role.name(),
                        "with " + an(l.name()) + " selected: click its " + role.name() + " ("
                                + an(role.targetLayer()) + "), or press " + role.key()
                                + " again to pick it from a list (type to"
                                + " filter, Enter links, Esc cancels)",
                        Context.ANNOTATE,
                        l.name(),
                        List.of(keyOf(role.key())),
                        w -> w.edits().roleKeyAgain(role) || w.edits().startLink(role),
                        ALWAYS,
                        null));
            }
        }
        for (Layer l : schema.layers()) {
            for (AttributeDef d : l.attributes()) {
                r.list.add(new Action(
                        "attribute-" + l.name() + "-" + d.name(),
                        ANNOTATE,
                        "Set " + d.name(),
                        "with "
                                + an(l.name()) + " selected: choose its " + d.name() + " ("
                                + String.join(", ", d.values())
                                + "; the first is the default) by the value's digit, Enter or a click; Esc cancels"
                                + (d.many() ? "; each choice adds or removes a value" : ""),
                        Context.ANNOTATE,
                        l.name(),
                        List.of(keyOf(d.key())),
                        w -> w.pickAttribute(d.name()),
                        ALWAYS,
                        null));
            }
        }
        r.add(
                "delete",
                ANNOTATE,
                "Delete annotation",
                "delete the selected annotation (asks first when links point at it; they go with it)",
                Context.ANNOTATE,
                does(w -> w.edits().deleteSelected()),
                SELECTED,
                null,
                key(KeyEvent.VK_DELETE),
                key(KeyEvent.VK_BACK_SPACE));
        r.add(
                "endRight",
                ANNOTATE,
                "End one token right",
                "move the end of the selected annotation one token right" + " (one character with snapping off)",
                Context.ANNOTATE,
                w -> w.edits().moveBoundary(false, 1),
                SELECTED,
                null,
                key(KeyEvent.VK_RIGHT, SHIFT));
        r.add(
                "endLeft",
                ANNOTATE,
                "End one token left",
                "move its end one token left",
                Context.ANNOTATE,
                w -> w.edits().moveBoundary(false, -1),
                SELECTED,
                null,
                key(KeyEvent.VK_LEFT, SHIFT));
        r.add(
                "startLeft",
                ANNOTATE,
                "Start one token left",
                "move its start one token left",
                Context.ANNOTATE,
                w -> w.edits().moveBoundary(true, -1),
                SELECTED,
                null,
                key(KeyEvent.VK_LEFT, CTRL | SHIFT));
        r.add(
                "startRight",
                ANNOTATE,
                "Start one token right",
                "move its start one token right",
                Context.ANNOTATE,
                w -> w.edits().moveBoundary(true, 1),
                SELECTED,
                null,
                key(KeyEvent.VK_RIGHT, CTRL | SHIFT));
        r.list.add(new Action(
                "accept",
                ANNOTATE,
                "Accept into gold",
                "in the To adjudicate list (adjudication):"
                        + " accept the selected spans into gold; asks whether to replace an overlapping gold span of the same label",
                Context.PANEL,
                "candidates",
                List.of(key(KeyEvent.VK_ENTER), key(KeyEvent.VK_A)),
                does(w -> w.acceptSelectedCandidates()),
                AnnotatorWindow::adjudicating,
                null));
        suggestionRows(r);
        r.add(
                "escape",
                ANNOTATE,
                "Cancel",
                "cancel a link, clear the selection; in a field: back to the text",
                Context.WINDOW,
                w -> w.edits().escape(),
                key(KeyEvent.VK_ESCAPE));
    }

    /**
     * The keys of the suggestions: Alt with arrows, Enter and Delete, which no schema key (one
     * letter or digit) can take; a label key with a suggestion selected accepts it under that label.
     */
    private static void suggestionRows(Rows r) {
        r.add(
                "nextSuggestion",
                ANNOTATE,
                "Next suggestion",
                "select the next suggestion (dashed outline) and scroll to"
                        + " it; then a label key accepts it under that label",
                Context.ANNOTATE,
                w -> w.suggestions().actions().step(1),
                key(KeyEvent.VK_RIGHT, ALT));
        r.add(
                "previousSuggestion",
                ANNOTATE,
                "Previous suggestion",
                "select the previous suggestion",
                Context.ANNOTATE,
                w -> w.suggestions().actions().step(-1),
                key(KeyEvent.VK_LEFT, ALT));
        r.add(
                "acceptSuggestion",
                ANNOTATE,
                "Accept suggestion",
                "accept the selected suggestion with its links"
                        + " (the speaker it proposes too): one undoable edit, marked source=suggest",
                Context.ANNOTATE,
                w -> w.suggestions().actions().accept(),
                key(KeyEvent.VK_ENTER, ALT));
        r.add(
                "rejectSuggestion",
                ANNOTATE,
                "Reject suggestion",
                "reject the selected suggestion: it is not offered" + " again in this article",
                Context.ANNOTATE,
                w -> w.suggestions().actions().reject(),
                key(KeyEvent.VK_DELETE, ALT),
                key(KeyEvent.VK_BACK_SPACE, ALT));
        r.add(
                "acceptAllSuggestions",
                ANNOTATE,
                "Accept all of its recommender",
                "accept every suggestion in this"
                        + " article of the selected suggestion's recommender: one undoable edit",
                Context.ANNOTATE,
                w -> w.suggestions().actions().acceptAll(),
                key(KeyEvent.VK_ENTER, ALT | SHIFT));
    }

    /** "a quote", "an event", "an entity": a layer's name as a noun with its article. */
    static String an(String layer) {
        String word = layer.toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private static List<Gesture> defaultGestures() {
        return List.of(
                new Gesture(
                        "drag, double-click",
                        "select text to mark; the selection snaps to whole tokens (a possessive"
                                + " 's and a hyphen stay outside: Russia's → Russia, US-aided → US)"),
                new Gesture("Ctrl+drag", "select without snapping, for this selection only"),
                new Gesture(
                        "click",
                        "select the annotation there; click again at the same place for the next overlapping one"),
                new Gesture(
                        "drag from the selected annotation to another",
                        "link them: a small list offers the roles valid"
                                + " between the two (with their keys); when only one is valid it is linked at once"),
                new Gesture("hover", "show the annotation's layer, label and links, and draw its arcs"));
    }

    /** The key stroke of a one-character schema key: a letter or digit, pressed without modifiers. */
    static KeyStroke keyOf(String key) {
        char c = Character.toUpperCase(key.charAt(0));
        return KeyStroke.getKeyStroke(KeyEvent.getExtendedKeyCodeForChar(c), 0);
    }

    /** A key as the menus, Help → Keys and the README write it: Ctrl+Shift+←, Ctrl+PgDn, Num 1. */
    static String text(KeyStroke k) {
        StringBuilder b = new StringBuilder();
        int m = k.getModifiers();
        if ((m & InputEvent.CTRL_DOWN_MASK) != 0) {
            b.append("Ctrl+");
        }
        if ((m & InputEvent.ALT_DOWN_MASK) != 0) {
            b.append("Alt+");
        }
        if ((m & InputEvent.SHIFT_DOWN_MASK) != 0) {
            b.append("Shift+");
        }
        if ((m & InputEvent.META_DOWN_MASK) != 0) {
            b.append("Meta+");
        }
        int c = k.getKeyCode();
        String name = switch (c) {
            case KeyEvent.VK_PAGE_DOWN -> "PgDn";
            case KeyEvent.VK_PAGE_UP -> "PgUp";
            case KeyEvent.VK_LEFT -> "←";
            case KeyEvent.VK_RIGHT -> "→";
            case KeyEvent.VK_UP -> "↑";
            case KeyEvent.VK_DOWN -> "↓";
            case KeyEvent.VK_DELETE -> "Delete";
            case KeyEvent.VK_BACK_SPACE -> "Backspace";
            case KeyEvent.VK_ESCAPE -> "Esc";
            case KeyEvent.VK_ENTER -> "Enter";
            case KeyEvent.VK_EQUALS -> "=";
            case KeyEvent.VK_MINUS -> "-";
            case KeyEvent.VK_PLUS -> "+";
            case KeyEvent.VK_ADD -> "Num +";
            case KeyEvent.VK_SUBTRACT -> "Num -";
            case KeyEvent.VK_SPACE -> "Space";
            case KeyEvent.VK_TAB -> "Tab";
            default ->
                c >= KeyEvent.VK_NUMPAD0 && c <= KeyEvent.VK_NUMPAD9
                        ? "Num " + (c - KeyEvent.VK_NUMPAD0)
                        : KeyEvent.getKeyText(c);
        };
        return b.append(name).toString();
    }

    /** Keys joined for reading: "Ctrl+Y, Ctrl+Shift+Z". */
    static String text(List<KeyStroke> keys) {
        return String.join(", ", keys.stream().map(KeyTable::text).toList());
    }

    /** The README's key table: gestures, then every action with its default keys, in menu order. */
    String markdown() {
        StringBuilder b = new StringBuilder("| key | action | menu | does |\n| --- | --- | --- | --- |\n");
        for (Gesture g : gestures) {
            b.append("| ")
                    .append(g.gesture())
                    .append(" | | | ")
                    .append(g.description())
                    .append(" |\n");
        }
        for (String menu : MENUS) {
            for (Action a : actions) {
                if (a.menu().equals(menu)) {
                    b.append("| ")
                            .append(a.keys().isEmpty() ? "" : text(a.keys()).replace("|", "\\|"))
                            .append(" | ")
                            .append(a.name())
                            .append(" | ")
                            .append(menu)
                            .append(" | ")
                            .append(a.description())
                            .append(" |\n");
                }
            }
        }
        return b.toString();
    }
}
