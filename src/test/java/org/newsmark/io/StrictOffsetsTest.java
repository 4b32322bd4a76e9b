package org.newsmark.io;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsmark.model.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offsets in an annotation file are ASCII digits without sign, padding or leading zeros (0 itself
 * excepted), as every tool that writes the format writes them; anything else is an error with its
 * line, so a file that a spreadsheet or a script mangled is never read as if it were fine.
 */
class StrictOffsetsTest {
    private static final String HEADER = "doc,annotator,id,layer,label,start,end,text,links,attributes,note\n";

    private static AnnotationCsv.Parsed parse(String start, String end) {
        String row = "d,ana,E1,ENTITY,PERSON," + start + "," + end + ",Peskov,,,\n";
        return AnnotationCsv.parse(HEADER + row, "annotators/ana/d.csv", "d", "ana");
    }

    @Test
    void plainOffsetsAreRead() {
        AnnotationCsv.Parsed p = parse("0", "6");
        assertThat(p.problems()).isEmpty();
        assertThat(p.annotations().get(0).end()).isEqualTo(6);
        assertThat(parse("10", "2147483647").problems()).isEmpty();
    }

    @Test
    void signsPaddingLeadingZerosAndOtherDigitsAreErrorsWithTheirLine() {
        List<String> bad = List.of(
                "+6",
                "06",
                "00",
                " 5 ",
                "\"\t5\"",
                "\"5\n\"",
                "-0",
                "\u0666",
                "\uFF16",
                "5.0",
                "1e3",
                "2147483648",
                "99999999999",
                "");
        for (String value : bad) {
            AnnotationCsv.Parsed p = parse("0", value);
            assertThat(p.annotations()).as(value).isEmpty();
            assertThat(p.problems()).as(value).hasSize(1);
            Problem problem = p.problems().get(0);
            assertThat(problem.line()).as(value).isEqualTo(2);
            assertThat(problem.message()).as(value).startsWith("end ").contains("offset");
        }
    }
}
