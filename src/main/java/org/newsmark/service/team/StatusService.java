package org.newsmark.service.team;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.newsmark.io.AssignmentsFile;
import org.newsmark.io.AssignmentsFile.Assignment;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.StatusFile;
import org.newsmark.io.TeamFile;
import org.newsmark.model.FormatException;

/**
 * {@code newsmark status}: where each annotator stands on their articles (the assigned ones when
 * assignments.csv exists, else every article) and who is done with each article, from the files
 * this clone holds (sync first to see everybody's latest). The last sync of an annotator is the
 * time of their latest commit in this clone's history.
 */
public final class StatusService {
    static {
        ProjectRepository.prepareLibrary();
    }

    /** One annotator's counts; last sync empty when this clone has no commit of theirs. */
    public record AnnotatorRow(
            String annotator, int assigned, int notStarted, int inProgress, int done, Optional<Instant> lastSync) {}

    /** One article: who it is assigned to, and who is done with it, in progress, not started. */
    public record ArticleRow(
            String doc, List<String> assigned, List<String> done, List<String> inProgress, List<String> notStarted) {}

    /** The status of a project. */
    public record Result(List<AnnotatorRow> annotators, List<ArticleRow> articles) {}

    public Result status(Path project) throws TeamException {
        ProjectFolder folder = AssignService.open(project);
        try {
            List<String> articles = folder.articleIds();
            List<Assignment> assignments = AssignmentsFile.read(folder.root());
            boolean assigned = AssignmentsFile.exists(folder.root());
            TreeSet<String> names = new TreeSet<>(folder.annotators());
            for (TeamFile.Member m : TeamFile.read(folder.root())) {
                if (m.role() == TeamFile.Role.ANNOTATOR) {
                    names.add(m.name());
                }
            }
            assignments.forEach(a -> names.add(a.annotator()));
            Map<String, Optional<Instant>> lastSync = lastCommits(folder.root());
            Map<String, List<String>> perArticle = new HashMap<>();
            List<AnnotatorRow> rows = new ArrayList<>();
            Map<String, Map<String, String>> states = new HashMap<>();
            for (String name : names) {
                List<String> docs = assigned
                        ? assignments.stream()
                                .filter(a -> a.annotator().equals(name))
                                .map(Assignment::doc)
                                .filter(articles::contains)
                                .distinct()
                                .sorted()
                                .toList()
                        : articles;
                Map<String, String> status = StatusFile.read(folder, name);
                int[] counts = new int[3];
                Map<String, String> mine = new HashMap<>();
                for (String doc : docs) {
                    String state = StatusFile.DONE.equals(status.get(doc))
                            ? "done"
                            : folder.hasAnnotations(name, doc) ? "in_progress" : "not_started";
                    counts[state.equals("done") ? 2 : state.equals("in_progress") ? 1 : 0]++;
                    mine.put(doc, state);
                    perArticle.computeIfAbsent(doc, d -> new ArrayList<>()).add(name);
                }
                states.put(name, mine);
                rows.add(new AnnotatorRow(
                        name,
                        docs.size(),
                        counts[0],
                        counts[1],
                        counts[2],
                        lastSync.getOrDefault(name, Optional.empty())));
            }
            List<ArticleRow> byArticle = new ArrayList<>();
            for (String doc : articles) {
                List<String> who = perArticle.getOrDefault(doc, List.of());
                byArticle.add(new ArticleRow(
                        doc,
                        who,
                        with(who, states, doc, "done"),
                        with(who, states, doc, "in_progress"),
                        with(who, states, doc, "not_started")));
            }
            return new Result(rows, byArticle);
        } catch (FormatException e) {
            throw new TeamException(TeamException.Kind.BAD_REQUEST, e.getMessage());
        } catch (IOException e) {
            throw new TeamException(TeamException.Kind.FAILED, "cannot read " + folder.root() + ": " + e.getMessage());
        }
    }

    private static List<String> with(
            List<String> who, Map<String, Map<String, String>> states, String doc, String state) {
        return who.stream().filter(n -> state.equals(states.get(n).get(doc))).toList();
    }

    /** Each author's latest commit time in the clone's history; nothing when the project is not a repository. */
    private static Map<String, Optional<Instant>> lastCommits(Path root) throws IOException {
        Map<String, Optional<Instant>> out = new HashMap<>();
        if (!ProjectRepository.exists(root)) {
            return out;
        }
        try (ProjectRepository clone = ProjectRepository.open(root);
                RevWalk walk = new RevWalk(clone.repo())) {
            ObjectId head = clone.head();
            if (head == null) {
                return out;
            }
            walk.markStart(walk.parseCommit(head));
            for (RevCommit c : walk) {
                Instant when = c.getAuthorIdent().getWhenAsInstant();
                out.merge(
                        c.getAuthorIdent().getName(),
                        Optional.of(when),
                        (a, b) -> a.get().isAfter(b.get()) ? a : b);
            }
        } catch (TeamException e) {
            return out;
        }
        return out;
    }
}
