package org.newsmark.ui;

import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.newsmark.service.GuiLauncher;

/** Opens the annotator window on the Swing event thread. */
public final class SwingLauncher implements GuiLauncher {
    private volatile boolean opened;

    @Override
    public void open(Optional<Path> project, Optional<String> annotator) throws UnavailableException {
        if (GraphicsEnvironment.isHeadless()) {
            throw new UnavailableException("no display (DISPLAY is not set or cannot be opened)");
        }
        try {
            SwingUtilities.invokeAndWait(() -> {
                JFrame frame = new JFrame("Newsmark");
                frame.add(new JLabel("annotator coming"));
                frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
                frame.pack();
                frame.setVisible(true);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted");
        } catch (InvocationTargetException e) {
            throw new UnavailableException(String.valueOf(e.getCause()));
        }
        opened = true;
    }

    /** Whether a window was opened, so that the process must stay alive. */
    public boolean opened() {
        return opened;
    }
}
