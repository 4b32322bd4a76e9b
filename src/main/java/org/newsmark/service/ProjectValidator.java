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
        for (String owner : owners) {
            Path dir = owner.equals(ProjectFolder.GOLD) ? project.goldDir() : project.annotatorsDir().resolve(owner);
            for (String doc : annotationFiles(dir, articles, problems)) {
                Article article = articles.get(doc);
                if (article == null) {
                    continue;
                }
                if (schema == null) {
                    continue;
                }
                AnnotationFiles.Loaded loaded = AnnotationFiles.load(project, schema, article, owner);
                Optional<AnnotationSet> moved = fix ? AnnotationFiles.relocated(loaded, article) : Optional.empty();
                if (moved.isPresent()) {
                    try {
                        project.writeAnnotations(moved.get());
                        fixed.add(project.shown(project.annotationFile(owner, doc)) + ": moved "
                                + loaded.violations().size() + " span(s) to where their text now is");
                        continue;
                    } catch (IOException e) {
                        problems.add(Problem.error(project.shown(project.annotationFile(owner, doc)), 0,
                                "cannot rewrite the file: " + e.getMessage()));
                    }
                }
                problems.addAll(loaded.problems());
            }
        }
        problems.sort(null);
        return new Report(problems, fixed);
    }

    private Map<String, Article> readArticles(List<Problem> problems) {
        Map<String, Article> articles = new LinkedHashMap<>();
        Path dir = project.articlesDir();
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.error(ProjectFolder.ARTICLES, 0, "the folder articles/ is missing"));
            return articles;
        }
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
            try {
                articles.put(doc, project.readArticle(doc));
            } catch (FormatException e) {
                problems.addAll(e.problems());
            }
        }
        return articles;
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
