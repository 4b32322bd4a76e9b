package org.newsmark.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;

import org.newsmark.service.AnnotationSession;

/**
 * Takes the README's screenshot: the real window on the bundled project, annotator ana, with a
 * quote selected so that its speaker link shows. Run under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1400x900x24" mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.newsmark.ui.Screenshot -Dexec.args="docs/annotator.png QUOTE"}.
 */
public final class Screenshot {
    private Screenshot() {}

    static Component find(Container c, String name) {
        for (Component child : c.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container inner) {
                Component f = find(inner, name);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/annotator.png");
        String select = args.length > 1 ? args[1] : "Q";
        String doc = args.length > 2 ? args[2] : "kyiv-strikes-pause-2026-01-30";
        boolean dark = args.length > 3 && args[3].equals("dark");
        String annotator = args.length > 4 ? args[4] : "ana";
        Preferences node = Preferences.userRoot().node("org/newsmark/screenshot");
        node.clear();
        Prefs prefs = new Prefs(node);
        prefs.dark(dark);
        prefs.bounds(new Rectangle(0, 0, 1380, 860));
        prefs.lastArticle(Path.of("annotations").toAbsolutePath().normalize().toString(), doc);
        SwingLauncher launcher = new SwingLauncher(prefs);
        launcher.open(Optional.of(Path.of("annotations")), Optional.of(annotator));
        AnnotatorWindow w = launcher.window();
        SwingUtilities.invokeAndWait(() -> {
            w.session()
                    .ifPresent(s -> s.current().annotations().stream()
                            .filter(a -> a.id().startsWith(select))
                            .filter(a -> !a.links().isEmpty())
                            .skip(1)
                            .findFirst()
                            .ifPresent(a -> w.select(a.id())));
        });
        Window shot = w;
        if (select.equals("check")) {
            SwingUtilities.invokeAndWait(() -> w.commands().checkWork());
            SwingUtilities.invokeAndWait(() -> ((JTable) find(w, "findings")).setRowSelectionInterval(3, 3));
        }
        if (select.equals("candidate")) {
            SwingUtilities.invokeAndWait(() -> {
                JTable t = (JTable) find(w, "candidates");
                t.setRowSelectionInterval(2, 2);
            });
        }
        if (select.equals("attributes")) {
            SwingUtilities.invokeAndWait(() -> {
                w.session()
                        .flatMap(s -> s.current().annotations().stream()
                                .filter(a -> a.attributes().containsKey("modality"))
                                .findFirst())
                        .ifPresent(a -> w.select(a.id()));
                w.pickAttribute("modality");
            });
        }
        if (select.equals("checks")) {
            SwingUtilities.invokeAndWait(() -> w.corpus().showChecks());
            Thread.sleep(3000);
            SwingUtilities.invokeAndWait(() -> {
                JTable t = (JTable) find(w, "checkFindings");
                for (int i = 0; i < t.getRowCount(); i++) {
                    if ("unmarked".equals(t.getValueAt(i, 0))
                            && w.article().id().equals(t.getValueAt(i, 1))) {
                        t.setRowSelectionInterval(i, i);
                        t.scrollRectToVisible(t.getCellRect(i, 0, true));
                        break;
                    }
                }
            });
        }
        if (select.equals("search")) {
            SwingUtilities.invokeAndWait(() -> {
                w.commands().showSearch();
                JDialog d = (JDialog) Arrays.stream(Window.getWindows())
                        .filter(x -> "searchCorpus".equals(x.getName()))
                        .findFirst()
                        .orElseThrow();
                ((JTextField) find(d, "searchQuery")).setText("Kremlin");
                ((JCheckBox) find(d, "searchWholeWord")).setSelected(true);
                ((JButton) find(d, "searchRun")).doClick();
            });
            Thread.sleep(2500);
            shot = Arrays.stream(Window.getWindows())
                    .filter(x -> "searchCorpus".equals(x.getName()) && x.isShowing())
                    .findFirst()
                    .orElse(w);
        }
        if (select.equals("progress")) {
            SwingUtilities.invokeAndWait(() -> w.commands().showProgress());
            Thread.sleep(4000);
            shot = Arrays.stream(Window.getWindows())
                    .filter(x -> "progress".equals(x.getName()) && x.isShowing())
                    .findFirst()
                    .orElse(w);
        }
        Thread.sleep(1500);
        Rectangle r = shot.getBounds();
        BufferedImage img = new Robot().createScreenCapture(r);
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(img, "png", out.toFile());
        System.out.println("wrote " + out + " " + r.width + "x" + r.height);
        SwingUtilities.invokeAndWait(() -> {
            w.session().ifPresent(AnnotationSession::close); // releases the lock file
            w.dispose();
        });
        System.exit(0);
    }
}
