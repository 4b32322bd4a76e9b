package org.newsmark.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reliability suite's numbers (inputs tried, faults injected, data lost), printed by each
 * test class and appended to {@code target/reliability-numbers.txt} so one run can be quoted.
 */
final class Tally {
    private final String suite;
    private final Map<String, Long> counts = new TreeMap<>();

    Tally(String suite) {
        this.suite = suite;
    }

    synchronized void add(String what, long n) {
        counts.merge(what, n, Long::sum);
    }

    synchronized long get(String what) {
        return counts.getOrDefault(what, 0L);
    }

    synchronized void print() {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append(String.format("[reliability] %s: %s = %d%n", suite, k, v)));
        System.out.print(sb);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(
                    Path.of("target/reliability-numbers.txt"),
                    sb.toString(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // The numbers were printed; the file is a convenience.
        }
    }
}
