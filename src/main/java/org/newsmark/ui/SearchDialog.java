package org.newsmark.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.SwingWorker;
import javax.swing.table.DefaultTableCellRenderer;

import org.newsmark.consistency.CorpusSearch;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.Schema;
import org.newsmark.service.AgreementService;
import org.newsmark.service.ConsistencyService;
import org.newsmark.service.HitMarking;

/**
 * Edit → Search corpus…: every occurrence of a text in every article, keyword in context, with the
 * annotator's annotations there. Enter or a double-click opens the article at the hit, selected,
 * with the keys in the text; "Annotate all hits" gives every hit a label of the current layer, as
 * one undoable edit per article (the open article's in its own history, the others through their
 * own sessions, locked and saved atomically). Searching and annotating run off the event thread.
 */
final class SearchDialog extends JDialog {
    private static final String ANY = "(any)";

    private final AnnotatorWindow window;
    private final JTextField query = new JTextField(28);
    private final JCheckBox regex = new JCheckBox("Regex");
    private final JCheckBox wholeWord = new JCheckBox("Whole word");
    private final JCheckBox ignoreCase = new JCheckBox("Ignore case");
    private final JCheckBox unannotated = new JCheckBox("Unannotated only");
    private final JComboBox<String> layer = new JComboBox<>();
    private final JComboBox<String> label = new JComboBox<>();
    private final JComboBox<String> annotateLabel = new JComboBox<>();
    private final JButton annotate = new JButton("Annotate all hits");
    private final JLabel note = new JLabel(" ");
    private final RowsTableModel<CorpusSearch.Hit> model = new RowsTableModel<>(
            new String[] {"Article", "Left", "Hit", "Right", "Annotations there"}, (h, c) -> switch (c) {
                case 0 -> h.doc();
                case 1 -> oneLine(h.left());
                case 2 -> oneLine(h.text());
                case 3 -> oneLine(h.right());
                default ->
                    h.annotations().stream().map(a -> a.id() + " " + a.label()).collect(Collectors.joining(", "));
            });
    private final JTable table = new JTable(model);
    /** The query of the hits shown, run again after annotating so the list shows what is there now. */
    private CorpusSearch.Query shown;

    private boolean busy;

    SearchDialog(AnnotatorWindow window) {
        super(window, "Search corpus", ModalityType.MODELESS);
        this.window = window;
        setName("searchCorpus");
        query.setName("searchQuery");
        regex.setName("searchRegex");
        wholeWord.setName("searchWholeWord");
        ignoreCase.setName("searchIgnoreCase");
        unannotated.setName("searchUnannotated");
        layer.setName("searchLayer");
        label.setName("searchLabel");
        annotateLabel.setName("annotateLabel");
        annotate.setName("annotateHits");
        note.setName("searchNote");
        table.setName("searchHits");
        JButton search = new JButton("Search");
        search.setName("searchRun");
        search.addActionListener(e -> runSearch());
        query.addActionListener(e -> runSearch());
        layer.addActionListener(e -> fillLabels());
        annotate.addActionListener(e -> annotateAll());
        JPanel top = new JPanel(new BorderLayout(0, 4));
        JPanel row1 = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        row1.add(new JLabel("Find"));
        row1.add(query);
        row1.add(search);
        JPanel row2 = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        for (JComponent c : List.of(
                regex, wholeWord, ignoreCase, unannotated, new JLabel("  Layer"), layer, new JLabel("Label"), label)) {
            row2.add(c);
        }
        top.add(row1, BorderLayout.NORTH);
        top.add(row2, BorderLayout.SOUTH);
        top.setBorder(BorderFactory.createEmptyBorder(6, 4, 4, 4));
        setUpTable();
        JPanel bottom = new JPanel(new BorderLayout());
        JPanel apply = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        apply.add(new JLabel("Label"));
        apply.add(annotateLabel);
        apply.add(annotate);
        note.setBorder(BorderFactory.createEmptyBorder(0, 8, 0, 8));
        bottom.add(note, BorderLayout.CENTER);
        bottom.add(apply, BorderLayout.EAST);
        bottom.setBorder(BorderFactory.createEmptyBorder(4, 4, 6, 4));
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(bottom, BorderLayout.SOUTH);
        fillLayers();
        bindWindowKeys();
        addWindowFocusListener(new WindowAdapter() {
            @Override
            public void windowGainedFocus(WindowEvent e) {
                fillAnnotateLabels(); // the window's current layer may have changed meanwhile
            }
        });
        setSize(1020, 460);
        setLocationRelativeTo(window);
    }

