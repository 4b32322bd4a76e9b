package org.newsmark.agreement.coref;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsmark.TestData;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.formats.Conll2012;
import org.newsmark.model.Article;
import org.newsmark.service.AgreementService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Coreference agreement through annotation files on disk equals the CoNLL-2012 reference scorer's
 * published numbers: each test case of the scorer becomes one article that two annotators marked,
 * the key's annotator ("akey", sorting first, plays the key) and the response's ("bresp"); their
 * ENTITY mentions are chained by {@code coref} links to the previous mention of the entity, as the
 * guidelines say; then {@code agree} must report the scorer's recall, precision and F1.
 */
class CorefAgreementTest {
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
    private static final Pattern NOTE = Pattern.compile("recall ([0-9.]+), precision ([0-9.]+)");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.newsmark.agreement.coref.ConllReferenceScorerTest#cases")
    void agreeReportsTheScorersNumbers(ConllReferenceScorerTest.Case c) throws Exception {
        Conll2012.Document key = ConllReferenceScorerTest.read(c.keyFile()).get(0);
        Conll2012.Document response =
                ConllReferenceScorerTest.read(c.responseFile()).get(0);
        int[][] tokens = tokenOffsets(key.text());
        TestData.project(dir, "d", key.text());
        TestData.annotations(dir, "akey", "d", rows("akey", key, key.text(), tokens));
        TestData.annotations(dir, "bresp", "d", rows("bresp", response, key.text(), tokens));
        AgreementReport report = new AgreementService(ProjectFolder.open(dir))
                .run(new AgreementService.Request(List.of("akey", "bresp"), List.of(), List.of("ENTITY"), false))
                .report()
                .orElseThrow();
        for (Map.Entry<String, double[]> e : c.expected().entrySet()) {
            Measurement m = report.find("ENTITY", "*", MEASURE.get(e.getKey()), "akey+bresp", "*")
                    .orElseThrow();
            double[] expected = e.getValue();
            if (!m.score().defined()) {
                // The scorer prints 0 where MUC has no link to count; agreement says why instead.
                assertThat(expected[2]).isZero();
                assertThat(m.note()).isEqualTo("no coreference link in either file");
                continue;
            }
            assertThat(m.score().value()).as(c.id() + " " + e.getKey() + " F1").isCloseTo(expected[2], within(1e-4));
            Matcher note = NOTE.matcher(m.note());
            assertThat(note.find()).as(m.note()).isTrue();
            assertThat(Double.parseDouble(note.group(1))).as("recall").isCloseTo(expected[0], within(1e-4));
            assertThat(Double.parseDouble(note.group(2))).as("precision").isCloseTo(expected[1], within(1e-4));
        }
    }

    @Test
    void pairsWithoutAFileOrWithoutLinksSayWhyAndGoldIsAlwaysTheKey(@TempDir Path other) throws Exception {
        String text = "Peskov said he would come. Putin agreed.";
        TestData.project(other, "d", text, "e", text);
        // gold sorts after ana but is the key: a response with one link more than gold loses precision only.
        TestData.annotations(
                other,
                "gold",
                "d",
                "d,gold,E1,ENTITY,PERSON,0,6,Peskov,,,",
                "d,gold,E2,ENTITY,PERSON,12,14,he,coref=E1,mention=pronoun,",
                "d,gold,E3,ENTITY,PERSON,27,32,Putin,,,");
        TestData.annotations(
                other,
                "ana",
                "d",
                "d,ana,E1,ENTITY,PERSON,0,6,Peskov,,,",
                "d,ana,E2,ENTITY,PERSON,12,14,he,coref=E1,mention=pronoun,",
                "d,ana,E3,ENTITY,PERSON,27,32,Putin,coref=E2,,");
        TestData.annotations(other, "ana", "e", "e,ana,E1,ENTITY,PERSON,0,6,Peskov,,,");
        AgreementReport report = new AgreementService(ProjectFolder.open(other))
                .run(new AgreementService.Request(List.of("ana", "gold"), List.of(), List.of("ENTITY"), true))
                .report()
                .orElseThrow();
        Measurement muc =
                report.find("ENTITY", "*", CorefAgreement.MUC, "ana+gold", "d").orElseThrow();
        // MUC: key {Peskov, he}, {Putin}: 1 link; response all three: 2 links, 1 right. R 1/1, P 1/2.
        assertThat(muc.note()).startsWith("recall 1.000000, precision 0.500000");
        assertThat(muc.units()).isEqualTo(3);
        assertThat(report.find("ENTITY", "*", CorefAgreement.MUC, "ana+gold", "e")
                        .orElseThrow()
                        .note())
                .isEqualTo("gold has no file for this article");
        Measurement corpus = report.find("ENTITY", "*", CorefAgreement.CONLL, "ana+gold", "*")
                .orElseThrow();
        assertThat(corpus.note()).endsWith("; 1 article");
    }

    /** Start and end of each token of a text of tokens joined by spaces and line breaks. */
    private static int[][] tokenOffsets(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\S+").matcher(text);
        while (m.find()) {
            out.add(new int[] {text.codePointCount(0, m.start()), text.codePointCount(0, m.end())});
        }
        return out.toArray(int[][]::new);
    }

    /** The mentions of a scorer document on the key's text, by token position, each chained to the one before. */
    private static String[] rows(String annotator, Conll2012.Document doc, String text, int[][] tokens) {
        List<String> out = new ArrayList<>();
        Map<Integer, String> previous = new HashMap<>();
        List<Conll2012.Mention> mentions = new ArrayList<>(doc.mentions());
        mentions.sort(
                Comparator.comparingInt(Conll2012.Mention::firstToken).thenComparingInt(Conll2012.Mention::lastToken));
        int id = 1;
        for (Conll2012.Mention m : mentions) {
            int start = tokens[m.firstToken()][0];
            int end = tokens[m.lastToken()][1];
            String ref = previous.put(m.cluster(), "E" + id);
            String covered = new Article("d", text).slice(start, end).replace("\"", "\"\"");
            out.add("d," + annotator + ",E" + id + ",ENTITY,PERSON," + start + "," + end + ",\"" + covered + "\","
                    + (ref == null ? "" : "coref=" + ref) + ",,");
            id++;
        }
        return out.toArray(String[]::new);
    }
}
