package org.newsmark.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.newsmark.io.ProjectFolder;
import org.newsmark.io.RejectionsFile;
import org.newsmark.suggest.Suggester;

/**
 * The suggestions each annotator rejected, per article, kept in
 * {@code .newsmark/suggest-rejected/NAME.csv} ({@link RejectionsFile}) so that a rejected
 * suggestion is not offered again in that article, also after the annotator is reopened.
 * Thread-safe: every change reads the file, adds and writes it back atomically under one lock; a
 * file with rows it cannot read is read without them and never rewritten.
 */
public final class RejectedSuggestions {
    private final ProjectFolder project;

    public RejectedSuggestions(ProjectFolder project) {
        this.project = project;
    }

    /** What the annotator rejected in the article (an unreadable file or row counts as nothing rejected). */
    public synchronized Set<Suggester.Rejection> of(String annotator, String doc) {
        Set<Suggester.Rejection> out = new LinkedHashSet<>();
        for (RejectionsFile.Row r : RejectionsFile.read(project, annotator).rows()) {
            if (r.doc().equals(doc)) {
                out.add(new Suggester.Rejection(r.layer(), r.label(), r.start(), r.end()));
            }
        }
        return out;
    }

    /** Records rejections of the annotator in the article; those recorded already stay once. */
    public synchronized void add(String annotator, String doc, Collection<Suggester.Rejection> rejected)
            throws IOException {
        RejectionsFile.Parsed parsed = RejectionsFile.read(project, annotator);
        if (!parsed.problems().isEmpty()) {
            // Rewriting would drop the rows it cannot read: the file is left for a person to mend.
            throw new IOException(parsed.problems().get(0) + " (the file is left as it is)");
        }
        Set<RejectionsFile.Row> rows = new LinkedHashSet<>(parsed.rows());
        boolean changed = false;
        for (Suggester.Rejection r : rejected) {
            changed |= rows.add(new RejectionsFile.Row(doc, r.layer(), r.label(), r.start(), r.end()));
        }
        if (changed) {
            RejectionsFile.write(project, annotator, new ArrayList<>(rows));
        }
    }

    /** Forgets what the annotator rejected in the article. */
    public synchronized void clear(String annotator, String doc) throws IOException {
        RejectionsFile.Parsed parsed = RejectionsFile.read(project, annotator);
        if (!parsed.problems().isEmpty()) {
            throw new IOException(parsed.problems().get(0) + " (the file is left as it is)");
        }
        List<RejectionsFile.Row> rows = new ArrayList<>(parsed.rows());
        if (rows.removeIf(r -> r.doc().equals(doc))) {
            RejectionsFile.write(project, annotator, rows);
        }
    }
}
