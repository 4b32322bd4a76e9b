package org.newsmark.io.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.newsmark.TestData;
import org.newsmark.io.FieldCodec;
import org.newsmark.io.imports.PlainTextImport;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.FormatException;
import org.newsmark.model.Link;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;

import static org.assertj.core.api.Assertions.assertThat;

/** brat documents in brat's documented standoff style (fixtures made by brat/make_fixtures.py). */
class BratImportTest {
    private static final Schema SCHEMA = TestData.schema();

    static String resource(String name) throws IOException {
        try (InputStream in = BratImportTest.class.getResourceAsStream("brat/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static BratImport.Result read(String txt, String ann, BratMapping mapping) throws FormatException {
        PlainTextImport.Decoded decoded = PlainTextImport.decodeRaw(txt.getBytes(StandardCharsets.UTF_8), "d.txt");
        return BratImport.read(decoded, ann, "d", "ana", mapping, "d.ann");
    }

    private static Annotation a(
            String id,
            String layer,
            String label,
            int start,
            int end,
            String text,
            String links,
            String attributes,
            String note) {
        return new Annotation(
                id,
                layer,
                label,
                start,
                end,
                text,
                FieldCodec.parseLinks(links),
                FieldCodec.parseAttributes(attributes),
                note);
    }

    @Test
    void textBoundEventsRelationsAttributesAndNotesImport() throws Exception {
        String txt = resource("peskov.txt");
        BratImport.Result r = read(txt, resource("peskov.ann"), BratMapping.byName(SCHEMA));
        assertThat(r.text()).isEqualTo(txt);
        assertThat(r.set())
                .isEqualTo(new AnnotationSet(
                        "d",
                        "ana",
                        List.of(
                                a("E1", "ENTITY", "ORGANIZATION", 0, 7, "Kremlin", "", "", ""),
                                a(
                                        "E2",
                                        "ENTITY",
                                        "PERSON",
                                        18,
                                        31,
                                        "Dmitry Peskov",
                                        "",
                                        "",
                                        "Spokesman of the Kremlin"),
                                a("E3", "ENTITY", "GPE", 37, 43, "Moscow", "", "", ""),
                                a(
                                        "Q1",
                                        "QUOTE",
                                        "INDIRECT",
                                        37,
                                        69,
                                        "Moscow had accepted the proposal",
                                        "speaker=E2",
                                        "",
                                        ""),
                                a("V1", "EVENT", "AGREEMENT", 48, 56, "accepted", "agent=E3", "Negated=", ""),
                                a(
                                        "Q2",
                                        "QUOTE",
                                        "DIRECT",
                                        71,
                                        111,
                                        "\"We agreed to pause strikes on Kyiv \uD83C\uDDFA\uD83C\uDDE6,\"",
                                        "speaker=E5",
                                        "",
                                        ""),
                                a(
                                        "V2",
                                        "EVENT",
                                        "ATTACK",
                                        91,
                                        98,
                                        "strikes",
                                        "target=E4",
                                        "Modality=requested",
                                        "Requested, not carried out"),
                                a("E4", "ENTITY", "GPE", 102, 106, "Kyiv", "", "", ""),
                                a("E5", "ENTITY", "PERSON", 112, 118, "Peskov", "", "", ""),
                                a(
                                        "V3",
                                        "EVENT",
                                        "STATEMENT",
                                        119,
                                        123,
                                        "told",
                                        "agent=E5;place=E6;time=E7;agent=E2",
                                        "",
                                        ""),
                                a("E6", "ENTITY", "GPE", 137, 143, "Moscow", "coref=E3", "", ""),
                                a("E7", "ENTITY", "DATE", 147, 153, "Friday", "", "", ""),
                                a("E8", "ENTITY", "ORGANIZATION", 0, 43, txt.substring(0, 43), "", "", ""))));
        assertThat(r.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "d.ann:22: warning: discontinuous span 0 7;37 43 of T13 imported as its covering span 0-43",
                        "d.ann:23: warning: normalisation N1 (links to external databases) is not supported; the line is skipped");
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void crlfTextOffsetsCountTheCarriageReturnsAndAreMovedToLf() throws Exception {
        String lf = resource("peskov.txt");
        String crlf = lf.replace("\n", "\r\n");
        String ann = shiftTextBoundOffsets(resource("peskov.ann"), lf);
        assertThat(ann).contains("T10\tGPE 138 144\tMoscow");
        BratImport.Result fromCrlf = read(crlf, ann, BratMapping.byName(SCHEMA));
        BratImport.Result fromLf = read(lf, resource("peskov.ann"), BratMapping.byName(SCHEMA));
        assertThat(fromCrlf.text()).isEqualTo(lf);
        assertThat(fromCrlf.set()).isEqualTo(fromLf.set());
        assertThat(fromCrlf.problems()).isEqualTo(fromLf.problems());
        // The same .ann read as if the CRs did not count is off by one after the first line.
        BratImport.Result wrong = read(crlf, resource("peskov.ann"), BratMapping.byName(SCHEMA));
        assertThat(wrong.problems()).anyMatch(p -> p.isError() && p.message().contains("does not match the .txt"));
    }

    @Test
    void aUtf8ByteOrderMarkCountsAsOneCharacterAsInBrat() throws Exception {
        String lf = resource("peskov.txt");
        String ann = "T1\tOrganization 1 8\tKremlin\n";
        BratImport.Result r = read("\uFEFF" + lf, ann, BratMapping.byName(SCHEMA));
        assertThat(r.text()).isEqualTo(lf);
        assertThat(r.set().annotations())
                .containsExactly(a("E1", "ENTITY", "ORGANIZATION", 0, 7, "Kremlin", "", "", ""));
    }

    @Test
    void everyLineThatCannotBeUsedIsReportedWithItsLineNumber() throws Exception {
        String txt = "Peskov spoke in Moscow.\n";
        String ann = String.join(
                        "\n",
                        "T1\tPerson 0 6\tPeskov",
                        "T2 Person 0 6 Peskov",
                        "T3\tPerson x 6\tPeskov",
                        "T4\tPerson 0 5\tPeskov",
                        "T5\tPlanet 16 22\tMoscow",
                        "E1\tAttack:T99 Agent:T1",
                        "X1\tsomething",
                        "R1\tSpeaker Arg1:T1",
                        "A1\tNegated T42",
                        "T6\tGPE 16 99\tMoscow",
                        "R2\tSpeaker Arg1:T1 Arg2:T1",
                        "T7\tGPE 16 22\tMoscow",
                        "#1\tAnnotatorNotes T77\tlost",
                        "")
                + "\n";
        BratImport.Result r = read(txt, ann, BratMapping.byName(SCHEMA));
        assertThat(r.set().annotations()).extracting(Annotation::id).containsExactly("E1", "E2");
        assertThat(r.problems())
                .extracting(p -> p.line() + ": " + p.message().replaceAll(":.*", ""))
                .containsExactly(
                        "2: no tab after the annotation id",
                        "3: offset \"x\" is not a whole number",
                        "4: text \"Peskov\" does not match the .txt at 0-5, which has \"Pesko\"; the line is skipped",
                        "5: brat type Planet is not in the schema; the line is skipped (map it with --mapping FILE, rows brat_type,layer,label)",
                        "6: the trigger T99 of E1 is not a text-bound annotation of this file; the event is skipped",
                        "7: unknown annotation kind 'X' (brat ids start with T, E, R, A, M, N, # or *)",
                        "8: a relation needs TYPE Arg1",
                        "9: attribute A1 is on T42, which is not an imported annotation; it is skipped",
                        "10: offset 99 is past the end of the .txt (24 characters); the line is skipped",
                        "11: ENTITY has no role Speaker; the link Speaker",
                        "13: the note is on T77, which is not an imported annotation; it is skipped");
        assertThat(r.problems()).allMatch(Problem::isError);
    }

    @Test
    void aMappingFileMapsForeignTypesAndRolesUnmappedOnesAreReported() throws Exception {
        String txt = resource("merger.txt");
        BratMapping mapping = BratMapping.parse(resource("mapping.csv"), "mapping.csv", SCHEMA);
        BratImport.Result r = read(txt, resource("merger.ann"), mapping);
        assertThat(r.set().get("V1").orElseThrow())
                .isEqualTo(a(
                        "V1",
                        "EVENT",
                        "AGREEMENT",
                        24,
                        30,
                        "merged",
                        "agent=E1;agent=E2;agent=E3",
                        "",
                        "One merge event with three participants"));
        assertThat(r.set().inLayer("ENTITY")).hasSize(5);
        assertThat(r.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "d.ann:9: error: ENTITY has no role Family; the link Family:T6 is skipped"
                                + " (map it with --mapping FILE, rows brat_role,layer,role)",
                        "d.ann:10: warning: the note on relation R1 is not kept (links have no notes)");
        BratImport.Result unmapped = read(txt, resource("merger.ann"), BratMapping.byName(SCHEMA));
        assertThat(unmapped.set().inLayer("EVENT")).isEmpty();
        assertThat(unmapped.problems()).extracting(Problem::line).contains(5, 6, 9, 10);
    }

    @Test
    void aBadMappingFileIsRefusedWithLines() {
        Assertions.assertThatThrownBy(
                        () -> BratMapping.parse("brat_type,layer,label\nX,NOPE,Y\nZ,EVENT,NOPE\n", "m.csv", SCHEMA))
                .isInstanceOf(FormatException.class)
                .satisfies(e -> assertThat(((FormatException) e).problems())
                        .extracting(Problem::toString)
                        .containsExactly(
                                "m.csv:2: error: no layer NOPE in the schema",
                                "m.csv:3: error: EVENT has no label or role NOPE"));
    }

    /** The .ann as brat writes it for the text with CRLF line ends: each CR before an offset counts. */
    static String shiftTextBoundOffsets(String ann, String lfText) {
        List<String> out = new ArrayList<>();
        Pattern numbers = Pattern.compile("\\d+");
        for (String line : ann.split("\n", -1)) {
            if (line.startsWith("T")) {
                String[] parts = line.split("\t", 3);
                int space = parts[1].indexOf(' ');
                Matcher m = numbers.matcher(parts[1].substring(space));
                StringBuilder b = new StringBuilder();
                while (m.find()) {
                    int offset = Integer.parseInt(m.group());
                    int crs = (int) lfText.codePoints()
                            .limit(offset)
                            .filter(c -> c == '\n')
                            .count();
                    m.appendReplacement(b, Integer.toString(offset + crs));
                }
                m.appendTail(b);
                line = parts[0] + "\t" + parts[1].substring(0, space) + b + "\t" + parts[2];
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    @SuppressWarnings("unused")
    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @SuppressWarnings("unused")
    private static List<Link> links() {
        return List.of();
    }

    /**
     * brat's equivalence lines ({@code *\tEquiv T1 T3}) are coreference chains: overlapping lines
     * make one entity, each mention links to the nearest earlier one whatever the order of the ids
     * on the line, and a member that cannot be chained is reported with its line.
     */
    @Test
    void equivalenceLinesBecomeChainsToTheNearestEarlierMention() throws Exception {
        //            0         1         2         3
        //            0123456789012345678901234567890123456789
        String txt = "Peskov said he met Putin. Peskov left.\n";
        String ann = String.join(
                "\n",
                "T1\tPerson 0 6\tPeskov",
                "T2\tPerson 12 14\the",
                "T3\tPerson 19 24\tPutin",
                "T4\tPerson 26 32\tPeskov",
                "T5\tMeeting 15 18\tmet",
                "E1\tMeeting:T5",
                "*\tEquiv T4 T1",
                "*\tEquiv T2 T4",
                "*\tEquiv T3 E1 T9",
                "");
        BratImport.Result r = read(txt, ann, BratMapping.byName(SCHEMA));
        assertThat(r.set().annotations())
                .extracting(a -> a.id() + " " + a.links())
                .containsExactly("E1 []", "E2 [coref=E1]", "V1 []", "E3 []", "E4 [coref=E2]");
        assertThat(r.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "d.ann:9: error: equivalence Equiv: E1 is in EVENT, which has no coref role to chain it;"
                                + " it is left out of the chain",
                        "d.ann:9: error: equivalence Equiv: T9 is not an imported annotation; it is left out of the chain");
    }

    /** A relation line that already links a mention forward is kept, and no link closes a cycle with it. */
    @Test
    void anEquivalenceAddsNoLinkThatWouldCloseACycle() throws Exception {
        String txt = "Peskov said he left.\n";
        String ann = "T1\tPerson 0 6\tPeskov\nT2\tPerson 12 14\the\nR1\tcoref Arg1:T1 Arg2:T2\n*\tEquiv T1 T2\n";
        BratImport.Result r = read(txt, ann, BratMapping.byName(SCHEMA));
        assertThat(r.set().annotations())
                .extracting(a -> a.id() + " " + a.links())
                .containsExactly("E1 [coref=E2]", "E2 []");
        assertThat(r.problems()).isEmpty();
    }
}
