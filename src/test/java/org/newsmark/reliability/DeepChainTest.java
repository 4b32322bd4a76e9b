package org.newsmark.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.cli.CliRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A valid file whose quotes form one {@code continues} chain of 100,000 links (no cycle, every
 * rule satisfied) goes through every command that walks links: validate, agree, merge, convert
 * (CoNLL, JSONL, brat), export (workbook and CSV) and score, each ending normally with exit code
 * 0, no stack overflow. {@code -Dnewsmark.chainLength=N} for another length.
 */
class DeepChainTest {
    static final Tally TALLY = new Tally("deep chains");
    static final int LENGTH = Integer.getInteger("newsmark.chainLength", 100_000);

    @TempDir
    Path dir;

    @AfterAll
    static void numbers() {
        TALLY.print();
    }

    /** "Ann: “q” “q” “q” ...", with Ann the speaker of every quote and each quote continuing the one before. */
    static Path chainProject(Path dir, int length, String... annotators) throws Exception {
        StringBuilder text = new StringBuilder("Ann:");
        for (int i = 0; i < length; i++) {
            text.append(" \u201cq\u201d");
        }
        TestData.project(dir, "chain", text.toString());
        for (String who : annotators) {
            StringBuilder csv =
                    new StringBuilder("doc,annotator,id,layer,label,start,end,text,links,attributes,note\n");
            csv.append("chain,").append(who).append(",E1,ENTITY,PERSON,0,3,Ann,,,\n");
            for (int i = 0; i < length; i++) {
                int start = 5 + 4 * i;
                csv.append("chain,")
                        .append(who)
                        .append(",Q")
                        .append(i + 1)
                        .append(",QUOTE,DIRECT,")
                        .append(start)
                        .append(',')
                        .append(start + 3)
                        .append(",\u201cq\u201d,");
                csv.append(i == 0 ? "" : "continues=Q" + i + ";").append("speaker=E1,,\n");
            }
            Path file = who.equals("gold")
                    ? dir.resolve("gold/chain.csv")
                    : dir.resolve("annotators/" + who + "/chain.csv");
            Files.createDirectories(file.getParent());
            Files.writeString(file, csv);
        }
        return dir;
    }

    @Test
    void everyCommandWalksAChainOf100000LinksWithoutOverflowing() throws Exception {
        Path p = chainProject(dir.resolve("p"), LENGTH, "ana", "ben", "gold");
        Path out = Files.createDirectories(dir.resolve("out"));
        String project = p.toString();
        List<String[]> runs = List.of(
                new String[] {"validate", project},
                new String[] {"agree", project, "--annotators", "ana,ben"},
                new String[] {"merge", project, "--annotators", "ana,ben", "--out", "merged"},
                new String[] {
                    "convert",
                    project,
                    "--to",
                    "conll",
                    "--out",
                    out.resolve("conll").toString()
                },
                new String[] {
                    "convert",
                    project,
                    "--to",
                    "jsonl",
                    "--out",
                    out.resolve("jsonl").toString()
                },
                new String[] {
                    "convert",
                    project,
                    "--to",
                    "brat",
                    "--out",
                    out.resolve("brat").toString()
                },
                new String[] {
                    "export", project, "--xlsx", out.resolve("chain.xlsx").toString()
                },
                new String[] {
                    "export", project, "--csv", out.resolve("chain.csv").toString()
                },
                new String[] {"score", project, "--annotator", "ana"});
        for (String[] run : runs) {
            long t0 = System.nanoTime();
            CliRunner.Result r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> CliRunner.run(run));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String err = r.err().length() > 2000 ? r.err().substring(0, 2000) : r.err();
            assertThat(r.code()).as(String.join(" ", run) + ": " + err).isZero();
            assertThat(r.err()).doesNotContain("StackOverflowError");
            System.out.printf(
                    "[reliability] deep chains: %s on a chain of %,d links: %d ms%n",
                    run[0] + (run[0].equals("convert") ? " " + run[3] : run[0].equals("export") ? " " + run[2] : ""),
                    LENGTH,
                    ms);
            TALLY.add("commands run on a chain of " + LENGTH + " links", 1);
        }
        assertThat(Files.readString(p.resolve("annotators/merged/chain.csv"))).contains("continues=Q" + (LENGTH - 1));
        TALLY.add("stack overflows", 0);
    }
}
