package org.newsmark.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.StatusFile;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.service.ProjectValidator;
import org.newsmark.service.team.JoinService;
import org.newsmark.service.team.ShareService;
import org.newsmark.service.team.SyncProgress;
import org.newsmark.service.team.SyncResult;
import org.newsmark.service.team.SyncService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three annotators' clones of one project make random edits and sync at the same time, round after
 * round, each sync in a child JVM, some killed with SIGKILL at a random moment. At the end every
 * clone and the remote hold the union of everybody's work: each annotator's files as they last
 * wrote them, every file valid, every clone clean, and no commit in the remote's history changes an
 * annotator's files unless that annotator authored it.
 */
class TeamSyncStressTest {
    /** Rounds per run; {@code -Dnewsmark.teamRounds=100} for a long run. */
    static final int ROUNDS = Integer.getInteger("newsmark.teamRounds", 8);

    static final double KILL_CHANCE = 0.5;
    static final String TEXT = "Peskov spoke in Moscow on Friday.";
    static final List<String> ANNOTATORS = List.of("ana", "ben", "cy");
    static final List<String> DOCS = List.of("d1", "d2", "d3", "d4", "d5");
    static final Tally TALLY = new Tally("team sync");
    /** The stages a kill aims at: committing, fetching, merging, updating files, pushing. */
    static final List<String> KILL_STAGES = List.of("COMMITTING", "FETCHING", "MERGING", "UPDATING_FILES", "PUSHING");

    @TempDir
    Path dir;

    @AfterAll
    static void numbers() {
        TALLY.print();
    }

