package org.newsmark.io.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.EntityChains;
import org.newsmark.model.FormatException;
import org.newsmark.model.Link;
import org.newsmark.model.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Conll2012Test {
    /**
     * Lines in the layout of the CoNLL-2012 shared task's *_conll files (columns aligned with
     * spaces; parse, named entity and argument columns hold parentheses too): only the last column
     * is coreference.
     */
    @Test
    void readsTheTwelveColumnFormatWithColumnsAlignedBySpaces() throws Exception {
        String file = """
                #begin document (nw/wsj/00/wsj_0001); part 000
                nw/wsj/00/wsj_0001  0  0  Pierre   NNP  (TOP(S(NP*  -  -  -  -  (PERSON*   (ARG0*   (8|(0
                nw/wsj/00/wsj_0001  0  1  Vinken   NNP  *)          -  -  -  -  *)         *)       0)
                nw/wsj/00/wsj_0001  0  2  will     MD   (VP*        -  -  -  -  *          (ARGM*)  -
                nw/wsj/00/wsj_0001  0  3  join     VB   (VP*        join 01 - - *          (V*)     -
                nw/wsj/00/wsj_0001  0  4  his      PRP$ (NP*        -  -  -  -  *          (ARG1*   (0)
                nw/wsj/00/wsj_0001  0  5  board    NN   *))         -  -  -  -  *          *)       8)
                nw/wsj/00/wsj_0001  0  6  .        .    *))         -  -  -  -  *          *        -

                nw/wsj/00/wsj_0001  0  0  He       PRP  (TOP(S(NP*) -  -  -  -  *          *        (0)
                nw/wsj/00/wsj_0001  0  1  agreed   VBD  *))         -  -  -  -  *          *        -

                #end document
                """;
        List<Conll2012.Document> docs = Conll2012.read(file, "wsj.conll");
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("nw/wsj/00/wsj_0001");
            assertThat(d.part()).isEqualTo("000");
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.text()).isEqualTo("Pierre Vinken will join his board .\nHe agreed");
            assertThat(d.mentions())
                    .containsExactly(
                            new Conll2012.Mention(0, 13, 0, 0, 1),
                            new Conll2012.Mention(0, 33, 8, 0, 5),
                            new Conll2012.Mention(24, 27, 0, 4, 4),
                            new Conll2012.Mention(36, 38, 0, 7, 7));
            assertThat(d.clusters()).extracting(List::size).containsExactly(3, 1);
        });
    }

    @Test
    void readsTheScorersMinimalFormatsWithoutWords() throws Exception {
        String twoColumns = "#begin document (a); part 001\na (1\na -\na 1)\na (2)\n#end document\n";
        assertThat(Conll2012.read(twoColumns, "a")).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("_ _ _ _");
            assertThat(d.part()).isEqualTo("001");
            assertThat(d.mentions())
                    .containsExactly(new Conll2012.Mention(0, 5, 1, 0, 2), new Conll2012.Mention(6, 7, 2, 3, 3));
        });
        // Five tab-separated columns, a trailing tab, no part, and items written without a |.
        String fiveColumns =
                "#begin document (LuoTestCase); \r\nt\t0\t0\tb1\t(1(3\t\r\nt\t0\t1\tb2\t3)1)\r\n#end document\r\n";
        assertThat(Conll2012.read(fiveColumns, "b")).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("LuoTestCase");
            assertThat(d.part()).isEmpty();
            assertThat(d.text()).isEqualTo("b1 b2");
            assertThat(d.clusters())
                    .containsExactly(
                            List.of(new Conll2012.Mention(0, 5, 1, 0, 1)),
                            List.of(new Conll2012.Mention(0, 5, 3, 0, 1)));
        });
    }

    @Test
    void offsetsAreCodePoints() throws Exception {
        String file = "#begin document (e); part 000\ne\t0\t0\t\uD83D\uDE00\t-\ne\t0\t1\tKyiv\t(4)\n#end document\n";
        assertThat(Conll2012.read(file, "e").get(0).mentions()).containsExactly(new Conll2012.Mention(2, 6, 4, 1, 1));
    }

    @Test
    void severalDocumentsInOneFile() throws Exception {
        String file = "#begin document (x); part 000\nx (1)\n#end document\n"
                + "#begin document (x); part 001\nx -\nx (2)\n#end document\n";
        assertThat(Conll2012.read(file, "f"))
                .extracting(Conll2012.Document::part, Conll2012.Document::line)
                .containsExactly(Tuple.tuple("000", 1), Tuple.tuple("001", 4));
    }

    @Test
    void malformedInputIsRefusedWithFileAndLine() {
        assertProblems(
                "#begin document (d); part 000\nd 1)\n#end document\n",
                "bad.conll:2: error: 1) closes no open mention of entity 1");
        assertProblems(
                "#begin document (d); part 000\nd (1\nd -\n#end document\n",
                "bad.conll:2: error: the mention of entity 1 opened here is not closed before #end document");
        assertProblems(
                "#begin document (d); part 000\nd (1x)\n#end document\n",
                "bad.conll:2: error: coreference column \"(1x)\" is not - or items such as (12 12) (12) joined by |");
        assertProblems(
                "d (1)\n",
                "bad.conll:1: error: a token line outside a document; a document starts with"
                        + " #begin document (NAME); part 000");
        assertProblems(
                "#begin document (d); part 000\nd (1)\n",
                "bad.conll:1: error: document (d) part 000 has no #end document");
        assertProblems(
                "#begin document (d); part 000\nd\n#end document\n",
                "bad.conll:2: error: expected at least two columns (document, coreference), found one");
        assertProblems("#end document\n", "bad.conll:1: error: #end document without #begin document");
        assertProblems(
                "#begin document (d); part 000\n#end document\n#begin document (d); part 000\n#end document\n",
                "bad.conll:3: error: document (d) part 000 appears twice (first at line 1)");
    }

    /** Damaged files give a FormatException or documents, never another exception. */
    @Test
    void damagedInputNeverCrashes() {
        String good = "#begin document (d); part 000\nd\t0\t0\tPutin\t(1\nd\t0\t1\tsaid\t1)|(2)\n\n"
                + "d\t0\t0\the\t(1)\n#end document\n";
        String alphabet = "()|-_0123456789#\t\n \r\uFEFFabc";
        Random random = new Random(2012);
        for (int trial = 0; trial < 5000; trial++) {
            StringBuilder b = new StringBuilder(good);
            for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(3)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            try {
                for (Conll2012.Document d : Conll2012.read(b.toString(), "fuzz")) {
                    for (Conll2012.Mention m : d.mentions()) {
                        assertThat(m.start()).isLessThan(m.end());
                        assertThat(m.end()).isLessThanOrEqualTo(d.text().length());
                    }
                }
            } catch (FormatException e) {
                assertThat(e.problems())
                        .isNotEmpty()
                        .allSatisfy(p -> assertThat(p.line()).isPositive());
            }
        }
    }

    private static void assertProblems(String content, String... expected) {
        assertThatThrownBy(() -> Conll2012.read(content, "bad.conll"))
                .isInstanceOfSatisfying(
                        FormatException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactly(expected));
    }

    @Test
    void writesOneTokenPerLineWithTheCoreferenceColumnLast() {
        //                                  0         1         2         3
        //                                  0123456789012345678901234567890123456789
        Article article = new Article("d", "The president of Russia, Putin, agreed.");
        AnnotationSet set = new AnnotationSet(
                "d",
                "ana",
                List.of(
                        entity("E1", article, 0, 23, List.of()),
                        entity("E2", article, 17, 23, List.of()),
                        entity("E3", article, 25, 30, List.of("E1"))));
        Conll2012.Written written = Conll2012.write(article, EntityChains.of(set));
        String columns = "\t-\t*\t-\t-\t-\t-\t*\t";
        String before = "\t-\t*\t-\t-\t-\t-\t";
        assertThat(written.skipped()).isZero();
        // The named-entity column holds the named mentions that do not nest, as OntoNotes' does.
        assertThat(written.text())
                .isEqualTo("#begin document (d); part 000\n"
                        + "d\t0\t0\tThe" + before + "(PERSON*\t(0\n"
                        + "d\t0\t1\tpresident" + columns + "-\n"
                        + "d\t0\t2\tof" + columns + "-\n"
                        + "d\t0\t3\tRussia" + before + "*)\t(1)|0)\n"
                        + "d\t0\t4\t," + columns + "-\n"
                        + "d\t0\t5\tPutin" + before + "(PERSON)\t(0)\n"
                        + "d\t0\t6\t," + columns + "-\n"
                        + "d\t0\t7\tagreed" + columns + "-\n"
                        + "d\t0\t8\t." + columns + "-\n"
                        + "\n#end document\n");
    }

    @Test
    void aMentionThatCoversNoTokenIsCountedNotWritten() {
        Article article = new Article("d", "Putin  left");
        AnnotationSet set = new AnnotationSet(
                "d", "ana", List.of(entity("E1", article, 0, 5, List.of()), entity("E2", article, 5, 7, List.of())));
        Conll2012.Written written = Conll2012.write(article, EntityChains.of(set));
        assertThat(written.skipped()).isEqualTo(1);
        assertThat(written.text())
                .contains("Putin\t-\t*\t-\t-\t-\t-\t(PERSON)\t(0)\n")
                .doesNotContain("(1");
    }

    /** An article already in tokens, one sentence a line: it reads back with the same text and offsets. */
    @Test
    void roundTripKeepsTextMentionsAndChains() throws Exception {
        //                     0         1         2         3         4         5         6
        //                     0123456789012345678901234567890123456789012345678901234567890123
        String text = "President Vladimir Putin met Zelensky in Minsk .\nThe Russian leader said he was ready .";
        Article article = new Article("d", text);
        AnnotationSet set = new AnnotationSet(
                "d",
                "ana",
                List.of(
                        entity("E1", article, 0, 24, List.of()),
                        entity("E2", article, 10, 24, List.of("E1")),
                        entity("E3", article, 29, 37, List.of()),
                        entity("E4", article, 41, 46, List.of()),
                        entity("E5", article, 49, 67, List.of("E2")),
                        entity("E6", article, 73, 75, List.of("E5"))));
        EntityChains chains = EntityChains.of(set);
        Conll2012.Document back = Conll2012.read(
                        Conll2012.write(article, chains).text(), "d.conll")
                .get(0);
        assertThat(back.text()).isEqualTo(text);
        assertThat(back.name()).isEqualTo("d");
        List<List<int[]>> expected = chains.entities().stream()
                .map(e -> e.mentions().stream()
                        .map(m -> new int[] {m.start(), m.end()})
                        .toList())
                .toList();
        List<List<int[]>> actual = back.clusters().stream()
                .map(c -> c.stream().map(m -> new int[] {m.start(), m.end()}).toList())
                .toList();
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
        assertThat(back.clusters().stream().map(c -> c.get(0).cluster()).toList())
                .containsExactly(0, 1, 2);
    }

    /**
     * A news text with its own spacing, a mention inside a token ("Russia" in "Russia's"), nested
     * mentions, a mention across a line break and singletons: the same mentions (by their text
     * without white space, in order) in the same entities.
     */
    @Test
    void roundTripOfAnArticleWithItsOwnSpacing() throws Exception {
        String text =
                "Russia's president,  Vladimir Putin, said on Friday:\n\"We will talk.\" He met Zelensky's team\nin Minsk.";
        Article article = new Article("kyiv", text);
        List<Annotation> list = new ArrayList<>();
        list.add(entity("E1", article, at(text, "Russia's president"), at(text, "Russia's president") + 18, List.of()));
        list.add(entity("E2", article, at(text, "Russia"), at(text, "Russia") + 6, List.of()));
        list.add(entity("E3", article, at(text, "Vladimir Putin"), at(text, "Vladimir Putin") + 14, List.of("E1")));
        list.add(entity("E4", article, at(text, "Friday"), at(text, "Friday") + 6, List.of()));
        list.add(entity("E5", article, at(text, "We"), at(text, "We") + 2, List.of("E3")));
        list.add(entity("E6", article, at(text, "He"), at(text, "He") + 2, List.of("E5")));
        list.add(entity(
                "E7", article, at(text, "Zelensky's team\nin"), at(text, "Zelensky's team\nin") + 15, List.of()));
        list.add(entity("E8", article, at(text, "Zelensky"), at(text, "Zelensky") + 8, List.of()));
        list.add(entity("E9", article, at(text, "Minsk"), at(text, "Minsk") + 5, List.of()));
        EntityChains chains = EntityChains.of(new AnnotationSet("kyiv", "ana", list));
        Conll2012.Document back = Conll2012.read(
                        Conll2012.write(article, chains).text(), "kyiv.conll")
                .get(0);
        assertThat(back.text())
                .isEqualTo("Russia 's president , Vladimir Putin , said on Friday :\n\" We will talk . \"\n"
                        + "He met Zelensky 's team\nin Minsk .");
        List<List<String>> expected = chains.entities().stream()
                .map(e -> e.mentions().stream()
                        .map(m -> m.text().replaceAll("\\s", ""))
                        .toList())
                .toList();
        List<List<String>> actual = back.clusters().stream()
                .map(c -> c.stream()
                        .map(m -> back.text().substring(m.start(), m.end()).replaceAll("\\s", ""))
                        .toList())
                .toList();
        assertThat(actual).isEqualTo(expected);
        assertThat(expected).hasSize(6);
    }

    /** GUM's layout (coref/gum/conll): three columns, no sentence breaks, ids with a type. */
    @Test
    void readsGumsLayoutWithTypedEntityIds() throws Exception {
        String file = "# begin document GUM_news_x\n0\tAustralian\t(person-1\n1\tchildren\tperson-1)\n"
                + "2\tin\t_\n3\tWashington\t(place-2-Washington%2C_D.C.)\n4\tlack\t_\n"
                + "5\tiodine\t(abstract-3(substance-4-Iodine)\n6\tdeficiency\tabstract-3)\n"
                + "7\tthey\t(person-1)\n# end document\n";
        assertThat(Conll2012.read(file, "gum.conll")).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("GUM_news_x");
            assertThat(d.part()).isEmpty();
            assertThat(d.text()).isEqualTo("Australian children in Washington lack iodine deficiency they");
            assertThat(d.mentions()).extracting(Conll2012.Mention::cluster).containsExactly(1, 2, 4, 3, 1);
            assertThat(d.clusters()).extracting(List::size).containsExactly(2, 1, 1, 1);
            assertThat(d.types())
                    .containsExactly(
                            new Conll2012.Typed(0, 1, "person"),
                            new Conll2012.Typed(3, 3, "place"),
                            new Conll2012.Typed(5, 5, "substance"),
                            new Conll2012.Typed(5, 6, "abstract"),
                            new Conll2012.Typed(7, 7, "person"));
            assertThat(d.lineOf(5)).isEqualTo(7);
        });
    }

    /** OntoNotes' named-entity column (the eleventh of twelve or more) gives typed spans. */
    @Test
    void readsOntoNotesNamedEntities() throws Exception {
        String file = """
                #begin document (nw/x); part 000
                nw/x  0  0  The        DT   (TOP(S(NP*  -  -  -  -  *            -
                nw/x  0  1  United     NNP  *           -  -  -  -  (GPE*        -
                nw/x  0  2  States     NNP  *)          -  -  -  -  *)           -
                nw/x  0  3  and        CC   *           -  -  -  -  *            -
                nw/x  0  4  Russia     NNP  *           -  -  -  -  (GPE)        (1)
                #end document
                """;
        assertThat(Conll2012.read(file, "x").get(0).types())
                .containsExactly(new Conll2012.Typed(1, 2, "GPE"), new Conll2012.Typed(4, 4, "GPE"));
    }

    /** For imports: a bad cell loses that cell, an unclosed mention is dropped, the rest is read. */
    @Test
    void parseKeepsWhatItCanAndReportsTheRest() {
        String file = "#begin document (d); part 000\nd\t0\t0\tPutin\t(1)\nd\t0\t1\tsaid\t(x)\n"
                + "d\t0\t2\the\t(1)|(2\nd\t0\t3\tleft\t3)\n#end document\n#begin document (e); part 000\ne\t0\t0\tOK\t(5)\n";
        Conll2012.Parsed parsed = Conll2012.parse(file, "p.conll");
        assertThat(parsed.documents()).extracting(Conll2012.Document::name).containsExactly("d", "e");
        assertThat(parsed.documents().get(0).text()).isEqualTo("Putin said he left");
        assertThat(parsed.documents().get(0).mentions())
                .extracting(Conll2012.Mention::start)
                .containsExactly(0, 11);
        assertThat(parsed.documents().get(1).mentions()).hasSize(1);
        assertThat(parsed.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "p.conll:3: error: coreference column \"(x)\" is not - or items such as (12 12) (12) joined by |",
                        "p.conll:4: error: the mention of entity 2 opened here is not closed before #end document",
                        "p.conll:5: error: 3) closes no open mention of entity 3",
                        "p.conll:7: error: document (e) part 000 has no #end document");
    }

    private static int at(String text, String part) {
        return text.indexOf(part);
    }

    private static Annotation entity(String id, Article article, int start, int end, List<String> corefTargets) {
        return new Annotation(
                id,
                "ENTITY",
                "PERSON",
                start,
                end,
                article.slice(start, end),
                corefTargets.stream().map(t -> new Link("coref", t)).toList(),
                Map.of(),
                "");
    }
}
