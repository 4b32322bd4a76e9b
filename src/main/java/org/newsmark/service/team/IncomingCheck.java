package org.newsmark.service.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.newsmark.io.TeamFile;
import org.newsmark.model.FormatException;

/**
 * Checks every commit that is about to come into a clone, before anything of it is checked out:
 * no symbolic link or submodule, no path outside the project's layout, and no change to a file its
 * author may not write (another annotator's folder; for an annotator, anything but their own
 * folder). The author's role is read from team.csv as it stood before the commit, so no commit can
 * make its own author a lead. A merge commit answers for what it adds: a path where it differs from
 * what merging its parents cleanly gives.
 */
final class IncomingCheck {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
    private static final int MAX_LINES = 20;

    private final Repository repo;
    private final Map<ObjectId, List<TeamFile.Member>> teams = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> files = new ArrayList<>();

    IncomingCheck(Repository repo) {
        this.repo = repo;
    }

    /** Refuses the commits reachable from {@code theirs} and not from {@code ours} (null: none) if any breaks a rule. */
    void commits(ObjectId ours, ObjectId theirs) throws IOException, TeamException {
        try (RevWalk walk = new RevWalk(repo)) {
            walk.markStart(walk.parseCommit(theirs));
            if (ours != null) {
                walk.markUninteresting(walk.parseCommit(ours));
            }
            for (RevCommit c : walk) {
                check(walk, c, ours != null);
            }
        }
        if (!problems.isEmpty()) {
            throw refusal(
                    "The remote holds commits that break the project's rules; nothing of them was merged or checked out:",
                    "A lead must set the remote's history back to before these commits (with git: reset the branch and"
                            + " push with --force); until then no clone can take them in.");
        }
    }

