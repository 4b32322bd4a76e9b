package org.newsmark.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GUM's own coreference files (github.com/amir-zeldes/gum, {@code coref/gum/conll/} and
 * {@code coref/ontogum/conll/}, news documents from Wikinews, CC BY 2.5), when a folder of them is
 * given with {@code -Dnewsmark.gum=DIR} or lies at {@code ../shared/samples/gum/}: each imports with
 * as many mentions and entities as its coreference column holds (less the mentions of a span that
 * has one already, each reported), and exported again and imported onto the same article gives the
 * same chains. GUM's files are not part of Newsmark; without them the test is skipped, and
 * {@link Conll2012ImportServiceTest} checks a document in GUM's layout instead.
 */
class GumLayoutImportTest {
    @TempDir
    Path dir;

    @Test
    void gumDocumentsImportWholeAndExportToTheSameChains() throws Exception {
        String given = System.getProperty("newsmark.gum");
        Path folder = given != null ? Path.of(given) : Path.of("..", "shared", "samples", "gum");
        Assumptions.assumeTrue(
                Files.isDirectory(folder),
                "no GUM files at " + folder.toAbsolutePath()
                        + " (give a folder of GUM's .conll files with -Dnewsmark.gum=DIR)");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".conll"))
                    .sorted()
                    .toList();
        }
        Assumptions.assumeFalse(files.isEmpty(), "no .conll file in " + folder.toAbsolutePath());
        for (Path f : files) {
            try {
                Conll2012ImportServiceTest.GumCheck.check(dir.resolve(f.getFileName() + "-project"), f);
            } catch (AssertionError e) {
                throw new AssertionError(f + ": " + e.getMessage(), e);
            }
        }
    }
}
