package org.newsmark.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.io.AnnotationCsv;
import org.newsmark.io.AnnotatorLock;
import org.newsmark.io.AtomicFile;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Edits;
import org.newsmark.service.AnnotationSession;
import org.newsmark.service.AnnotationSession.SaveState.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Faults while the annotator works: disk full (a real 512 kB tmpfs where the machine lets us
 * mount one, as root in CI; otherwise only the simulated write failure), a project folder that
 * cannot be written, a file changed or deleted by another program, and a second process holding
 * the lock. Through each, the session keeps every edit in memory, says why it did not save, and
 * leaves the file on disk as it was.
 */
class FaultsTest {
    static final Tally TALLY = new Tally("faults");

    @TempDir
    Path dir;

    private final Versions versions = new Versions();

    @AfterAll
    static void numbers() {
        TALLY.print();
    }

    private ProjectFolder project(Path root) throws Exception {
        Files.createDirectories(root.resolve("articles"));
        Files.copy(Path.of("annotations/schema.csv"), root.resolve("schema.csv"));
        Files.writeString(
                root.resolve("articles").resolve(Versions.DOC + ".txt"),
                versions.article().text());
        ProjectFolder project = ProjectFolder.open(root);
        project.writeAnnotations(versions.version(ChildProcess.ANNOTATOR, 0));
        return project;
    }

    private AnnotationSession open(ProjectFolder project) throws Exception {
        return AnnotationSession.open(project, project.readSchema(), versions.article(), ChildProcess.ANNOTATOR);
    }

    private static Path file(ProjectFolder project) {
        return project.annotationFile(ChildProcess.ANNOTATOR, Versions.DOC);
    }

    /** Edits the note of the first annotation; returns the note. */
    private static String edit(AnnotationSession session, String note) {
        String id = session.current().annotations().get(0).id();
        session.apply(Edits.note(id, note));
        return note;
    }

    private static void awaitState(AnnotationSession session, Kind kind) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (session.state().kind() != kind && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(session.state().kind()).as(session.state().message()).isEqualTo(kind);
    }

    private static void assertKeptInMemory(AnnotationSession session, String note) {
        assertThat(session.current().annotations().get(0).note()).isEqualTo(note);
        assertThat(session.dirty()).isTrue();
        assertThat(session.state().message()).contains("kept in memory");
    }

