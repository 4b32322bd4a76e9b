package org.newsmark.reliability;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Runs the real command line ({@code org.newsmark.Main}) in a child JVM, as the current user or,
 * when the tests run as root and {@code setpriv} is there, as the unprivileged user {@code nobody}:
 * what differs between root and a normal user (permissions on /dev, on a folder) is then tried
 * both ways. The child's standard output and error go to files, so a test sees every byte.
 */
final class Subprocess {
    /** The unprivileged user and group the tests switch to. */
    static final int NOBODY = 65534;

    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    private static String sharedClassPath;

    private Subprocess() {}

    /** What a run printed and how it ended. */
    record Result(int code, String out, String err, byte[] outBytes) {}

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Why runs as a normal user cannot be made here, or null when they can. */
    static String noNormalUser() {
        if (!isRoot()) {
            return "the tests do not run as root, so they cannot switch to another user";
        }
        if (!Files.isExecutable(SETPRIV)) {
            return "setpriv is not installed";
        }
        return null;
    }

    /** Runs {@code newsmark ARGS} as the current user. */
    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return start(workDir, false, System.getProperty("java.class.path"), List.of(), args);
    }

    /** Runs {@code newsmark ARGS} with extra JVM options as the current user. */
    static Result runWith(Path workDir, List<String> jvm, String... args) throws IOException, InterruptedException {
        return start(workDir, false, System.getProperty("java.class.path"), jvm, args);
    }

    /** Runs {@code newsmark ARGS} as {@code nobody}; call only when {@link #noNormalUser()} is null. */
    static Result runAsNobody(Path workDir, String... args) throws IOException, InterruptedException {
        return start(workDir, true, sharedClassPath(), List.of(), args);
    }

    private static Result start(Path workDir, boolean nobody, String classPath, List<String> jvm, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (nobody) {
            cmd.addAll(List.of(SETPRIV.toString(), "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xshare:auto");
        if (nobody) {
            // nobody has no home folder for Java's preferences, which would warn on every start.
            cmd.add("-Djava.util.prefs.userRoot=" + prefsFolder());
        }
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", classPath, "org.newsmark.Main"));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("newsmark-run", ".out");
        Path err = Files.createTempFile("newsmark-run", ".err");
        try {
            Process p = new ProcessBuilder(cmd)
                    .directory(workDir.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new IllegalStateException("newsmark " + String.join(" ", args) + " did not end in 120 s");
            }
            byte[] bytes = Files.readAllBytes(out);
            return new Result(
                    p.exitValue(),
                    new String(bytes, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8),
                    bytes);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static synchronized String prefsFolder() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "newsmark-nobody-prefs");
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        return dir.toString();
    }

    /**
     * A copy of the class path that {@code nobody} can read (the Maven repository under /root is
     * not readable to it), made once per test run.
     */
    private static synchronized String sharedClassPath() throws IOException {
        if (sharedClassPath == null) {
            Path dir = Files.createTempDirectory("newsmark-classpath");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            int n = 0;
            List<String> entries = new ArrayList<>();
            for (Path entry : classPathEntries()) {
                Path copy = dir.resolve((n++) + "-" + entry.getFileName());
                copyReadable(entry, copy);
                entries.add(copy.toString());
            }
            sharedClassPath = String.join(File.pathSeparator, entries);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        }
        return sharedClassPath;
    }

    /** The class path entries, with Surefire's manifest-only jar opened up into the jars it names. */
    private static Set<Path> classPathEntries() throws IOException {
        Set<Path> out = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(e).toAbsolutePath();
            if (Files.isRegularFile(p) && p.getFileName().toString().startsWith("surefirebooter")) {
                try (JarFile jar = new JarFile(p.toFile())) {
                    Manifest m = jar.getManifest();
                    String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
                    for (String u : cp == null ? new String[0] : cp.trim().split("\\s+")) {
                        out.add(Path.of(p.getParent().toUri().resolve(u)));
                    }
                }
            } else if (Files.exists(p)) {
                out.add(p);
            }
        }
        return out;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // A copy left in the temporary folder is harmless.
        }
    }

    private static void copyReadable(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            try (Stream<Path> all = Files.walk(from)) {
                for (Path f : (Iterable<Path>) all::iterator) {
                    Path t = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(t);
                        Files.setPosixFilePermissions(t, PosixFilePermissions.fromString("rwxr-xr-x"));
                    } else {
                        Files.copy(f, t);
                        Files.setPosixFilePermissions(t, PosixFilePermissions.fromString("rw-r--r--"));
                    }
                }
            }
        } else {
            try (InputStream in = Files.newInputStream(from)) {
                Files.copy(in, to);
            }
            Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
