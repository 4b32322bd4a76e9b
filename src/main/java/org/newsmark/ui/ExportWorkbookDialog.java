package org.newsmark.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.newsmark.service.AgreementService;
import org.newsmark.service.WorkbookService;
import org.newsmark.service.Workspace;

/**
 * File → Export workbook…: the agreement workbook of the whole project, written off the event
 * thread with a progress bar and a Cancel button (a cancelled export writes nothing).
 */
final class ExportWorkbookDialog extends JDialog {
    private final JProgressBar bar = new JProgressBar(0, 1000);
    private final JLabel label = new JLabel("Measuring agreement…");
    private volatile boolean cancelled;

    private ExportWorkbookDialog(Window owner) {
        super(owner, "Export workbook", ModalityType.MODELESS);
        setName("exportWorkbook");
        bar.setName("exportProgress");
        bar.setStringPainted(true);
        JButton cancel = new JButton("Cancel");
        cancel.setName("exportCancel");
        cancel.addActionListener(e -> {
            cancelled = true;
            label.setText("Cancelling…");
        });
        JPanel panel = new JPanel(new BorderLayout(8, 8));
        panel.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        panel.add(label, BorderLayout.NORTH);
        panel.add(bar, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(cancel);
        panel.add(buttons, BorderLayout.SOUTH);
        add(panel);
        setSize(460, 150);
        setLocationRelativeTo(owner);
    }

    /** Asks where to save, then exports in the background. */
    static void start(Window owner, Workspace project, Consumer<String> status) {
        JFileChooser chooser = new JFileChooser(project.root().toFile());
        chooser.setDialogTitle("Export the agreement workbook");
        chooser.setFileFilter(new FileNameExtensionFilter("Excel workbook (*.xlsx)", "xlsx"));
        chooser.setSelectedFile(project.root().resolve("agreement.xlsx").toFile());
        if (chooser.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path chosen = chooser.getSelectedFile().toPath();
        Path file = chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".xlsx");
        export(owner, project, file, status);
    }

    /** Exports to a file, showing progress; the dialog closes when done. */
    static ExportWorkbookDialog export(Window owner, Workspace project, Path file, Consumer<String> status) {
        ExportWorkbookDialog dialog = new ExportWorkbookDialog(owner);
        dialog.setVisible(true);
        new SwingWorker<WorkbookService.Export, Double>() {
            @Override
            protected WorkbookService.Export doInBackground() throws Exception {
                return project.workbooks().export(AgreementService.Request.all(), file, fraction -> {
                    publish(fraction);
                    return !dialog.cancelled;
                });
            }

            @Override
            protected void process(List<Double> chunks) {
                double f = chunks.get(chunks.size() - 1);
                dialog.bar.setValue((int) Math.round(f * 1000));
                dialog.bar.setString(Math.round(f * 100) + "%");
                dialog.label.setText(f < 0.2 ? "Measuring agreement…" : "Writing " + file.getFileName() + "…");
            }

            @Override
            protected void done() {
                dialog.dispose();
                try {
                    WorkbookService.Export r = get();
                    if (r.written().isPresent()) {
                        status.accept("Workbook written: " + file);
                    } else {
                        JOptionPane.showMessageDialog(
                                owner,
                                "The workbook was not written; the files have problems:\n"
                                        + String.join(
                                                "\n",
                                                r.problems().stream()
                                                        .limit(10)
                                                        .map(Object::toString)
                                                        .toList()),
                                "Export workbook",
                                JOptionPane.WARNING_MESSAGE);
                    }
                } catch (CancellationException e) {
                    status.accept("Export cancelled; nothing written");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof CancellationException) {
                        status.accept("Export cancelled; nothing written");
                    } else {
                        status.accept("Export failed: " + e.getCause().getMessage());
                        JOptionPane.showMessageDialog(
                                owner,
                                "Export failed: " + e.getCause().getMessage(),
                                "Export workbook",
                                JOptionPane.ERROR_MESSAGE);
                    }
                }
            }
        }.execute();
        return dialog;
    }
}
