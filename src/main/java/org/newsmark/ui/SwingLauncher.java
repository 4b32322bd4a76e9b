package org.newsmark.ui;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import org.newsmark.model.FormatException;
import org.newsmark.model.Names;
import org.newsmark.service.GuiLauncher;
import org.newsmark.service.Workspace;

/**
 * Opens the annotator window on the Swing event thread: chooses the project (the one given, the
 * last one, or ./annotations), asks once for the annotator's name and remembers it.
 */
public final class SwingLauncher implements GuiLauncher {
    private final Prefs prefs;
    private volatile boolean opened;
    private volatile AnnotatorWindow window;

    public SwingLauncher() {
        this(Prefs.user());
    }

    SwingLauncher(Prefs prefs) {
        this.prefs = prefs;
    }

    static void applyTheme(boolean dark) {
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        UIManager.put("Component.focusWidth", 1);
    }

    @Override
    public void open(Optional<Path> project, Optional<String> annotator) throws UnavailableException {
        if (GraphicsEnvironment.isHeadless()) {
            throw new UnavailableException("no display (DISPLAY is not set or cannot be opened)");
        }
        Path folder = project.orElseGet(() ->
                prefs.lastProject().map(Path::of).filter(Files::isDirectory).orElse(Path.of("annotations")));
        if (!Files.isDirectory(folder)) {
            throw new UnavailableException(
                    "no project folder " + folder.toAbsolutePath() + " (give one: newsmark gui PROJECT)");
        }
        boolean adjudicate = annotator.filter(Names.GOLD::equals).isPresent();
        if (annotator.isPresent() && !adjudicate && Names.annotatorProblem(annotator.get()) != null) {
            throw new UnavailableException("bad annotator name: " + Names.annotatorProblem(annotator.get()));
        }
        String[] failure = new String[1];
        try {
            SwingUtilities.invokeAndWait(() -> {
                applyTheme(prefs.dark());
                // A joined clone records who works in it; that name comes before the remembered one.
                String name = adjudicate
                        ? Names.GOLD
                        : annotator
                                .or(() -> Workspace.recordedAnnotator(folder))
                                .or(prefs::annotator)
                                .filter(n -> Names.annotatorProblem(n) == null)
                                .orElseGet(this::askName);
                if (name == null) {
                    failure[0] = "no annotator name given";
                    return;
                }
                if (!adjudicate) {
                    prefs.annotator(name);
                }
                try {
                    Workspace workspace = Workspace.open(folder, name);
                    AnnotatorWindow w = new AnnotatorWindow(workspace, prefs);
                    w.setLocationByPlatform(prefs.bounds().isEmpty());
                    w.setVisible(true);
                    String root = workspace.root().toString();
                    prefs.lastProject(root);
                    Optional<String> last = prefs.lastArticle(root);
                    List<String> ids = workspace.articleIds();
                    String first = last.filter(ids::contains).orElse(ids.isEmpty() ? null : ids.get(0));
                    if (first != null) {
                        w.openArticle(first);
                    }
                    window = w;
                } catch (FormatException e) {
                    failure[0] = e.getMessage();
                } catch (IOException e) {
                    failure[0] = "cannot read the project: " + e.getMessage();
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted");
        } catch (InvocationTargetException e) {
            throw new UnavailableException(String.valueOf(e.getCause()));
        }
        if (failure[0] != null) {
            throw new UnavailableException(failure[0]);
        }
        opened = true;
    }

    private String askName() {
        while (true) {
            String name = JOptionPane.showInputDialog(
                    null,
                    "Who is annotating? (your name, letters and digits, e.g. ana)",
                    "Newsmark",
                    JOptionPane.QUESTION_MESSAGE);
            if (name == null) {
                return null;
            }
            String problem = Names.annotatorProblem(name.trim());
            if (problem == null) {
                return name.trim();
            }
            JOptionPane.showMessageDialog(
                    null, "That name cannot be used: " + problem, "Newsmark", JOptionPane.WARNING_MESSAGE);
        }
    }

    /** Whether a window was opened, so that the process must stay alive. */
    public boolean opened() {
        return opened;
    }

    /** The window opened last (for tests and the screenshot tool). */
    AnnotatorWindow window() {
        return window;
    }
}
