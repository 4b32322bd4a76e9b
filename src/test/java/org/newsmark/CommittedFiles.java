package org.newsmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A snapshot of a folder of the repository as git tracks it: the files in git's index (what is
 * committed, or staged to be), with the index's content. Files a user added (a new annotator's
 * folder, {@code _status.csv}, lock files) are left out, and files a user edited without staging
 * come as committed. Outside a git work tree (a source archive) the folder is copied as it is,
 * without hidden files.
 */
public final class CommittedFiles {
    private CommittedFiles() {}

    /** A snapshot of {@code folder} in a new temporary folder, removed when the JVM exits. */
    public static Path snapshot(Path folder) {
        try {
            Path target = Files.createTempDirectory("newsmark-committed-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(target)));
            Path copy = target.resolve(folder.getFileName().toString());
            if (!fromGit(folder, copy)) {
                copyVisible(folder, copy);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the tracked files of {@code folder} as the index has them; false when git cannot tell. */
    static boolean fromGit(Path folder, Path copy) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        Output list = git(dir, "ls-files", "-z", "--", ".");
        if (list == null || list.text().isEmpty()) {
            return false;
        }
        List<String> files = new ArrayList<>();
        for (String f : list.text().split("\0")) {
            if (!f.isEmpty()) {
                files.add(f);
            }
        }
        for (String f : files) {
            Output content = git(dir, "cat-file", "blob", ":./" + f);
            if (content == null) {
                return false;
            }
            Path to = copy.resolve(f);
            Files.createDirectories(to.getParent());
            Files.write(to, content.bytes());
        }
        return true;
    }

    private record Output(byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Runs git in a folder; null when git is missing, fails or the folder is not in a work tree. */
    private static Output git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.getOutputStream().close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = p.getInputStream()) {
                in.transferTo(out);
            }
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return null;
            }
            return new Output(out.toByteArray());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void copyVisible(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().startsWith(".")) {
                    continue;
                }
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
        }
    }

    static void deleteTree(Path root) {
        try (var files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind costs nothing
        }
    }
}
