package org.newsmark.ui;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.swing.JDialog;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.AnnotationCsv;
import org.newsmark.model.Annotation;
import org.newsmark.service.team.JoinService;
import org.newsmark.service.team.ShareService;
import org.newsmark.service.team.SyncProgress;
import org.newsmark.service.team.SyncService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annotator in a team: File → Sync (F5) saves, syncs in the background and says in the status
 * bar what came in from whom, and the work reaches the others through a bare repository on
 * file://; assigned articles come first; a lead sees the team per annotator; the same annotator's
 * edits from two computers are compared in a dialog and the chosen version is the one kept and sent.
 */
@GuiTest
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class TeamSyncWindowTest {
    static final String TEXT = "Peskov spoke in Moscow on Friday.";
    static final Map<String, String> NO_ENV = Map.of();

    @TempDir
    Path dir;

    String url;
    AnnotatorFixture app;

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    private Path shareAsLead(String lead) throws Exception {
        Path remote = dir.resolve("remote.git");
        try (Git git = Git.init()
                .setBare(true)
                .setDirectory(remote.toFile())
                .setInitialBranch("main")
                .call()) {
            url = remote.toUri().toString();
        }
        Path project = TestData.project(dir.resolve(lead), "d1", TEXT, "d2", TEXT, "d3", TEXT);
        new ShareService(NO_ENV).share(project, url, lead, SyncProgress.NONE);
        return project;
    }

    private Path join(String name, String folder) throws Exception {
        return new JoinService(NO_ENV)
                .join(url, dir.resolve(folder), name, SyncProgress.NONE)
                .project();
    }

    private static void sync(Path clone) throws Exception {
        new SyncService(NO_ENV).sync(clone, SyncProgress.NONE);
    }

    private static List<Annotation> annotations(Path clone, String annotator, String doc) throws Exception {
        Path file = clone.resolve("annotators").resolve(annotator).resolve(doc + ".csv");
        return AnnotationCsv.parse(Files.readString(file), "f", doc, annotator).annotations();
    }

    private String syncButton() {
        return GuiActionRunner.execute(
                () -> app.frame.button("syncButton").target().getText());
    }

    private void awaitButton(String start) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!syncButton().startsWith(start) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(syncButton()).startsWith(start);
    }

    private static <T> T eventually(Supplier<T> value, Predicate<T> ok) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        T v = value.get();
        while (!ok.test(v) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            v = value.get();
        }
        return v;
    }

    @Test
    void syncSendsMyWorkAndTellsWhatCameInFromWhomWithMyArticlesFirst() throws Exception {
        Path lea = shareAsLead("lea");
        Files.writeString(lea.resolve("assignments.csv"), "doc,annotator\nd1,ben\nd2,ana\nd2,ben\nd3,ana\n");
        sync(lea);
        Path ana = join("ana", "ana");
        Path ben = join("ben", "ben");
        TestData.annotations(ben, "ben", "d1", "d1,ben,E1,ENTITY,PERSON,0,6,Peskov,,,");
        TestData.annotations(ben, "ben", "d2", "d2,ben,E1,ENTITY,GPE,16,22,Moscow,,,");
        sync(ben);

        app = AnnotatorFixture.start(ana, "ana");
        JTableFixture list = app.frame.table("articles");
        assertThat(list.contents()[0][0]).as("assigned articles first").isEqualTo("d2");
        assertThat(list.contents()[1][0]).isEqualTo("d3");
        assertThat(list.contents()[2][0]).isEqualTo("d1");
        GuiActionRunner.execute(() -> app.window.openArticle("d3"));
        app.dragSelect("Moscow", 0);
        app.keys(KeyEvent.VK_3);
        app.onDisk(l -> l.size() == 1);
        app.pressWith(0, KeyEvent.VK_F5);
        awaitButton("synced");
        assertThat(syncButton()).matches("synced \\d\\d:\\d\\d · 2 articles in from ben");
        assertThat(app.focusOwnerName()).isEqualTo("text");
        Screenshots.window(app.window, Path.of("target", "sync-status.png"));

        sync(ben);
        assertThat(annotations(ben, "ana", "d3")).extracting(Annotation::text).containsExactly("Moscow");
        app.close();
        app = null;

        // The lead sees where each annotator stands.
        app = AnnotatorFixture.start(lea, "lea");
        app.pressWith(0, KeyEvent.VK_F5);
        awaitButton("synced");
        assertThat(syncButton()).matches("synced \\d\\d:\\d\\d · 1 article in from ana, 2 from ben");
        app.pressWith(AnnotatorFixture.ctrl(), KeyEvent.VK_P);
        DialogFixture progress = WindowFinder.findDialog("progress").using(app.robot);
        progress.tabbedPane("progressTabs").selectTab("Team");
        JTableFixture team = progress.table("teamStatusTable");
        String[][] rows = eventually(() -> GuiActionRunner.execute(() -> team.contents()), r -> r.length > 0);
        assertThat(rows[0]).startsWith("ana", "2", "1", "1", "0"); // d2 not started, d3 in progress
        assertThat(rows[1]).startsWith("ben", "2", "0", "2", "0");
        assertThat(rows[0][5])
                .as("ana's last sync, from the history this clone now holds")
                .matches("\\d{4}-.*");
        Screenshots.window(progress.target(), Path.of("target", "team-status.png"));
        progress.close();
    }

    @Test
    void theSameArticleEditedOnTwoComputersIsComparedAndMyVersionKeptAndSent() throws Exception {
        shareAsLead("lea");
        Path laptop = join("ana", "laptop");
        Path office = join("ana", "office");
        TestData.annotations(laptop, "ana", "d1", "d1,ana,E1,ENTITY,PERSON,0,6,Peskov,,,on the laptop");
        sync(laptop);

        app = AnnotatorFixture.start(office, "ana");
        GuiActionRunner.execute(() -> app.window.openArticle("d1"));
        app.dragSelect("Moscow", 0);
        app.keys(KeyEvent.VK_3);
        app.onDisk(l -> l.size() == 1);
        GuiActionRunner.execute(() -> app.window.sync().sync(null));
        DialogFixture dialog =
                WindowFinder.findDialog("conflictDialog").withTimeout(30_000).using(app.robot);
        String[] theirs = dialog.list("theirsList").contents();
        String[] mine = dialog.list("mineList").contents();
        assertThat(theirs).singleElement().asString().startsWith("• ENTITY PERSON 0–6 “Peskov”");
        assertThat(mine).singleElement().asString().startsWith("• ENTITY GPE 16–22 “Moscow”");
        Screenshots.window(dialog.target(), Path.of("target", "conflict.png"));
        dialog.button("keepMine").click();
        app.robot.waitForIdle();

        List<Annotation> kept = eventually(
                () -> {
                    try {
                        return annotations(office, "ana", "d1");
                    } catch (Exception e) {
                        return List.of();
                    }
                },
                l -> l.size() == 1 && l.get(0).text().equals("Moscow"));
        assertThat(kept).extracting(Annotation::text).containsExactly("Moscow");
        try (var left = Files.walk(office.resolve(".newsmark"))) {
            assertThat(left.filter(Files::isRegularFile)
                            .filter(p -> p.toString().contains("conflicts")))
                    .isEmpty();
        }
        assertThat(GuiActionRunner.execute(
                        () -> app.window.session().orElseThrow().current().annotations()))
                .extracting(Annotation::text)
                .containsExactly("Moscow");

        // The next sync sends the version kept; the laptop gets it.
        GuiActionRunner.execute(() -> app.window.sync().sync(null));
        awaitButton("synced");
        sync(laptop);
        assertThat(annotations(laptop, "ana", "d1"))
                .extracting(Annotation::text)
                .containsExactly("Moscow");
    }

    @Test
    void syncWhenDoneAndOnQuitSendTheWorkAndAFailureSaysWhatToDo() throws Exception {
        shareAsLead("lea");
        Path ana = join("ana", "ana");
        Path ben = join("ben", "ben");
        app = AnnotatorFixture.start(ana, "ana");
        app.keepPrefs = false;
        app.frame.menuItemWithPath("File", "Sync when an article is done").click();
        app.frame.menuItemWithPath("File", "Sync on quit").click();
        assertThat(GuiActionRunner.execute(() ->
                        app.window.prefs().syncOnDone() && app.window.prefs().syncOnExit()))
                .isTrue();
        GuiActionRunner.execute(() -> app.window.openArticle("d2"));
        app.dragSelect("Peskov", 0);
        app.keys(KeyEvent.VK_1);
        app.keyWith(AnnotatorFixture.ctrl(), KeyEvent.VK_D);
        awaitButton("synced");
        sync(ben);
        assertThat(annotations(ben, "ana", "d2")).extracting(Annotation::text).containsExactly("Peskov");

        // The remote is gone: the button says so and what to do; the work stays committed here.
        Path remote = dir.resolve("remote.git");
        Path away = dir.resolve("away.git");
        Files.move(remote, away);
        app.dragSelect("Moscow", 0);
        app.keys(KeyEvent.VK_3);
        app.onDisk(l -> l.size() == 2);
        app.pressWith(0, KeyEvent.VK_F5);
        awaitButton("not synced");
        Window[] shown = Window.getWindows();
        for (Window w : shown) {
            if (w instanceof JDialog d && d.isShowing()) {
                GuiActionRunner.execute(d::dispose);
            }
        }
        assertThat(syncButton()).contains("try again");
        Files.move(away, remote);

        // Closing syncs first: ben gets the second span.
        app.frame.close();
        long deadline = System.currentTimeMillis() + 30_000;
        while (GuiActionRunner.execute(() -> app.window.isDisplayable()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(GuiActionRunner.execute(() -> app.window.isDisplayable())).isFalse();
        sync(ben);
        assertThat(annotations(ben, "ana", "d2"))
                .extracting(Annotation::text)
                .containsExactlyInAnyOrder("Peskov", "Moscow");
    }

    @Test
    void aConflictLeftByTheCommandLineIsAnnouncedAndKeepTheirsDropsMyCopy() throws Exception {
        shareAsLead("lea");
        Path laptop = join("ana", "laptop");
        Path office = join("ana", "office");
        TestData.annotations(laptop, "ana", "d1", "d1,ana,E1,ENTITY,PERSON,0,6,Peskov,,,on the laptop");
        TestData.annotations(office, "ana", "d1", "d1,ana,E1,ENTITY,GPE,16,22,Moscow,,,in the office");
        sync(laptop);
        sync(office);

        app = AnnotatorFixture.start(office, "ana");
        assertThat(syncButton()).isEqualTo("1 conflict copy to resolve · sync");
        app.frame.button("syncButton").click();
        DialogFixture dialog =
                WindowFinder.findDialog("conflictDialog").withTimeout(30_000).using(app.robot);
        assertThat(dialog.list("mineList").contents())
                .singleElement()
                .asString()
                .contains("Moscow");
        dialog.button("keepTheirs").click();
        app.robot.waitForIdle();
        assertThat(annotations(office, "ana", "d1"))
                .extracting(Annotation::note)
                .containsExactly("on the laptop");
        try (var left = Files.walk(office.resolve(".newsmark"))) {
            assertThat(left.filter(Files::isRegularFile)
                            .filter(p -> p.toString().contains("conflicts")))
                    .isEmpty();
        }
        assertThat(app.statusMessage()).contains("Kept the team's version");
    }
}
