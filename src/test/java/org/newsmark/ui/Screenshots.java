package org.newsmark.ui;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import org.assertj.swing.edt.GuiActionRunner;

/** Saves what a window shows as a PNG, for looking at a feature after its GUI test. */
final class Screenshots {
    private Screenshots() {}

    static void window(Window w, Path file) {
        try {
            Rectangle r = GuiActionRunner.execute(() -> w.getBounds());
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(new Robot().createScreenCapture(r), "png", file.toFile());
        } catch (Exception e) {
            // a picture is a help for the eye, never a reason for a test to fail
        }
    }
}
