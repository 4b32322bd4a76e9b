package org.newsmark.service.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.TeamFile;
import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;
import org.newsmark.service.ProjectValidator;

/** One run of a sync on a locked clone; see {@link SyncService}. */
final class Sync {
    /** Attempts before giving up when others keep pushing first. */
    static final int ATTEMPTS = 8;

    private static final int MAX_LISTED = 20;

    private final ProjectRepository clone;
    private final WorkingTree tree;
    private final Remote remote;
    private final String me;
    private final SyncProgress progress;
    private final Random backoff = new Random();
    private final Set<String> incoming = new LinkedHashSet<>();
    private final List<ConflictCopy> conflicts = new ArrayList<>();
    private final List<String> repaired = new ArrayList<>();

    Sync(ProjectRepository clone, String me, Map<String, String> env, SyncProgress progress) {
        this.clone = clone;
        this.tree = new WorkingTree(clone);
        this.remote = new Remote(clone, env, null);
        this.me = me;
        this.progress = progress;
    }

    SyncResult run() throws TeamException, IOException {
        stage(SyncProgress.Stage.REPAIRING, true);
        repaired.addAll(clone.repair());
        List<ConflictCopy> recovered = tree.recover(progress);
        if (recovered != null) {
            repaired.add("finished updating the files of an interrupted sync");
            conflicts.addAll(recovered);
        }
        if (clone.remoteUrl() == null) {
            throw new TeamException(
                    TeamException.Kind.NOT_SHARED,
                    clone.root() + " has no remote; a lead shares it with"
                            + " 'newsmark share PROJECT --remote URL --lead NAME'");
        }
        stage(SyncProgress.Stage.COMMITTING, true);
        commitLocalChanges();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            stage(SyncProgress.Stage.FETCHING, true);
            remote.fetch(kept());
            ObjectId theirs = clone.remoteHead();
            takeIn(theirs);
            ObjectId ours = clone.head();
            if (ours == null || ours.equals(theirs)) {
                return result(List.of(), false, attempt);
            }
            List<String> outgoing = tree.changedPaths(clone.treeOf(theirs), clone.treeOf(ours));
            stage(SyncProgress.Stage.PUSHING, true);
            Remote.Pushed pushed = remote.push(kept());
            if (pushed == Remote.Pushed.OK || pushed == Remote.Pushed.NOTHING) {
                return result(outgoing, pushed == Remote.Pushed.OK, attempt);
            }
            if (pushed == Remote.Pushed.LOCKED) {
                repaired.addAll(remote.clearStaleLocks());
            }
            pause(attempt);
        }
        throw new TeamException(
                TeamException.Kind.REMOTE_REFUSED,
                "others pushed before each of " + ATTEMPTS + " attempts; " + kept() + "Sync again in a moment.");
    }

    private void stage(SyncProgress.Stage stage, boolean mayStop) {
        if (!progress.stage(stage, 0) && mayStop) {
            throw new CancellationException("sync stopped before " + stage);
        }
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt + backoff.nextInt(200 * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /** Commits what this annotator may commit, or refuses the sync when the clone holds anything else. */
    private void commitLocalChanges() throws IOException, TeamException {
        boolean lead = isLead();
        List<String> changes = tree.changes();
        List<String> refused = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (String path : changes) {
            String why = PathRules.refusal(me, lead, path);
            if (why != null) {
                refused.add(path);
                reasons.add(why);
            }
        }
        if (!refused.isEmpty()) {
            StringBuilder b = new StringBuilder("this clone holds changes that " + me + (lead ? " (lead)" : "")
                    + " may not commit; nothing was committed or sent:");
            reasons.stream().limit(MAX_LISTED).forEach(r -> b.append("\n  ").append(r));
            if (reasons.size() > MAX_LISTED) {
                b.append("\n  ... and ").append(reasons.size() - MAX_LISTED).append(" more");
            }
            b.append(
                    "\nUndo these changes (restore the files as they were, with git: git checkout -- FILE; delete files"
                            + " that have no place here, or move them out of the project), then sync again.");
            throw new TeamException(TeamException.Kind.LOCAL_CHANGES_REFUSED, b.toString(), refused);
        }
        if (!changes.isEmpty()) {
            tree.commit(changes, ident(), message(changes));
        }
    }

    private String message(List<String> changes) {
        Set<String> items = new LinkedHashSet<>();
        changes.forEach(p -> items.add(SyncResult.Change.of(p).item()));
        String list = String.join(", ", items.stream().limit(10).toList()) + (items.size() > 10 ? ", ..." : "");
        return me + ": " + changes.size() + (changes.size() == 1 ? " file" : " files") + " (" + list + ")\n";
    }

    /** Merges the remote's branch in, if it has anything this clone lacks, after checking every new commit. */
    private void takeIn(ObjectId theirs) throws IOException, TeamException {
        ObjectId ours = clone.head();
        if (theirs == null || theirs.equals(ours) || (ours != null && isAncestor(theirs, ours))) {
            return;
        }
        stage(SyncProgress.Stage.CHECKING, false);
        new IncomingCheck(clone.repo()).commits(ours, theirs);
        stage(SyncProgress.Stage.MERGING, false);
        ObjectId target;
        if (ours == null || isAncestor(ours, theirs)) {
            target = theirs;
        } else {
            ObjectId base = mergeBase(ours, theirs);
            if (base == null) {
                throw new TeamException(
                        TeamException.Kind.UNRELATED_HISTORY,
                        "the remote " + remote.shownUrl()
                                + " holds a history unrelated to this clone's; nothing was merged. " + kept()
                                + "Join the project again into a new folder and copy your files over.");
            }
            TreeMerge.Result merged =
                    TreeMerge.merge(clone.repo(), clone.treeOf(base), clone.treeOf(ours), clone.treeOf(theirs));
            for (int i = 0; i < merged.conflicts().size(); i++) {
                conflicts.add(tree.keep(
                        merged.conflicts().get(i), merged.localVersions().get(i)));
            }
            target = mergeCommit(merged.tree(), ours, theirs);
        }
        incoming.addAll(tree.changedPaths(clone.treeOf(ours), clone.treeOf(target)));
        conflicts.addAll(tree.apply(ours, target, progress));
    }

    private ObjectId mergeCommit(ObjectId treeId, ObjectId ours, ObjectId theirs) throws IOException {
        try (ObjectInserter inserter = clone.repo().newObjectInserter()) {
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(treeId);
            commit.setParentIds(ours, theirs);
            commit.setAuthor(ident());
            commit.setCommitter(ident());
            commit.setMessage("Merge: " + me + "'s sync with " + remote.shownUrl() + "\n");
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return id;
        }
    }

    private boolean isAncestor(ObjectId ancestor, ObjectId of) throws IOException {
        try (RevWalk walk = new RevWalk(clone.repo())) {
            return walk.isMergedInto(walk.parseCommit(ancestor), walk.parseCommit(of));
        }
    }

    private ObjectId mergeBase(ObjectId a, ObjectId b) throws IOException {
        try (RevWalk walk = new RevWalk(clone.repo())) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(a));
            walk.markStart(walk.parseCommit(b));
            RevCommit base = walk.next();
            return base == null ? null : base.copy();
        }
    }

    private PersonIdent ident() {
        String email = clone.repo().getConfig().getString("user", null, "email");
        return new PersonIdent(me, email == null ? "" : email);
    }

    /** Whether this annotator is a lead by the team.csv of the last commit (a local edit of it does not count). */
    private boolean isLead() throws IOException {
        ObjectId head = clone.head();
        if (head == null) {
            return false;
        }
        try (TreeWalk tw = TreeWalk.forPath(clone.repo(), TeamFile.NAME, clone.treeOf(head))) {
            if (tw == null) {
                return false;
            }
            byte[] bytes =
                    clone.repo().open(tw.getObjectId(0), Constants.OBJ_BLOB).getCachedBytes(1 << 20);
            List<TeamFile.Member> team = TeamFile.parse(new String(bytes, StandardCharsets.UTF_8), TeamFile.NAME);
            return TeamFile.roleOf(team, me)
                    .filter(r -> r == TeamFile.Role.LEAD)
                    .isPresent();
        } catch (FormatException e) {
            return false;
        }
    }

    /** What the user is told stays safe when the network part fails. */
    private String kept() throws IOException {
        ObjectId ours = clone.head();
        ObjectId theirs = clone.remoteHead();
        if (ours == null || ours.equals(theirs) || (theirs != null && isAncestor(ours, theirs))) {
            return "";
        }
        int files = tree.changedPaths(clone.treeOf(theirs), clone.treeOf(ours)).size();
        return "Your changes (" + files + (files == 1 ? " file" : " files")
                + ") are committed in this clone and go out with the next sync. ";
    }

    private SyncResult result(List<String> outgoing, boolean pushed, int attempts) throws IOException {
        stage(SyncProgress.Stage.DONE, false);
        List<Problem> problems = validateIfNeeded();
        ObjectId head = clone.head();
        return new SyncResult(
                me,
                incoming.stream().map(SyncResult.Change::of).toList(),
                pushed ? outgoing.stream().map(SyncResult.Change::of).toList() : List.of(),
                pushed,
                conflicts,
                repaired,
                problems,
                attempts,
                head == null ? "" : head.name(),
                Instant.now());
    }

    /** After a schema or article change came in, the files that no longer validate (they open read-only). */
    private List<Problem> validateIfNeeded() {
        boolean needed = incoming.stream()
                .anyMatch(p -> p.equals(ProjectFolder.SCHEMA) || p.startsWith(ProjectFolder.ARTICLES + "/"));
        if (!needed) {
            return List.of();
        }
        try {
            return new ProjectValidator(ProjectFolder.open(clone.root()))
                    .validate(false)
                    .problems();
        } catch (FormatException e) {
            return e.problems();
        }
    }
}
