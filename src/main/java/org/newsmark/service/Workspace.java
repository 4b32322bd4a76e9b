package org.newsmark.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsmark.io.LocalIdentity;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.ProjectTransaction;
import org.newsmark.io.StatusFile;
import org.newsmark.model.Article;
import org.newsmark.model.FormatException;
import org.newsmark.model.Schema;

/** A project opened by one annotator: its schema, its articles and where the annotator stands on each. */
public final class Workspace {
    /** Where an annotator stands on an article. */
    public enum Status {
        NOT_STARTED("not started"),
        IN_PROGRESS("in progress"),
        DONE("done");

        private final String text;

        Status(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** One row of the article list. */
    public record ArticleInfo(String doc, Status status, int annotations) {}

    private final ProjectFolder project;
    private final Schema schema;
    private final String annotator;

    private Workspace(ProjectFolder project, Schema schema, String annotator) {
        this.project = project;
        this.schema = schema;
        this.annotator = annotator;
    }

    /**
     * Opens a project for an annotator; a merge or adjudication that a crash left unfinished is
     * finished first (or undone, when it had not replaced any file yet).
     */
    public static Workspace open(Path folder, String annotator) throws FormatException {
        ProjectFolder project = ProjectFolder.open(folder);
        try {
            ProjectTransaction.recover(project);
        } catch (IOException e) {
            // Opening read-only still works; the next command that writes tries again and says why.
        }
        return new Workspace(project, project.readSchema(), annotator);
    }

    /** Who works in a joined clone of a team project (newsmark join), if it records it. */
    public static Optional<String> recordedAnnotator(Path folder) {
        return LocalIdentity.read(folder);
    }

    /** The same project opened by another annotator (or {@code gold}, for adjudicating). */
    public Workspace as(String otherAnnotator) {
        return new Workspace(project, schema, otherAnnotator);
    }

    /** The project folder, for the services that a workspace hands out. */
    ProjectFolder project() {
        return project;
    }

    /** The project's folder on disk. */
    public Path root() {
        return project.root();
    }

    /** Whether an annotator (or {@code gold}) has a file for an article. */
    public boolean hasAnnotations(String annotatorName, String doc) {
        return project.hasAnnotations(annotatorName, doc);
    }

    public ImportService importer() {
        return new ImportService(project);
    }

    public ScoringService scoring() {
        return new ScoringService(project);
    }

    public ProgressService progress() {
        return new ProgressService(project);
    }

    public WorkbookService workbooks() {
        return new WorkbookService(project);
    }

    /** Corpus search and consistency checks over the project. */
    public ConsistencyService consistency() {
        return new ConsistencyService(project);
    }

    /** A suggestion service for this project, to be closed with the window that uses it. */
    public SuggestionService suggestions() {
        return new SuggestionService(project, true);
    }

    /** The suggestions each annotator rejected, per article. */
    public RejectedSuggestions rejectedSuggestions() {
        return new RejectedSuggestions(project);
    }

    /** The annotators' spans that gold does not have yet, for adjudicating an article. */
    public Adjudication adjudication(Article article) throws IOException {
        return Adjudication.load(project, schema, article);
    }

    public Schema schema() {
        return schema;
    }

    public String annotator() {
        return annotator;
    }

    public List<String> articleIds() throws IOException {
        return project.articleIds();
    }

    public List<ArticleInfo> articles() throws IOException {
        Map<String, String> status = StatusFile.read(project, annotator);
        List<ArticleInfo> out = new ArrayList<>();
        for (String doc : project.articleIds()) {
            out.add(info(doc, status));
        }
        return out;
    }

    public ArticleInfo info(String doc) {
        return info(doc, StatusFile.read(project, annotator));
    }

    private ArticleInfo info(String doc, Map<String, String> status) {
        int count = 0;
        boolean exists = project.hasAnnotations(annotator, doc);
        if (exists) {
            try {
                count = project.readAnnotationRows(annotator, doc).annotations().size();
            } catch (FormatException e) {
                count = 0;
            }
        }
        Status s = StatusFile.DONE.equals(status.get(doc))
                ? Status.DONE
                : exists ? Status.IN_PROGRESS : Status.NOT_STARTED;
        return new ArticleInfo(doc, s, count);
    }

    public Article article(String doc) throws FormatException {
        return project.readArticle(doc);
    }

    public AnnotationSession openSession(Article article) {
        return AnnotationSession.open(project, schema, article, annotator);
    }

    /** Marks an article done, or reopens it. */
    public void setDone(String doc, boolean done) throws IOException {
        Map<String, String> status = new LinkedHashMap<>(StatusFile.read(project, annotator));
        if (done) {
            status.put(doc, StatusFile.DONE);
        } else {
            status.remove(doc);
        }
        StatusFile.write(project, annotator, status);
    }
}
