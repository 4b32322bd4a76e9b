package org.newsmark.ui;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Rectangle;
import java.awt.Shape;
import java.util.Arrays;
import javax.swing.event.DocumentEvent;
import javax.swing.text.BadLocationException;
import javax.swing.text.Element;
import javax.swing.text.JTextComponent;
import javax.swing.text.Position;
import javax.swing.text.Segment;
import javax.swing.text.TabExpander;
import javax.swing.text.Utilities;
import javax.swing.text.View;
import javax.swing.text.ViewFactory;

/**
 * One paragraph without bidirectional text, in an article that has such text elsewhere: wrapped
 * at word boundaries and measured with the text area's metrics, as the fast plain layout does
 * for a whole article, instead of flowing glyph views through break iterators. Emoji are measured
 * and drawn as {@link EmojiWrappedView} does.
 */
final class PlainLineView extends View implements TabExpander {
    /** The end (document offset) of each row; the last is the paragraph's end. */
    private int[] rowEnds = new int[0];

    private int laidOutWidth = -1;
    private int width;

    PlainLineView(Element elem) {
        super(elem);
    }

    private JTextComponent host() {
        return (JTextComponent) getContainer();
    }

    private FontMetrics metrics() {
        return host().getFontMetrics(host().getFont());
    }

    private int rowHeight() {
        return metrics().getHeight();
    }

    private int left() {
        return host().getInsets().left;
    }

    @Override
    public float nextTabStop(float x, int tabOffset) {
        int tab = Math.max(1, 8 * metrics().charWidth('m'));
        int base = left();
        return base + ((int) ((x - base) / tab) + 1) * tab;
    }

    @Override
    public float getPreferredSpan(int axis) {
        if (axis == X_AXIS) {
            return Math.max(100, width);
        }
        layoutRows();
        return Math.max(1, rowEnds.length) * (float) rowHeight();
    }

    @Override
    public float getMinimumSpan(int axis) {
        return axis == X_AXIS ? 0 : getPreferredSpan(axis);
    }

    @Override
    public float getMaximumSpan(int axis) {
        return axis == X_AXIS ? Integer.MAX_VALUE : getPreferredSpan(axis);
    }

    @Override
    public void setSize(float w, float h) {
        int newWidth = (int) w;
        if (newWidth != width) {
            width = newWidth;
            int rows = rowEnds.length;
            layoutRows();
            if (rows != rowEnds.length) {
                preferenceChanged(this, false, true);
            }
        }
    }

