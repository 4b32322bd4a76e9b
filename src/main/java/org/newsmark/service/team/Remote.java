package org.newsmark.service.team;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/** Fetching from and pushing to the clone's remote, with the credentials of {@link TeamCredentials} and clear errors. */
final class Remote {
    /** Seconds a network operation may stall before it counts as offline. */
    static final int TIMEOUT = 30;

    /** How a push ended: RETRY when someone pushed first, LOCKED when the remote's branch is locked. */
    enum Pushed {
        OK,
        NOTHING,
        RETRY,
        LOCKED
    }

    /** A lock on a remote's branch older than this was left by a killed push (a push holds it for milliseconds). */
    static final long STALE_LOCK_MILLIS = 10_000;

    private final ProjectRepository clone;
    private final TeamCredentials credentials;

    Remote(ProjectRepository clone, Map<String, String> env, String urlGivenNow) {
        this.clone = clone;
        this.credentials = new TeamCredentials(env, urlGivenNow);
    }

    String shownUrl() {
        String url = clone.remoteUrl();
        return url == null ? "(none)" : Secrets.redact(url);
    }

    /** Fetches every branch of the remote into refs/remotes/origin/. */
    void fetch(String kept) throws TeamException {
        try (Git git = Git.wrap(clone.repo())) {
            git.fetch()
                    .setRemote(ProjectRepository.REMOTE)
                    .setCredentialsProvider(credentials)
                    .setTimeout(TIMEOUT)
                    .setRemoveDeletedRefs(true)
                    .call();
        } catch (InvalidRemoteException | TransportException e) {
            throw offline(e, kept);
        } catch (GitAPIException | RuntimeException e) {
            throw offline(e, kept);
        }
    }

    /** Pushes the clone's branch; RETRY when the remote moved on in between (someone else pushed first). */
    Pushed push(String kept) throws TeamException, IOException {
        String ref = Constants.R_HEADS + clone.branch();
        Iterable<PushResult> results;
        try (Git git = Git.wrap(clone.repo())) {
            results = git.push()
                    .setRemote(ProjectRepository.REMOTE)
                    .setCredentialsProvider(credentials)
                    .setTimeout(TIMEOUT)
                    .setRefSpecs(new RefSpec(ref + ":" + ref))
                    .call();
        } catch (InvalidRemoteException | TransportException e) {
            throw offline(e, kept);
        } catch (GitAPIException | RuntimeException e) {
            throw offline(e, kept);
        }
        for (PushResult result : results) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                switch (update.getStatus()) {
                    case OK:
                        return Pushed.OK;
                    case UP_TO_DATE:
                        return Pushed.NOTHING;
                    case REJECTED_NONFASTFORWARD:
                    case REJECTED_REMOTE_CHANGED:
                        return Pushed.RETRY;
                    case REJECTED_OTHER_REASON:
                        String why = String.valueOf(update.getMessage());
                        if (why.toLowerCase(Locale.ROOT).contains("lock")) {
                            return Pushed.LOCKED; // another push holds the branch's lock, or a killed one left it
                        }
                        throw refused(why, kept);
                    default:
                        throw refused(
                                update.getStatus() + (update.getMessage() == null ? "" : ": " + update.getMessage()),
                                kept);
                }
            }
        }
        throw refused("the remote answered nothing about " + ref, kept);
    }

    /**
     * A remote that is a folder (a bare repository on a shared drive, pushed to in this process) keeps
     * the lock file of a push that was killed between taking the lock and renaming it; such a lock,
     * once older than any push takes, is removed. Returns what was removed.
     */
    List<String> clearStaleLocks() {
        String url = clone.remoteUrl();
        Path dir;
        try {
            dir = url.startsWith("file:")
                    ? Path.of(URI.create(url))
                    : Path.of(url).isAbsolute() ? Path.of(url) : null;
        } catch (RuntimeException e) {
            return List.of();
        }
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> removed = new ArrayList<>();
        long now = System.currentTimeMillis();
        try (Stream<Path> all = Files.walk(dir.resolve("refs"))) {
            List<Path> locks =
                    new ArrayList<>(all.filter(p -> p.getFileName().toString().endsWith(".lock"))
                            .toList());
            locks.add(dir.resolve("packed-refs.lock"));
            for (Path lock : locks) {
                if (Files.isRegularFile(lock)
                        && now - Files.getLastModifiedTime(lock).toMillis() > STALE_LOCK_MILLIS) {
                    Files.deleteIfExists(lock);
                    removed.add("removed the stale lock "
                            + dir.relativize(lock).toString().replace('\\', '/') + " of the remote");
                }
            }
        } catch (IOException e) {
            // Not ours to insist on: the push is retried and, failing that, reported.
        }
        return removed;
    }

    private TeamException offline(Exception e, String kept) {
        String reason = rootMessage(e);
        return new TeamException(
                TeamException.Kind.OFFLINE,
                "cannot reach the remote " + shownUrl() + ": " + reason
                        + "\n" + kept
                        + "Check the network connection, the address and your access (ssh key, or a token in "
                        + TeamCredentials.TOKEN + "), then sync again.",
                List.of(),
                e);
    }

    private TeamException refused(String why, String kept) {
        return new TeamException(
                TeamException.Kind.REMOTE_REFUSED,
                "the remote " + shownUrl() + " refused the push: " + why
                        + "\n" + kept
                        + "Check that you may push to it (on GitHub or GitLab: write access to the repository,"
                        + " and the branch not protected against your pushes), then sync again.");
    }

    static String rootMessage(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && b.indexOf(m) < 0) {
                if (b.length() > 0) {
                    b.append(": ");
                }
                b.append(m.strip());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return b.length() == 0 ? e.getClass().getSimpleName() : b.toString();
    }
}
