package org.newsmark.service.team;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A plain git clone of the remote made with the git library, outside Newsmark's rules: it commits
 * whatever a test asks, with any author, and pushes it, as anyone with push access could.
 */
final class Rogue implements AutoCloseable {
    final Path dir;
    private final Git git;

    Rogue(Team team, Path dir) throws Exception {
        this.dir = dir;
        this.git = Git.cloneRepository()
                .setURI(team.url)
                .setDirectory(dir.toFile())
                .call();
    }

    Path write(String path, String text) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent() == null ? dir : file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** Commits everything in the folder as {@code author} and pushes; returns the commit. */
    RevCommit commitAndPush(String author, String message) throws Exception {
        RevCommit c = commit(author, message);
        git.push().call();
        return c;
    }

    RevCommit commit(String author, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent(author, author + "@example.org");
        return git.commit().setAuthor(who).setCommitter(who).setMessage(message).call();
    }

    Git git() {
        return git;
    }

    @Override
    public void close() {
        git.close();
    }
}
