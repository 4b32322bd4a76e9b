package org.newsmark.reliability;

import java.util.ArrayList;
import java.util.List;

import org.newsmark.bench.CorpusGenerator;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;

/**
 * Numbered versions of one annotator's set on one generated article, each a valid set that
 * differs from its neighbours in content and size, so a file on disk tells which version it is.
 */
final class Versions {
    static final String DOC = "news-00000";
    private final CorpusGenerator.Doc doc = CorpusGenerator.generate(7, 0, 1, 150, 5000);

    Article article() {
        return doc.article();
    }

    /** Version {@code k} of the set of {@code annotator} (or gold): the generated set with a note that says k. */
    AnnotationSet version(String annotator, long k) {
        AnnotationSet base = doc.sets().get(0);
        List<Annotation> rows = new ArrayList<>(base.annotations());
        // Sizes differ by up to 40 kB so that a torn write would show as a short or long file.
        rows.set(0, rows.get(0).withNote("version " + k + " " + "x".repeat((int) (k % 5) * 8000)));
        return new AnnotationSet(DOC, annotator, rows);
    }

    /** The version number written in a set's note, or -1. */
    static long versionOf(AnnotationSet set) {
        if (set.isEmpty()) {
            return -1;
        }
        String note = set.annotations().get(0).note();
        if (!note.startsWith("version ")) {
            return -1;
        }
        return Long.parseLong(note.substring(8).split(" ", 2)[0]);
    }
}
