package org.newsmark.ui;

import java.awt.Rectangle;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the annotator remembers between runs (java.util.prefs): who annotates, the last project
 * and article, the window layout, the theme and the text size. Tests use their own node
 * ({@code -Dnewsmark.prefs=NODE}) so that they never see a developer's settings.
 */
public final class Prefs {
    private final Preferences node;

    public Prefs(Preferences node) {
        this.node = node;
    }

    public static Prefs user() {
        return new Prefs(Preferences.userRoot().node(System.getProperty("newsmark.prefs", "org/newsmark")));
    }

    public Optional<String> annotator() {
        return Optional.ofNullable(node.get("annotator", null));
    }

    public void annotator(String name) {
        node.put("annotator", name);
    }

    public Optional<String> lastProject() {
        return Optional.ofNullable(node.get("project", null));
    }

    public void lastProject(String path) {
        node.put("project", path);
    }

    public Optional<String> lastArticle(String project) {
        return Optional.ofNullable(node.get("article." + Integer.toHexString(project.hashCode()), null));
    }

    public void lastArticle(String project, String doc) {
        node.put("article." + Integer.toHexString(project.hashCode()), doc);
    }

    public Optional<Rectangle> bounds() {
        String s = node.get("bounds", null);
        if (s == null) {
            return Optional.empty();
        }
        try {
            String[] p = s.split(",");
            return Optional.of(new Rectangle(
                    Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public void bounds(Rectangle r) {
        node.put("bounds", r.x + "," + r.y + "," + r.width + "," + r.height);
    }

    public int divider(String name, int fallback) {
        return node.getInt("divider." + name, fallback);
    }

    public void saveDivider(String name, int value) {
        node.putInt("divider." + name, value);
    }

    public boolean dark() {
        return node.getBoolean("dark", false);
    }

    public void dark(boolean dark) {
        node.putBoolean("dark", dark);
    }

    public float fontSize() {
        return node.getFloat("fontSize", 15f);
    }

    public void fontSize(float size) {
        node.putFloat("fontSize", size);
    }

    /** Whether marking an article done syncs it with the team (a shared project only). */
    public boolean syncOnDone() {
        return node.getBoolean("syncOnDone", false);
    }

    public void syncOnDone(boolean on) {
        node.putBoolean("syncOnDone", on);
    }

    /** Whether closing the window syncs with the team first (a shared project only). */
    public boolean syncOnExit() {
        return node.getBoolean("syncOnExit", false);
    }

    public void syncOnExit(boolean on) {
        node.putBoolean("syncOnExit", on);
    }

    public boolean snapToWords() {
        return node.getBoolean("snap", true);
    }

    public void snapToWords(boolean snap) {
        node.putBoolean("snap", snap);
    }

    /** Whether the text shows suggestions (View → Show suggestions). */
    public boolean showSuggestions() {
        return node.getBoolean("suggestions", true);
    }

    public void showSuggestions(boolean on) {
        node.putBoolean("suggestions", on);
    }

    /** The key a user chose for an action (as {@code KeyStroke.toString()} writes it), if any. */
    public Optional<String> key(String action) {
        return Optional.ofNullable(node.get("key." + action, null));
    }

    public void key(String action, String keyStroke) {
        node.put("key." + action, keyStroke);
    }

    /** Forgets every key the user chose: the table's keys apply again. */
    public void clearKeys() {
        try {
            for (String k : node.keys()) {
                if (k.startsWith("key.")) {
                    node.remove(k);
                }
            }
        } catch (BackingStoreException e) {
            // the keys stay as they are; nothing else is lost
        }
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience; losing them loses no annotation.
        }
    }
}
