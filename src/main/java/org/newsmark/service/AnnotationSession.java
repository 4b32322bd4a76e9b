package org.newsmark.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.newsmark.io.AnnotatorLock;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.ProjectPaths;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationRules;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Edit;
import org.newsmark.model.EditHistory;
import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;
import org.newsmark.model.Violation;

/**
 * One annotator working on one article: the edit history, the lock on the file, and saving that
 * never loses work. Every change is saved atomically within {@link #SAVE_DELAY_MS} ms on a
 * background thread; a failed save keeps the edits in memory, is reported and retried; a file
 * changed on disk by another program is never overwritten without the user's word; a file with
 * problems, or one already open elsewhere, is opened read-only. Offsets are only ever written
 * against the article as it is on disk: when another program edited the article, saving stops,
 * and overwriting first moves every span onto the new text (or refuses, saying which span it
 * cannot find).
 */
public final class AnnotationSession implements AutoCloseable {
    /** Longest time between an edit and the start of its save. */
    public static final long SAVE_DELAY_MS = 400;
    /** Pause before a failed save is tried again. */
    public static final long RETRY_MS = 3000;

    /** What the session tells its front; called on the saving thread. */
    public interface Listener {
        void saveState(SaveState state);
    }

    /** Where saving stands: saved (with the time), saving, failed (with why), or in conflict. */
    public record SaveState(Kind kind, String message, boolean dirty) {
        public enum Kind {
            SAVED,
            SAVING,
            FAILED,
            CONFLICT,
            READ_ONLY
        }
    }

    /**
     * The answer to "overwrite with my edits": started (and whether the session now shows an
     * edited article, its spans moved onto the new text), or refused with the reason.
     */
    public record Overwrite(boolean started, boolean articleReplaced, String message) {}

    private final ProjectFolder project;
    private final Schema schema;
    private volatile Article article;
    private final String annotator;
    private final Path file;
    private final EditHistory history;
    private final List<Problem> problems;
    private final String readOnlyReason;
    private final AnnotatorLock lock;
    private final ScheduledExecutorService saver;
    private final Object saveLock = new Object();
    private volatile Listener listener = s -> {};

    private volatile AnnotationSet pending;
    private volatile long pendingVersion;
    private volatile long savedVersion;
    private volatile byte[] knownDigest;
    private volatile boolean overwriteOnce;
    private volatile SaveState state;
    private volatile boolean closed;
    private ScheduledFuture<?> scheduled;

