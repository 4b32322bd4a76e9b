package org.newsmark.service;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.newsmark.TestData;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.Schema;

import static org.assertj.core.api.Assertions.assertThat;

/** The guidelines and the schema agree: every label has a section, every label section names a label. */
class GuidelinesTest {
    // Where the bundled folder lies in the repository decides which guidelines it gets; only the
    // guidelines beside it are read, none of its annotations.
    private final Guidelines guidelines = Guidelines.forProject(Path.of("annotations"));
    private final Schema schema = TestData.schema();

    @Test
    void theBundledProjectUsesTheTopLevelGuidelines() {
        assertThat(Path.of(guidelines.source())).isEqualTo(Path.of("guidelines").toAbsolutePath());
        assertThat(guidelines.files().keySet())
                .contains("README.md", "entities.md", "quotes.md", "events.md", "quick-reference.md", "CHANGELOG.md");
    }

    @Test
    void everySchemaLabelHasASection() {
        Set<String> missing = new TreeSet<>();
        for (Layer layer : schema.layers()) {
            for (Label label : layer.labels()) {
                if (guidelines.fileOf(label.name()).isEmpty()) {
                    missing.add(layer.name() + "/" + label.name());
                }
            }
        }
        assertThat(missing).as("labels without a '## LABEL' section").isEmpty();
    }

    @Test
    void everyLabelSectionNamesALabelOfTheSchema() {
        Set<String> labels = new TreeSet<>();
        schema.layers().forEach(l -> l.labels().forEach(x -> labels.add(x.name())));
        Map<String, String> sections = guidelines.labelSections();
        assertThat(sections.keySet())
                .as("'## X' headings in capitals that are no label")
                .isSubsetOf(labels);
    }

    @Test
    void sectionsSitInTheFileOfTheirLayer() {
        assertThat(guidelines.fileOf("PERSON")).contains("entities.md");
        assertThat(guidelines.fileOf("MIXED")).contains("quotes.md");
        assertThat(guidelines.fileOf("NEGOTIATION")).contains("events.md");
    }

    @Test
    void rendersAnAnchorForEachHeadingAndTables() {
        String html = guidelines.html("entities.md");
        assertThat(html).contains("<a name=\"person\"></a>", "<a name=\"gpe\"></a>");
        assertThat(guidelines.html("quick-reference.md")).contains("<table>");
    }

    @Test
    void theJarCarriesACopy() {
        Guidelines builtIn = Guidelines.builtIn();
        assertThat(builtIn.files()).containsKeys("README.md", "entities.md", "quotes.md", "events.md");
        assertThat(builtIn.files().get("quotes.md"))
                .isEqualTo(guidelines.files().get("quotes.md"));
    }
}
