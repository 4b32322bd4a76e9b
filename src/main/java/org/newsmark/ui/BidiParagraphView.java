package org.newsmark.ui;

import java.awt.Component;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Rectangle;
import java.awt.Shape;
import javax.swing.JTextArea;
import javax.swing.SizeRequirements;
import javax.swing.event.DocumentEvent;
import javax.swing.text.AbstractDocument;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.CompositeView;
import javax.swing.text.Document;
import javax.swing.text.Element;
import javax.swing.text.GlyphView;
import javax.swing.text.ParagraphView;
import javax.swing.text.Position;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.View;
import javax.swing.text.ViewFactory;

/**
 * One paragraph that needs Swing's bidirectional layout (right-to-left names, combining marks),
 * laid out with text layouts as Swing does; in an article with such paragraphs the others are
 * {@link PlainLineView}s, which is what keeps a long article quick to open. Rows are spaced like
 * those of a plain article, with room below for the underline lanes, and the paragraph's
 * smallest width is not measured word by word (the text wraps at any width).
 */
final class BidiParagraphView extends ParagraphView {
    BidiParagraphView(Element elem) {
        super(elem);
        layoutPool = new Logical(elem);
        layoutPool.setParent(this);
    }

    /** Whether a paragraph holds text that needs the bidirectional layout. */
    static boolean complex(Element line) {
        try {
            return ArticleDocument.needsComplexLayout(
                    line.getDocument().getText(line.getStartOffset(), line.getEndOffset() - line.getStartOffset()));
        } catch (BadLocationException e) {
            return true;
        }
    }

    @Override
    public void setParent(View parent) {
        super.setParent(parent);
        if (parent != null) {
            setPropertiesFromAttributes();
        }
    }

    @Override
    protected void setPropertiesFromAttributes() {
        Component c = getContainer();
        setJustification(
                c != null && !c.getComponentOrientation().isLeftToRight()
                        ? StyleConstants.ALIGN_RIGHT
                        : StyleConstants.ALIGN_LEFT);
        if (c != null) {
            // Text layouts measure rows without the text area's spaced metrics: the same pitch by spacing.
            FontMetrics spaced = c.getFontMetrics(c.getFont());
            FontMetrics base = spaced instanceof SpacedMetrics m ? m.base() : spaced;
            setLineSpacing((spaced.getHeight() - base.getHeight()) / (float) Math.max(1, base.getHeight()));
        }
    }

    @Override
    public int getFlowSpan(int index) {
        Component c = getContainer();
        if (c instanceof JTextArea area && !area.getLineWrap()) {
            return Integer.MAX_VALUE;
        }
        return super.getFlowSpan(index);
    }

    @Override
    protected SizeRequirements calculateMinorAxisRequirements(int axis, SizeRequirements r) {
        SizeRequirements req = r == null ? new SizeRequirements() : r;
        req.minimum = 0;
        req.preferred = getWidth() == Integer.MAX_VALUE || getWidth() <= 0 ? 100 : getWidth();
        req.maximum = Integer.MAX_VALUE;
        req.alignment = 0.5f;
        return req;
    }

    @Override
    public void setSize(float width, float height) {
        if ((int) width != getWidth()) {
            preferenceChanged(null, true, true);
        }
        super.setSize(width, height);
    }

    /**
     * The paragraph's text as seen by its glyph view. A glyph view looks for places to break a row
     * in the text of its element's parent, which in a plain document is the whole article: a
     * break iterator over 250,000 characters for every row, which is what made such an article
     * take seconds to open. Here the parent is the paragraph itself.
     */
    private static final class LocalLeaf implements Element {
        private final Element leaf;
        private final Element parent = new LocalParent(this);

        LocalLeaf(Element leaf) {
            this.leaf = leaf;
        }

        @Override
        public Document getDocument() {
            return leaf.getDocument();
        }

        @Override
        public Element getParentElement() {
            return parent;
        }

        @Override
        public String getName() {
            return leaf.getName();
        }

        @Override
        public AttributeSet getAttributes() {
            return leaf.getAttributes();
        }

        @Override
        public int getStartOffset() {
            return leaf.getStartOffset();
        }

