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
import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.StatusFile;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Names;
import org.newsmark.model.Schema;

/**
 * Checks a whole project: the schema, every article, every annotation file of every annotator
 * and of gold, and the names of files and folders. With {@code fix}, files whose only problem is
 * text that moved after an article was edited are rewritten with the new offsets.
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
        Schema schema = null;
        try {
            schema = project.readSchema();
        } catch (FormatException e) {
            problems.addAll(e.problems());
        }
        Map<String, Article> articles = readArticles(problems);
        List<String> owners = new ArrayList<>();
        scanAnnotatorFolders(owners, problems);
        if (Files.isDirectory(project.goldDir())) {
            owners.add(ProjectFolder.GOLD);
        }
        List<FileCheck> checks = new ArrayList<>();
        for (String owner : owners) {
            Path dir = owner.equals(ProjectFolder.GOLD) ? project.goldDir() : project.annotatorsDir().resolve(owner);
            for (String doc : annotationFiles(dir, articles, problems)) {
                Article article = articles.get(doc);
                if (article != null && schema != null) {
                    checks.add(new FileCheck(owner, article));
                }
            }
        }
        Schema checkedSchema = schema;
        // Files are read and checked in parallel (that is nearly all the time); each keeps only what
        // the report needs, and the fixes are written one after another, in order.
        List<Checked> results = checks.parallelStream().map(c -> check(checkedSchema, c, fix)).toList();
        for (int i = 0; i < results.size(); i++) {
            Checked checked = results.get(i);
            String shown = project.shown(project.annotationFile(checks.get(i).owner(), checks.get(i).article().id()));
            if (checked.moved().isPresent()) {
                try {
                    project.writeAnnotations(checked.moved().get());
                    fixed.add(shown + ": moved " + checked.violations() + " span(s) to where their text now is");
                    continue;
                } catch (IOException e) {
                    problems.add(Problem.error(shown, 0, "cannot rewrite the file: " + e.getMessage()));
                }
            }
            problems.addAll(checked.problems());
        }
        problems.sort(null);
        return new Report(problems, fixed);
    }

    /** An annotation file to check: whose, and of which article. */
    private record FileCheck(String owner, Article article) {
    }

    /** What checking a file found: its problems, and the set with moved spans relocated when that fixes it. */
    private record Checked(List<Problem> problems, Optional<AnnotationSet> moved, int violations) {
    }

    private Checked check(Schema schema, FileCheck file, boolean fix) {
        AnnotationFiles.Loaded loaded = AnnotationFiles.load(project, schema, file.article(), file.owner());
        Optional<AnnotationSet> moved = fix ? AnnotationFiles.relocated(loaded, file.article()) : Optional.empty();
        return new Checked(loaded.problems(), moved, loaded.violations().size());
    }

    private Map<String, Article> readArticles(List<Problem> problems) {
        Map<String, Article> articles = new LinkedHashMap<>();
        Path dir = project.articlesDir();
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.error(ProjectFolder.ARTICLES, 0, "the folder articles/ is missing"));
            return articles;
        }
        List<String> docs = new ArrayList<>();
        for (Path f : list(dir, problems)) {
            String name = f.getFileName().toString();
            String shown = project.shown(f);
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
    private record ArticleRead(Article article, List<Problem> problems) {
    }

    private ArticleRead readArticle(String doc) {
        try {
            return new ArticleRead(project.readArticle(doc), List.of());
        } catch (FormatException e) {
            return new ArticleRead(null, e.problems());
        }
    }

    private void scanAnnotatorFolders(List<String> owners, List<Problem> problems) {
        Path dir = project.annotatorsDir();
        if (!Files.isDirectory(dir)) {
            return;
        }
        for (Path d : list(dir, problems)) {
            String name = d.getFileName().toString();
            if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Problem.error(project.shown(d), 0, "not an annotator folder: annotators/ holds only folders"));
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
            if (name.equals(StatusFile.NAME)) {
                continue;
            }
            if (!name.endsWith(".csv") || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                if (!name.startsWith(".")) {
                    problems.add(Problem.error(shown, 0, "not an annotation file: only DOC.csv files belong here"));
                }
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
            problems.add(Problem.error(project.shown(dir), 0, "cannot list the folder: " + e.getMessage()));
        }
        out.sort(null);
        return out;
    }
}