    private void setUpTable() {
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        DefaultTableCellRenderer left = new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object v, boolean s, boolean f, int r, int c) {
                // Keyword in context: the left context is cut at its start, so the words next to the hit stay in view.
                int room = t.getColumnModel().getColumn(c).getWidth() - 8;
                return super.getTableCellRendererComponent(
                        t, tail(String.valueOf(v), getFontMetrics(t.getFont()), room), s, f, r, c);
            }
        };
        left.setHorizontalAlignment(SwingConstants.RIGHT);
        DefaultTableCellRenderer hit = new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object v, boolean s, boolean f, int r, int c) {
                Component x = super.getTableCellRendererComponent(t, v, s, f, r, c);
                x.setFont(x.getFont().deriveFont(Font.BOLD));
                return x;
            }
        };
        hit.setHorizontalAlignment(SwingConstants.CENTER);
        table.getColumnModel().getColumn(1).setCellRenderer(left);
        table.getColumnModel().getColumn(2).setCellRenderer(hit);
        int[] widths = {200, 260, 120, 260, 160};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "openHit");
        table.getActionMap().put("openHit", action(this::openSelected));
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && table.rowAtPoint(e.getPoint()) >= 0) {
                    openSelected();
                }
            }
        });
    }

    /** Undo and redo work here as in the window, so the annotating of the open article can be taken back at once. */
    private void bindWindowKeys() {
        for (String id : List.of("undo", "redo", "searchCorpus")) {
            for (KeyStroke k : window.bindings().keys(id)) {
                getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(k, id);
            }
        }
        getRootPane().getActionMap().put("undo", action(() -> window.edits().undo()));
        getRootPane().getActionMap().put("redo", action(() -> window.edits().redo()));
        getRootPane().getActionMap().put("searchCorpus", action(this::focusQuery));
        getRootPane()
                .getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close");
        getRootPane().getActionMap().put("close", action(() -> {
            setVisible(false);
            window.toFront();
            window.focus().home();
        }));
    }

    private static AbstractAction action(Runnable r) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        };
    }

    /** Shows the dialog with the caret in the query, which holds the window's text selection if there is one. */
    void open(String selected) {
        fillAnnotateLabels();
        if (selected != null && !selected.isBlank() && !selected.contains("\n")) {
            query.setText(selected.strip());
        }
        setVisible(true);
        toFront();
        focusQuery();
    }

    private void focusQuery() {
        query.requestFocusInWindow();
        query.selectAll();
    }

    private void fillLayers() {
        layer.addItem(ANY);
        for (Layer l : schema().layers()) {
            if (!l.marksArticles()) {
                layer.addItem(l.name());
            }
        }
        fillLabels();
    }

    private void fillLabels() {
        label.removeAllItems();
        label.addItem(ANY);
        for (Layer l : schema().layers()) {
            if (!l.marksArticles() && (layer.getSelectedIndex() <= 0 || l.name().equals(layer.getSelectedItem()))) {
                l.labels().stream()
                        .map(Label::name)
                        .filter(n -> ((DefaultComboBoxModel<String>) label.getModel()).getIndexOf(n) < 0)
                        .forEach(label::addItem);
            }
        }
    }

    /** The labels of the window's current layer, each with its key. */
    private void fillAnnotateLabels() {
        Object before = annotateLabel.getSelectedItem();
        annotateLabel.removeAllItems();
        Layer l = currentLayer();
        for (Label x : l.labels()) {
            annotateLabel.addItem(x.key() + "  " + x.name());
        }
        if (before != null) {
            annotateLabel.setSelectedItem(before);
        }
        annotate.setText("Annotate all hits (" + Layers.plural(l.name()).toLowerCase(Locale.ROOT) + ")");
    }

    private Layer currentLayer() {
        return schema().requireLayer(window.layer());
    }

    private Schema schema() {
        return window.workspace().schema();
    }

    private CorpusSearch.Query currentQuery() {
        String l = layer.getSelectedIndex() <= 0 ? null : (String) layer.getSelectedItem();
        String x = label.getSelectedIndex() <= 0 ? null : (String) label.getSelectedItem();
        return new CorpusSearch.Query(
                query.getText(),
                regex.isSelected(),
                wholeWord.isSelected(),
                ignoreCase.isSelected(),
                l,
                x,
                unannotated.isSelected());
    }

    private void runSearch() {
        if (query.getText().isEmpty()) {
            note.setText("Type what to find");
            return;
        }
        search(currentQuery(), null);
    }

    /** Searches off the event thread; {@code after} (may be null) is said after the count of hits. */
    private void search(CorpusSearch.Query q, String after) {
        window.saveNow();
        note.setText("Searching…");
        String annotator = window.workspace().annotator();
        ConsistencyService service = window.workspace().consistency();
        new SwingWorker<ConsistencyService.SearchResult, Void>() {
            @Override
            protected ConsistencyService.SearchResult doInBackground() throws Exception {
                try {
                    return service.search(q, Optional.of(annotator));
                } catch (AgreementService.BadRequestException e) {
                    boolean filtered = q.layer() != null || q.label() != null || q.unannotated();
                    if (filtered) {
                        throw e;
                    }
                    return service.search(q, Optional.empty()); // an annotator who has no file yet: the texts alone
                }
            }

            @Override
            protected void done() {
                try {
                    show(q, get(), after);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    note.setText(e.getCause().getMessage());
                }
            }
        }.execute();
    }

    private void show(CorpusSearch.Query q, ConsistencyService.SearchResult r, String after) {
        shown = q;
        model.setRows(r.hits());
        long docs = r.hits().stream().map(CorpusSearch.Hit::doc).distinct().count();
        String text = r.hits().size() + " hit" + (r.hits().size() == 1 ? "" : "s") + " in " + docs + " article"
                + (docs == 1 ? "" : "s")
                + (r.problems().isEmpty()
                        ? ""
                        : "; " + r.problems().size() + " file problem(s), first: "
                                + r.problems().get(0));
        note.setText(after == null ? text : after + " — " + text);
        if (!r.hits().isEmpty()) {
            table.setRowSelectionInterval(0, 0);
        }
    }

    List<CorpusSearch.Hit> hits() {
        return model.rows();
    }

    private void openSelected() {
        int row = table.getSelectedRow();
        if (row < 0) {
            return;
        }
        CorpusSearch.Hit h = model.row(table.convertRowIndexToModel(row));
        window.corpus().showHit(h.doc(), h.start(), h.end());
    }

    /** Gives every hit the chosen label: the open article at once (one undo step), the others in the background. */
    private void annotateAll() {
        if (busy || shown == null || model.rows().isEmpty() || annotateLabel.getSelectedIndex() < 0) {
            return;
        }
        Layer l = currentLayer();
        String chosen = l.labels().get(annotateLabel.getSelectedIndex()).name();
        List<CorpusSearch.Hit> hits = new ArrayList<>(model.rows());
        String open = window.session().map(s -> s.article().id()).orElse(null);
        int here = window.corpus().annotateHits(l, chosen, hits);
        busy = true;
        annotate.setEnabled(false);
        note.setText("Annotating…");
        new SwingWorker<List<HitMarking.Result>, Void>() {
            @Override
            protected List<HitMarking.Result> doInBackground() {
                return HitMarking.markElsewhere(window.workspace(), l, chosen, hits, open);
            }

            @Override
            protected void done() {
                busy = false;
                annotate.setEnabled(true);
                try {
                    annotated(chosen, here, get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    note.setText("Annotating failed: " + e.getCause().getMessage());
                }
            }
        }.execute();
    }

    private void annotated(String chosen, int here, List<HitMarking.Result> results) {
        int changed = here;
        int articles = here > 0 ? 1 : 0;
        List<String> refused = new ArrayList<>();
        for (HitMarking.Result r : results) {
            changed += r.marked() + r.relabelled();
            articles += r.changed() ? 1 : 0;
            if (r.refusal() != null) {
                refused.add(r.doc() + ": " + r.refusal());
            }
        }
        window.refreshArticles();
        window.corpus().refreshChecks();
        String said = changed + " hit" + (changed == 1 ? "" : "s") + " annotated as " + chosen + " in " + articles
                + " article" + (articles == 1 ? "" : "s")
                + (refused.isEmpty() ? "" : "; not written: " + String.join("; ", refused));
        window.status(said);
        search(shown, said);
    }

    /** The end of a text that fits a width, with "…" before it when it had to be cut. */
    static String tail(String s, FontMetrics metrics, int width) {
        if (metrics.stringWidth(s) <= width) {
            return s;
        }
        int from = 0;
        while (from < s.length() && metrics.stringWidth("…" + s.substring(from)) > width) {
            from = s.offsetByCodePoints(from, 1);
        }
        return "…" + s.substring(from);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }
}
