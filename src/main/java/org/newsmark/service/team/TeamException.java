package org.newsmark.service.team;

import java.util.List;

/**
 * Why a team operation stopped: what went wrong, which files, and what to do about it. The message
 * never holds a secret (a URL's password is shown as ***). Whatever was committed in the clone stays
 * committed and goes out with the next sync.
 */
public final class TeamException extends Exception {
    /** What kind of stop this is, so that a front can choose how to show it. */
    public enum Kind {
        /** The request itself is wrong (a bad name, a missing folder, not a lead): a usage error. */
        BAD_REQUEST,
        /** The folder is not a shared project, or not one that was joined. */
        NOT_SHARED,
        /** Another sync is running on this clone. */
        BUSY,
        /** The clone holds changes to files this annotator may not commit. */
        LOCAL_CHANGES_REFUSED,
        /** The remote holds a commit that breaks the project's rules; nothing of it was checked out. */
        INCOMING_REFUSED,
        /** The remote holds a history that has nothing in common with this project. */
        UNRELATED_HISTORY,
        /** The remote could not be reached (offline, wrong address, no permission to read). */
        OFFLINE,
        /** The remote was reached and refused what was sent (permissions, a protected branch). */
        REMOTE_REFUSED,
        /** Reading or writing the project failed. */
        FAILED
    }

    private final Kind kind;
    private final List<String> files;

    public TeamException(Kind kind, String message) {
        this(kind, message, List.of(), null);
    }

    public TeamException(Kind kind, String message, List<String> files) {
        this(kind, message, files, null);
    }

    public TeamException(Kind kind, String message, List<String> files, Throwable cause) {
        super(Secrets.redact(message), cause);
        this.kind = kind;
        this.files = List.copyOf(files);
    }

    public Kind kind() {
        return kind;
    }

    /** The files concerned (project-relative, forward slashes); empty when none. */
    public List<String> files() {
        return files;
    }
}
