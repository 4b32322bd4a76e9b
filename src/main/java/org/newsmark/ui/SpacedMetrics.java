package org.newsmark.ui;

import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.text.CharacterIterator;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Font metrics with extra leading: the text area then lays out its lines further apart, which
 * leaves room under each line for one underline lane per layer, at no cost per span. Emoji are
 * measured the same way character by character and in runs (a surrogate pair as one emoji wide,
 * variation selectors and joiners as nothing), so that the fast wrapped layout, which measures
 * both ways, places the caret and the spans after an emoji where the text is drawn.
 */
final class SpacedMetrics extends FontMetrics {
    private final FontMetrics base;
    private final int extra;
    private final int emoji;

    SpacedMetrics(FontMetrics base, int extra) {
        super(base.getFont());
        this.base = base;
        this.extra = extra;
        this.emoji = emojiWidth(base);
    }

    private static final Map<FontMetrics, Integer> EMOJI = Collections.synchronizedMap(new WeakHashMap<>());

    /** How wide the font draws an emoji (its own glyph, or the box of a missing one). */
    private static int emojiWidth(FontMetrics base) {
        return EMOJI.computeIfAbsent(base, m -> Math.max(1, m.stringWidth("\uD83D\uDE00")));
    }

    FontMetrics base() {
        return base;
    }

    int extra() {
        return extra;
    }

    /** The advance of one emoji as this layout counts it. */
    int emojiAdvance() {
        return emoji;
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return base.getFontRenderContext();
    }

    @Override
    public int getLeading() {
        return base.getLeading() + extra;
    }

    @Override
    public int getAscent() {
        return base.getAscent();
    }

    @Override
    public int getDescent() {
        return base.getDescent();
    }

    @Override
    public int getHeight() {
        return base.getHeight() + extra;
    }

    @Override
    public int getMaxAscent() {
        return base.getMaxAscent();
    }

    @Override
    public int getMaxDescent() {
        return base.getMaxDescent();
    }

    @Override
    public int getMaxAdvance() {
        return base.getMaxAdvance();
    }

    @Override
    public int charWidth(int codePoint) {
        if (codePoint > 0xFFFF) {
            return emoji;
        }
        return codePoint <= 0xFFFF && ArticleDocument.isEmojiPart((char) codePoint) ? 0 : base.charWidth(codePoint);
    }

    @Override
    public int charWidth(char ch) {
        if (Character.isHighSurrogate(ch)) {
            return emoji;
        }
        return ArticleDocument.isEmojiPart(ch) ? 0 : base.charWidth(ch);
    }

    @Override
    public int stringWidth(String str) {
        return charsWidth(str.toCharArray(), 0, str.length());
    }

    @Override
    public int charsWidth(char[] data, int off, int len) {
        int end = off + len;
        int from = off;
        int width = 0;
        for (int i = off; i < end; i++) {
            if (ArticleDocument.isEmojiPart(data[i])) {
                width += from < i ? base.charsWidth(data, from, i - from) : 0;
                width += Character.isHighSurrogate(data[i]) ? emoji : 0;
                from = i + 1;
            }
        }
        return width + (from < end ? base.charsWidth(data, from, end - from) : 0);
    }

    @Override
    public int bytesWidth(byte[] data, int off, int len) {
        return base.bytesWidth(data, off, len);
    }

    @Override
    public int[] getWidths() {
        return base.getWidths();
    }

    @Override
    public boolean hasUniformLineMetrics() {
        return base.hasUniformLineMetrics();
    }

    @Override
    public LineMetrics getLineMetrics(String str, Graphics context) {
        return base.getLineMetrics(str, context);
    }

    @Override
    public LineMetrics getLineMetrics(String str, int beginIndex, int limit, Graphics context) {
        return base.getLineMetrics(str, beginIndex, limit, context);
    }

    @Override
    public LineMetrics getLineMetrics(char[] chars, int beginIndex, int limit, Graphics context) {
        return base.getLineMetrics(chars, beginIndex, limit, context);
    }

    @Override
    public LineMetrics getLineMetrics(CharacterIterator ci, int beginIndex, int limit, Graphics context) {
        return base.getLineMetrics(ci, beginIndex, limit, context);
    }

    @Override
    public Rectangle2D getStringBounds(String str, Graphics context) {
        return base.getStringBounds(str, context);
    }

    @Override
    public Rectangle2D getStringBounds(String str, int beginIndex, int limit, Graphics context) {
        return base.getStringBounds(str, beginIndex, limit, context);
    }

    @Override
    public Rectangle2D getStringBounds(char[] chars, int beginIndex, int limit, Graphics context) {
        return base.getStringBounds(chars, beginIndex, limit, context);
    }

    @Override
    public Rectangle2D getStringBounds(CharacterIterator ci, int beginIndex, int limit, Graphics context) {
        return base.getStringBounds(ci, beginIndex, limit, context);
    }

    @Override
    public Rectangle2D getMaxCharBounds(Graphics context) {
        return base.getMaxCharBounds(context);
    }
}
