package org.newsmark.cli;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import com.opencsv.CSVReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code newsmark agree --ci LEVEL [--seed N] [--replicates R]} on a copy of the bundled project. */
class AgreeConfidenceIntervalsTest {
    @TempDir
    Path dir;

    private CliRunner.Result agree(String... args) throws Exception {
        if (!dir.resolve("schema.csv").toFile().exists()) {
            TestData.bundledCopy(dir);
        }
        String[] all = new String[args.length + 4];
        all[0] = "agree";
        all[1] = dir.toString();
        all[2] = "--annotators";
        all[3] = "ana,ben";
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRunner.run(all);
    }

    private static List<String[]> rows(String csv) throws Exception {
        try (CSVReader reader = new CSVReader(new StringReader(csv))) {
            return reader.readAll();
        }
    }

    @Test
    void withoutCiTheCsvIsAsItWas() throws Exception {
        String csv = agree("--format", "csv", "--layer", "QUOTE").out();
        assertThat(csv.lines().findFirst()).contains("layer,label,measure,annotators,doc,value,units,note");
        assertThat(csv).doesNotContain("CI", "ci_low");
    }

    @Test
    void ciAddsTwoColumnsAtTheEndAndSaysInTheNoteWhatTheyRestOn() throws Exception {
        List<String[]> plain =
                rows(agree("--format", "csv", "--by-doc", "--layer", "QUOTE").out());
        CliRunner.Result r =
                agree("--format", "csv", "--by-doc", "--layer", "QUOTE", "--ci", "0.9", "--replicates", "200");
        assertThat(r.code()).isZero();
        List<String[]> ci = rows(r.out());
        assertThat(String.join(",", ci.get(0)))
                .isEqualTo("layer,label,measure,annotators,doc,value,units,note,ci_low,ci_high");
        assertThat(ci).hasSameSizeAs(plain);
        int withBounds = 0;
        for (int i = 1; i < ci.size(); i++) {
            String[] before = plain.get(i);
            String[] after = ci.get(i);
            assertThat(after).hasSize(10);
            // the first seven columns are unchanged, the note only gains the interval's description
            assertThat(List.of(after).subList(0, 7)).isEqualTo(List.of(before).subList(0, 7));
            boolean corpus = after[4].equals("*");
            boolean defined = !after[5].isEmpty();
            if (corpus && defined) {
                assertThat(after[7]).startsWith(before[7]).contains("90% CI: ", "seed 1");
                assertThat(after[7])
                        .contains(
                                after[2].equals("krippendorff_alpha")
                                        ? "Krippendorff's bootstrap"
                                        : "articles resampled");
                if (!after[8].isEmpty()) {
                    assertThat(Double.parseDouble(after[8])).isLessThanOrEqualTo(Double.parseDouble(after[9]));
                    withBounds++;
                }
            } else {
                assertThat(after[7]).isEqualTo(before[7]);
                assertThat(after[8]).isEmpty();
                assertThat(after[9]).isEmpty();
            }
        }
        assertThat(withBounds).isGreaterThan(20);
    }

    @Test
    void theSameSeedGivesTheSameIntervals() throws Exception {
        String a = agree("--format", "csv", "--layer", "ENTITY", "--ci", "0.95", "--seed", "42", "--replicates", "200")
                .out();
        String b = agree("--format", "csv", "--layer", "ENTITY", "--ci", "0.95", "--seed", "42", "--replicates", "200")
                .out();
        String c = agree("--format", "csv", "--layer", "ENTITY", "--ci", "0.95", "--seed", "43", "--replicates", "200")
                .out();
        assertThat(a).isEqualTo(b).isNotEqualTo(c).contains("seed 42");
    }

    @Test
    void theTableShowsEachIntervalAndHowTheyWereMade() throws Exception {
        CliRunner.Result r = agree("--layer", "EVENT", "--ci", "0.95", "--replicates", "200");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("95% confidence intervals: percentile bootstrap, 200 replicates, seed 1", "95% CI");
        String kappa = r.out()
                .lines()
                .filter(l -> l.contains("cohen_kappa") && l.contains("ana+ben"))
                .findFirst()
                .orElseThrow();
        assertThat(kappa).matches(".*\\[[01]\\.\\d{4}, [01]\\.\\d{4}].*");
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        for (String[] args : List.of(
                new String[] {"--ci", "1"},
                new String[] {"--ci", "0"},
                new String[] {"--ci", "95"},
                new String[] {"--ci", "x"},
                new String[] {"--ci", "0.95", "--replicates", "10"},
                new String[] {"--seed", "3"},
                new String[] {"--replicates", "500"})) {
            CliRunner.Result r = agree(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).isEmpty();
        }
        assertThat(agree("--seed", "3").err()).contains("--seed and --replicates go with --ci LEVEL");
        assertThat(agree("--ci", "95").err()).contains("between 0 and 1");
    }
}
