package org.newsmark.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheFile() throws IOException {
        Path f = dir.resolve("a.csv");
        AtomicFile.write(f, "old");
        AtomicFile.write(f, "new");
        assertThat(Files.readString(f)).isEqualTo("new");
        assertThat(listing()).containsExactly("a.csv");
    }

    @Test
    void aWriteThatFailsMidwayLeavesTheOldFileIntact() throws IOException {
        Path f = dir.resolve("a.csv");
        AtomicFile.write(f, "the old content");
        assertThatThrownBy(() -> AtomicFile.write(f, out -> {
                    out.write("half of the new".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("No space left on device");
                }))
                .hasMessage("No space left on device");
        assertThat(Files.readString(f)).isEqualTo("the old content");
        assertThat(listing()).as("no temporary file is left").containsExactly("a.csv");
    }

    @Test
    void aNewFileIsReadableByOthersAndAnOldOneKeepsItsPermissions() throws IOException {
        Path f = dir.resolve("a.csv");
        AtomicFile.write(f, "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                .isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.write(f, "newer");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                .isEqualTo("rw-rw----");
    }

    @Test
    void createsMissingFolders() throws IOException {
        Path f = dir.resolve("annotators/ana/d.csv");
        AtomicFile.write(f, "x");
        assertThat(Files.readString(f)).isEqualTo("x");
    }

    private Stream<String> listingStream() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString()).sorted();
    }

    private List<String> listing() throws IOException {
        try (Stream<String> s = listingStream()) {
            return s.toList();
        }
    }
}
