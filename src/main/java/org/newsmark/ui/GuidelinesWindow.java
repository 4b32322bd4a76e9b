package org.newsmark.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.KeyEvent;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JEditorPane;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.event.HyperlinkEvent;

import org.newsmark.service.Guidelines;

/** The guidelines rendered inside the app (F1), opened at the section of the selected label. */
final class GuidelinesWindow extends JDialog {
    private final Guidelines guidelines;
    private final JEditorPane page = new JEditorPane();
    private final JList<String> files;

    GuidelinesWindow(Window owner, Guidelines guidelines) {
        super(owner, "Newsmark guidelines", ModalityType.MODELESS);
        this.guidelines = guidelines;
        setName("guidelines");
        page.setName("guidelinesPage");
        page.setContentType("text/html");
        page.setEditable(false);
        page.addHyperlinkListener(e -> {
            if (e.getEventType() == HyperlinkEvent.EventType.ACTIVATED && e.getDescription() != null) {
                String d = e.getDescription();
                if (d.startsWith("#")) {
                    page.scrollToReference(d.substring(1));
                } else if (guidelines.files().containsKey(d.replaceAll("#.*", ""))) {
                    open(d.replaceAll("#.*", ""), d.contains("#") ? d.substring(d.indexOf('#') + 1) : null);
                }
            }
        });
        files = new JList<>(guidelines.files().keySet().toArray(String[]::new));
        files.setName("guidelinesFiles");
        files.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && files.getSelectedValue() != null) {
                load(files.getSelectedValue(), null);
            }
        });
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(files), new JScrollPane(page));
        split.setDividerLocation(170);
        add(split, BorderLayout.CENTER);
        setSize(new Dimension(900, 700));
        getRootPane()
                .registerKeyboardAction(
                        e -> setVisible(false),
                        KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                        JComponent.WHEN_IN_FOCUSED_WINDOW);
        setLocationRelativeTo(owner);
    }

    /** Opens at a label's section, or at the overview. */
    void openAt(String label) {
        String file = label == null ? null : guidelines.fileOf(label).orElse(null);
        if (file == null) {
            file = guidelines.files().keySet().stream().findFirst().orElse(null);
            label = null;
        }
        if (file != null) {
            open(file, label == null ? null : Guidelines.anchor(label));
        }
        setVisible(true);
    }

    /** Opens a "file.md#anchor" link (the path before the file name is ignored). */
    void openLink(String link) {
        String file = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
        file = file.substring(file.lastIndexOf('/') + 1);
        String anchor = link.contains("#") ? link.substring(link.indexOf('#') + 1) : null;
        if (!guidelines.files().containsKey(file)) {
            file = guidelines.files().keySet().stream().findFirst().orElse(null);
            anchor = null;
        }
        if (file != null) {
            open(file, anchor);
        }
        setVisible(true);
    }

    private void open(String file, String anchor) {
        files.setSelectedValue(file, true);
        load(file, anchor);
    }

    private void load(String file, String anchor) {
        page.setText(
                "<html><body style='font-family:sans-serif; margin:12px'>" + guidelines.html(file) + "</body></html>");
        page.setCaretPosition(0);
        if (anchor != null) {
            SwingUtilities.invokeLater(() -> page.scrollToReference(anchor));
        }
    }
}
