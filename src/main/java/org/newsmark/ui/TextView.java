package org.newsmark.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.event.ActionEvent;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.swing.AbstractAction;
import javax.swing.JTextArea;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultCaret;
import javax.swing.text.DefaultEditorKit;

import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Layer;
import org.newsmark.model.Link;
import org.newsmark.model.Schema;
import org.newsmark.model.SpanTokens;
import org.newsmark.model.Spans;

/**
 * The article with its annotations drawn over it. Only the spans in view are painted, so an edit
 * costs a repaint of the visible part, never a restyling of the document. A plain wrapped text
 * area is used because it lays out a long article many times faster than a styled text pane. The
 * first layer of the schema (entities) is drawn as a coloured background, every layer also as an
 * underline in its own lane below the line, so that nested and overlapping spans stay apart;
 * shorter spans are painted over longer ones. The selected annotation is outlined and its links
 * drawn as arcs ({@link LinkPainter}); hovering an annotation draws its arcs too. Double-click
 * selects one token of {@link SpanTokens}, the rule every selection snaps to.
 */
final class TextView extends JTextArea {
    private static final int LANE = 3;
    /** Room between the lanes of one line and the next line's text, for the role labels of links. */
    private static final int LABEL_ROOM = 2;

    /** Something another class draws over the text after the annotations (the suggestions). */
    interface Overlay {
        void paint(Graphics2D g, TextView view, Rectangle clip);

        /** Lines of HTML for the tooltip at a code point offset. */
        default List<String> tooltip(int offset) {
            return List.of();
        }
    }

    /** One drawn link: its curve and the box of its role label, in the text's coordinates. */
    record LinkShape(String role, Shape curve, Rectangle label) {}

    private Article article = new Article("", "");
    private AnnotationSet set = AnnotationSet.empty("", "");
    private Schema schema = new Schema(List.of());
    private String selectedId;
    private String hoveredId;
    private boolean dark;
    private int candidateStart = -1;
    private int candidateEnd = -1;
    private List<Finding> findings = List.of();
    /** The mentions of the entity picked in the Entities panel, outlined together. */
    private List<Spans.Range> highlights = List.of();

    private List<LinkShape> drawnLinks = List.of();
    /** A link being dragged: from the selected annotation to the mouse, over a target (or null). */
    private Point dragPoint;

    private String dragTarget;
    private boolean dragValid;
    private Point lastPress;
    private final List<Overlay> overlays = new ArrayList<>();