    private static void assertNoTemporaryFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aWriteThatFailsAtAnyPointLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("a.csv");
        byte[] old = AnnotationCsv.format(versions.version("ana", 1)).getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);
        byte[] next = AnnotationCsv.format(versions.version("ana", 2)).getBytes(StandardCharsets.UTF_8);
        Random random = new Random(8);
        for (int i = 0; i < 200; i++) {
            int cut = random.nextInt(next.length);
            AtomicFile.Content diskFull = (OutputStream out) -> {
                out.write(next, 0, cut);
                throw new IOException("No space left on device (simulated after " + cut + " bytes)");
            };
            assertThatThrownBy(() -> AtomicFile.write(target, diskFull)).hasMessageContaining("No space left");
            assertThat(Files.readAllBytes(target)).isEqualTo(old);
            TALLY.add("simulated write failures (AtomicFile content throws midway)", 1);
        }
        assertNoTemporaryFiles(dir);
    }

    @Test
    void diskFullKeepsTheEditsInMemoryAndSavesWhenThereIsRoomAgain() throws Exception {
        Path mount = dir.resolve("small-disk");
        Files.createDirectories(mount);
        String how = mountTmpfs(mount, "512k");
        if (how == null) {
            System.out.println("[reliability] faults: disk full: tmpfs cannot be mounted here; "
                    + "covered by the simulated write failure only");
            TALLY.add("disk full on a real tmpfs (0 = mount refused, simulated instead)", 0);
            return;
        }
        System.out.println("[reliability] faults: disk full on a real 512 kB tmpfs");
        try {
            ProjectFolder project = project(mount.resolve("p"));
            byte[] before = Files.readAllBytes(file(project));
            try (AnnotationSession session = open(project)) {
                assertThat(session.readOnly()).isFalse();
                Path filler = mount.resolve("filler");
                fill(filler);
                String note = edit(session, "edited while the disk is full");
                awaitState(session, Kind.FAILED);
                assertKeptInMemory(session, note);
                assertThat(session.state().message()).contains("No space left");
                assertThat(Files.readAllBytes(file(project))).isEqualTo(before);
                assertNoTemporaryFiles(file(project).getParent());
                String second = edit(session, "a second edit while the disk is full");
                Thread.sleep(AnnotationSession.SAVE_DELAY_MS + 200);
                assertKeptInMemory(session, second);
                TALLY.add("disk full on a real tmpfs (0 = mount refused, simulated instead)", 1);

                Files.delete(filler);
                assertThat(session.flush()).isTrue();
                assertThat(Files.readString(file(project))).isEqualTo(AnnotationCsv.format(session.current()));
            }
        } finally {
            new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Mounts a tmpfs of the given size; null when the machine does not allow it. */
    private static String mountTmpfs(Path at, String size) {
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString())
                    .redirectErrorStream(true)
                    .start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? "tmpfs" : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void fill(Path filler) {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int i = 0; i < 1024; i++) {
                out.write(block);
            }
        } catch (IOException e) {
            return; // full
        }
        throw new AssertionError("the small disk did not fill up");
    }

    @Test
    void aFolderReplacedByAFileKeepsTheEditsAndSavesWhenItIsBack() throws Exception {
        ProjectFolder project = project(dir.resolve("p"));
        byte[] before = Files.readAllBytes(file(project));
        Path folder = file(project).getParent();
        Path moved = folder.resolveSibling("ana-moved");
        try (AnnotationSession session = open(project)) {
            Files.move(folder, moved);
            Files.writeString(folder, "not a folder");
            String note = edit(session, "edited while the folder is gone");
            awaitState(session, Kind.FAILED);
            assertKeptInMemory(session, note);
            TALLY.add("unwritable project folder (folder replaced by a file)", 1);

            Files.delete(folder);
            Files.move(moved, folder);
            assertThat(Files.readAllBytes(file(project))).isEqualTo(before);
            assertThat(session.flush()).isTrue();
            assertThat(Files.readString(file(project))).isEqualTo(AnnotationCsv.format(session.current()));
        }
    }

    @Test
    void anImmutableFolderKeepsTheEditsAndSavesWhenItIsWritableAgain() throws Exception {
        ProjectFolder project = project(dir.resolve("p"));
        byte[] before = Files.readAllBytes(file(project));
        Path folder = file(project).getParent();
        try (AnnotationSession session = open(project)) {
            // chmod does not stop root; the immutable attribute does, where the file system has it.
            if (!chattr("+i", folder)) {
                System.out.println("[reliability] faults: chattr +i not available; the read-only folder is covered"
                        + " by the folder-replaced-by-a-file case");
                return;
            }
            String note = edit(session, "edited while the folder is read-only");
            awaitState(session, Kind.FAILED);
            assertKeptInMemory(session, note);
            assertThat(Files.readAllBytes(file(project))).isEqualTo(before);
            assertNoTemporaryFiles(folder);
            TALLY.add("read-only project folder (chattr +i)", 1);

            chattr("-i", folder);
            assertThat(session.flush()).isTrue();
            assertThat(Files.readString(file(project))).isEqualTo(AnnotationCsv.format(session.current()));
        } finally {
            chattr("-i", folder);
        }
    }

    private static boolean chattr(String flag, Path path) {
        try {
            Process p = new ProcessBuilder("chattr", flag, path.toString())
                    .redirectErrorStream(true)
                    .start();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return false;
            }
            if (flag.startsWith("+")) {
                // Make sure it bites (root, a file system that has the attribute).
                try {
                    Files.delete(Files.createTempFile(path, "probe", ".tmp"));
                    chattr("-i", path);
                    return false;
                } catch (IOException expected) {
                    return true;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aFileChangedByAnotherProgramIsNotOverwrittenUntilTheUserSaysSo() throws Exception {
        ProjectFolder project = project(dir.resolve("p"));
        try (AnnotationSession session = open(project)) {
            edit(session, "first edit");
            assertThat(session.flush()).isTrue();

            String theirs = AnnotationCsv.format(versions.version(ChildProcess.ANNOTATOR, 5));
            Files.writeString(file(project), theirs);
            String note = edit(session, "edited after another program wrote the file");
            awaitState(session, Kind.CONFLICT);
            assertKeptInMemory(session, note);
            assertThat(session.state().message()).contains("changed or deleted by another program");
            assertThat(Files.readString(file(project))).isEqualTo(theirs);
            assertThat(session.flush()).isFalse();
            assertThat(Files.readString(file(project))).isEqualTo(theirs);
            TALLY.add("file changed by another program while open", 1);

            session.overwriteExternalChange();
            awaitState(session, Kind.SAVED);
            assertThat(Files.readString(file(project))).isEqualTo(AnnotationCsv.format(session.current()));
        }
    }

    @Test
    void aFileDeletedByAnotherProgramIsNotRecreatedUntilTheUserSaysSo() throws Exception {
        ProjectFolder project = project(dir.resolve("p"));
        try (AnnotationSession session = open(project)) {
            Files.delete(file(project));
            String note = edit(session, "edited after another program deleted the file");
            awaitState(session, Kind.CONFLICT);
            assertKeptInMemory(session, note);
            assertThat(file(project)).doesNotExist();
            TALLY.add("file deleted by another program while open", 1);

            session.overwriteExternalChange();
            awaitState(session, Kind.SAVED);
            assertThat(Files.readString(file(project))).isEqualTo(AnnotationCsv.format(session.current()));
        }
    }

    @Test
    void aSecondProcessOnTheSameFileOpensItReadOnlyAndAStaleLockIsTakenOver() throws Exception {
        ProjectFolder project = project(dir.resolve("p"));
        AnnotationSet before;
        try (AnnotationSession first = open(project)) {
            before = first.current();
        }
        Path lockFile = AnnotatorLock.lockFileFor(file(project));
        long pid;
        try (ChildProcess.Child child =
                new ChildProcess.Child("hold-lock", file(project).toString())) {
            String line = child.next(60);
            assertThat(line).startsWith("locked ");
            pid = Long.parseLong(line.substring(7));
            try (AnnotationSession second = open(project)) {
                assertThat(second.readOnly()).isTrue();
                assertThat(second.readOnlyReason().orElseThrow())
                        .contains("already open")
                        .contains("process " + pid);
                assertThat(second.current()).isEqualTo(before);
                assertThatThrownBy(() -> edit(second, "refused")).isInstanceOf(IllegalStateException.class);
            }
            assertThat(lockFile).exists();
            TALLY.add("annotator file locked by a second process", 1);
            child.kill();
        }
        // The holder was killed: its lock is stale and taken over.
        assertThat(lockFile).exists();
        try (AnnotationSession session = open(project)) {
            assertThat(session.readOnly()).isFalse();
            assertThat(Files.readAllLines(lockFile).get(0))
                    .isEqualTo(Long.toString(ProcessHandle.current().pid()));
            String note = edit(session, "after the stale lock was taken over");
            assertThat(session.flush()).isTrue();
            assertThat(AnnotationCsv.parse(Files.readString(file(project)), "f", Versions.DOC, ChildProcess.ANNOTATOR)
                            .annotations()
                            .get(0)
                            .note())
                    .isEqualTo(note);
            TALLY.add("stale locks of a killed process taken over", 1);
        }
        assertThat(lockFile).doesNotExist();
    }
}