        @Override
        public int getEndOffset() {
            return leaf.getEndOffset();
        }

        @Override
        public int getElementIndex(int offset) {
            return -1;
        }

        @Override
        public int getElementCount() {
            return 0;
        }

        @Override
        public Element getElement(int index) {
            return null;
        }

        @Override
        public boolean isLeaf() {
            return true;
        }
    }

    /** A parent holding one paragraph, so that break iterators see that paragraph only. */
    private record LocalParent(Element child) implements Element {
        @Override
        public Document getDocument() {
            return child.getDocument();
        }

        @Override
        public Element getParentElement() {
            return null;
        }

        @Override
        public String getName() {
            return AbstractDocument.ParagraphElementName;
        }

        @Override
        public AttributeSet getAttributes() {
            return SimpleAttributeSet.EMPTY;
        }

        @Override
        public int getStartOffset() {
            return child.getStartOffset();
        }

        @Override
        public int getEndOffset() {
            return child.getEndOffset();
        }

        @Override
        public int getElementIndex(int offset) {
            return 0;
        }

        @Override
        public int getElementCount() {
            return 1;
        }

        @Override
        public Element getElement(int index) {
            return index == 0 ? child : null;
        }

        @Override
        public boolean isLeaf() {
            return false;
        }
    }

    /**
     * The glyphs of a paragraph whose rows the text layouts have already measured and broken. A
     * glyph view would look for break places again, for every row and for its smallest width,
     * with a line break iterator that backs up to the paragraph's start on right-to-left text for
     * every place it finds: quadratic in the paragraph's length.
     */
    private static final class RowGlyphView extends GlyphView {
        RowGlyphView(Element elem) {
            super(elem);
        }

        @Override
        public int getBreakWeight(int axis, float pos, float len) {
            return axis == X_AXIS ? GoodBreakWeight : super.getBreakWeight(axis, pos, len);
        }

        @Override
        public float getMinimumSpan(int axis) {
            return axis == X_AXIS ? 0 : super.getMinimumSpan(axis);
        }

        /**
         * The text layout broke the row already; a row that seems too long by its trailing white
         * space (which a layout's advance counts) is kept whole rather than broken again.
         */
        @Override
        public View breakView(int axis, int p0, float pos, float len) {
            return axis == X_AXIS && p0 == getStartOffset() ? this : super.breakView(axis, p0, pos, len);
        }
    }

    /** The paragraph's text as one glyph view, which the flow breaks into rows. */
    private static final class Logical extends CompositeView {
        Logical(Element elem) {
            super(elem);
        }

        @Override
        protected int getViewIndexAtPosition(int pos) {
            Element elem = getElement();
            return elem.getElementCount() > 0 ? elem.getElementIndex(pos) : 0;
        }

        @Override
        protected boolean updateChildren(DocumentEvent.ElementChange ec, DocumentEvent e, ViewFactory f) {
            return false;
        }

        @Override
        protected void loadChildren(ViewFactory f) {
            Element elem = getElement();
            if (elem.getElementCount() > 0) {
                super.loadChildren(f);
            } else {
                replace(0, 0, new View[] {new RowGlyphView(new LocalLeaf(elem))});
            }
        }

        @Override
        public float getPreferredSpan(int axis) {
            if (getViewCount() != 1) {
                throw new IllegalStateException("one child view expected");
            }
            return getView(0).getPreferredSpan(axis);
        }

        @Override
        protected void forwardUpdateToView(View v, DocumentEvent e, Shape a, ViewFactory f) {
            v.setParent(this);
            super.forwardUpdateToView(v, e, a, f);
        }

        @Override
        public void paint(Graphics g, Shape allocation) {
            // never painted: the rows of the paragraph are
        }

        @Override
        protected boolean isBefore(int x, int y, Rectangle alloc) {
            return false;
        }

        @Override
        protected boolean isAfter(int x, int y, Rectangle alloc) {
            return false;
        }

        @Override
        protected View getViewAtPoint(int x, int y, Rectangle alloc) {
            return null;
        }

        @Override
        protected void childAllocation(int index, Rectangle a) {}

        @Override
        public Shape modelToView(int pos, Shape a, Position.Bias b) throws BadLocationException {
            return a;
        }
    }
}
