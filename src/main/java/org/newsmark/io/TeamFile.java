package org.newsmark.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.newsmark.model.FormatException;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;

/**
 * The team of a shared project, {@code team.csv} with the header {@code name,role}: who is a lead
 * (writes gold, articles, schema, guidelines, assignments and this file) and who annotates.
 */
public final class TeamFile {
    public static final String NAME = "team.csv";
    private static final String[] HEADER = {"name", "role"};

    /** What a member may write. */
    public enum Role {
        LEAD,
        ANNOTATOR;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One row of the team. */
    public record Member(String name, Role role) {}

    private TeamFile() {}

    public static Path of(Path projectRoot) {
        return projectRoot.resolve(NAME);
    }

    /** The members; a name listed twice keeps its last row, an unknown role or unsafe name is a problem. */
    public static List<Member> parse(String text, String shown) throws FormatException {
        Map<String, Member> members = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (SimpleCsv.Row row : SimpleCsv.parse(text, shown, HEADER)) {
            String name = row.fields()[0];
            String problem = Names.annotatorProblem(name);
            Optional<Role> role = role(row.fields()[1]);
            if (problem != null) {
                problems.add(Problem.error(shown, row.line(), "bad name: " + problem));
            } else if (role.isEmpty()) {
                problems.add(Problem.error(
                        shown, row.line(), "role must be lead or annotator, not \"" + row.fields()[1] + "\""));
            } else {
                members.put(name, new Member(name, role.get()));
            }
        }
        if (!problems.isEmpty()) {
            throw new FormatException(problems);
        }
        return List.copyOf(members.values());
    }

    private static Optional<Role> role(String word) {
        for (Role r : Role.values()) {
            if (r.word().equals(word)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The members of the project's team.csv; none when the file does not exist. */
    public static List<Member> read(Path projectRoot) throws FormatException {
        Path file = of(projectRoot);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return parse(TextFiles.readUtf8(file, NAME), NAME);
    }

    /** The file's text: sorted by name so that it diffs cleanly. */
    public static String format(List<Member> members) {
        List<String[]> rows = new ArrayList<>();
        members.stream()
                .sorted(Comparator.comparing(Member::name))
                .forEach(m -> rows.add(new String[] {m.name(), m.role().word()}));
        return SimpleCsv.format(HEADER, rows);
    }

    public static void write(Path projectRoot, List<Member> members) throws IOException {
        AtomicFile.write(of(projectRoot), format(members));
    }

    /** The role of a name in a team: empty when it is not a member. */
    public static Optional<Role> roleOf(List<Member> members, String name) {
        return members.stream()
                .filter(m -> m.name().equals(name))
                .map(Member::role)
                .findFirst();
    }
}
