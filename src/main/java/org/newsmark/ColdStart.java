package org.newsmark;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Runs a one-shot command of the jar in a JVM set up for a short run. A user types
 * {@code java -jar newsmark.jar validate DIR}, and the JVM's defaults are made for servers: the
 * optimizing compiler (C2) spends seconds compiling code the command will have finished with, and
 * G1 copies the growing corpus between regions on both cores and keeps a heap of a gigabyte. When
 * started from the jar with such a command, {@code main} starts the same command once more with
 * the quick compiler alone ({@code -XX:TieredStopAtLevel=1}) and the serial collector, passes
 * through the user's own JVM options (which come later and so win), and returns its exit code;
 * the output is the child's, byte for byte. The child also maps the class-data-sharing archive
 * that the build wrote beside the jar, when there is one that fits. {@code -Dnewsmark.relaunch=false}
 * turns all of it off.
 */
final class ColdStart {
    /** The commands that read a project once and end; the annotator and its window stay as started. */
    private static final Set<String> ONE_SHOT = Set.of("validate", "agree");
    /** Marks the child, so that it never starts another. */
    static final String CHILD = "-Dnewsmark.relaunch=false";
    /** The archive's name beside the jar. */
    static final String ARCHIVE = "newsmark.jsa";

    private static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private ColdStart() {}

    /** The exit code of the command run in a child JVM, or empty when it is to run in this one. */
    static OptionalInt relaunch(String[] args) {
        if (args.length == 0
                || !ONE_SHOT.contains(args[0])
                || "false".equals(System.getProperty("newsmark.relaunch"))) {
            return OptionalInt.empty();
        }
        Optional<List<String>> command = childCommand(args);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            Process child = new ProcessBuilder(command.get()).inheritIO().start();
            // Should this JVM be stopped (not by Ctrl-C, which reaches the child too), the child stops with it.
            Thread stop = new Thread(child::destroy);
            Runtime.getRuntime().addShutdownHook(stop);
            int code = waitFor(child);
            Runtime.getRuntime().removeShutdownHook(stop);
            return OptionalInt.of(code);
        } catch (IOException | IllegalStateException e) {
            // No child could be started: the command runs here, only slower.
            return OptionalInt.empty();
        }
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The child's command line, or empty when this JVM was not started as {@code java ... -jar JAR ARGS}. */
    private static Optional<List<String>> childCommand(String[] args) {
        Optional<Path> jar = jar();
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        if (jar.isEmpty() || arguments.isEmpty()) {
            return Optional.empty();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return childCommand(Arrays.asList(arguments.get()), Arrays.asList(args), java, archive(jar.get()));
    }

    /**
     * {@code JAVA [short-run options] [archive] [the user's JVM options] -Dnewsmark.relaunch=false -jar JAR ARGS}
     * from the arguments this JVM was started with ({@code [JVM options] -jar JAR ARGS}), or empty
     * when they are not of that form.
     */
    static Optional<List<String>> childCommand(
            List<String> started, List<String> args, String java, Optional<Path> archive) {
        int dashJar = started.indexOf("-jar");
        if (dashJar < 0
                || dashJar + 2 + args.size() != started.size()
                || !started.subList(dashJar + 2, started.size()).equals(args)) {
            return Optional.empty();
        }
        List<String> jvmOptions = started.subList(0, dashJar);
        List<String> command = new ArrayList<>();
        command.add(java);
        for (String option : OPTIONS) {
            // A collector the user chose stays: two would stop the JVM.
            if (!(option.endsWith("GC") && jvmOptions.stream().anyMatch(ColdStart::choosesCollector))) {
                command.add(option);
            }
        }
        archive.ifPresent(file -> {
            command.add("-XX:SharedArchiveFile=" + file);
            // An archive that does not fit the jar is passed over; the JVM would say so on standard output.
            command.add("-Xlog:cds=off,cds+dynamic=off");
        });
        command.addAll(jvmOptions);
        command.add(CHILD);
        command.add("-jar");
        command.add(started.get(dashJar + 1));
        command.addAll(args);
        return Optional.of(command);
    }

    /**
     * The class-data-sharing archive the build wrote beside the jar ({@link ClassArchive}), when it
     * is newer than the jar: the classes of the commands are then mapped in, already parsed and
     * verified, instead of being read from the jar.
     */
    static Optional<Path> archive(Path jar) {
        Path archive = jar.resolveSibling(ARCHIVE);
        try {
            if (Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
                return Optional.of(archive);
            }
        } catch (IOException e) {
            // Without the archive the command runs as well, a little slower.
        }
        return Optional.empty();
    }

    private static boolean choosesCollector(String option) {
        return option.startsWith("-XX:+Use") && option.endsWith("GC");
    }

    /** The jar this class was loaded from, or empty when it runs from classes (tests, the IDE). */
    private static Optional<Path> jar() {
        try {
            CodeSource source = ColdStart.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            File file = new File(source.getLocation().toURI());
            return file.isFile() && file.getName().endsWith(".jar") ? Optional.of(file.toPath()) : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
