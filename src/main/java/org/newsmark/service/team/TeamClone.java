package org.newsmark.service.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.newsmark.io.AnnotationCsv;
import org.newsmark.io.AssignmentsFile;
import org.newsmark.io.AtomicFile;
import org.newsmark.io.LocalIdentity;
import org.newsmark.io.TeamFile;
import org.newsmark.model.Annotation;
import org.newsmark.model.FormatException;

/**
 * What the annotator needs to know about the team clone it works in: whether the project is
 * shared, whether this annotator leads it, which articles are assigned to them, and the conflict
 * copies a sync left, with both versions to compare and the choice between them.
 */
public final class TeamClone {
    private final Path root;
    private final String annotator;

    public TeamClone(Path project, String annotator) {
        this.root = project.toAbsolutePath().normalize();
        this.annotator = annotator;
    }

    public Path root() {
        return root;
    }

    /** One version of a conflicting file: its spans when it is an annotation file, else its lines. */
    public record Version(List<Annotation> spans, List<String> lines, String problem) {
        public Version {
            spans = List.copyOf(spans);
            lines = List.copyOf(lines);
        }
    }

    /** A conflict copy with its two versions: the remote's (under the file's name) and this computer's. */
    public record Comparison(ConflictCopy conflict, String doc, Version theirs, Version mine) {}

    /** Whether the project is a clone that sync can work on (joined or shared: it knows who works in it). */
    public boolean shared() {
        return Files.isDirectory(root.resolve(".git")) && Files.isRegularFile(LocalIdentity.of(root));
    }

    /** Whether team.csv names this annotator as a lead. */
    public boolean lead() {
        try {
            return TeamFile.roleOf(TeamFile.read(root), annotator)
                    .map(r -> r == TeamFile.Role.LEAD)
                    .orElse(false);
        } catch (FormatException e) {
            return false;
        }
    }

    /** The articles assigned to this annotator in assignments.csv; empty when there is no such file (or it is broken). */
    public Optional<List<String>> assigned() {
        if (!AssignmentsFile.exists(root)) {
            return Optional.empty();
        }
        try {
            return Optional.of(AssignmentsFile.read(root).stream()
                    .filter(a -> a.annotator().equals(annotator))
                    .map(AssignmentsFile.Assignment::doc)
                    .distinct()
                    .toList());
        } catch (FormatException e) {
            return Optional.empty();
        }
    }

    /** The conflict copies still waiting for a choice, oldest first. */
    public List<ConflictCopy> conflicts() throws IOException {
        Path base = root.resolve(LocalIdentity.CONFLICTS);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        List<ConflictCopy> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Path rel = base.relativize(f);
                if (rel.getNameCount() < 2) {
                    continue;
                }
                String path = rel.subpath(1, rel.getNameCount()).toString().replace('\\', '/');
                out.add(new ConflictCopy(path, root.relativize(f).toString().replace('\\', '/')));
            }
        }
        return out;
    }

    /** Both versions of a conflict, read for comparing. */
    public Comparison compare(ConflictCopy c) throws IOException {
        String doc = PathRules.classify(c.path()).map(PathRules.Entry::doc).orElse(null);
        return new Comparison(c, doc, version(resolve(c.path()), doc), version(resolve(c.copy()), doc));
    }

    private Version version(Path file, String doc) throws IOException {
        if (!Files.exists(file)) {
            return new Version(List.of(), List.of(), "the file is missing");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (doc == null
                || !file.getFileName().toString().endsWith(".csv")
                || file.getFileName().toString().startsWith("_")) {
            return new Version(List.of(), text.lines().toList(), null);
        }
        AnnotationCsv.Parsed parsed = AnnotationCsv.parse(text, file.toString(), doc, annotator);
        List<Annotation> spans = parsed.annotations().stream()
                .sorted(Comparator.comparingInt(Annotation::start).thenComparingInt(Annotation::end))
                .toList();
        return new Version(
                spans,
                List.of(),
                parsed.problems().isEmpty() ? null : parsed.problems().get(0).toString());
    }

    /**
     * Keeps this computer's version: it replaces the file atomically and the copy goes. The next
     * sync sends it out. Refused for a file that is not this annotator's own.
     */
    public void keepMine(ConflictCopy c) throws IOException {
        own(c);
        String mine = Files.readString(resolve(c.copy()), StandardCharsets.UTF_8);
        AtomicFile.write(resolve(c.path()), mine);
        discard(c);
    }

    /** Keeps the remote's version (already under the file's name): the copy goes. */
    public void keepTheirs(ConflictCopy c) throws IOException {
        own(c);
        discard(c);
    }

    private void own(ConflictCopy c) throws IOException {
        boolean mine = PathRules.classify(c.path())
                .map(e -> e.ownedBy(annotator) || annotator.equals(SyncResult.GOLD) && e.kind() == PathRules.Kind.GOLD)
                .orElse(false);
        if (!mine || !resolve(c.copy()).startsWith(root.resolve(LocalIdentity.CONFLICTS))) {
            throw new IOException(c.path() + " is not a file of " + annotator + "'s; nothing was changed");
        }
    }

    private void discard(ConflictCopy c) throws IOException {
        Path copy = resolve(c.copy());
        Files.deleteIfExists(copy);
        Path base = root.resolve(LocalIdentity.CONFLICTS);
        for (Path dir = copy.getParent();
                dir != null && dir.startsWith(base) && !dir.equals(base);
                dir = dir.getParent()) {
            try (Stream<Path> left = Files.list(dir)) {
                if (left.findAny().isPresent()) {
                    break;
                }
            }
            Files.delete(dir);
        }
    }

    private Path resolve(String relative) throws IOException {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root)) {
            throw new IOException(relative + " lies outside the project");
        }
        return p;
    }
}
