package org.newsmark.service.team;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.newsmark.io.LocalIdentity;
import org.newsmark.model.FormatException;

/**
 * {@code newsmark sync}: commits this annotator's own changes (a lead's also gold, articles, schema,
 * guidelines, assignments, team), fetches, checks every incoming commit, merges file by file,
 * updates the files and pushes, again when someone pushed in between. Commits are authored with
 * the annotator's name. A clone left by a killed sync is repaired first. Offline, or refused by the
 * remote: the local commit stays and goes out with the next sync. Shared by the command line and
 * the annotator; it prints nothing.
 */
public final class SyncService {
    static {
        ProjectRepository.prepareLibrary();
    }

    private final Map<String, String> env;

    public SyncService() {
        this(System.getenv());
    }

    /** With the environment to read credentials from (tests give their own). */
    public SyncService(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public SyncResult sync(Path project, SyncProgress progress) throws TeamException {
        Path root = project.toAbsolutePath().normalize();
        String me = annotator(root);
        try (ProjectRepository clone = ProjectRepository.open(root)) {
            clone.lock();
            return new Sync(clone, me, env, progress).run();
        } catch (IOException e) {
            throw new TeamException(
                    TeamException.Kind.FAILED,
                    "sync of " + root + " failed: " + Remote.rootMessage(e)
                            + "\nNothing that was committed is lost; sync again to finish.",
                    List.of(),
                    e);
        }
    }

    /** Who works in this clone, as join or share recorded it. */
    static String annotator(Path root) throws TeamException {
        try {
            return LocalIdentity.find(root)
                    .orElseThrow(() -> new TeamException(
                            TeamException.Kind.NOT_SHARED,
                            root + " does not say who works in it (" + LocalIdentity.FOLDER + "/" + LocalIdentity.FILE
                                    + " is missing): get the project with 'newsmark join URL DIR --annotator NAME',"
                                    + " or share it with 'newsmark share'"));
        } catch (FormatException e) {
            throw new TeamException(TeamException.Kind.NOT_SHARED, e.getMessage());
        }
    }
}
