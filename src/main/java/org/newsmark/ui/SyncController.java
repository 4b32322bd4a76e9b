package org.newsmark.ui;

import java.awt.Dialog;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;

import org.newsmark.service.Workspace;
import org.newsmark.service.team.ConflictCopy;
import org.newsmark.service.team.SyncResult;
import org.newsmark.service.team.SyncService;
import org.newsmark.service.team.TeamClone;
import org.newsmark.service.team.TeamException;

/**
 * File → Sync and the status bar's sync button: saves, syncs off the event thread (the window
 * stays usable), says what came in from whom or what failed and what to do, brings the open
 * article up to date, and asks about each conflict copy the sync left. Present only in a shared
 * project (one that was joined or shared).
 */
final class SyncController {
    private final AnnotatorWindow window;
    private final TeamClone clone;
    private final JButton button = new JButton("Sync");
    private boolean running;
    /** Read once: the menus ask on every refresh, and a project becomes shared only by share or join. */
    private final boolean shared;

    SyncController(AnnotatorWindow window, Workspace workspace) {
        this.window = window;
        this.clone = new TeamClone(workspace.root(), workspace.annotator());
        this.shared = clone.shared();
        button.setName("syncButton");
        button.setFocusable(false);
        button.setBorder(BorderFactory.createEmptyBorder(1, 8, 1, 8));
        button.setToolTipText("Sync with the team's repository (File → Sync)");
        button.addActionListener(e -> sync(null));
        button.setVisible(shared);
        if (shared) {
            try {
                int waiting = clone.conflicts().size();
                if (waiting > 0) {
                    // Left by a sync from the command line: the next sync here asks about each.
                    button.setText(
                            waiting + (waiting == 1 ? " conflict copy" : " conflict copies") + " to resolve · sync");
                }
            } catch (IOException e) {
                button.setToolTipText("cannot read the conflict copies: " + e.getMessage());
            }
        }
    }

    JButton button() {
        return button;
    }

    TeamClone team() {
        return clone;
    }

    boolean shared() {
        return shared;
    }

    boolean running() {
        return running;
    }

    /** The articles in the order of the list: mine (assigned in assignments.csv) first, each group as it was. */
    List<Workspace.ArticleInfo> assignedFirst(List<Workspace.ArticleInfo> rows) {
        return clone.assigned()
                .map(mine -> {
                    List<Workspace.ArticleInfo> out = new ArrayList<>(
                            rows.stream().filter(r -> mine.contains(r.doc())).toList());
                    rows.stream().filter(r -> !mine.contains(r.doc())).forEach(out::add);
                    return out;
                })
                .orElse(rows);
    }

