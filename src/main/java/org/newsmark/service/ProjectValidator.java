package org.newsmark.service;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsmark.io.AnnotationCsv;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.ProjectPaths;
import org.newsmark.io.ProjectTransaction;
import org.newsmark.io.StatusFile;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.FormatException;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;

/**
 * Checks a whole project: the schema, every article, every annotation file of every annotator
 * and of gold, the names of files and folders, symbolic links (a project holds none: each is
 * reported where it is, and nothing is read through it), and a merge or adjudication that a crash
 * left unfinished. Temporary files of interrupted saves are passed over. With {@code fix}, files
 * whose only problem is text that moved after an article was edited are rewritten with the new
 * offsets, all together as one transaction.
 */
public final class ProjectValidator {

    /** What validation found, sorted by path and line, and the files it rewrote. */
    public record Report(List<Problem> problems, List<String> fixed) {
        public boolean clean() {
            return problems.isEmpty();
        }
    }

    private final ProjectFolder project;

    public ProjectValidator(ProjectFolder project) {
        this.project = project;
    }

    public Report validate(boolean fix) {
        List<Problem> problems = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        ProjectTransaction.pending(project).ifPresent(problems::add);
        isLink(project.root().resolve(ProjectPaths.STATE), problems);
        Schema schema = null;
        try {
            schema = project.readSchema();
        } catch (FormatException e) {
            problems.addAll(e.problems());
        }
        Map<String, Article> articles = readArticles(problems);
        List<String> owners = new ArrayList<>();
        scanAnnotatorFolders(owners, problems);
        if (Files.isDirectory(project.goldDir()) && !isLink(project.goldDir(), problems)) {
            owners.add(ProjectFolder.GOLD);
        }
        List<FileCheck> checks = new ArrayList<>();
        for (String owner : owners) {
            Path dir = owner.equals(ProjectFolder.GOLD)
                    ? project.goldDir()
                    : project.annotatorsDir().resolve(owner);
            for (String doc : annotationFiles(dir, articles, problems)) {
                Article article = articles.get(doc);
                if (article != null && schema != null) {
                    checks.add(new FileCheck(owner, article));
                }
            }
        }
        Schema checkedSchema = schema;
        // Files are read and checked in parallel (that is nearly all the time); each keeps only what
        // the report needs, and the fixes are written afterwards as one transaction.
        List<Checked> results =
                checks.parallelStream().map(c -> check(checkedSchema, c, fix)).toList();
        List<Checked> toFix = new ArrayList<>();
        for (Checked checked : results) {
            if (checked.moved().isPresent()) {
                toFix.add(checked);
            } else {
                problems.addAll(checked.problems());
            }
        }
        rewrite(toFix, fixed, problems);
        problems.sort(null);
        return new Report(problems, fixed);
    }

    /** An annotation file to check: whose, and of which article. */
    private record FileCheck(String owner, Article article) {}

    /** What checking a file found: its problems, and the set with moved spans relocated when that fixes it. */
    private record Checked(List<Problem> problems, Optional<AnnotationSet> moved, int violations) {}

    private Checked check(Schema schema, FileCheck file, boolean fix) {
        AnnotationFiles.Loaded loaded = AnnotationFiles.load(project, schema, file.article(), file.owner());
        Optional<AnnotationSet> moved = fix ? AnnotationFiles.relocated(loaded, file.article()) : Optional.empty();
        return new Checked(loaded.problems(), moved, loaded.violations().size());
    }

    /** Writes the relocated files as one transaction; when that fails, their problems stand, with why. */
    private void rewrite(List<Checked> checked, List<String> fixed, List<Problem> problems) {
        if (checked.isEmpty()) {
            return;
        }
        List<AnnotationSet> sets =
                checked.stream().map(c -> c.moved().orElseThrow()).toList();
        try (ProjectTransaction tx = ProjectTransaction.begin(project, "validate --fix")) {
            for (AnnotationSet set : sets) {
                tx.put(project.annotationFile(set.annotator(), set.doc()), AnnotationCsv.format(set));
            }
            tx.commit();
            for (int i = 0; i < sets.size(); i++) {
                fixed.add(project.shown(project.annotationFile(
                                sets.get(i).annotator(), sets.get(i).doc())) + ": moved "
                        + checked.get(i).violations() + " span(s) to where their text now is");
            }
        } catch (IOException e) {
            for (int i = 0; i < sets.size(); i++) {
                problems.add(Problem.error(
                        project.shown(project.annotationFile(
                                sets.get(i).annotator(), sets.get(i).doc())),
                        0,
                        "cannot rewrite the file: " + IoMessages.describe(e)));
                problems.addAll(checked.get(i).problems());
            }
        }
    }

