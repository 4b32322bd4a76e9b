package org.newsmark.service.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.newsmark.TestData;

/** A team in temporary folders: a bare remote, a lead's shared project and annotators' clones. */
final class Team {
    static final String TEXT = "Peskov spoke in Moscow on Friday.";
    static final Map<String, String> NO_ENV = Map.of();

    static {
        ProjectRepository.prepareLibrary();
    }

    final Path dir;
    final Path remote;
    final String url;

    Team(Path dir) throws IOException, GitAPIException {
        this(dir, bare(dir.resolve("remote.git")));
    }

    Team(Path dir, Path remote) {
        this.dir = dir;
        this.remote = remote;
        this.url = remote.toUri().toString();
    }

    Team(Path dir, String url) {
        this.dir = dir;
        this.remote = null;
        this.url = url;
    }

    static Path bare(Path path) throws GitAPIException {
        try (Git git = Git.init()
                .setBare(true)
                .setDirectory(path.toFile())
                .setInitialBranch("main")
                .call()) {
            return path;
        }
    }

    /** The lead's project with three articles, shared. */
    Path share(String lead) throws Exception {
        Path project = TestData.project(dir.resolve(lead), "d1", TEXT, "d2", TEXT, "d3", TEXT);
        new ShareService(NO_ENV).share(project, url, lead, SyncProgress.NONE);
        return project;
    }

    Path join(String name) throws TeamException {
        return join(name, name);
    }

    Path join(String name, String folder) throws TeamException {
        return new JoinService(NO_ENV)
                .join(url, dir.resolve(folder), name, SyncProgress.NONE)
                .project();
    }

    static SyncResult sync(Path clone) throws TeamException {
        return new SyncService(NO_ENV).sync(clone, SyncProgress.NONE);
    }

    /** An annotation file of {@code annotator} on {@code doc} with one PERSON span labelled by {@code note}. */
    static Path annotate(Path clone, String annotator, String doc, String note) throws IOException {
        return TestData.annotations(
                clone, annotator, doc, doc + "," + annotator + ",E1,ENTITY,PERSON,0,6,Peskov,,," + note);
    }

    static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
