package org.newsmark.ui;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.LocalIdentity;

import static org.assertj.core.api.Assertions.assertThat;

/** A joined clone opens as the annotator it records, whoever the remembered annotator is. */
@GuiTest
class JoinedCloneWindowTest {
    @TempDir
    Path dir;

    @Test
    void theCloneNameComesBeforeTheRememberedOne() throws Exception {
        Path project = TestData.project(dir.resolve("clone"), "d1", "Peskov spoke in Moscow.");
        LocalIdentity.write(project, "ana");
        Preferences node = AnnotatorFixture.freshPrefs();
        Prefs prefs = new Prefs(node);
        prefs.annotator("zed");
        prefs.bounds(new Rectangle(20, 20, 1000, 700));
        SwingLauncher launcher = new SwingLauncher(prefs);
        try {
            launcher.open(Optional.of(project), Optional.empty());
            assertThat(GuiActionRunner.execute(
                            () -> launcher.window().workspace().annotator()))
                    .isEqualTo("ana");
        } finally {
            if (launcher.window() != null) {
                GuiActionRunner.execute(() -> launcher.window().dispose());
            }
            node.removeNode();
        }
    }
}