    private AnnotationSession(
            ProjectFolder project,
            Schema schema,
            Article article,
            String annotator,
            AnnotationFiles.Loaded loaded,
            AnnotatorLock lock,
            String readOnlyReason) {
        this.project = project;
        this.schema = schema;
        this.article = article;
        this.annotator = annotator;
        this.file = project.annotationFile(annotator, article.id());
        this.history = new EditHistory(loaded.set());
        this.problems = loaded.problems();
        this.lock = lock;
        this.readOnlyReason = readOnlyReason;
        this.knownDigest = digestOfFile(file);
        this.pending = loaded.set();
        this.saver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsmark-save-" + article.id());
            t.setDaemon(true);
            return t;
        });
        this.state = readOnlyReason != null
                ? new SaveState(SaveState.Kind.READ_ONLY, readOnlyReason, false)
                : new SaveState(
                        SaveState.Kind.SAVED, loaded.exists() ? "all changes saved" : "no annotations yet", false);
        history.addListener(this::changed);
    }

    /** Opens an article for an annotator: read-only when the file has problems or is open elsewhere. */
    public static AnnotationSession open(ProjectFolder project, Schema schema, Article article, String annotator) {
        AnnotationFiles.Loaded loaded = AnnotationFiles.load(project, schema, article, annotator);
        if (!loaded.clean()) {
            return readOnly(
                    project,
                    schema,
                    article,
                    annotator,
                    loaded,
                    "the file has " + loaded.problems().size()
                            + " problem(s); it is shown read-only and never overwritten");
        }
        Path file = project.annotationFile(annotator, article.id());
        Optional<ProjectPaths.Refusal> refused = project.paths().refusal(file);
        if (refused.isPresent()) {
            return readOnly(
                    project,
                    schema,
                    article,
                    annotator,
                    loaded,
                    "refused: " + refused.get().message() + "; shown read-only");
        }
        try {
            AnnotatorLock.Attempt attempt = AnnotatorLock.acquire(file);
            if (attempt.lock().isEmpty()) {
                String who = attempt.heldBy().map(Object::toString).orElse("another window");
                return readOnly(
                        project, schema, article, annotator, loaded, "already open (" + who + "); shown read-only");
            }
            return new AnnotationSession(
                    project, schema, article, annotator, loaded, attempt.lock().get(), null);
        } catch (IOException e) {
            return readOnly(
                    project,
                    schema,
                    article,
                    annotator,
                    loaded,
                    "cannot lock the file (" + e.getMessage() + "); shown read-only");
        }
    }

    /** A session that shows the file and never writes it, with the reason. */
    private static AnnotationSession readOnly(
            ProjectFolder project,
            Schema schema,
            Article article,
            String annotator,
            AnnotationFiles.Loaded loaded,
            String reason) {
        return new AnnotationSession(project, schema, article, annotator, loaded, null, reason);
    }

    public void setListener(Listener listener) {
        this.listener = listener;
        listener.saveState(state);
    }

    public Article article() {
        return article;
    }

    public Schema schema() {
        return schema;
    }

    public String annotator() {
        return annotator;
    }

    public ProjectFolder project() {
        return project;
    }

    public EditHistory history() {
        return history;
    }

    public AnnotationSet current() {
        return history.current();
    }

    /** The problems of the file when it was opened (why it is read-only). */
    public List<Problem> problems() {
        return problems;
    }

    public boolean readOnly() {
        return readOnlyReason != null;
    }

    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    public SaveState state() {
        return state;
    }

    /** Whether there are edits not yet on disk. */
    public boolean dirty() {
        return savedVersion != history.version();
    }

    /** Applies an edit (refused when read-only). */
    public AnnotationSet apply(Edit edit) {
        if (readOnly()) {
            throw new IllegalStateException(readOnlyReason);
        }
        return history.apply(edit);
    }

    public void undo() {
        if (!readOnly() && history.canUndo()) {
            history.undo();
        }
    }

    public void redo() {
        if (!readOnly() && history.canRedo()) {
            history.redo();
        }
    }

    private void changed(AnnotationSet set) {
        pending = set;
        pendingVersion = history.version();
        synchronized (saveLock) {
            if (scheduled == null || scheduled.isDone()) {
                scheduled = saver.schedule(this::saveNow, SAVE_DELAY_MS, TimeUnit.MILLISECONDS);
            }
        }
        report(new SaveState(SaveState.Kind.SAVING, "unsaved changes", true));
    }

    /**
     * The user chose to overwrite a file that another program changed. The article is read again
     * first: when it was edited, every span is moved onto the new text (where its text now is,
     * found exactly once near its old place, as {@code validate --fix} does) and the history
     * starts again from there; when a span cannot be found, nothing is written and the answer
     * says which.
     */
    public synchronized Overwrite overwriteExternalChange() {
        Article onDisk;
        try {
            onDisk = project.readArticle(article.id());
        } catch (FormatException e) {
            return new Overwrite(false, false, "not saved: the article cannot be read (" + e.getMessage() + ")");
        }
        boolean replaced = false;
        if (!onDisk.text().equals(article.text())) {
            List<String> lost = new ArrayList<>();
            AnnotationSet moved = reanchor(history.current(), onDisk, lost);
            if (!lost.isEmpty()) {
                return new Overwrite(
                        false,
                        false,
                        "not saved: the article was edited and " + String.join(", ", lost)
                                + (lost.size() == 1 ? " is" : " are")
                                + " no longer in it near the old place; reload from disk,"
                                + " or keep your edits in memory and mark them again");
            }
            article = onDisk;
            pending = moved;
            history.restart(moved);
            replaced = true;
        }
        overwriteOnce = true;
        saver.execute(this::saveNow);
        return new Overwrite(
                true,
                replaced,
                replaced
                        ? "the article was edited on disk: your annotations were moved" + " onto the new text and saved"
                        : "overwriting with your edits");
    }

    /** The set with every span moved onto the edited article; spans that cannot be found are named in {@code lost}. */
    static AnnotationSet reanchor(AnnotationSet set, Article edited, List<String> lost) {
        List<Annotation> out = new ArrayList<>(set.size());
        for (Annotation a : set.annotations()) {
            boolean inside = a.end() <= edited.length();
            if (inside && edited.slice(a.start(), a.end()).equals(a.text())) {
                out.add(a);
                continue;
            }
            Optional<Violation.Relocation> r = AnnotationRules.relocate(edited, a);
            if (r.isPresent()) {
                out.add(a.withBounds(r.get().start(), r.get().end(), a.text()));
            } else if (lost.size() < 5) {
                lost.add(a.id() + " “" + (a.text().length() > 30 ? a.text().substring(0, 27) + "…" : a.text()) + "”");
            } else if (lost.size() == 5) {
                lost.add("more");
            }
        }
        return set.withAnnotations(out);
    }

    /** Saves now, on the caller's thread; true when everything is on disk. */
    public boolean flush() {
        if (readOnly()) {
            return true;
        }
        try {
            return saver.submit(this::saveNow).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /** Synchronized with {@link #overwriteExternalChange}, so that a set is never written against an article it was not made on. */
    private synchronized boolean saveNow() {
        AnnotationSet set = pending;
        long version = pendingVersion;
        if (version == savedVersion) {
            return true;
        }
        report(new SaveState(SaveState.Kind.SAVING, "saving…", true));
        try {
            byte[] onDisk = digestOfFile(file);
            // A file that cannot be read at all (a broken folder) is no sign of another program: let the write report
            // it.
            if (!overwriteOnce && onDisk != null && !Arrays.equals(onDisk, knownDigest)) {
                report(new SaveState(
                        SaveState.Kind.CONFLICT,
                        project.shown(file)
                                + " was changed or deleted by another program; not overwritten (your edits are kept in memory)",
                        true));
                return false;
            }
            if (!overwriteOnce && !articleUnchanged()) {
                report(new SaveState(
                        SaveState.Kind.CONFLICT,
                        project.shown(project.articleFile(article.id()))
                                + " was edited by another program since it was opened; " + project.shown(file)
                                + " not saved (your edits are kept in memory)",
                        true));
                return false;
            }
            String content = project.writeAnnotations(set);
            overwriteOnce = false;
            knownDigest = digest(content.getBytes(StandardCharsets.UTF_8));
            savedVersion = version;
            boolean stillDirty = savedVersion != pendingVersion;
            report(new SaveState(
                    stillDirty ? SaveState.Kind.SAVING : SaveState.Kind.SAVED,
                    "saved " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
                    stillDirty));
            if (stillDirty) {
                saver.schedule(this::saveNow, SAVE_DELAY_MS, TimeUnit.MILLISECONDS);
            }
            return !stillDirty;
        } catch (IOException | RuntimeException e) {
            report(new SaveState(
                    SaveState.Kind.FAILED,
                    "cannot save " + project.shown(file) + ": " + describe(e)
                            + " — your edits are kept in memory; retrying",
                    true));
            if (!saver.isShutdown()) {
                saver.schedule(this::saveNow, RETRY_MS, TimeUnit.MILLISECONDS);
            }
            return false;
        }
    }

    /** Whether the article on disk is still the text the edits were made on. */
    private boolean articleUnchanged() {
        try {
            return project.readArticle(article.id()).text().equals(article.text());
        } catch (FormatException e) {
            return false;
        }
    }

    private void report(SaveState s) {
        state = s;
        if (!closed) {
            listener.saveState(s);
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + " (" + fse.getFile() + ")";
        }
        return m == null ? kind : kind + ": " + m;
    }

    private static byte[] digestOfFile(Path file) {
        try {
            return digest(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return new byte[0];
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Saves what is unsaved, then releases the lock. */
    @Override
    public void close() {
        flush();
        closed = true;
        saver.shutdownNow();
        if (lock != null) {
            lock.close();
        }
    }
}
