package org.newsmark.ui;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import javax.swing.JTextArea;
import javax.swing.text.AbstractDocument;
import javax.swing.text.BadLocationException;
import javax.swing.text.Element;
import javax.swing.text.JTextComponent;
import javax.swing.text.Position;
import javax.swing.text.Segment;
import javax.swing.text.Utilities;
import javax.swing.text.View;
import javax.swing.text.WrappedPlainView;

import com.formdev.flatlaf.ui.FlatTextAreaUI;

/**
 * The fast wrapped layout of a plain text area, drawing each emoji where {@link SpacedMetrics}
 * counts it: the text between emoji is drawn as the standard view draws it, and each emoji
 * (a surrogate pair) at its own place, one emoji wide. So emoji are drawn as emoji at any article
 * length, without the bidirectional layout that Swing would otherwise switch the whole article to.
 */
final class EmojiWrappedView extends WrappedPlainView {
    private final boolean wordWrap;

    EmojiWrappedView(Element elem, boolean wordWrap) {
        super(elem, wordWrap);
        this.wordWrap = wordWrap;
    }

    /**
     * Where a line wraps, measured with the text area's metrics in whole pixels. The standard
     * view measures every character through the font's floating-point bounds, a map lookup and an
     * array per character, which is most of the time it takes to open a long article.
     */
    @Override
    @SuppressWarnings("deprecation")
    protected int calculateBreakPosition(int p0, int p1) {
        Segment s = new Segment();
        try {
            getDocument().getText(p0, p1 - p0, s);
        } catch (BadLocationException e) {
            return super.calculateBreakPosition(p0, p1);
        }
        FontMetrics fm = getContainer().getFontMetrics(getContainer().getFont());
        int x0 = getContainer() instanceof JTextComponent c ? c.getInsets().left : 0;
        int x1 = x0 + getWidth();
        return p0
                + (wordWrap
                        ? Utilities.getBreakLocation(s, fm, x0, x1, this, p0)
                        : Utilities.getTabbedTextOffset(s, fm, x0, x1, this, p0, false));
    }

    /** The text area's look with this view for plain (not bidirectional) documents. */
    static final class UI extends FlatTextAreaUI {
        @Override
        public View create(Element elem) {
            Object i18n = elem.getDocument().getProperty("i18n");
            if (!Boolean.TRUE.equals(i18n) && getComponent() instanceof JTextArea area && area.getLineWrap()) {
                return new EmojiWrappedView(elem, area.getWrapStyleWord());
            }
            if (Boolean.TRUE.equals(i18n)
                    && AbstractDocument.ContentElementName.equals(elem.getName())
                    && getComponent() instanceof JTextArea area
                    && area.getLineWrap()) {
                return BidiParagraphView.complex(elem) ? new BidiParagraphView(elem) : new PlainLineView(elem);
            }
            return super.create(elem);
        }
    }

    /**
     * The offset under a point. The standard view measures each character alone there, which
     * counts the two halves of a surrogate pair as two characters; the answer is corrected on its
     * row against where the text is placed (measured in runs, as drawn), so a click after an
     * emoji lands on the character under the mouse.
     */
    @Override
    public int viewToModel(float fx, float fy, Shape a, Position.Bias[] bias) {
        int p = super.viewToModel(fx, fy, a, bias);
        int length = getDocument().getLength();
        try {
            Rectangle2D row = modelToView(p, a, Position.Bias.Forward).getBounds2D();
            int q = p;
            for (int steps = 0; steps < 256; steps++) {
                Rectangle2D here = modelToView(q, a, Position.Bias.Forward).getBounds2D();
                if (q > 0 && fx < here.getX()) {
                    Rectangle2D before =
                            modelToView(q - 1, a, Position.Bias.Forward).getBounds2D();
                    if (before.getY() != row.getY()) {
                        break;
                    }
                    q--;
                    continue;
                }
                if (q + 1 <= length) {
                    Rectangle2D next =
                            modelToView(q + 1, a, Position.Bias.Forward).getBounds2D();
                    if (next.getY() == row.getY() && fx >= next.getX() && q + 1 < length) {
                        q++;
                        continue;
                    }
                }
                break;
            }
            // The nearest boundary, as a click or a drag in a text means (the standard view takes the one before).
            Segment c = new Segment();
            if (q < length) {
                Rectangle2D here = modelToView(q, a, Position.Bias.Forward).getBounds2D();
                getDocument().getText(q, Math.min(2, length - q), c);
                int width = Character.isHighSurrogate(c.first())
                        ? getContainer()
                                .getFontMetrics(getContainer().getFont())
                                .charWidth(0x1F600)
                        : getContainer()
                                .getFontMetrics(getContainer().getFont())
                                .charWidth(c.first());
                if (c.first() != '\n' && fx >= here.getX() + width / 2.0 && here.getX() <= fx) {
                    q += Character.isHighSurrogate(c.first()) && c.count > 1 ? 2 : 1;
                }
            }
            if (q > 0 && q < length) {
                getDocument().getText(q, 1, c);
                if (Character.isLowSurrogate(c.first())) {
                    q--;
                }
            }
            return q;
        } catch (BadLocationException | RuntimeException e) {
            return p;
        }
    }

    @Override
    @SuppressWarnings("deprecation")
    protected int drawUnselectedText(Graphics g, int x, int y, int p0, int p1) throws BadLocationException {
        return draw(g, x, y, p0, p1, false);
    }

    @Override
    @SuppressWarnings("deprecation")
    protected int drawSelectedText(Graphics g, int x, int y, int p0, int p1) throws BadLocationException {
        return draw(g, x, y, p0, p1, true);
    }

    @SuppressWarnings("deprecation")
    private int draw(Graphics g, int x, int y, int p0, int p1, boolean selected) throws BadLocationException {
        Segment s = new Segment();
        getDocument().getText(p0, p1 - p0, s);
        int from = p0;
        int at = x;
        for (int i = 0; i < s.count; i++) {
            char c = s.array[s.offset + i];
            if (!ArticleDocument.isEmojiPart(c)) {
                continue;
            }
            int p = p0 + i;
            if (from < p) {
                at = selected ? super.drawSelectedText(g, at, y, from, p) : super.drawUnselectedText(g, at, y, from, p);
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < s.count
                    && Character.isLowSurrogate(s.array[s.offset + i + 1])) {
                g.setColor(color(selected));
                g.setFont(getContainer().getFont());
                g.drawString(new String(s.array, s.offset + i, 2), at, y);
                at += advance();
                i++;
                from = p + 2;
            } else {
                from = p + 1; // variation selectors, joiners and keycap marks take no room of their own
            }
        }
        if (from < p1) {
            at = selected ? super.drawSelectedText(g, at, y, from, p1) : super.drawUnselectedText(g, at, y, from, p1);
        }
        return at;
    }

    private int advance() {
        FontMetrics fm = getContainer().getFontMetrics(getContainer().getFont());
        return fm instanceof SpacedMetrics m ? m.emojiAdvance() : fm.charWidth(0x1F600);
    }

    private Color color(boolean selected) {
        JTextComponent c = (JTextComponent) getContainer();
        Color color = selected ? c.getSelectedTextColor() : c.getForeground();
        return color == null ? c.getForeground() : color;
    }
}
