package org.newsmark.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The one tokenizer of token-level agreement (and of any export that shows tokens). It cuts the
 * text at Unicode word boundaries, following the rules of UAX #29 "Unicode Text Segmentation"
 * (WB3c, WB4 to WB16, WB999) on code points, and keeps every piece that is not white space:
 * <ul>
 * <li>letters run together into a word, digits into a number, and letters with digits
 *     ({@code COVID19}); {@code don't}, {@code U.S}, {@code 4.5}, {@code 5,000} and {@code snake_case}
 *     stay one token because the apostrophe, period or comma sits between letters or digits;</li>
 * <li>every other punctuation mark or symbol is a token of its own: {@code “}, {@code ,},
 *     {@code -} in {@code e-mail}, {@code %} in {@code 4.5%}, {@code $} in {@code $5};</li>
 * <li>combining marks, variation selectors, emoji skin tones and joiners stay with the character
 *     before them, so an emoji sequence such as a family or a flag is one token;</li>
 * <li>each Han or Hiragana character is a token, runs of Katakana are one;</li>
 * <li>white space (spaces, tabs, line breaks, no-break spaces) is never a token.</li>
 * </ul>
 * The Word_Break classes are taken from the general category of each code point (letters,
 * decimal digits, connector punctuation, marks) and the short lists of mid-word punctuation of
 * UAX #29, so the result does not depend on the JDK's {@code BreakIterator} rules, which differ.
 * Offsets are code points, like annotation offsets.
 */
public final class WordTokenizer {
    private static final int OTHER = 0;
    private static final int LETTER = 1;
    private static final int NUMERIC = 2;
    private static final int MID_LETTER = 3;
    private static final int MID_NUM = 4;
    private static final int MID_NUM_LET = 5;
    private static final int EXTEND_NUM_LET = 6;
    private static final int KATAKANA = 7;
    private static final int REGIONAL = 8;
    private static final int SPACE = 9;
    private static final int PICTOGRAPHIC = 10;

    private WordTokenizer() {}

    /** The tokens of an article in text order, unmodifiable. */
    public static List<Token> tokens(Article article) {
        int[] bounds = bounds(article.text());
        List<Token> out = new ArrayList<>(bounds.length / 2);
        for (int i = 0; i < bounds.length; i += 2) {
            out.add(new Token(bounds[i], bounds[i + 1]));
        }
        return Collections.unmodifiableList(out);
    }

    /** The tokens as start, end pairs of code point offsets: {s0, e0, s1, e1, ...}. */
    public static int[] bounds(String text) {
        int[] cps = text.codePoints().toArray();
        int n = cps.length;
        // Clusters: a base code point with the marks, formats and joiners that follow it (WB4).
        int[] start = new int[n + 1];
        int[] cls = new int[n];
        boolean[] endsWithJoiner = new boolean[n];
        int clusters = 0;
        for (int i = 0; i < n; ) {
            int base = i++;
            boolean joiner = false;
            if (!isLineBreak(cps[base])) {
                while (i < n && isExtend(cps[i])) {
                    joiner = cps[i] == 0x200D;
                    i++;
                }
            }
            start[clusters] = base;
            cls[clusters] = wordBreakClass(cps[base]);
            endsWithJoiner[clusters] = joiner;
            clusters++;
        }
        start[clusters] = n;
        int[] out = new int[16];
        int count = 0;
        int tokenStart = 0;
        int regionalRun = 0;
        for (int c = 0; c < clusters; c++) {
            regionalRun = cls[c] == REGIONAL ? regionalRun + 1 : 0;
            boolean breakAfter = c + 1 == clusters || breaksBetween(cls, endsWithJoiner, c, clusters, regionalRun);
            if (breakAfter) {
                if (cls[tokenStart] != SPACE) {
                    if (count + 2 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    out[count++] = start[tokenStart];
                    out[count++] = start[c + 1];
                }
                tokenStart = c + 1;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** Whether UAX #29 puts a word boundary between cluster c and cluster c + 1. */
    private static boolean breaksBetween(int[] cls, boolean[] joiner, int c, int clusters, int regionalRun) {
        int a = cls[c];
        int b = cls[c + 1];
        if (a == SPACE || b == SPACE) {
            return true;
        }
        if (joiner[c] && b == PICTOGRAPHIC) {
            return false; // WB3c
        }
        if (a == LETTER && b == LETTER || a == NUMERIC && b == NUMERIC) {
            return false; // WB5, WB8
        }
        if (a == LETTER && b == NUMERIC || a == NUMERIC && b == LETTER) {
            return false; // WB9, WB10
        }
        if (a == KATAKANA && b == KATAKANA) {
            return false; // WB13
        }
        if (b == EXTEND_NUM_LET && (a == LETTER || a == NUMERIC || a == KATAKANA || a == EXTEND_NUM_LET)) {
            return false; // WB13a
        }
        if (a == EXTEND_NUM_LET && (b == LETTER || b == NUMERIC || b == KATAKANA)) {
            return false; // WB13b
        }
        if (a == REGIONAL && b == REGIONAL) {
            return regionalRun % 2 == 0; // WB15, WB16: flags are pairs
        }
        int next = c + 2 < clusters ? cls[c + 2] : -1;
        int previous = c > 0 ? cls[c - 1] : -1;
        if (a == LETTER && (b == MID_LETTER || b == MID_NUM_LET) && next == LETTER) {
            return false; // WB6
        }
        if (previous == LETTER && (a == MID_LETTER || a == MID_NUM_LET) && b == LETTER) {
            return false; // WB7
        }
        if (previous == NUMERIC && (a == MID_NUM || a == MID_NUM_LET) && b == NUMERIC) {
            return false; // WB11
        }
        if (a == NUMERIC && (b == MID_NUM || b == MID_NUM_LET) && next == NUMERIC) {
            return false; // WB12
        }
        return true; // WB999
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    /** Extend, Format and ZWJ of UAX #29: they attach to the character before them (WB4). */
    private static boolean isExtend(int cp) {
        if (cp < 0xAD) {
            return false; // the first mark or format character is the soft hyphen
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.FORMAT
                || (cp >= 0x1F3FB && cp <= 0x1F3FF); // emoji skin tones
    }

    /** The classes of the ASCII code points, looked up rather than computed. */
    private static final int[] ASCII = new int[128];

    static {
        for (int cp = 0; cp < 128; cp++) {
            ASCII[cp] = classify(cp);
        }
    }

    private static int wordBreakClass(int cp) {
        return cp < 128 ? ASCII[cp] : classify(cp);
    }

    private static int classify(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return SPACE;
        }
        switch (cp) {
            case ':', 0x00B7, 0x0387, 0x055F, 0x05F4, 0x2027, 0xFE13, 0xFE55, 0xFF1A:
                return MID_LETTER;
            case ',',
                    ';',
                    0x037E,
                    0x0589,
                    0x060C,
                    0x060D,
                    0x066C,
                    0x07F8,
                    0x2044,
                    0xFE10,
                    0xFE14,
                    0xFE50,
                    0xFE54,
                    0xFF0C,
                    0xFF1B:
                return MID_NUM;
            case '.', '\'', 0x2018, 0x2019, 0x2024, 0xFE52, 0xFF07, 0xFF0E:
                return MID_NUM_LET;
            default:
                break;
        }
        if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
            return REGIONAL;
        }
        if (cp == 0x30FC) {
            return KATAKANA; // the prolonged sound mark, of script Common
        }
        if (Character.isDigit(cp)) {
            return NUMERIC;
        }
        int type = Character.getType(cp);
        if (Character.isLetter(cp) || type == Character.LETTER_NUMBER) {
            if (cp < 0x2E80) {
                return LETTER; // below the CJK blocks, no Han, Hiragana or Katakana
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.KATAKANA) {
                return KATAKANA;
            }
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA ? OTHER : LETTER;
        }
        if (type == Character.CONNECTOR_PUNCTUATION) {
            return EXTEND_NUM_LET;
        }
        if (type == Character.OTHER_SYMBOL) {
            return PICTOGRAPHIC;
        }
        return OTHER;
    }
}
