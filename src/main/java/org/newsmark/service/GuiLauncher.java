package org.newsmark.service;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the annotator window. The command line asks for it through this interface so that it
 * never depends on the Swing front itself.
 */
public interface GuiLauncher {

    /** Raised when no window can be opened (no display). */
    final class UnavailableException extends Exception {
        public UnavailableException(String message) {
            super(message);
        }
    }

    /**
     * Opens the annotator and returns once the window is showing.
     *
     * @param project the project folder, or empty for the last or the bundled one
     * @param annotator the annotator's name, or empty to use the remembered one or ask
     */
    void open(Optional<Path> project, Optional<String> annotator) throws UnavailableException;
}
