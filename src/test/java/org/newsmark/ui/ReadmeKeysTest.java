package org.newsmark.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.newsmark.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's key table is the annotator's key table, made from the same rows with the bundled
 * schema. After changing a key, regenerate it with
 * {@code mvn test -Dtest=ReadmeKeysTest -Dnewsmark.updateReadme=true}.
 */
class ReadmeKeysTest {
    static final String START = "<!-- keys: made from KeyTable by ReadmeKeysTest; do not edit by hand -->\n";
    static final String END = "<!-- end of keys -->";

    @Test
    void theReadmeKeyTableIsTheKeyTable() throws Exception {
        Path readme = Path.of("README.md");
        String text = Files.readString(readme);
        String table = KeyTable.of(TestData.schema()).markdown();
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("the README marks where the key table goes").isGreaterThanOrEqualTo(0);
        assertThat(end).isGreaterThan(start);
        String shown = text.substring(start + START.length(), end);
        if (Boolean.getBoolean("newsmark.updateReadme") && !shown.equals(table)) {
            Files.writeString(readme, text.substring(0, start + START.length()) + table + text.substring(end));
            return;
        }
        assertThat(shown).isEqualTo(table);
    }
}
