package org.newsmark.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.event.MouseEvent;
import java.awt.geom.QuadCurve2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.swing.JTextArea;
import javax.swing.text.BadLocationException;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Layer;
import org.newsmark.model.Link;
import org.newsmark.model.Schema;

/**
 * The article with its annotations drawn over it. Only the spans in view are painted, so an edit
 * costs a repaint of the visible part, never a restyling of the document. A plain wrapped text
 * area is used because it lays out a long article many times faster than a styled text pane. The first layer of the
 * schema (entities) is drawn as a coloured background, every layer also as an underline in its
 * own lane below the line, so that nested and overlapping spans stay apart; shorter spans are
 * painted over longer ones. The selected annotation is outlined, and its links are drawn as
 * curves to their targets.
 */
final class TextView extends JTextArea {
    private static final int LANE = 3;

    private Article article = new Article("", "");
    private AnnotationSet set = AnnotationSet.empty("", "");
    private Schema schema = new Schema(List.of());
    private String selectedId;
    private boolean dark;

    TextView() {
        setEditable(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        setMargin(new java.awt.Insets(6, 8, 6, 8));
        setOpaque(false);
        setDragEnabled(false);
        setToolTipText("");
        setName("text");
        // The text is read-only, but selecting with the keyboard needs a visible caret.
        addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusGained(java.awt.event.FocusEvent e) {
                getCaret().setVisible(true);
                getCaret().setSelectionVisible(true);
            }
        });
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
        this.candidateStart = -1;
        setDocument(document(newArticle.text()));
        setCaretPosition(0);
    }

    /**
     * Whether the text needs Swing's bidirectional, complex layout: right-to-left scripts,
     * combining marks, Indic and South-East Asian scripts. Emoji and other characters outside
     * the Basic Multilingual Plane alone do not; Swing would otherwise switch the whole article
     * to its complex layout for them, which is ten times slower to open.
     */
    static boolean needsComplexLayout(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0300 && !isEmojiPart(c) && isComplex(c)) {
                return true;
            }
        }
        return false;
    }

    /** Parts of emoji: surrogates, variation selectors, the zero-width joiner and the keycap mark. */
    static boolean isEmojiPart(char c) {
        return Character.isSurrogate(c) || (c >= 0xFE00 && c <= 0xFE0F) || c == 0x200D || c == 0x20E3;
    }

    private static boolean isComplex(char c) {
        byte dir = Character.getDirectionality(c);
        if (dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || (c >= 0x0900 && c <= 0x0DFF) || (c >= 0x0E00 && c <= 0x0EFF)
                || (c >= 0x1780 && c <= 0x17FF) || (c >= 0x200C && c <= 0x200F) || (c >= 0x202A && c <= 0x202E);
    }

    /** Articles longer than this are shown with emoji as boxes, to keep Swing's fast layout. */
    static final int LARGE = 50_000;

    /**
     * The article's text as a plain document. Swing switches a document to its complex
     * (bidirectional) layout, ten times slower to lay out, as soon as it holds one emoji. A large
     * article whose only such characters are emoji is therefore shown with each emoji as a box
     * of the same length in UTF-16 (offsets stay the same); every other article as it is.
     */
    static javax.swing.text.PlainDocument document(String text) {
        javax.swing.text.PlainDocument doc = new javax.swing.text.PlainDocument();
        String shown = text;
        if (text.length() > LARGE && !needsComplexLayout(text)) {
            char[] chars = text.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                if (Character.isHighSurrogate(chars[i])) {
                    chars[i] = '\u25A1';
                } else if (isEmojiPart(chars[i])) {
                    chars[i] = '\u200B';
                }
            }
            shown = new String(chars);
        }
        try {
            doc.insertString(0, shown, null);
        } catch (javax.swing.text.BadLocationException e) {
            throw new IllegalStateException(e);
        }
        return doc;
    }

    /** Lines are laid out with room below the text for one underline lane per layer. */
    @Override
    public FontMetrics getFontMetrics(Font font) {
        FontMetrics base = super.getFontMetrics(font);
        int layers = schema == null ? 3 : Math.max(1, schema.layers().size());
        return new SpacedMetrics(base, layers * LANE + 3);
    }

    /** The height of the text itself, without the lanes. */
    private int textHeight() {
        return super.getFontMetrics(getFont()).getHeight();
    }

    void setAnnotations(AnnotationSet annotations) {
        this.set = annotations;
        repaint();
    }

    /** A span to outline in the adjudication view (a candidate not yet in gold), or -1. */
    private int candidateStart = -1;
    private int candidateEnd = -1;

    /** Differences from the reference shown in training mode, or empty. */
    private List<Finding> findings = List.of();

    void setFindings(List<Finding> newFindings) {
        findings = List.copyOf(newFindings);
        repaint();
    }

    void setCandidate(int start, int end) {
        candidateStart = start;
        candidateEnd = end;
        repaint();
    }

    void setSelectedId(String id) {
        this.selectedId = id;
        repaint();
    }

    Article article() {
        return article;
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
            if (p.y < r.y || p.y > r.y + r.height || p.x < r.x - 1 || p.x > right + 1) {
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
        return set.annotations().stream().filter(a -> a.start() <= offset && offset < a.end())
                .sorted(Comparator.comparingInt(Annotation::length).thenComparingInt(Annotation::start)
                        .thenComparing(Annotation::id))
                .toList();
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        List<Annotation> here = annotationsAt(e.getPoint());
        int offset = offsetAt(e.getPoint());
        List<Finding> found = offset < 0 ? List.of()
                : findings.stream().filter(f -> f.start() <= offset && offset < f.end()).toList();
        if (here.isEmpty() && found.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder("<html>");
        for (Finding f : found) {
            b.append("<b>").append(f.kind()).append(":</b> ").append(escape(f.message())).append("<br>");
        }
        for (Annotation a : here) {
            b.append("<b>").append(a.layer()).append(' ').append(a.label()).append("</b> ").append(a.id())
                    .append(" &nbsp;").append(a.start()).append('–').append(a.end());
            for (Link l : a.links()) {
                String target = set.get(l.target()).map(t -> t.label() + " “" + shorten(t.text()) + "”").orElse("?");
                b.append("<br>&nbsp;&nbsp;").append(l.role()).append(" → ").append(l.target()).append(' ')
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

    /** Scrolls so that the span is in view and returns whether it was found. */
    void scrollTo(Annotation a) {
        try {
            Rectangle r = modelToView2D(article.charIndex(a.start())).getBounds();
            Rectangle e = modelToView2D(article.charIndex(a.end())).getBounds();
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
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        List<Painted> visible = visible(clip);
        for (Painted p : visible) {
            int layerIndex = layerIndex(p.annotation.layer());
            Color c = Colors.of(schema, p.annotation.layer(), p.annotation.label());
            g.setColor(Colors.alpha(c, layerIndex == 0 ? (dark ? 120 : 105) : (dark ? 50 : 38)));
            int h = textHeight();
            for (Rectangle r : p.rects) {
                g.fillRect(r.x, r.y, r.width, h);
            }
        }
        g.dispose();
        super.paintComponent(g0);
        Graphics2D o = (Graphics2D) g0.create();
        o.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        paintLanes(o, visible);
        paintSelection(o, visible);
        paintCandidate(o);
        paintFindings(o, clip);
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

    /**
     * Training mode's differences, each kind in its own style: missed spans boxed in red dashes,
     * spurious ones struck through with an orange zigzag, wrong labels boxed in purple, boundary
     * errors bracketed in blue, link errors outlined in dots.
     */
    private void paintFindings(Graphics2D g, Rectangle clip) {
        if (findings.isEmpty()) {
            return;
        }
        int h = textHeight();
        for (Finding f : findings) {
            if (f.end() > article.length() || f.start() >= f.end()) {
                continue;
            }
            for (Rectangle r : rects(Annotation.span("", "", "", f.start(), f.end(), ""), f.start(), f.end())) {
                if (!r.intersects(clip.x, clip.y - h, clip.width, clip.height + 2 * h)) {
                    continue;
                }
                switch (f.kind()) {
                    case MISSED -> {
                        g.setColor(new Color(0xD0, 0x10, 0x10));
                        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
                        g.drawRect(r.x - 2, r.y - 2, r.width + 4, h + 4);
                    }
                    case SPURIOUS -> {
                        g.setColor(new Color(0xF0, 0x7A, 0x00));
                        g.setStroke(new BasicStroke(1.6f));
                        int y = r.y + h / 2;
                        java.awt.geom.Path2D zig = new java.awt.geom.Path2D.Double();
                        zig.moveTo(r.x, y);
                        for (int x = r.x; x < r.x + r.width; x += 4) {
                            zig.lineTo(x + 2, y + ((x - r.x) / 4 % 2 == 0 ? -2 : 2));
                        }
                        g.draw(zig);
                    }
                    case LABEL -> {
                        g.setColor(new Color(0x80, 0x20, 0xC0));
                        g.setStroke(new BasicStroke(2f));
                        g.drawRect(r.x - 2, r.y - 2, r.width + 4, h + 4);
                    }
                    case BOUNDARY -> {
                        g.setColor(new Color(0x10, 0x60, 0xD0));
                        g.setStroke(new BasicStroke(2f));
                        g.drawLine(r.x - 2, r.y - 2, r.x - 2, r.y + h + 2);
                        g.drawLine(r.x - 2, r.y - 2, r.x + 3, r.y - 2);
                        g.drawLine(r.x + r.width + 2, r.y - 2, r.x + r.width + 2, r.y + h + 2);
                        g.drawLine(r.x + r.width + 2, r.y + h + 2, r.x + r.width - 3, r.y + h + 2);
                    }
                    default -> {
                        g.setColor(new Color(0x20, 0x80, 0x80));
                        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {1f, 3f}, 0f));
                        g.drawRect(r.x - 3, r.y - 3, r.width + 6, h + 6);
                    }
                }
            }
        }
    }

    private void paintCandidate(Graphics2D g) {
        if (candidateStart < 0 || candidateEnd > article.length() || candidateStart >= candidateEnd) {
            return;
        }
        g.setColor(new Color(0xE8, 0x6A, 0x00));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 3f}, 0f));
        int h = textHeight();
        for (Rectangle r : rects(Annotation.span("", "", "", candidateStart, candidateEnd, ""), candidateStart, candidateEnd)) {
            g.drawRect(r.x - 3, r.y - 3, r.width + 6, h + 6);
        }
    }

    private void paintSelection(Graphics2D g, List<Painted> visible) {
        drawnLinks.clear();
        if (selectedId == null) {
            return;
        }
        Annotation selected = set.get(selectedId).orElse(null);
        if (selected == null) {
            return;
        }
        List<Rectangle> own = rects(selected);
        Color ink = dark ? Color.WHITE : Color.BLACK;
        g.setColor(ink);
        g.setStroke(new BasicStroke(2f));
        int h = textHeight();
        for (Rectangle r : own) {
            g.drawRect(r.x - 1, r.y - 1, r.width + 2, h + 2);
        }
        List<Link> outgoing = selected.links();
        Stroke dashed = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {4f, 3f}, 0f);
        for (Link link : outgoing) {
            set.get(link.target()).ifPresent(t -> connect(g, own, t, link.role(), dashed, true));
        }
        for (Annotation source : set.linking(selectedId)) {
            for (Link link : source.links()) {
                if (link.target().equals(selectedId)) {
                    connect(g, own, source, link.role(), dashed, false);
                }
            }
        }
    }

    /** One drawn link: its curve and the box of its role label, in the text's coordinates. */
    record LinkShape(String role, java.awt.Shape curve, Rectangle label) {
    }

    final List<LinkShape> drawnLinks = new ArrayList<>();

    /** The links drawn by the last paint. */
    List<LinkShape> linkShapes() {
        return List.copyOf(drawnLinks);
    }

    private void connect(Graphics2D g, List<Rectangle> from, Annotation other, String role, Stroke dashed, boolean out) {
        List<Rectangle> to = rects(other);
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        Color c = Colors.of(schema, other.layer(), other.label()).darker();
        g.setColor(c);
        g.setStroke(dashed);
        int h = textHeight();
        for (Rectangle r : to) {
            g.drawRect(r.x - 2, r.y - 2, r.width + 4, h + 4);
        }
        Rectangle a = from.get(0);
        Rectangle b = to.get(0);
        double x1 = a.getCenterX();
        double y1 = a.y - 2;
        double x2 = b.getCenterX();
        double y2 = b.y - 2;
        double lift = Math.min(60, 18 + Math.abs(x2 - x1) / 6 + Math.abs(y2 - y1) / 8);
        double cx = (x1 + x2) / 2;
        double cy = Math.min(y1, y2) - lift;
        g.setStroke(new BasicStroke(1.6f));
        g.draw(new QuadCurve2D.Double(x1, y1, cx, cy, x2, y2));
        double tx = out ? x2 : x1;
        double ty = out ? y2 : y1;
        g.fillOval((int) tx - 3, (int) ty - 3, 6, 6);
        Font f = getFont().deriveFont(Font.BOLD, Math.max(10f, getFont().getSize2D() * 0.72f));
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        int labelX = (int) (cx - fm.stringWidth(role) / 2.0);
        int labelY = (int) ((Math.min(y1, y2) + cy) / 2);
        g.setColor(Colors.alpha(getBackground(), 220));
        g.fillRoundRect(labelX - 3, labelY - fm.getAscent(), fm.stringWidth(role) + 6, fm.getHeight(), 6, 6);
        g.setColor(c);
        g.drawString(role, labelX, labelY);
        drawnLinks.add(new LinkShape(role, new QuadCurve2D.Double(x1, y1, cx, cy, x2, y2),
                new Rectangle(labelX - 3, labelY - fm.getAscent(), fm.stringWidth(role) + 6, fm.getHeight())));
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

    private record Painted(Annotation annotation, List<Rectangle> rects) {
    }

    /**
     * The rows of each span, kept while the layout stays the same: annotations are immutable,
     * so after an edit only the new or changed spans are measured again.
     */
    private final java.util.Map<Annotation, List<Rectangle>> rectCache = new java.util.IdentityHashMap<>();
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
        int last = article.codePointOffset(Math.min(getDocument().getLength(),
                viewToModel2D(new Point(getWidth(), clip.y + clip.height + 20)) + 1));
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
                List<Rectangle> rects = rectCache.computeIfAbsent(a, this::rects);
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

    private List<Rectangle> rects(Annotation a) {
        if (a.end() > article.length()) {
            return List.of();
        }
        return rects(a, a.start(), a.end());
    }

    /** One rectangle per visual row that the part [from, to) of the span covers. */
    private List<Rectangle> rects(Annotation a, int from, int to) {
        List<Rectangle> out = new ArrayList<>();
        if (from >= to) {
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
