package org.newsmark.io.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.newsmark.TestData;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationRules;
import org.newsmark.model.Article;
import org.newsmark.model.EntityChains;
import org.newsmark.model.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class Conll2012ImportTest {
    private static final BratMapping BY_NAME = BratMapping.byName(TestData.schema());

    private static Conll2012.Document document(String file) throws Exception {
        return Conll2012.read(file, "f.conll").get(0);
    }

    private static String row(Annotation a) {
        return a.id() + " " + a.label() + " " + a.start() + "-" + a.end() + " " + a.text()
                + (a.links().isEmpty() ? "" : " " + a.links().get(0));
    }

    /**
     * An OntoNotes-style document: a mention's label is that of the named entity with its tokens,
     * or of the one it ends with ("Russian President [Vladimir Putin]", "the [Red Cross]"); the
     * pronouns take their entity's label; ORG is ORGANIZATION; an entity without a named entity
     * gets the fallback label. Each mention links to the previous mention of its entity.
     */
    @Test
    void namedEntitiesLabelTheirEntitiesAndMentionsChainToTheNearestEarlierOne() throws Exception {
        String file = """
                #begin document (nw/y); part 000
                y  0  0  Russian    JJ   *  -  -  -  -  (NORP)     -
                y  0  1  President  NNP  *  -  -  -  -  *          (1
                y  0  2  Vladimir   NNP  *  -  -  -  -  (PERSON*   -
                y  0  3  Putin      NNP  *  -  -  -  -  *)         1)
                y  0  4  met        VBD  *  -  -  -  -  *          -
                y  0  5  the        DT   *  -  -  -  -  *          (2
                y  0  6  Red        NNP  *  -  -  -  -  (ORG*      -
                y  0  7  Cross      NNP  *  -  -  -  -  *)         2)
                y  0  8  .          .    *  -  -  -  -  *          -

                y  0  0  He         PRP  *  -  -  -  -  *          (1)
                y  0  1  thanked    VBD  *  -  -  -  -  *          -
                y  0  2  them       PRP  *  -  -  -  -  *          (2)
                y  0  3  and        CC   *  -  -  -  -  *          -
                y  0  4  the        DT   *  -  -  -  -  *          (3
                y  0  5  press      NN   *  -  -  -  -  *          3)|(1)
                y  0  6  .          .    *  -  -  -  -  *          -
                #end document
                """;
        Conll2012Import.Result r =
                Conll2012Import.read(document(file), "y", null, "model", BY_NAME, "PERSON", "f.conll");
        assertThat(r.onExisting()).isFalse();
        assertThat(r.article().text())
                .isEqualTo(
                        "Russian President Vladimir Putin met the Red Cross .\n" + "He thanked them and the press .");
        assertThat(r.set().annotations())
                .extracting(Conll2012ImportTest::row)
                .containsExactly(
                        "E1 PERSON 8-32 President Vladimir Putin",
                        "E2 ORGANIZATION 37-50 the Red Cross",
                        "E3 PERSON 53-55 He coref=E1",
                        "E4 ORGANIZATION 64-68 them coref=E2",
                        "E5 PERSON 73-82 the press",
                        "E6 PERSON 77-82 press coref=E3");
        assertThat(r.entities()).isEqualTo(3);
        assertThat(r.fallbackLabelled()).isEqualTo(1);
        assertThat(r.problems()).isEmpty();
    }

    /** Two mentions of one span: a Newsmark file holds one, the other is reported with its line. */
    @Test
    void aSecondMentionOfASpanIsReportedAndLeftOut() throws Exception {
        String file = "#begin document (d); part 000\nd\t0\t0\tPutin\t(1)|(2)\nd\t0\t1\tand\t-\n"
                + "d\t0\t2\tPeskov\t(3)|(3)\nd\t0\t3\tleft\t(2)\n#end document\n";
        Conll2012Import.Result r = Conll2012Import.read(document(file), "d", null, "ana", BY_NAME, "PERSON", "f.conll");
        assertThat(r.set().annotations())
                .extracting(Conll2012ImportTest::row)
                .containsExactly("E1 PERSON 0-5 Putin", "E2 PERSON 10-16 Peskov", "E3 PERSON 17-21 left");
        assertThat(r.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "f.conll:2: error: the mention \"Putin\" of entity 2 has the span of a mention of entity 1;"
                                + " a Newsmark file holds one ENTITY annotation per span, so it is left out",
                        "f.conll:4: error: the mention \"Peskov\" of entity 3 is given twice; the second is left out");
    }

    /**
     * A file exported from a project and run through a coreference system comes back onto the
     * article's own text: the tokens are found in it in order, white space between them as it was
     * (and a {@code _} in a token where the article has a no-break space).
     */
    @Test
    void mentionsLandOnTheExistingArticleWhenItHoldsTheTokens() throws Exception {
        String text = "Putin  met\nZelensky's team on 10\u00A0000 \uD83D\uDE00 drones.";
        String file = "#begin document (kyiv); part 000\nk\t0\t0\tPutin\t(1)\nk\t0\t1\tmet\t-\nk\t0\t2\tZelensky\t(2)\n"
                + "k\t0\t3\t's\t-\nk\t0\t4\tteam\t-\nk\t0\t5\ton\t-\nk\t0\t6\t10_000\t(3\nk\t0\t7\t\uD83D\uDE00\t-\n"
                + "k\t0\t8\tdrones\t3)\nk\t0\t9\t.\t-\n#end document\n";
        Article existing = new Article("kyiv", text);
        Conll2012Import.Result r =
                Conll2012Import.read(document(file), "kyiv", existing, "model", BY_NAME, "PERSON", "f.conll");
        assertThat(r.onExisting()).isTrue();
        assertThat(r.article()).isSameAs(existing);
        assertThat(r.set().annotations())
                .extracting(Conll2012ImportTest::row)
                .containsExactly(
                        "E1 PERSON 0-5 Putin",
                        "E2 PERSON 11-19 Zelensky",
                        "E3 PERSON 30-45 10\u00A0000 \uD83D\uDE00 drones");
        Article other = new Article("kyiv", "Putin met Zelensky's team on Friday.");
        assertThat(Conll2012Import.read(document(file), "kyiv", other, "model", BY_NAME, "PERSON", "f.conll")
                        .onExisting())
                .isFalse();
    }

    /**
     * GUM's types: {@code person} is PERSON by name; a mapping file (the brat one, rows
     * type,layer,label) maps {@code place} and {@code time}; the rest get the fallback label.
     */
    @Test
    void gumTypesMapByNameOrByTheMappingFile() throws Exception {
        Conll2012.Document doc = document(resource("iodine-sample.conll"));
        BratMapping mapping = BratMapping.parse(
                "brat_type,layer,label\nplace,ENTITY,GPE\ntime,ENTITY,DATE\n", "map.csv", TestData.schema());
        Conll2012Import.Result r = Conll2012Import.read(doc, "d", null, "gum", mapping, "ORGANIZATION", "f.conll");
        assertThat(r.set().annotations())
                .extracting(a -> a.text() + "=" + a.label())
                .containsExactly(
                        "Australian children=PERSON",
                        "iodine=ORGANIZATION",
                        "iodine deficiency=ORGANIZATION",
                        "Thursday , February 23 , 2006=DATE",
                        "Almost half of all Australian primary school children=PERSON",
                        "all Australian primary school children=PERSON",
                        "Australian=GPE",
                        "iodine=ORGANIZATION",
                        "researchers=PERSON",
                        "A new study documenting iodine nutritional status in Australian school children=ORGANIZATION",
                        "iodine=ORGANIZATION",
                        "iodine nutritional status in Australian school children=ORGANIZATION",
                        "Australian=GPE",
                        "Australian school children=PERSON",
                        "many=PERSON",
                        "iodine=ORGANIZATION");
        assertThat(r.entities()).isEqualTo(11);
        assertThat(r.fallbackLabelled()).isEqualTo(7);
        assertThat(EntityChains.of(r.set()).entities())
                .extracting(e -> e.mentions().size())
                .containsExactly(1, 4, 1, 1, 1, 2, 2, 1, 1, 1, 1);
    }

    /** Damaged files: documents or problems, never an exception, and every set obeys the schema's rules. */
    @Test
    void damagedFilesNeverCrashTheImport() throws Exception {
        String good = resource("iodine-sample.conll") + "#begin document (nw/y); part 000\n"
                + "y  0  0  The  DT  *  -  -  -  -  (GPE*  (1\ny  0  1  US  NNP  *  -  -  -  -  *)  1)|(2)\n#end document\n";
        String alphabet = "()|-_0123456789#\t\n *abcGPE";
        Random random = new Random(2012);
        Article existing =
                new Article("d", document(resource("iodine-sample.conll")).text());
        for (int trial = 0; trial < 2000; trial++) {
            StringBuilder b = new StringBuilder(good);
            for (int edits = 1 + random.nextInt(6); edits > 0; edits--) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(3)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            for (Conll2012.Document d : Conll2012.parse(b.toString(), "fuzz").documents()) {
                for (Article onto : Arrays.asList(null, existing)) {
                    Conll2012Import.Result r = Conll2012Import.read(d, "d", onto, "ana", BY_NAME, "PERSON", "fuzz");
                    assertThat(AnnotationRules.check(
                                    r.article(), TestData.schema(), r.set().annotations()))
                            .isEmpty();
                }
            }
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Conll2012ImportTest.class.getResourceAsStream("/conll2012/gum-layout/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
