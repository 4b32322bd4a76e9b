package org.newsmark.ui;

import java.util.Locale;

/** Layer names as people read them: ENTITY becomes "Entities". */
final class Layers {
    private Layers() {}

    static String plural(String layer) {
        String word = layer.charAt(0) + layer.substring(1).toLowerCase(Locale.ROOT);
        if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }
}