    @Test
    void threeClonesSyncingWithKillsEndWithTheUnionAndNoEditLost() throws Exception {
        Path remote = dir.resolve("remote.git");
        try (Git git = Git.init()
                .setBare(true)
                .setDirectory(remote.toFile())
                .setInitialBranch("main")
                .call()) {
            // the team's remote
        }
        String url = remote.toUri().toString();
        Path lead = TestData.project(dir.resolve("lea"), "d1", TEXT, "d2", TEXT, "d3", TEXT, "d4", TEXT, "d5", TEXT);
        new ShareService(Map.of()).share(lead, url, "lea", SyncProgress.NONE);
        Map<String, Path> clones = new LinkedHashMap<>();
        for (String name : ANNOTATORS) {
            clones.put(
                    name,
                    new JoinService(Map.of())
                            .join(url, dir.resolve(name), name, SyncProgress.NONE)
                            .project());
        }
        Map<String, String> expected = new TreeMap<>(); // path -> content each annotator last wrote
        Random random = new Random(20261207L);
        int version = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String name : ANNOTATORS) {
                for (int edits = random.nextInt(3); edits > 0; edits--) {
                    version++;
                    edit(clones.get(name), name, DOCS.get(random.nextInt(DOCS.size())), version, random, expected);
                }
            }
            syncAll(clones, random);
            TALLY.add("rounds", 1);
        }
        // Quiet syncs until everybody has everything: two passes in turn.
        for (int pass = 0; pass < 2; pass++) {
            for (Path clone : clones.values()) {
                SyncResult r = new SyncService(Map.of()).sync(clone, SyncProgress.NONE);
                TALLY.add(
                        "syncs that repaired what a killed one left",
                        r.repaired().isEmpty() ? 0 : 1);
            }
        }
        check(remote, lead, clones, expected);
    }

    /** One edit: an annotation file of the annotator's own, or marking an article done or reopening it. */
    private static void edit(
            Path clone, String name, String doc, int version, Random random, Map<String, String> expected)
            throws Exception {
        ProjectFolder project = ProjectFolder.open(clone);
        if (random.nextInt(4) == 0) {
            Map<String, String> status = new HashMap<>(StatusFile.read(project, name));
            if (status.remove(doc) == null) {
                status.put(doc, StatusFile.DONE);
            }
            StatusFile.write(project, name, status);
            expected.put(
                    "annotators/" + name + "/" + StatusFile.NAME,
                    Files.readString(StatusFile.of(project, name), StandardCharsets.UTF_8));
        } else {
            AnnotationSet set = new AnnotationSet(
                    doc,
                    name,
                    List.of(
                            Annotation.span("E1", "ENTITY", "PERSON", 0, 6, "Peskov")
                                    .withNote(name + " v" + version),
                            Annotation.span("E2", "ENTITY", "GPE", 16, 22, "Moscow")));
            project.writeAnnotations(set);
            expected.put(
                    "annotators/" + name + "/" + doc + ".csv",
                    Files.readString(project.annotationFile(name, doc), StandardCharsets.UTF_8));
        }
        TALLY.add("edits", 1);
    }

    /** The three syncs at once, each in a child JVM; some are killed at a random moment. */
    private static void syncAll(Map<String, Path> clones, Random random) throws Exception {
        List<TeamSyncChild.Child> children = new ArrayList<>();
        try {
            for (Path clone : clones.values()) {
                children.add(new TeamSyncChild.Child(clone));
            }
            List<String> killIn = new ArrayList<>();
            for (TeamSyncChild.Child child : children) {
                assertThat(child.await("ready", 60)).as("child started").isTrue();
                killIn.add(
                        random.nextDouble() < KILL_CHANCE ? KILL_STAGES.get(random.nextInt(KILL_STAGES.size())) : null);
            }
            for (int i = 0; i < children.size(); i++) {
                TeamSyncChild.Child child = children.get(i);
                if (killIn.get(i) != null) {
                    // Kill a few milliseconds into a chosen stage, where a sync writes objects, the index,
                    // files or refs; a sync that ends before reaching the stage is killed at its end.
                    boolean reached = child.await("stage " + killIn.get(i), 60);
                    Thread.sleep(random.nextInt(20));
                    boolean finished = !child.process.isAlive();
                    child.kill();
                    TALLY.add(
                            finished || !reached
                                    ? "kills that came after the sync had finished"
                                    : "syncs killed with SIGKILL ("
                                            + killIn.get(i).toLowerCase(Locale.ROOT) + ")",
                            1);
                    continue;
                }
                String line = child.result(120);
                assertThat(line).as("a sync's outcome").isNotNull();
                if (line.startsWith("ok ")) {
                    String[] f = line.split(" ");
                    TALLY.add("syncs that finished", 1);
                    TALLY.add("syncs that repaired what a killed one left", Integer.parseInt(f[1]) > 0 ? 1 : 0);
                    TALLY.add("conflict copies (expected 0: one clone per annotator)", Integer.parseInt(f[2]));
                    TALLY.add("syncs that lost a race and retried", Integer.parseInt(f[3]) > 1 ? 1 : 0);
                } else {
                    // Only losing every race is acceptable; the next round pushes.
                    assertThat(line).as("a sync's error").startsWith("error REMOTE_REFUSED");
                    TALLY.add("syncs that lost every race (pushed next round)", 1);
                }
            }
        } finally {
            for (TeamSyncChild.Child child : children) {
                child.close();
            }
        }
    }

    private static void check(Path remote, Path lead, Map<String, Path> clones, Map<String, String> expected)
            throws Exception {
        Map<String, byte[]> tip = new TreeMap<>();
        try (Git git = Git.open(remote.toFile())) {
            Repository repo = git.getRepository();
            ObjectId head = repo.resolve("main");
            try (TreeWalk tw = new TreeWalk(repo)) {
                tw.addTree(repo.parseCommit(head).getTree());
                tw.setRecursive(true);
                while (tw.next()) {
                    assertThat(tw.getFileMode(0)).isEqualTo(FileMode.REGULAR_FILE);
                    tip.put(
                            tw.getPathString(),
                            repo.open(tw.getObjectId(0), Constants.OBJ_BLOB).getBytes());
                }
            }
            for (Map.Entry<String, String> e : expected.entrySet()) {
                assertThat(tip).as("the remote holds " + e.getKey()).containsKey(e.getKey());
                assertThat(new String(tip.get(e.getKey()), StandardCharsets.UTF_8))
                        .as("no edit lost: " + e.getKey())
                        .isEqualTo(e.getValue());
            }
            TALLY.add("files checked in the remote (each annotator's last version)", expected.size());
            checkAuthors(repo, head);
        }
        List<Path> all = new ArrayList<>(clones.values());
        all.add(lead);
        new SyncService(Map.of()).sync(lead, SyncProgress.NONE);
        for (Path clone : all) {
            for (Map.Entry<String, byte[]> e : tip.entrySet()) {
                assertThat(Files.readAllBytes(clone.resolve(e.getKey())))
                        .as(clone.getFileName() + ": " + e.getKey())
                        .isEqualTo(e.getValue());
                TALLY.add("files compared in the clones", 1);
            }
            assertThat(new ProjectValidator(ProjectFolder.open(clone))
                            .validate(false)
                            .problems())
                    .as("valid " + clone)
                    .isEmpty();
            assertThat(clone.resolve(".newsmark/conflicts")).doesNotExist();
            assertThat(clone.resolve(".git/newsmark-checkout")).doesNotExist();
            try (Git git = Git.open(clone.toFile())) {
                assertThat(git.status().call().isClean())
                        .as(clone + " is clean")
                        .isTrue();
                assertThat(git.getRepository().resolve("HEAD"))
                        .isEqualTo(git.getRepository().resolve("origin/main"));
            }
        }
        TALLY.add("edits lost", 0);
    }

    /**
     * No commit changes a file of annotators/NAME/ unless NAME is its author: a commit with one
     * parent answers for its diff, a merge for every file that matches neither parent.
     */
    private static void checkAuthors(Repository repo, ObjectId head) throws Exception {
        try (RevWalk walk = new RevWalk(repo)) {
            walk.markStart(walk.parseCommit(head));
            for (RevCommit c : walk) {
                TALLY.add("commits checked for authorship", 1);
                if (c.getParentCount() == 0) {
                    continue; // the lead's share
                }
                String author = c.getAuthorIdent().getName();
                try (TreeWalk tw = new TreeWalk(repo)) {
                    tw.setRecursive(true);
                    tw.addTree(c.getTree());
                    for (RevCommit p : c.getParents()) {
                        tw.addTree(walk.parseCommit(p).getTree());
                    }
                    tw.setFilter(TreeFilter.ANY_DIFF);
                    while (tw.next()) {
                        boolean matchesAParent = false;
                        for (int i = 1; i < tw.getTreeCount(); i++) {
                            matchesAParent |= tw.getRawMode(i) == tw.getRawMode(0) && tw.idEqual(i, 0);
                        }
                        String path = tw.getPathString();
                        if (!matchesAParent && path.startsWith("annotators/")) {
                            assertThat(path)
                                    .as("commit " + c.name() + " by " + author)
                                    .startsWith("annotators/" + author + "/");
                        }
                    }
                }
            }
        }
    }
}