    /** Saves, then syncs in the background; {@code after} runs on the event thread when it ended, however. */
    void sync(Runnable after) {
        if (running || !shared) {
            if (after != null) {
                after.run();
            }
            return;
        }
        running = true;
        window.saveNow();
        button.setText("syncing…");
        window.status("Syncing with the team…");
        new SwingWorker<SyncResult, String>() {
            @Override
            protected SyncResult doInBackground() throws TeamException {
                return new SyncService().sync(clone.root(), (stage, fraction) -> {
                    publish("syncing: " + stage);
                    return true;
                });
            }

            @Override
            protected void process(List<String> stages) {
                button.setText(stages.get(stages.size() - 1) + "…");
            }

            @Override
            protected void done() {
                running = false;
                try {
                    synced(get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    failed(e.getCause());
                }
                window.refreshMenus();
                if (after != null) {
                    after.run();
                } else {
                    resolveConflicts();
                    window.focus().home();
                }
            }
        }.execute();
    }

    private void synced(SyncResult r) {
        String text = SyncSummary.of(r, ZoneId.systemDefault());
        button.setText(text);
        button.setToolTipText(details(r));
        window.status(text);
        window.refreshArticles();
        window.session().ifPresent(s -> {
            String doc = s.article().id();
            boolean mineChanged = r.incoming().stream()
                    .anyMatch(c -> doc.equals(c.item())
                            && (c.owner().equals(r.annotator()) || c.owner().equals(SyncResult.ARTICLES)));
            if (mineChanged && !s.dirty()) {
                window.reload();
            }
        });
    }

    private static String details(SyncResult r) {
        StringBuilder b = new StringBuilder("<html>");
        r.incomingByOwner()
                .forEach((who, items) -> b.append("in from ")
                        .append(who)
                        .append(": ")
                        .append(String.join(", ", items))
                        .append("<br>"));
        r.outgoingByOwner()
                .forEach((who, items) -> b.append("out (")
                        .append(who)
                        .append("): ")
                        .append(String.join(", ", items))
                        .append("<br>"));
        r.conflicts()
                .forEach(c -> b.append("conflict: your version of ")
                        .append(c.path())
                        .append(" kept as ")
                        .append(c.copy())
                        .append("<br>"));
        r.problems().forEach(p -> b.append("no longer valid: ").append(p).append("<br>"));
        return b.append("Click to sync again</html>").toString();
    }

    private void failed(Throwable cause) {
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        String text = cause instanceof TeamException t ? SyncSummary.failed(t) : "not synced · click to try again";
        button.setText(text);
        button.setToolTipText("<html>" + escape(message).replace("\n", "<br>") + "</html>");
        window.status(message.lines().findFirst().orElse(message));
        if (!(cause instanceof TeamException t
                && (t.kind() == TeamException.Kind.OFFLINE || t.kind() == TeamException.Kind.BUSY))) {
            JOptionPane.showMessageDialog(window, message, "Sync", JOptionPane.WARNING_MESSAGE);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Asks about every conflict copy still waiting: compare the two versions, keep one. */
    void resolveConflicts() {
        List<ConflictCopy> waiting;
        try {
            waiting = clone.conflicts();
        } catch (IOException e) {
            window.status("cannot read the conflict copies: " + e.getMessage());
            return;
        }
        for (ConflictCopy c : waiting) {
            try {
                ConflictDialog.Choice choice = ConflictDialog.ask(window, clone.compare(c));
                if (choice == ConflictDialog.Choice.LATER) {
                    window.status("Your version of " + c.path() + " stays at " + c.copy() + " until you choose");
                    return;
                }
                resolve(c, choice);
            } catch (IOException e) {
                window.status("cannot resolve " + c.path() + ": " + e.getMessage());
                JOptionPane.showMessageDialog(window, e.getMessage(), "Conflict", JOptionPane.WARNING_MESSAGE);
                return;
            }
        }
    }

    private void resolve(ConflictCopy c, ConflictDialog.Choice choice) throws IOException {
        window.saveNow();
        if (choice == ConflictDialog.Choice.MINE) {
            clone.keepMine(c);
        } else {
            clone.keepTheirs(c);
        }
        window.session().ifPresent(s -> {
            if (c.path().endsWith("/" + s.article().id() + ".csv")) {
                window.reload();
            }
        });
        window.refreshArticles();
        window.status(
                choice == ConflictDialog.Choice.MINE
                        ? "Kept your version of " + c.path() + "; the next sync sends it"
                        : "Kept the team's version of " + c.path() + "; your copy is gone");
    }

    /** Closing with "sync on quit": a small window says so while the sync runs, then {@code after} closes. */
    void syncBeforeClosing(Runnable after) {
        JDialog wait = new JDialog(window, "Syncing", Dialog.ModalityType.MODELESS);
        JLabel l = new JLabel("Syncing your work with the team before closing…");
        l.setBorder(BorderFactory.createEmptyBorder(16, 20, 16, 20));
        wait.add(l);
        wait.pack();
        wait.setLocationRelativeTo(window);
        wait.setVisible(true);
        sync(() -> SwingUtilities.invokeLater(() -> {
            wait.dispose();
            after.run();
        }));
    }
}
