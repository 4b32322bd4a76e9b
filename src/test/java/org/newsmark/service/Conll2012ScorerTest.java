package org.newsmark.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.coref.CorefAgreement;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.io.ProjectFolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The files of {@code convert --to conll2012} read by the CoNLL-2012 reference scorer itself
 * (v8.01, github.com/conll/reference-coreference-scorers, {@code perl scorer.pl METRIC KEY
 * RESPONSE none}): an annotator's file against itself scores 100%, and two annotators' files of the
 * bundled project score exactly what {@code agree} reports for them (recall and precision to the
 * six decimals of its note, F1 to 1e-9). The scorer is not part of Newsmark: give the path of its
 * {@code scorer.pl} with {@code -Dnewsmark.conllScorer=PATH} or {@code NEWSMARK_CONLL_SCORER};
 * without it (or without perl) the test is skipped.
 */
class Conll2012ScorerTest {
    private static final Map<String, String> MEASURE = Map.of(
            "muc",
            CorefAgreement.MUC,
            "bcub",
            CorefAgreement.B3,
            "ceafm",
            CorefAgreement.CEAFM,
            "ceafe",
            CorefAgreement.CEAFE,
            "blanc",
            CorefAgreement.BLANC);
    private static final Pattern TOTAL = Pattern.compile(
            "(?m)^(?:Coreference|BLANC): Recall: \\(([0-9.e+-]+) / ([0-9.e+-]+)\\).*Precision: \\(([0-9.e+-]+) / ([0-9.e+-]+)\\)");
    private static final Function<String, Pattern> LINKS = kind -> Pattern.compile("(?m)^" + kind
            + " links: Recall: \\(([0-9.e+-]+) / ([0-9.e+-]+)\\).*Precision: \\(([0-9.e+-]+) / ([0-9.e+-]+)\\)");
    private static final Pattern NOTE = Pattern.compile("recall ([0-9.]+), precision ([0-9.]+)");

    @TempDir
    Path dir;

    @Test
    void theReferenceScorerReadsTheExportsAsAgreeScoresThem() throws Exception {
        String given = System.getProperty("newsmark.conllScorer", System.getenv("NEWSMARK_CONLL_SCORER"));
        Assumptions.assumeTrue(
                given != null && Files.isRegularFile(Path.of(given)),
                "no reference scorer: give its scorer.pl with -Dnewsmark.conllScorer=PATH or NEWSMARK_CONLL_SCORER");
        Assumptions.assumeTrue(perlRuns(), "perl is not installed");
        Path scorer = Path.of(given).toAbsolutePath();
        ProjectFolder project = ProjectFolder.open(TestData.bundledCopy(dir.resolve("p")));
        for (String owner : List.of("gold", "ana", "ben")) {
            assertThat(new ConvertService(project)
                            .convert(ConvertService.Format.CONLL2012, dir.resolve("out"), owner, List.of())
                            .clean())
                    .isTrue();
        }
        for (String metric : MEASURE.keySet()) {
            double[] self = score(scorer, metric, "gold", "gold");
            assertThat(self[0]).as(metric + " recall of gold against itself").isEqualTo(1.0);
            assertThat(self[1]).as(metric + " precision of gold against itself").isEqualTo(1.0);
        }
        // In a pair the name that sorts first is the key; gold is always the key.
        for (String[] pair :
                List.of(new String[] {"ana", "ben"}, new String[] {"gold", "ana"}, new String[] {"gold", "ben"})) {
            AgreementReport report = new AgreementService(project)
                    .run(new AgreementService.Request(List.of(pair[0], pair[1]), List.of(), List.of("ENTITY"), false))
                    .report()
                    .orElseThrow();
            for (Map.Entry<String, String> m : MEASURE.entrySet()) {
                double[] scorerSays = score(scorer, m.getKey(), pair[0], pair[1]);
                Measurement agree = report.find("ENTITY", "*", m.getValue(), Measurement.pair(pair[0], pair[1]), "*")
                        .orElseThrow();
                String what = m.getKey() + " " + pair[0] + " vs " + pair[1];
                Matcher note = NOTE.matcher(agree.note());
                assertThat(note.find()).as(agree.note()).isTrue();
                assertThat(Double.parseDouble(note.group(1)))
                        .as(what + " recall")
                        .isCloseTo(scorerSays[0], within(5e-7));
                assertThat(Double.parseDouble(note.group(2)))
                        .as(what + " precision")
                        .isCloseTo(scorerSays[1], within(5e-7));
                assertThat(agree.score().value()).as(what + " F1").isCloseTo(scorerSays[2], within(1e-9));
            }
        }
    }

    /**
     * Recall, precision and F1 of the scorer's total line for the two annotators' files. BLANC's
     * F1 is the mean of the F1 of its coreference and non-coreference links (Luo et al. 2014), each
     * from the numbers the scorer prints for them.
     */
    private double[] score(Path scorer, String metric, String key, String response) throws Exception {
        Process p = new ProcessBuilder(
                        "perl",
                        scorer.toString(),
                        metric,
                        dir.resolve("out").resolve(key + ".coref.conll").toString(),
                        dir.resolve("out").resolve(response + ".coref.conll").toString(),
                        "none")
                .directory(scorer.getParent().toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        double[] total = last(TOTAL, out);
        assertThat(total).as(out).isNotNull();
        double[] coreference = last(LINKS.apply("Coreference"), out);
        double[] nonCoreference = last(LINKS.apply("Non-coreference"), out);
        if (metric.equals("blanc") && coreference != null && nonCoreference != null) {
            return new double[] {total[0], total[1], (coreference[2] + nonCoreference[2]) / 2};
        }
        return total;
    }

    private static double[] last(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        double[] last = null;
        while (m.find()) {
            double r = ratio(m.group(1), m.group(2));
            double p = ratio(m.group(3), m.group(4));
            last = new double[] {r, p, r + p == 0 ? 0 : 2 * r * p / (r + p)};
        }
        return last;
    }

    private static double ratio(String numerator, String denominator) {
        double d = Double.parseDouble(denominator);
        return d == 0 ? 0 : Double.parseDouble(numerator) / d;
    }

    private static boolean perlRuns() {
        try {
            Process p = new ProcessBuilder("perl", "-e", "1")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
