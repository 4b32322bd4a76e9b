package org.newsmark.service.team;

import java.util.Optional;

import org.newsmark.io.AssignmentsFile;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.RepositoryFiles;
import org.newsmark.io.StatusFile;
import org.newsmark.io.TeamFile;
import org.newsmark.model.Names;

/**
 * Which paths a shared project may hold and who may write each. The layout is the project
 * folder's (README, "The project folder"): ids and names are safe names, so no path can climb out
 * of the project, name a device or hide itself. An annotator writes only their own folder; a lead
 * also writes everything that is not another annotator's.
 */
final class PathRules {
    /** What a path is in the project. */
    enum Kind {
        PROJECT_FILE,
        ARTICLE,
        GOLD,
        GUIDELINE,
        ANNOTATION,
        STATUS
    }

    /** A classified path: its kind, the annotator who owns it (annotation and status files) and its document id. */
    record Entry(Kind kind, String owner, String doc) {
        boolean ownedBy(String name) {
            return owner != null && owner.equals(name);
        }
    }

    private PathRules() {}

    /** What the path is, or empty when the project's layout has no place for it. */
    static Optional<Entry> classify(String path) {
        String[] parts = path.split("/", -1);
        if (parts.length == 1) {
            return projectFile(parts[0]);
        }
        if (parts.length == 2) {
            return switch (parts[0]) {
                case ProjectFolder.ARTICLES -> stem(parts[1], ".txt").map(d -> new Entry(Kind.ARTICLE, null, d));
                case ProjectFolder.GOLD -> stem(parts[1], ".csv").map(d -> new Entry(Kind.GOLD, null, d));
                case "guidelines" ->
                    Names.isSafe(parts[1]) ? Optional.of(new Entry(Kind.GUIDELINE, null, null)) : Optional.empty();
                default -> Optional.empty();
            };
        }
        if (parts.length == 3
                && parts[0].equals(ProjectFolder.ANNOTATORS)
                && Names.annotatorProblem(parts[1]) == null) {
            if (parts[2].equals(StatusFile.NAME)) {
                return Optional.of(new Entry(Kind.STATUS, parts[1], null));
            }
            return stem(parts[2], ".csv").map(d -> new Entry(Kind.ANNOTATION, parts[1], d));
        }
        return Optional.empty();
    }

    private static Optional<Entry> projectFile(String name) {
        boolean known = name.equals(ProjectFolder.SCHEMA)
                || name.equals(TeamFile.NAME)
                || name.equals(AssignmentsFile.NAME)
                || name.equals(RepositoryFiles.ATTRIBUTES)
                || name.equals(RepositoryFiles.IGNORE);
        boolean notes = name.endsWith(".md") && Names.isSafe(name);
        return known || notes ? Optional.of(new Entry(Kind.PROJECT_FILE, null, null)) : Optional.empty();
    }

    private static Optional<String> stem(String file, String suffix) {
        if (!file.endsWith(suffix)) {
            return Optional.empty();
        }
        String stem = file.substring(0, file.length() - suffix.length());
        return Names.isSafe(stem) ? Optional.of(stem) : Optional.empty();
    }

    /** Whether {@code author} may add, change or delete the path; a lead writes all but other annotators' files. */
    static boolean mayWrite(String author, boolean lead, Entry entry) {
        if (entry.kind() == Kind.ANNOTATION || entry.kind() == Kind.STATUS) {
            return entry.ownedBy(author);
        }
        return lead;
    }

    /** Why the path may not be written by {@code author}, or null when it may. */
    static String refusal(String author, boolean lead, String path) {
        Optional<Entry> entry = classify(path);
        if (entry.isEmpty()) {
            return path + " has no place in a Newsmark project (see README, \"The project folder\")";
        }
        if (mayWrite(author, lead, entry.get())) {
            return null;
        }
        Entry e = entry.get();
        return e.owner() != null
                ? path + " belongs to " + e.owner() + "; only " + e.owner() + " writes it"
                : path + " is written by a lead only (team.csv)";
    }
}
