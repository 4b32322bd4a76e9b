package org.newsmark.ui;

import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.model.Annotation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspector's typed attributes with the bundled schema's EVENT modality and ENTITY mention,
 * and a topic that takes several values: the attribute's key, then the value's digit; the default
 * is not written (as in the bundled gold); each choice is one undo step; Esc changes nothing.
 */
@GuiTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TypedAttributesTest {
    @TempDir
    Path dir;

    Path project;
    AnnotatorFixture app;

    @BeforeEach
    void setUp() throws Exception {
        project = TestData.project(dir.resolve("p"), "a-news", FocusAndKeysTest.NEWS);
        Files.writeString(
                project.resolve("schema.csv"),
                "ENTITY,E,attribute,topic,U,,politics|economy|war,many,\"What the mention is about\"\n",
                StandardOpenOption.APPEND);
        TestData.annotations(
                project,
                "ana",
                "a-news",
                "a-news,ana,E1,ENTITY,PERSON,58,64,Peskov,,,",
                "a-news,ana,V1,EVENT,ATTACK,26,33,strikes,,,");
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    private static Map<String, String> attributes(List<Annotation> rows, String id) {
        return rows.stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow()
                .attributes();
    }

    private String button(String name) {
        return GuiActionRunner.execute(
                () -> app.frame.button("attribute-" + name).target().getText());
    }

    @Test
    void modalityIsChosenByItsKeyAndDigitAndTheDefaultIsNotWritten() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.clickOn("strikes", 0);
        assertThat(button("modality")).startsWith("asserted (default)");
        app.press(KeyEvent.VK_O);
        app.press(KeyEvent.VK_3);
        assertThat(attributes(app.onDisk(l -> !attributes(l, "V1").isEmpty()), "V1"))
                .isEqualTo(Map.of("modality", "requested"));
        assertThat(button("modality")).startsWith("requested");
        assertThat(app.focusOwnerName()).isEqualTo("text");

        app.press(KeyEvent.VK_O);
        app.press(KeyEvent.VK_ESCAPE);
        app.press(KeyEvent.VK_O);
        app.press(KeyEvent.VK_1);
        assertThat(attributes(app.onDisk(l -> attributes(l, "V1").isEmpty()), "V1"))
                .isEmpty();

        app.keyWith(AnnotatorFixture.ctrl(), KeyEvent.VK_Z);
        assertThat(attributes(app.onDisk(l -> !attributes(l, "V1").isEmpty()), "V1"))
                .isEqualTo(Map.of("modality", "requested"));
    }

    @Test
    void theMentionKeyIsTheEntitysWhileTheSameKeyLinksATimeForAnEvent() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.clickOn("Peskov", 0);
        app.press(KeyEvent.VK_M);
        app.clickListItem("nominal");
        assertThat(attributes(app.onDisk(l -> !attributes(l, "E1").isEmpty()), "E1"))
                .isEqualTo(Map.of("mention", "nominal"));
    }

    @Test
    void anAttributeOfSeveralValuesAddsAndRemovesOneValuePerChoice() throws Exception {
        app = AnnotatorFixture.start(project, "ana");
        app.clickOn("Peskov", 0);
        assertThat(button("topic")).startsWith("politics (default)");
        app.press(KeyEvent.VK_U);
        app.press(KeyEvent.VK_3);
        assertThat(attributes(app.onDisk(l -> !attributes(l, "E1").isEmpty()), "E1"))
                .isEqualTo(Map.of("topic", "politics|war"));
        app.press(KeyEvent.VK_U);
        app.press(KeyEvent.VK_1);
        assertThat(attributes(app.onDisk(l -> "war".equals(attributes(l, "E1").get("topic"))), "E1"))
                .isEqualTo(Map.of("topic", "war"));
        app.frame.button("attribute-topic").click();
        app.clickListItem("economy");
        assertThat(attributes(
                        app.onDisk(l -> "economy|war".equals(attributes(l, "E1").get("topic"))), "E1"))
                .isEqualTo(Map.of("topic", "economy|war"));
        assertThat(button("topic")).startsWith("economy, war");
    }
}
