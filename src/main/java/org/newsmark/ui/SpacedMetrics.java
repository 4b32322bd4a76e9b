package org.newsmark.ui;

import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.text.CharacterIterator;

/**
 * Font metrics with extra leading: the text area then lays out its lines further apart, which
 * leaves room under each line for one underline lane per layer, at no cost per span.
 */
final class SpacedMetrics extends FontMetrics {
    private final FontMetrics base;
    private final int extra;

    SpacedMetrics(FontMetrics base, int extra) {
        super(base.getFont());
        this.base = base;
        this.extra = extra;
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
        return base.charWidth(codePoint);
    }

    @Override
    public int charWidth(char ch) {
        return base.charWidth(ch);
    }

    @Override
    public int stringWidth(String str) {
        return base.stringWidth(str);
    }

    @Override
    public int charsWidth(char[] data, int off, int len) {
        return base.charsWidth(data, off, len);
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
