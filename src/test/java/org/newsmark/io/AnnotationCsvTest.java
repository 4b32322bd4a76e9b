package org.newsmark.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Link;
import org.newsmark.model.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotationCsvTest {
    private static final String HEADER = "doc,annotator,id,layer,label,start,end,text,links,attributes,note\n";

    private static AnnotationCsv.Parsed parse(String content) {
        return AnnotationCsv.parse(content, "annotators/ana/d.csv", "d", "ana");
    }

    @Test
    void writesTheDocumentedFormat() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("mention", "nominal");
        attributes.put("odd;key", "a=b\\c");
        AnnotationSet set = new AnnotationSet(
                "d",
                "ana",
                List.of(
                        new Annotation(
                                "Q1",
                                "QUOTE",
                                "DIRECT",
                                12,
                                26,
                                "\"Putin, \"\"agreed\"\"\"",
                                List.of(new Link("speaker", "E1")),
                                Map.of(),
                                "check, later"),
                        new Annotation(
                                "V1",
                                "EVENT",
                                "ATTACK",
                                30,
                                37,
                                "strikes",
                                List.of(new Link("agent", "E1"), new Link("place", "E2")),
                                attributes,
                                ""),
                        Annotation.span("E1", "ENTITY", "PERSON", 0, 6, "Peskov")));
        assertThat(AnnotationCsv.format(set))
                .isEqualTo(
                        HEADER
                                + "d,ana,E1,ENTITY,PERSON,0,6,Peskov,,,\n"
                                + "d,ana,Q1,QUOTE,DIRECT,12,26,\"\"\"Putin, \"\"\"\"agreed\"\"\"\"\"\"\",speaker=E1,,\"check, later\"\n"
                                + "d,ana,V1,EVENT,ATTACK,30,37,strikes,agent=E1;place=E2,mention=nominal;odd\\;key=a\\=b\\\\c,\n");
    }

    @Test
    void readsWhatItWrites() {
        AnnotationSet set = new AnnotationSet(
                "d",
                "ana",
                List.of(new Annotation(
                        "E1",
                        "ENTITY",
                        "PERSON",
                        0,
                        9,
                        "=cmd|' /C\n\t\"x\";y=z",
                        List.of(),
                        Map.of("k", "v;w"),
                        "note\nwith lines")));
        AnnotationCsv.Parsed parsed = parse(AnnotationCsv.format(set));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.annotations()).isEqualTo(set.annotations());
        assertThat(parsed.lines()).containsExactly(2);
    }

    @Test
    void acceptsByteOrderMarkFreeTextAndCrlfRowEnds() {
        String content = (HEADER + "d,ana,E1,ENTITY,PERSON,0,6,Peskov,,,\n"
                        + "d,ana,E2,ENTITY,GPE,10,16,\"Mos\ncow\",,,\n")
                .replace("\n", "\r\n");
        AnnotationCsv.Parsed parsed = parse(content);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.annotations()).extracting(Annotation::text).containsExactly("Peskov", "Mos\ncow");
        assertThat(parsed.lines()).containsExactly(2, 3);
    }

    @Test
    void reportsLineNumbersAfterMultilineFields() {
        String content =
                HEADER + "d,ana,E1,ENTITY,PERSON,0,6,\"a\nb\nc\",,,\n" + "d,ana,E2,ENTITY,GPE,x,16,Moscow,,,\n";
        AnnotationCsv.Parsed parsed = parse(content);
        assertThat(parsed.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "annotators/ana/d.csv:5: error: start \"x\" is not a whole number" + AnnotationCsv.HINT);
    }

    @Test
    void reportsAWrongOrMissingHeader() {
        assertThat(parse("").problems())
                .extracting(Problem::toString)
                .singleElement()
                .asString()
                .startsWith("annotators/ana/d.csv:1: error: the file is empty");
        assertThat(parse("doc,id,start\n").problems())
                .extracting(Problem::toString)
                .singleElement()
                .asString()
                .startsWith("annotators/ana/d.csv:1: error: wrong header \"doc,id,start\"");
    }

    @Test
    void reportsEachBrokenRow() {
        String content = HEADER
                + "d,ana,E1,ENTITY,PERSON,0,6,Peskov,,\n"
                + "d,ana,E2,ENTITY,PERSON,zero,6,Peskov,,,\n"
                + "e,ana,E3,ENTITY,PERSON,0,6,Peskov,,,\n"
                + "d,ben,E4,ENTITY,PERSON,0,6,Peskov,,,\n"
                + "d,ana,Q1,QUOTE,DIRECT,0,6,Peskov,speaker,,\n"
                + "d,ana,Q2,QUOTE,DIRECT,0,6,Peskov,,a=\\x,\n"
                + "d,ana,,ENTITY,PERSON,0,6,Peskov,,,\n";
        assertThat(parse(content).problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "annotators/ana/d.csv:2: error: expected 11 columns, found 10",
                        "annotators/ana/d.csv:3: error: start \"zero\" is not a whole number" + AnnotationCsv.HINT,
                        "annotators/ana/d.csv:4: error: doc column says \"e\" but the file is for d",
                        "annotators/ana/d.csv:5: error: annotator column says \"ben\" but the file belongs to ana",
                        "annotators/ana/d.csv:6: error: links: \"speaker\" has no '=' in \"speaker\"",
                        "annotators/ana/d.csv:7: error: attributes: unknown escape \\x in \"a=\\x\"; only \\; \\= and \\\\ are escapes",
                        "annotators/ana/d.csv:8: error: the id is empty");
    }

    @Test
    void reportsAnUnclosedQuote() {
        assertThat(parse(HEADER + "d,ana,E1,ENTITY,PERSON,0,6,\"Peskov,,,\n").problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not valid CSV"));
    }
}