    /** Refuses a tree (what a join checks out) that holds a link, a submodule or a path outside the layout. */
    void tree(ObjectId tree) throws IOException, TeamException {
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            while (walk.next()) {
                String problem = modeProblem(walk.getFileMode(0));
                if (problem == null && PathRules.classify(walk.getPathString()).isEmpty()) {
                    problem = "has no place in a Newsmark project (see README, \"The project folder\")";
                }
                if (problem != null) {
                    add(walk.getPathString() + " " + problem, walk.getPathString());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw refusal(
                    "The remote's project holds files that are never checked out; nothing was written:",
                    "A lead must remove them from the remote.");
        }
    }

    private TeamException refusal(String head, String advice) {
        StringBuilder b = new StringBuilder(head);
        problems.stream().limit(MAX_LINES).forEach(p -> b.append("\n  ").append(p));
        if (problems.size() > MAX_LINES) {
            b.append("\n  ... and ").append(problems.size() - MAX_LINES).append(" more");
        }
        b.append('\n').append(advice);
        return new TeamException(TeamException.Kind.INCOMING_REFUSED, b.toString(), files);
    }

    private void check(RevWalk walk, RevCommit c, boolean hasBase) throws IOException {
        String who = c.getAuthorIdent().getName();
        String label = "commit " + c.abbreviate(10).name() + " by " + who + " ("
                + c.getAuthorIdent().getWhenAsInstant().atZone(ZoneOffset.UTC).format(WHEN) + "): ";
        if (c.getParentCount() == 0) {
            if (hasBase) {
                add(label + "starts a history of its own, unrelated to this project", null);
            }
            return;
        }
        RevCommit first = walk.parseCommit(c.getParent(0));
        boolean lead = isLead(first.getTree(), who);
        if (c.getParentCount() == 1) {
            try (TreeWalk tw = walk(first.getTree(), c.getTree())) {
                while (tw.next()) {
                    judge(label, who, lead, tw.getPathString(), tw.getFileMode(1));
                }
            }
            return;
        }
        merge(walk, c, label, who, lead);
    }

    private void merge(RevWalk walk, RevCommit c, String label, String who, boolean lead) throws IOException {
        int n = c.getParentCount();
        ObjectId[] trees = new ObjectId[n + 2];
        trees[0] = n == 2 ? mergeBaseTree(c.getParent(0), c.getParent(1)) : null;
        for (int i = 0; i < n; i++) {
            trees[i + 1] = walk.parseCommit(c.getParent(i)).getTree();
        }
        trees[n + 1] = c.getTree();
        try (TreeWalk tw = walk(trees)) {
            while (tw.next()) {
                Object result = state(tw, n + 1);
                boolean inherited;
                if (n == 2) {
                    Object base = state(tw, 0);
                    Object ours = state(tw, 1);
                    Object theirs = state(tw, 2);
                    Object clean = Objects.equals(ours, base)
                            ? theirs
                            : Objects.equals(theirs, base) ? ours : Objects.equals(ours, theirs) ? ours : null;
                    inherited = clean != null
                            ? Objects.equals(result, clean)
                            : Objects.equals(result, ours) || Objects.equals(result, theirs);
                } else {
                    inherited = false;
                    for (int i = 1; i <= n; i++) {
                        inherited |= Objects.equals(result, state(tw, i));
                    }
                }
                if (!inherited) {
                    judge(label + "(merge) ", who, lead, tw.getPathString(), tw.getFileMode(n + 1));
                }
            }
        }
    }

    private static Object state(TreeWalk tw, int i) {
        FileMode mode = tw.getFileMode(i);
        return mode == FileMode.MISSING ? null : List.of(mode.getBits(), tw.getObjectId(i));
    }

    private ObjectId mergeBaseTree(ObjectId a, ObjectId b) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(a));
            walk.markStart(walk.parseCommit(b));
            RevCommit base = walk.next();
            return base == null ? null : base.getTree().getId();
        }
    }

    private void judge(String label, String who, boolean lead, String path, FileMode mode) {
        String problem = mode == FileMode.MISSING ? null : modeProblem(mode);
        if (problem != null) {
            add(label + path + " " + problem, path);
            return;
        }
        String refusal = PathRules.refusal(who, lead, path);
        if (refusal != null) {
            add(label + (mode == FileMode.MISSING ? "deletes " : "writes ") + refusal, path);
        }
    }

    private static String modeProblem(FileMode mode) {
        if (mode == FileMode.SYMLINK) {
            return "is a symbolic link; links are never checked out";
        }
        if (mode == FileMode.GITLINK) {
            return "is a submodule; a project holds plain files only";
        }
        return null;
    }

    private void add(String problem, String path) {
        problems.add(problem);
        if (path != null && !files.contains(path)) {
            files.add(path);
        }
    }

    private boolean isLead(ObjectId tree, String who) throws IOException {
        return TeamFile.roleOf(team(tree), who)
                .filter(r -> r == TeamFile.Role.LEAD)
                .isPresent();
    }

    /** The team as a tree records it; an unreadable team.csv has no leads. */
    private List<TeamFile.Member> team(ObjectId tree) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(repo, TeamFile.NAME, tree)) {
            if (tw == null) {
                return List.of();
            }
            ObjectId blob = tw.getObjectId(0);
            List<TeamFile.Member> cached = teams.get(blob);
            if (cached == null) {
                String text =
                        new String(repo.open(blob, Constants.OBJ_BLOB).getCachedBytes(1 << 20), StandardCharsets.UTF_8);
                try {
                    cached = TeamFile.parse(text, TeamFile.NAME);
                } catch (FormatException e) {
                    cached = List.of();
                }
                teams.put(blob.copy(), cached);
            }
            return cached;
        }
    }

    private TreeWalk walk(ObjectId... trees) throws IOException {
        TreeWalk tw = new TreeWalk(repo);
        tw.setRecursive(true);
        for (ObjectId t : trees) {
            if (t == null) {
                tw.addTree(new EmptyTreeIterator());
            } else {
                tw.addTree(t);
            }
        }
        tw.setFilter(TreeFilter.ANY_DIFF);
        return tw;
    }
}