    /** Reports a symbolic link (a project holds none) and says whether {@code path} is one. */
    private boolean isLink(Path path, List<Problem> problems) {
        if (!Files.isSymbolicLink(path)) {
            return false;
        }
        project.paths().refusal(path).ifPresent(r -> problems.add(Problem.error(r.at(), 0, r.reason())));
        return true;
    }

    private Map<String, Article> readArticles(List<Problem> problems) {
        Map<String, Article> articles = new LinkedHashMap<>();
        Path dir = project.articlesDir();
        if (isLink(dir, problems)) {
            return articles;
        }
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.error(ProjectFolder.ARTICLES, 0, "the folder articles/ is missing"));
            return articles;
        }
        List<String> docs = new ArrayList<>();
        for (Path f : list(dir, problems)) {
            String name = f.getFileName().toString();
            String shown = project.shown(f);
            if (name.startsWith(".") || isLink(f, problems)) {
                continue; // hidden: temporary files of interrupted saves and imports, the system's own files
            }
            if (!name.endsWith(".txt") || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Problem.error(shown, 0, "not an article: articles/ holds only DOC.txt files"));
                continue;
            }
            String doc = name.substring(0, name.length() - 4);
            String bad = Names.problem(doc);
            if (bad != null) {
                problems.add(Problem.error(shown, 0, "bad document id: " + bad));
                continue;
            }
            docs.add(doc);
        }
        // Read and decoded in parallel, kept in the order of the folder.
        List<ArticleRead> read = docs.parallelStream().map(this::readArticle).toList();
        for (int i = 0; i < docs.size(); i++) {
            if (read.get(i).article() != null) {
                articles.put(docs.get(i), read.get(i).article());
            } else {
                problems.addAll(read.get(i).problems());
            }
        }
        return articles;
    }

    /** An article, or the problems that kept it from being read. */
    private record ArticleRead(Article article, List<Problem> problems) {}

    private ArticleRead readArticle(String doc) {
        try {
            return new ArticleRead(project.readArticle(doc), List.of());
        } catch (FormatException e) {
            return new ArticleRead(null, e.problems());
        }
    }

    private void scanAnnotatorFolders(List<String> owners, List<Problem> problems) {
        Path dir = project.annotatorsDir();
        if (isLink(dir, problems) || !Files.isDirectory(dir)) {
            return;
        }
        for (Path d : list(dir, problems)) {
            String name = d.getFileName().toString();
            if (name.startsWith(".") || isLink(d, problems)) {
                continue;
            }
            if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(
                        Problem.error(project.shown(d), 0, "not an annotator folder: annotators/ holds only folders"));
                continue;
            }
            String bad = Names.annotatorProblem(name);
            if (bad != null) {
                problems.add(Problem.error(project.shown(d), 0, "bad annotator name: " + bad));
                continue;
            }
            owners.add(name);
        }
    }

    private List<String> annotationFiles(Path dir, Map<String, Article> articles, List<Problem> problems) {
        List<String> docs = new ArrayList<>();
        for (Path f : list(dir, problems)) {
            String name = f.getFileName().toString();
            String shown = project.shown(f);
            if (name.equals(StatusFile.NAME) || name.startsWith(".")) {
                continue; // the status file; hidden: lock files, temporary files of interrupted saves
            }
            if (isLink(f, problems)) {
                continue;
            }
            if (!name.endsWith(".csv") || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Problem.error(shown, 0, "not an annotation file: only DOC.csv files belong here"));
                continue;
            }
            String doc = name.substring(0, name.length() - 4);
            String bad = Names.problem(doc);
            if (bad != null) {
                problems.add(Problem.error(shown, 0, "bad document id: " + bad));
            } else if (!articles.containsKey(doc)) {
                if (!Files.exists(project.articleFile(doc))) {
                    problems.add(Problem.error(shown, 0, "there is no article " + doc + " (articles/" + doc + ".txt)"));
                }
            } else {
                docs.add(doc);
            }
        }
        return docs;
    }

    private List<Path> list(Path dir, List<Problem> problems) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(out::add);
        } catch (IOException e) {
            problems.add(Problem.error(project.shown(dir), 0, "cannot list the folder: " + IoMessages.describe(e)));
        }
        out.sort(null);
        return out;
    }
}
