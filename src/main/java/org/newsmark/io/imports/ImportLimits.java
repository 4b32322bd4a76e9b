package org.newsmark.io.imports;

import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;

/**
 * What an import accepts at most: an input file of {@code maxInputBytes} (a whole CSV corpus or
 * a .docx) and an article of {@code maxArticleBytes} of UTF-8 text. Larger input is refused before
 * it is read; the limits are also given to POI so that a small .docx cannot inflate past them.
 */
public record ImportLimits(long maxInputBytes, long maxArticleBytes) {
    /** 512 MB per input file, 50 MB per article. */
    public static final ImportLimits DEFAULT = new ImportLimits(512L * 1024 * 1024, 50L * 1024 * 1024);

    public ImportLimits {
        if (maxInputBytes <= 0 || maxArticleBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Refuses an article text over the limit. */
    public void checkArticle(String text, String shownPath, int line) throws FormatException {
        // UTF-8 needs at most 3 bytes per char; count exactly only when that bound is over the limit.
        if ((long) text.length() * 3 <= maxArticleBytes) {
            return;
        }
        long bytes = utf8Length(text);
        if (bytes > maxArticleBytes) {
            throw new FormatException(Problem.error(
                    shownPath,
                    line,
                    "the article is " + bytes + " bytes of text; articles over " + maxArticleBytes
                            + " bytes are refused"));
        }
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
