package org.newsmark.service.team;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.newsmark.io.AssignmentsFile;
import org.newsmark.io.AssignmentsFile.Assignment;
import org.newsmark.io.LocalIdentity;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.TeamFile;
import org.newsmark.model.FormatException;
import org.newsmark.model.Names;

/**
 * {@code newsmark assign} (a lead's): gives each article to K annotators so that every pair of
 * annotators shares about the same number of articles ({@link BlockDesign}), writes
 * assignments.csv (rows of other articles are kept) and adds new annotators to team.csv. The
 * lead's next sync shares both.
 */
public final class AssignService {
    /** What to assign: annotators, how many per article, which articles (empty: all), the seed. */
    public record Request(List<String> annotators, int perArticle, List<String> docs, long seed) {}

    /**
     * The assignments of the chosen articles, the annotators in the order of the overlap matrix,
     * the matrix (cell i,j: articles both have; diagonal: articles each has), how the design was
     * made and whether it is exactly balanced, and the annotators added to team.csv.
     */
    public record Result(
            List<Assignment> assignments,
            List<String> annotators,
            List<List<Integer>> overlap,
            String design,
            boolean balanced,
            List<String> addedToTeam) {}

    public Result assign(Path project, Request request) throws TeamException {
        ProjectFolder folder = open(project);
        Path root = folder.root();
        List<String> names = checkAnnotators(request.annotators());
        int k = request.perArticle();
        if (k < 1 || k > names.size()) {
            throw bad("--per-article must be between 1 and the number of annotators (" + names.size() + "), not " + k);
        }
        try {
            List<TeamFile.Member> team = new ArrayList<>(TeamFile.read(root));
            refuseNonLead(root, team);
            List<String> docs = docs(folder, request.docs());
            BlockDesign.Design design = BlockDesign.build(names.size(), k, docs.size(), request.seed());
            List<Assignment> chosen = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                for (int a : design.blocks().get(i)) {
                    chosen.add(new Assignment(docs.get(i), names.get(a)));
                }
            }
            List<Assignment> all = new ArrayList<>(AssignmentsFile.read(root));
            Set<String> redone = Set.copyOf(docs);
            all.removeIf(a -> redone.contains(a.doc()));
            all.addAll(chosen);
            List<String> added = new ArrayList<>();
            for (String name : names) {
                if (TeamFile.roleOf(team, name).isEmpty()) {
                    team.add(new TeamFile.Member(name, TeamFile.Role.ANNOTATOR));
                    added.add(name);
                }
            }
            AssignmentsFile.write(root, all);
            if (!added.isEmpty()) {
                TeamFile.write(root, team);
            }
            return new Result(
                    List.copyOf(chosen), names, overlap(names, chosen), design.description(), design.balanced(), added);
        } catch (FormatException e) {
            throw bad(e.getMessage());
        } catch (IOException e) {
            throw new TeamException(TeamException.Kind.FAILED, "cannot write the assignments: " + e.getMessage());
        }
    }

    static ProjectFolder open(Path project) throws TeamException {
        try {
            return ProjectFolder.open(project);
        } catch (FormatException e) {
            throw bad(e.getMessage());
        }
    }

    private static List<String> checkAnnotators(List<String> given) throws TeamException {
        Set<String> names = new LinkedHashSet<>();
        for (String name : given) {
            String problem = Names.annotatorProblem(name);
            if (problem != null) {
                throw bad("bad annotator name: " + problem);
            }
            if (!names.add(name)) {
                throw bad(name + " is named twice in --annotators");
            }
        }
        if (names.isEmpty()) {
            throw bad("name the annotators with --annotators a,b,c");
        }
        return List.copyOf(names);
    }

    /** In a clone, only a lead assigns: an annotator's sync would refuse to share the file anyway. */
    private static void refuseNonLead(Path root, List<TeamFile.Member> team) throws TeamException {
        Optional<String> me = LocalIdentity.read(root);
        if (me.isPresent()
                && TeamFile.roleOf(team, me.get())
                        .filter(r -> r == TeamFile.Role.LEAD)
                        .isEmpty()) {
            throw bad("only a lead assigns articles, and " + me.get() + " is not a lead in " + TeamFile.NAME);
        }
    }

    private static List<String> docs(ProjectFolder folder, List<String> given) throws IOException, TeamException {
        List<String> all = folder.articleIds();
        if (given.isEmpty()) {
            if (all.isEmpty()) {
                throw bad("the project has no articles to assign");
            }
            return all;
        }
        List<String> out = new ArrayList<>();
        for (String doc : given) {
            if (!all.contains(doc)) {
                throw bad("no article " + doc + " in " + folder.root());
            }
            if (!out.contains(doc)) {
                out.add(doc);
            }
        }
        out.sort(null);
        return out;
    }

    /** Cell i,j: the articles annotators i and j both have (the diagonal: each one's articles). */
    static List<List<Integer>> overlap(List<String> names, List<Assignment> assignments) {
        int n = names.size();
        int[][] m = new int[n][n];
        Map<String, List<Integer>> byDoc = new TreeMap<>();
        for (Assignment a : assignments) {
            byDoc.computeIfAbsent(a.doc(), d -> new ArrayList<>()).add(names.indexOf(a.annotator()));
        }
        for (List<Integer> group : byDoc.values()) {
            for (int i : group) {
                for (int j : group) {
                    m[i][j]++;
                }
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int[] row : m) {
            out.add(Arrays.stream(row).boxed().toList());
        }
        return out;
    }

    private static TeamException bad(String message) {
        return new TeamException(TeamException.Kind.BAD_REQUEST, message);
    }
}