    private Segment text(int p0, int p1) {
        Segment s = new Segment();
        try {
            getDocument().getText(p0, p1 - p0, s);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        return s;
    }

    @SuppressWarnings("deprecation")
    private void layoutRows() {
        if (laidOutWidth == width && rowEnds.length > 0) {
            return;
        }
        laidOutWidth = width;
        int p0 = getStartOffset();
        int p1 = getEndOffset();
        int[] ends = new int[8];
        int n = 0;
        FontMetrics fm = metrics();
        int x0 = left();
        int p = p0;
        while (p < p1) {
            int q = width <= 0 ? p1 : p + Utilities.getBreakLocation(text(p, p1), fm, x0, x0 + width, this, p);
            q = Math.max(p + 1, Math.min(q, p1));
            if (n == ends.length) {
                ends = Arrays.copyOf(ends, n * 2);
            }
            ends[n++] = q;
            p = q;
        }
        rowEnds = Arrays.copyOf(ends, Math.max(n, 1));
        if (n == 0) {
            rowEnds[0] = p1;
        }
    }

    private int rowOf(int pos) {
        layoutRows();
        for (int i = 0; i < rowEnds.length; i++) {
            if (pos < rowEnds[i]) {
                return i;
            }
        }
        return rowEnds.length - 1;
    }

    private int rowStart(int row) {
        return row == 0 ? getStartOffset() : rowEnds[row - 1];
    }

    @Override
    public void paint(Graphics g, Shape a) {
        layoutRows();
        Rectangle alloc = a.getBounds();
        Rectangle clip = g.getClipBounds();
        int h = rowHeight();
        FontMetrics fm = metrics();
        JTextComponent c = host();
        int sel0 = c.getSelectionStart();
        int sel1 = c.getSelectionEnd();
        g.setFont(c.getFont());
        for (int row = 0; row < rowEnds.length; row++) {
            int y = alloc.y + row * h;
            if (clip != null && (y + h < clip.y || y > clip.y + clip.height)) {
                continue;
            }
            int start = rowStart(row);
            int end = rowEnds[row];
            int x = alloc.x;
            int baseline = y + fm.getAscent();
            x = draw(g, x, baseline, start, Math.min(end, Math.max(start, sel0)), false);
            x = draw(g, x, baseline, Math.max(start, sel0), Math.min(end, sel1), true);
            draw(g, x, baseline, Math.max(start, Math.max(sel0, sel1)), end, false);
        }
    }

    /** Draws part of a row, each emoji at its own place; returns where the next part starts. */
    @SuppressWarnings("deprecation")
    private int draw(Graphics g, int x, int y, int p0, int p1, boolean selected) {
        if (p0 >= p1) {
            return x;
        }
        JTextComponent c = host();
        Color color = selected && c.getSelectedTextColor() != null ? c.getSelectedTextColor() : c.getForeground();
        g.setColor(color);
        Segment s = text(p0, p1);
        int from = 0;
        int at = x;
        FontMetrics fm = metrics();
        for (int i = 0; i < s.count; i++) {
            char ch = s.array[s.offset + i];
            if (ch == '\n' || ArticleDocument.isEmojiPart(ch)) {
                if (from < i) {
                    Segment part = new Segment(s.array, s.offset + from, i - from);
                    at = Utilities.drawTabbedText(part, at, y, g, this, p0 + from);
                }
                if (Character.isHighSurrogate(ch) && i + 1 < s.count) {
                    g.drawString(new String(s.array, s.offset + i, 2), at, y);
                    at += fm.charWidth(0x1F600);
                    i++;
                }
                from = i + 1;
            }
        }
        if (from < s.count) {
            at = Utilities.drawTabbedText(
                    new Segment(s.array, s.offset + from, s.count - from), at, y, g, this, p0 + from);
        }
        return at;
    }

    @Override
    @SuppressWarnings("deprecation")
    public Shape modelToView(int pos, Shape a, Position.Bias b) throws BadLocationException {
        if (pos < getStartOffset() || pos > getEndOffset()) {
            throw new BadLocationException("outside the paragraph", pos);
        }
        Rectangle alloc = a.getBounds();
        int row = rowOf(pos);
        int start = rowStart(row);
        int x = alloc.x
                + (pos > start ? Utilities.getTabbedTextWidth(text(start, pos), metrics(), alloc.x, this, start) : 0);
        return new Rectangle(x, alloc.y + row * rowHeight(), 1, rowHeight());
    }

    @Override
    @SuppressWarnings("deprecation")
    public int viewToModel(float fx, float fy, Shape a, Position.Bias[] bias) {
        bias[0] = Position.Bias.Forward;
        Rectangle alloc = a.getBounds();
        layoutRows();
        int row = Math.max(0, Math.min(rowEnds.length - 1, (int) ((fy - alloc.y) / rowHeight())));
        int start = rowStart(row);
        int end = rowEnds[row];
        if (fx < alloc.x) {
            return start;
        }
        int n = Utilities.getTabbedTextOffset(text(start, end), metrics(), alloc.x, (int) fx, this, start, true);
        int pos = Math.min(start + n, row == rowEnds.length - 1 ? end - 1 : end);
        try {
            if (pos > start
                    && pos < getDocument().getLength()
                    && Character.isLowSurrogate(getDocument().getText(pos, 1).charAt(0))) {
                pos--;
            }
        } catch (BadLocationException e) {
            // the offset stays as it is
        }
        return Math.max(start, pos);
    }

    @Override
    public void insertUpdate(DocumentEvent e, Shape a, ViewFactory f) {
        changed();
    }

    @Override
    public void removeUpdate(DocumentEvent e, Shape a, ViewFactory f) {
        changed();
    }

    @Override
    public void changedUpdate(DocumentEvent e, Shape a, ViewFactory f) {
        changed();
    }

    private void changed() {
        laidOutWidth = -1;
        preferenceChanged(this, false, true);
    }
}
