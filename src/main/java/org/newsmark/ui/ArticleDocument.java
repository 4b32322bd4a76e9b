package org.newsmark.ui;

import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.PlainDocument;

/**
 * The article as a Swing document, and which layout its text needs. Swing switches a whole
 * document to its bidirectional layout for one emoji; an article whose only such characters are
 * emoji keeps the fast plain layout ({@link EmojiWrappedView}), and one with right-to-left text
 * gets the bidirectional layout only in the paragraphs that need it ({@link BidiParagraphView},
 * {@link PlainLineView}).
 */
final class ArticleDocument {
    private ArticleDocument() {}

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
        if (dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || (c >= 0x0900 && c <= 0x0DFF)
                || (c >= 0x0E00 && c <= 0x0EFF)
                || (c >= 0x1780 && c <= 0x17FF)
                || (c >= 0x200C && c <= 0x200F)
                || (c >= 0x202A && c <= 0x202E);
    }

    /**
     * The article's text as a plain document, every character as it is. Swing marks a document
     * for its complex (bidirectional) layout, ten times slower to lay out, as soon as it holds
     * one emoji; a text whose only such characters are emoji needs no reordering, so the mark is
     * taken off again and the fast wrapped layout draws the emoji (Java 2D measures and draws a
     * run with surrogate pairs as a whole).
     */
    static PlainDocument of(String text) {
        boolean plain = !needsComplexLayout(text);
        PlainDocument doc = new PlainDocument() {
            @Override
            protected void insertUpdate(DefaultDocumentEvent change, AttributeSet attributes) {
                if (plain) {
                    // Inserting set the mark for the emoji; taken off before the bidirectional levels are computed.
                    putProperty("i18n", Boolean.FALSE);
                }
                super.insertUpdate(change, attributes);
            }
        };
        try {
            doc.insertString(0, text, null);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        return doc;
    }
}