    TextView() {
        setEditable(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        setOpaque(false);
        setDragEnabled(false);
        setToolTipText("");
        setName("text");
        DefaultCaret caret = new AnnotatorCaret();
        caret.setBlinkRate(getCaret().getBlinkRate());
        setCaret(caret);
        // The text is read-only, but selecting with the keyboard needs a visible caret.
        addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                getCaret().setVisible(true);
                getCaret().setSelectionVisible(true);
            }
        });
        addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                lastPress = e.getPoint();
            }
        });
        // Double-click selects the token under the mouse, by the same rule as every selection.
        getActionMap().put(DefaultEditorKit.selectWordAction, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                selectTokenAt(lastPress);
            }
        });
        updateMargin();
    }

    /** The text area's look, with emoji drawn by {@link EmojiWrappedView}; again after a change of theme. */
    @Override
    public void updateUI() {
        setUI(new EmojiWrappedView.UI());
    }

    /** Makes room above the first line for the arcs and labels of links drawn there. */
    private void updateMargin() {
        setMargin(new Insets(gap() + 8, 8, 6, 8));
    }

    @Override
    public void setFont(Font f) {
        super.setFont(f);
        if (schema != null) {
            updateMargin();
        }
    }

    /** The caret, which leaves the selection alone while a link is dragged from an annotation. */
    private final class AnnotatorCaret extends DefaultCaret {
        @Override
        public void mouseDragged(MouseEvent e) {
            if (dragPoint == null) {
                super.mouseDragged(e);
            }
        }
    }

    void addOverlay(Overlay overlay) {
        overlays.add(overlay);
    }

    void setDark(boolean dark) {
        this.dark = dark;
    }

    /** Shows a new article; the one costly call, done once per article. */
    void show(Article newArticle, AnnotationSet annotations, Schema newSchema) {
        this.article = newArticle;
        this.set = annotations;
        this.schema = newSchema;
        this.selectedId = null;
        this.hoveredId = null;
        this.candidateStart = -1;
        this.highlights = List.of();
        updateMargin();
        setDocument(ArticleDocument.of(newArticle.text()));
        setCaretPosition(0);
    }

    /** Lines are laid out with room below the text for one underline lane per layer, and for link labels. */
    @Override
    public FontMetrics getFontMetrics(Font font) {
        FontMetrics base = super.getFontMetrics(font);
        int extra = extraLeading();
        SpacedMetrics m = spaced;
        if (m == null || m.base() != base || m.extra() != extra) {
            m = new SpacedMetrics(base, extra);
            spaced = m;
        }
        return m;
    }

    /** The metrics last made: the layout asks for them thousands of times per article. */
    private SpacedMetrics spaced;

    private int extraLeading() {
        int layers = schema == null ? 3 : Math.max(1, schema.layers().size());
        return layers * LANE + 3 + LABEL_ROOM;
    }

    /** The height of the text itself, without the lanes. */
    int textHeight() {
        return super.getFontMetrics(getFont()).getHeight();
    }

    /** The gap between the glyphs of one line and the next: where link labels go. */
    int gap() {
        FontMetrics base = super.getFontMetrics(getFont());
        return base.getLeading() + extraLeading();
    }

    void setAnnotations(AnnotationSet annotations) {
        this.set = annotations;
        repaint();
    }

    void setFindings(List<Finding> newFindings) {
        findings = List.copyOf(newFindings);
        repaint();
    }

    /** Outlines every mention of one entity (the Entities panel's choice); an empty list clears them. */
    void setHighlights(List<Spans.Range> ranges) {
        highlights = List.copyOf(ranges);
        repaint();
    }

    List<Spans.Range> highlights() {
        return highlights;
    }

    /** A span to outline in the adjudication view (a candidate not yet in gold), or -1. */
    void setCandidate(int start, int end) {
        candidateStart = start;
        candidateEnd = end;
        repaint();
    }

    void setSelectedId(String id) {
        this.selectedId = id;
        repaint();
    }

    String selectedId() {
        return selectedId;
    }

    /** The annotation under the mouse, whose links are drawn too (null for none). */
    void setHoveredId(String id) {
        if (!Objects.equals(id, hoveredId)) {
            hoveredId = id;
            repaint();
        }
    }

    String hoveredId() {
        return hoveredId;
    }

    /** Shows a link being dragged to a point; {@code target} is the annotation under it, or null. */
    void setLinkDrag(Point to, String target, boolean valid) {
        dragPoint = to;
        dragTarget = target;
        dragValid = valid;
        repaint();
    }

    boolean linkDragging() {
        return dragPoint != null;
    }

    Article article() {
        return article;
    }

    private AnnotationSet linkingSet;
    private String linkingId;
    private List<Annotation> linkingSources = List.of();

    /**
     * The annotations that link to one, found once per set and annotation rather than on every
     * paint: a scan of the set, not {@link AnnotationSet#linking}, which indexes the whole set,
     * and every edit makes a new set.
     */
    List<Annotation> linking(String id) {
        if (linkingSet != set || !id.equals(linkingId)) {
            List<Annotation> out = new ArrayList<>();
            for (Annotation a : set.annotations()) {
                for (Link l : a.links()) {
                    if (l.target().equals(id)) {
                        out.add(a);
                        break;
                    }
                }
            }
            linkingSet = set;
            linkingId = id;
            linkingSources = out;
        }
        return linkingSources;
    }

    /** The links drawn by the last paint, for tests. */
    List<LinkShape> linkShapes() {
        return drawnLinks;
    }

    /** Selects the token under a point (double-click). */
    private void selectTokenAt(Point p) {
        int offset = p == null ? -1 : offsetAt(p);
        if (offset < 0) {
            return;
        }
        Spans.Range r = SpanTokens.tokenAt(article, offset);
        if (!r.isEmpty()) {
            select(article.charIndex(r.start()), article.charIndex(r.end()));
        }
    }

    /** The code point offset under a point, or -1 when the point is not on text. */
    int offsetAt(Point p) {
        int index = viewToModel2D(p);
        if (index < 0 || index >= getDocument().getLength()) {
            return -1;
        }
        try {
            Rectangle r = modelToView2D(index).getBounds();
            Rectangle next = modelToView2D(index + 1).getBounds();
            int right = next.y == r.y ? next.x : r.x + charWidth(index);
            if (p.x < r.x - 1 || p.x > right + 1 || p.y < r.y || p.y > r.y + r.height) {
                // The point may be on the left half of the next character.
                if (index > 0 && p.y >= r.y && p.y <= r.y + r.height) {
                    Rectangle before = modelToView2D(index - 1).getBounds();
                    if (before.y == r.y && p.x >= before.x - 1 && p.x <= r.x + 1) {
                        return article.codePointOffset(index - 1);
                    }
                }
                return -1;
            }
        } catch (BadLocationException e) {
            return -1;
        }
        return article.codePointOffset(index);
    }

    /** The annotations under a point, innermost first. */
    List<Annotation> annotationsAt(Point p) {
        int offset = offsetAt(p);
        if (offset < 0) {
            return List.of();
        }
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : set.annotations()) {
            if (a.start() > offset) {
                break;
            }
            if (offset < a.end()) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparingInt(Annotation::length)
                .thenComparingInt(Annotation::start)
                .thenComparing(Annotation::id));
        return out;
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        List<Annotation> here = annotationsAt(e.getPoint());
        int offset = offsetAt(e.getPoint());
        List<Finding> found = offset < 0
                ? List.of()
                : findings.stream()
                        .filter(f -> f.start() <= offset && offset < f.end())
                        .toList();
        List<String> extra = new ArrayList<>();
        if (offset >= 0) {
            overlays.forEach(o -> extra.addAll(o.tooltip(offset)));
        }
        if (here.isEmpty() && found.isEmpty() && extra.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder("<html>");
        extra.forEach(line -> b.append(line).append("<br>"));
        for (Finding f : found) {
            b.append("<b>")
                    .append(f.kind())
                    .append(":</b> ")
                    .append(escape(f.message()))
                    .append("<br>");
        }
        for (Annotation a : here) {
            b.append("<b>")
                    .append(a.layer())
                    .append(' ')
                    .append(a.label())
                    .append("</b> ")
                    .append(a.id())
                    .append(" &nbsp;")
                    .append(a.start())
                    .append('–')
                    .append(a.end());
            for (Link l : a.links()) {
                String target = set.get(l.target())
                        .map(t -> t.label() + " “" + shorten(t.text()) + "”")
                        .orElse("?");
                b.append("<br>&nbsp;&nbsp;")
                        .append(l.role())
                        .append(" → ")
                        .append(l.target())
                        .append(' ')
                        .append(escape(target));
            }
            b.append("<br>");
        }
        return b.append("</html>").toString();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "…" : s;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Scrolls so that the span is in view. */
    void scrollTo(Annotation a) {
        scrollTo(a.start(), a.end());
    }

    void scrollTo(int start, int end) {
        try {
            Rectangle r = modelToView2D(article.charIndex(Math.min(start, article.length())))
                    .getBounds();
            Rectangle e = modelToView2D(article.charIndex(Math.min(end, article.length())))
                    .getBounds();
            Rectangle both = r.union(e);
            both.grow(0, 40);
            scrollRectToVisible(both);
        } catch (BadLocationException | IndexOutOfBoundsException ex) {
            // a span outside the text is never drawn
        }
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        Rectangle clip = g.getClipBounds();
        g.setColor(getBackground());
        g.fillRect(clip.x, clip.y, clip.width, clip.height);
        // Backgrounds and lanes are whole-pixel rectangles: no antialiasing, which costs most of a paint.
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        List<Painted> visible = visible(clip);
        int h = textHeight();
        for (Painted p : visible) {
            int layerIndex = layerIndex(p.annotation.layer());
            Color c = Colors.of(schema, p.annotation.layer(), p.annotation.label());
            g.setColor(Colors.alpha(c, layerIndex == 0 ? (dark ? 120 : 105) : (dark ? 50 : 38)));
            for (Rectangle r : p.rects) {
                g.fillRect(r.x, r.y, r.width, h);
            }
        }
        g.dispose();
        super.paintComponent(g0);
        Graphics2D o = (Graphics2D) g0.create();
        o.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        paintLanes(o, visible);
        paintOutline(o);
        o.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        paintCandidate(o);
        paintHighlights(o);
        for (Overlay overlay : overlays) {
            overlay.paint(o, this, clip);
        }
        if (!findings.isEmpty()) {
            FindingPainter.paint(o, this, findings, clip);
        }
        LinkPainter links = new LinkPainter(this);
        if (selectedId != null) {
            links.paint(o, set, schema, selectedId, true, dark);
        }
        if (hoveredId != null && !hoveredId.equals(selectedId)) {
            links.paint(o, set, schema, hoveredId, false, dark);
        }
        if (dragPoint != null && selectedId != null) {
            set.get(selectedId)
                    .ifPresent(source -> links.paintDrag(
                            o,
                            source,
                            dragPoint,
                            dragTarget == null ? null : set.get(dragTarget).orElse(null),
                            dragValid));
        }
        drawnLinks = List.copyOf(links.shapes());
        o.dispose();
    }

    private void paintLanes(Graphics2D g, List<Painted> visible) {
        int h = textHeight();
        for (Painted p : visible) {
            int lane = layerIndex(p.annotation.layer());
            g.setColor(Colors.of(schema, p.annotation.layer(), p.annotation.label()));
            for (Rectangle r : p.rects) {
                int y = r.y + h + 1 + lane * LANE;
                g.fillRect(r.x + 1, y, Math.max(1, r.width - 2), LANE - 1);
            }
        }
    }

    private void paintOutline(Graphics2D g) {
        Annotation selected = selectedId == null ? null : set.get(selectedId).orElse(null);
        if (selected == null) {
            return;
        }
        g.setColor(dark ? Color.WHITE : Color.BLACK);
        g.setStroke(new BasicStroke(2f));
        int h = textHeight();
        for (Rectangle r : rows(selected.start(), selected.end())) {
            g.drawRect(r.x - 1, r.y - 1, r.width + 2, h + 2);
        }
    }

    private void paintCandidate(Graphics2D g) {
        if (candidateStart < 0 || candidateEnd > article.length() || candidateStart >= candidateEnd) {
            return;
        }
        g.setColor(new Color(0xE8, 0x6A, 0x00));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 3f}, 0f));
        int h = textHeight();
        for (Rectangle r : rows(candidateStart, candidateEnd)) {
            g.drawRect(r.x - 3, r.y - 3, r.width + 6, h + 6);
        }
    }

    private void paintHighlights(Graphics2D g) {
        if (highlights.isEmpty()) {
            return;
        }
        g.setColor(dark ? new Color(0x4D, 0xD0, 0xE1) : new Color(0x00, 0x6D, 0x77));
        g.setStroke(new BasicStroke(2.5f));
        int h = textHeight();
        for (Spans.Range range : highlights) {
            if (range.end() > article.length()) {
                continue;
            }
            for (Rectangle r : rows(range.start(), range.end())) {
                g.drawRoundRect(r.x - 2, r.y - 2, r.width + 4, h + 4, 6, 6);
            }
        }
    }

    private int layerIndex(String layer) {
        List<Layer> layers = schema.layers();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).name().equals(layer)) {
                return i;
            }
        }
        return layers.size();
    }

    private record Painted(Annotation annotation, List<Rectangle> rects) {}

    /**
     * The rows of each span, kept while the layout stays the same: annotations are immutable,
     * so after an edit only the new or changed spans are measured again.
     */
    private final Map<Annotation, List<Rectangle>> rectCache = new IdentityHashMap<>();

    private int cachedWidth;
    private Font cachedFont;
    private Object cachedDoc;

    /** The spans that intersect the clip, longest first so that inner spans are painted on top. */
    private List<Painted> visible(Rectangle clip) {
        List<Painted> out = new ArrayList<>();
        if (article.length() == 0 || set.isEmpty()) {
            return out;
        }
        int first = article.codePointOffset(Math.max(0, viewToModel2D(new Point(0, clip.y - 20))));
        int last = article.codePointOffset(Math.min(
                getDocument().getLength(), viewToModel2D(new Point(getWidth(), clip.y + clip.height + 20)) + 1));
        if (cachedWidth != getWidth() || cachedFont != getFont() || cachedDoc != getDocument()) {
            rectCache.clear();
            cachedWidth = getWidth();
            cachedFont = getFont();
            cachedDoc = getDocument();
        }
        for (Annotation a : set.annotations()) {
            if (a.start() > last) {
                break;
            }
            if (a.end() >= first && a.end() <= article.length()) {
                List<Rectangle> rects = rectCache.computeIfAbsent(a, x -> rows(x.start(), x.end()));
                if (!rects.isEmpty()) {
                    out.add(new Painted(a, rects));
                }
            }
        }
        if (rectCache.size() > 20_000) {
            rectCache.clear();
        }
        out.sort(Comparator.comparingInt((Painted p) -> -p.annotation.length()));
        return out;
    }

    /** One rectangle per visual row that the part [from, to) of the text covers. */
    List<Rectangle> rows(int from, int to) {
        List<Rectangle> out = new ArrayList<>();
        if (from >= to || to > article.length()) {
            return out;
        }
        try {
            int p = article.charIndex(from);
            int e = article.charIndex(to);
            Rectangle end = modelToView2D(e).getBounds();
            while (p < e) {
                Rectangle r = modelToView2D(p).getBounds();
                if (end.y == r.y) {
                    out.add(new Rectangle(r.x, r.y, Math.max(2, end.x - r.x), r.height));
                    break;
                }
                int lo = p;
                int hi = e - 1;
                while (lo < hi) {
                    int mid = (lo + hi + 1) >>> 1;
                    if (modelToView2D(mid).getBounds().y == r.y) {
                        lo = mid;
                    } else {
                        hi = mid - 1;
                    }
                }
                Rectangle lastChar = modelToView2D(lo).getBounds();
                int right = lastChar.x + charWidth(lo);
                out.add(new Rectangle(r.x, r.y, Math.max(2, right - r.x), r.height));
                p = lo + 1;
            }
        } catch (BadLocationException | IndexOutOfBoundsException ex) {
            out.clear();
        }
        return out;
    }

    private int charWidth(int index) {
        try {
            char c = getDocument().getText(index, 1).charAt(0);
            FontMetrics fm = getFontMetrics(getFont());
            return c == '\n' ? fm.charWidth(' ') / 2 : fm.charWidth(c);
        } catch (BadLocationException e) {
            return 0;
        }
    }
}
