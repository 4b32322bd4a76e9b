package org.newsmark.io;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsmark.model.Link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCodecTest {
    @Test
    void linksKeepRepeatedRolesInOrder() {
        List<Link> links = List.of(new Link("agent", "E1"), new Link("agent", "E2"), new Link("place", "E4"));
        String field = FieldCodec.formatLinks(links);
        assertThat(field).isEqualTo("agent=E1;agent=E2;place=E4");
        assertThat(FieldCodec.parseLinks(field)).isEqualTo(links);
    }

    @Test
    void escapesSeparatorsAndBackslash() {
        Map<String, String> attrs = Map.of("a;b=c\\", "x=y;z\\");
        String field = FieldCodec.formatAttributes(attrs);
        assertThat(field).isEqualTo("a\\;b\\=c\\\\=x\\=y\\;z\\\\");
        assertThat(FieldCodec.parseAttributes(field)).isEqualTo(attrs);
    }

    @Test
    void emptyValuesSurvive() {
        assertThat(FieldCodec.parseAttributes("checked=")).containsEntry("checked", "");
        assertThat(FieldCodec.parseAttributes("")).isEmpty();
    }

    @Test
    void refusesBrokenFields() {
        assertThatThrownBy(() -> FieldCodec.parseLinks("speaker=")).hasMessageContaining("no target");
        assertThatThrownBy(() -> FieldCodec.parseAttributes("=x")).hasMessageContaining("without a name");
        assertThatThrownBy(() -> FieldCodec.parseAttributes("a=1;a=2")).hasMessageContaining("given twice");
        assertThatThrownBy(() -> FieldCodec.parseAttributes("a=1\\")).hasMessageContaining("backslash ends");
    }
}
