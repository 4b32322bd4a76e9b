package org.newsmark.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

import org.newsmark.model.Names;
import org.newsmark.model.Shown;

/**
 * The rule for the paths of a project, in one place for every command, the annotator and team
 * sync: what Newsmark reads or writes in a project is reached through real folders, never through
 * a symbolic link, so that nothing leads outside the project, nor from one of its folders into
 * another ({@code annotators/ana} standing in for {@code gold}); and no export lands on the
 * project's data ({@code schema.csv}, {@code articles/}, {@code annotators/}, {@code gold/}, the
 * state folder), whatever path or link names it.
 *
 * <p>Paths that arrive from elsewhere (a synced file, a journal entry) are taken as text with
 * {@link #resolve(String)}, which refuses absolute paths, {@code ..} and odd names before anything
 * touches the disk. Checks look at the disk as it is now; a folder swapped for a link between the
 * check and the write is not caught (nothing in the JDK opens a path relative to a folder handle).
 */
public final class ProjectPaths {
    /** The folder of Newsmark's own state in a project: the project lock and an unfinished transaction. */
    public static final String STATE = ".newsmark";

    private static final int MAX_LINKS = 40;

    private final Path root;

    private ProjectPaths(Path root) {
        this.root = root;
    }

    /** The rule for the project in {@code folder}; the folder itself may be reached through links. */
    public static ProjectPaths of(Path folder) throws IOException {
        return new ProjectPaths(folder.toRealPath());
    }

    /** The project folder, as a real path (no link in it). */
    public Path root() {
        return root;
    }

    /** Where a path is refused and why: the link or the path that breaks the rule, as the project shows it. */
    public record Refusal(String at, String reason) {
        /** "gold is a symbolic link to /x/gold, outside the project; ...". */
        public String message() {
            return at + " " + reason;
        }
    }

    /**
     * Why a path must not be read or written as part of the project, or empty when it may: it
     * lies outside the project, or one of the folders or the file on the way is a symbolic link
     * (wherever it points). The parts that do not exist yet are fine: writing creates them.
     */
    public Optional<Refusal> refusal(Path path) {
        Path abs = (path.isAbsolute() ? path : root.resolve(path)).normalize();
        if (!abs.startsWith(root)) {
            return Optional.of(new Refusal(abs.toString(), "lies outside the project " + root));
        }
        Path at = root;
        for (Path part : root.relativize(abs)) {
            at = at.resolve(part);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(at, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                // Cannot be looked at (no permission): reading or writing it fails with its own message.
                return Optional.empty();
            }
            if (attributes.isSymbolicLink()) {
                return Optional.of(linkRefusal(at));
            }
        }
        return Optional.empty();
    }

    private Refusal linkRefusal(Path link) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            target = followLinks(link);
        }
        boolean inside = target.startsWith(root);
        String where = inside ? shown(target) : target.toString();
        return new Refusal(
                shown(link),
                "is a symbolic link to " + where
                        + (inside
                                ? "; a project holds no links, so that none of its folders stands in for another"
                                : ", outside the project; Newsmark never reads or writes outside the project"));
    }

    /** The path, when {@link #refusal} has nothing against it; else an exception naming it and why. */
    public Path require(Path path) throws UnsafePathException {
        Optional<Refusal> refusal = refusal(path);
        if (refusal.isPresent()) {
            throw new UnsafePathException(
                    shown(path), "refused: " + refusal.get().message());
        }
        return (path.isAbsolute() ? path : root.resolve(path)).normalize();
    }

    /**
     * A path that arrives as text relative to the project ({@code annotators/ana/kyiv.csv}), with
     * forward slashes: refused when it is absolute, empty, has an empty, {@code .} or {@code ..}
     * part, a backslash, a colon, a control character, or when {@link #refusal} refuses it.
     */
    public Path resolve(String relative) throws UnsafePathException {
        String why = textProblem(relative);
        if (why != null) {
            throw new UnsafePathException(Shown.escape(relative), "refused: " + why);
        }
        Path p;
        try {
            p = root.resolve(relative);
        } catch (InvalidPathException e) {
            throw new UnsafePathException(Shown.escape(relative), "refused: not a path here");
        }
        return require(p);
    }

    private static String textProblem(String relative) {
        if (relative == null || relative.isEmpty()) {
            return "an empty path";
        }
        if (relative.startsWith("/") || relative.contains("\\") || relative.contains(":")) {
            return "not a relative path with forward slashes";
        }
        if (relative.length() > 1000) {
            return "longer than 1000 characters";
        }
        for (int i = 0; i < relative.length(); i++) {
            if (Character.isISOControl(relative.charAt(i))) {
                return "a control character in the path";
            }
        }
        for (String part : relative.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return "an empty, '.' or '..' part";
            }
        }
        return null;
    }

    /**
     * Why an export must not be written to {@code target}, or empty when it may: after every link
     * is followed, it would be the project's schema.csv, or lie inside articles/, annotators/,
     * gold/ or the state folder (also when these folders are themselves links elsewhere).
     */
    public Optional<String> exportProblem(Path target) {
        Path real = realTarget(target);
        if (real.equals(root.resolve(ProjectFolder.SCHEMA))) {
            return Optional.of(
                    "is the project's " + ProjectFolder.SCHEMA + ", inside the project's data; exports go elsewhere");
        }
        for (String data : List.of(ProjectFolder.ARTICLES, ProjectFolder.ANNOTATORS, Names.GOLD, STATE)) {
            Path folder = root.resolve(data);
            Path realFolder = realTarget(folder);
            if (real.startsWith(folder) || real.startsWith(realFolder)) {
                return Optional.of("lies inside the project's " + data + "/ folder; exports go elsewhere");
            }
        }
        return Optional.empty();
    }

    /**
     * The file that writing to {@code path} reaches: the end of its chain of links, in a folder
     * given by its real path. A part that does not exist yet is kept as named.
     */
    public static Path realTarget(Path path) {
        Path p = path.toAbsolutePath();
        for (int hops = 0; hops < MAX_LINKS; hops++) {
            if (Files.isSymbolicLink(p)) {
                try {
                    p = p.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(p));
                    continue;
                } catch (IOException e) {
                    return p.normalize();
                }
            }
            Path parent = p.getParent();
            if (parent == null) {
                return p;
            }
            return realFolder(parent).resolve(p.getFileName());
        }
        return p.normalize();
    }

    /** The real path of a folder, or of its nearest existing parent with the rest added as named. */
    private static Path realFolder(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            Path parent = folder.getParent();
            if (parent == null || folder.getFileName() == null) {
                return folder.normalize();
            }
            String name = folder.getFileName().toString();
            Path realParent = realFolder(parent);
            return name.equals("..")
                    ? realParent.getParent() == null ? realParent : realParent.getParent()
                    : name.equals(".") ? realParent : realParent.resolve(name);
        }
    }

    /** Where a link points when its target does not exist: the chain followed as far as it goes. */
    private static Path followLinks(Path link) {
        Path p = link;
        for (int hops = 0; hops < MAX_LINKS && Files.isSymbolicLink(p); hops++) {
            try {
                p = p.getParent().resolve(Files.readSymbolicLink(p)).normalize();
            } catch (IOException e) {
                break;
            }
        }
        return p;
    }

    /** A path as messages show it: relative to the project, with forward slashes. */
    public String shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String s = abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
        return Shown.escape(s.isEmpty() ? "." : s.replace('\\', '/'));
    }
}
