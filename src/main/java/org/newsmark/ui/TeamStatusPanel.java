package org.newsmark.ui;

import java.awt.BorderLayout;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutionException;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingWorker;
import javax.swing.table.TableRowSorter;

import org.newsmark.service.team.StatusService;

/**
 * The lead's view of the team: per annotator, articles assigned, not started, in progress, done,
 * and their last sync, as {@code newsmark status} gives it (from what this clone holds; sync first
 * to see everybody's latest). Read off the event thread.
 */
final class TeamStatusPanel extends JPanel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RowsTableModel<StatusService.AnnotatorRow> model = new RowsTableModel<>(
            new String[] {"Annotator", "Assigned", "Not started", "In progress", "Done", "Last sync"},
            (r, column) -> switch (column) {
                case 0 -> r.annotator();
                case 1 -> r.assigned();
                case 2 -> r.notStarted();
                case 3 -> r.inProgress();
                case 4 -> r.done();
                default ->
                    r.lastSync()
                            .map(t -> WHEN.format(t.atZone(ZoneId.systemDefault())))
                            .orElse("never");
            },
            String.class,
            Integer.class,
            Integer.class,
            Integer.class,
            Integer.class,
            String.class);
    private final JLabel note = new JLabel("Reading the team's status…");

    TeamStatusPanel(Path project) {
        super(new BorderLayout());
        setName("teamStatus");
        JTable table = new JTable(model);
        table.setName("teamStatusTable");
        table.setRowSorter(new TableRowSorter<>(model));
        note.setName("teamStatusNote");
        note.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        add(note, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        new SwingWorker<StatusService.Result, Void>() {
            @Override
            protected StatusService.Result doInBackground() throws Exception {
                return new StatusService().status(project);
            }

            @Override
            protected void done() {
                try {
                    StatusService.Result r = get();
                    model.setRows(r.annotators());
                    note.setText(r.annotators().size() + " annotators, "
                            + r.articles().size() + " articles; as of this clone's last sync");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    note.setText(
                            "Cannot read the team's status: " + e.getCause().getMessage());
                }
            }
        }.execute();
    }
}
