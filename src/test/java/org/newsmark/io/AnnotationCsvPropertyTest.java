package org.newsmark.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Link;

import static org.assertj.core.api.Assertions.assertThat;

/** Any text in any column survives a write and a read unchanged. */
class AnnotationCsvPropertyTest {
    /** Characters that break naive CSV or our pair syntax, plus RTL text, emoji and astral CJK. */
    private static final String[] PIECES = {
        ",",
        "\"",
        "\n",
        "\t",
        ";",
        "=",
        "\\",
        "=SUM(A1)",
        "+1",
        "-2",
        "@x",
        "שלום",
        "مرحبا",
        "\uD83D\uDE00",
        "\uD840\uDC00",
        "é",
        " ",
        "Kyiv",
        "'",
        "’",
        "\u200F",
        ""
    };

    @Provide
    Arbitrary<String> tricky() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> random = Arbitraries.strings()
                .all()
                .ofMaxLength(8)
                .filter(s -> s.indexOf('\r') < 0 && s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
        return Arbitraries.oneOf(piece, random).list().ofMaxSize(6).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<AnnotationSet> sets() {
        Arbitrary<String> text = tricky().filter(s -> !s.isEmpty());
        Arbitrary<String> key = tricky().filter(s -> !s.isEmpty());
        Arbitrary<Annotation> annotation = Combinators.combine(
                        Arbitraries.integers().between(0, 5000),
                        Arbitraries.integers().between(1, 50),
                        text,
                        tricky(),
                        Arbitraries.maps(key, tricky()).ofMaxSize(3),
                        tricky(),
                        Arbitraries.of("ENTITY", "QUOTE", "EVENT"))
                .as((start, len, t, target, attrs, note, layer) -> new Annotation(
                        "id",
                        layer,
                        "L",
                        start,
                        start + len,
                        t,
                        target.isEmpty() ? List.of() : List.of(new Link("speaker", target)),
                        new LinkedHashMap<>(attrs),
                        note));
        return annotation.list().ofMaxSize(12).map(list -> {
            List<Annotation> withIds = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                withIds.add(list.get(i).withId("X" + i));
            }
            return new AnnotationSet("doc-1", "ana", withIds);
        });
    }

    @Property(tries = 300)
    void roundTrips(@ForAll("sets") AnnotationSet set) {
        String content = AnnotationCsv.format(set);
        AnnotationCsv.Parsed parsed = AnnotationCsv.parse(content, "f.csv", "doc-1", "ana");
        assertThat(parsed.problems()).isEmpty();
        assertThat(new AnnotationSet("doc-1", "ana", parsed.annotations())).isEqualTo(set);
        assertThat(AnnotationCsv.format(new AnnotationSet("doc-1", "ana", parsed.annotations())))
                .isEqualTo(content);
    }

    @Property(tries = 100)
    void roundTripsThroughBomAndCrlfAsASpreadsheetSavesIt(@ForAll("sets") AnnotationSet set) throws Exception {
        String crlf = AnnotationCsv.format(set).replace("\n", "\r\n");
        byte[] body = crlf.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        AnnotationCsv.Parsed parsed =
                AnnotationCsv.parse(TextFiles.decodeUtf8(bytes, "f.csv"), "f.csv", "doc-1", "ana");
        assertThat(parsed.problems()).isEmpty();
        assertThat(new AnnotationSet("doc-1", "ana", parsed.annotations())).isEqualTo(set);
    }
}
