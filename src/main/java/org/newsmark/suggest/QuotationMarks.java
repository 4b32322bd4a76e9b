package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs quotation marks into quoted stretches: straight and curly double marks (also mismatched,
 * a straight one opening and a curly one closing), single marks inside and outside them, and a
 * quotation that runs over several paragraphs, where each new paragraph opens the mark again and
 * only the last one closes it (one stretch, as the guidelines mark it). A straight mark opens
 * after white space or an opening bracket and closes after a word or punctuation; an apostrophe
 * inside or at the end of a word ("Don’t", "Thomas' sister") is not a mark.
 */
final class QuotationMarks {
    /** A quoted stretch, marks included; {@code nested} when it lies inside a double-marked one. */
    record Quoted(int start, int end, boolean doubleMarks, boolean closed, boolean nested, boolean multiParagraph) {
        int contentStart() {
            return start + 1;
        }

        int contentEnd() {
            return closed ? end - 1 : end;
        }

        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private QuotationMarks() {}

    static boolean isOpening(int c) {
        return c == '“' || c == '„' || c == '«' || c == '‘' || c == '‚' || c == '"' || c == '\'';
    }

    static boolean isClosing(int c) {
        return c == '”' || c == '»' || c == '’' || c == '"' || c == '\'';
    }

    static boolean isDoubleMark(int c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
    }

    static boolean isSingleMark(int c) {
        return c == '\'' || c == '‘' || c == '’' || c == '‚';
    }

    /** Every quoted stretch of the article, in text order. */
    static List<Quoted> find(TextAnalysis a) {
        List<Quoted> doubles = doubles(a);
        List<Quoted> out = new ArrayList<>(doubles);
        out.addAll(singles(a, doubles));
        out.sort(Comparator.comparingInt(Quoted::start)
                .thenComparing(Comparator.comparingInt(Quoted::end).reversed()));
        return out;
    }

    private enum Role {
        OPEN,
        CLOSE,
        EITHER
    }

    private static Role doubleRole(TextAnalysis a, int i, int paragraphStart, int paragraphEnd) {
        int c = a.codePointAt(i);
        int prev = i > paragraphStart ? a.codePointAt(i - 1) : -1;
        int next = i + 1 < paragraphEnd ? a.codePointAt(i + 1) : -1;
        boolean openContext = (prev < 0 || Character.isWhitespace(prev) || "([{—–-/:".indexOf(prev) >= 0)
                && next >= 0
                && !Character.isWhitespace(next);
        boolean closeContext = prev >= 0
                && !Character.isWhitespace(prev)
                && (next < 0 || Character.isWhitespace(next) || !Character.isLetterOrDigit(next));
        if (c == '“' || c == '„' || c == '«') {
            return Role.OPEN;
        }
        if (c == '”' || c == '»') {
            return openContext && !closeContext ? Role.EITHER : Role.CLOSE;
        }
        if (openContext && !closeContext) {
            return Role.OPEN;
        }
        if (closeContext && !openContext) {
            return Role.CLOSE;
        }
        return Role.EITHER;
    }

    private static List<Quoted> doubles(TextAnalysis a) {
        List<Quoted> out = new ArrayList<>();
        int open = -1;
        boolean multi = false;
        boolean skipFirstMark = false;
        for (int p = 0; p < a.paragraphStart.length; p++) {
            int ps = a.paragraphStart[p];
            int pe = a.paragraphEnd[p];
            for (int i = ps; i < pe; i++) {
                int c = a.codePointAt(i);
                if (!isDoubleMark(c)) {
                    continue;
                }
                if (skipFirstMark) {
                    skipFirstMark = false; // the mark that reopens a quotation in a new paragraph
                    continue;
                }
                Role role = doubleRole(a, i, ps, pe);
                if (role == Role.EITHER) {
                    role = open >= 0 ? Role.CLOSE : Role.OPEN;
                }
                if (role == Role.OPEN) {
                    boolean straightAfterWord = c == '"' && i > ps && !Character.isWhitespace(a.codePointAt(i - 1));
                    if (open >= 0 && straightAfterWord) {
                        out.add(new Quoted(open, i + 1, true, true, false, multi));
                        open = -1;
                        multi = false;
                    } else {
                        open = i; // an earlier mark that never closed is dropped
                        multi = false;
                    }
                } else if (open >= 0) {
                    out.add(new Quoted(open, i + 1, true, true, false, multi));
                    open = -1;
                    multi = false;
                }
            }
            if (open >= 0) {
                boolean reopens = p + 1 < a.paragraphStart.length
                        && isDoubleMark(a.codePointAt(a.paragraphStart[p + 1]))
                        && doubleRole(a, a.paragraphStart[p + 1], a.paragraphStart[p + 1], a.paragraphEnd[p + 1])
                                != Role.CLOSE;
                if (reopens) {
                    multi = true;
                    skipFirstMark = true;
                } else {
                    out.add(new Quoted(open, pe, true, false, false, multi));
                    open = -1;
                    multi = false;
                }
            }
        }
        return out;
    }

    private static List<Quoted> singles(TextAnalysis a, List<Quoted> doubles) {
        List<Quoted> out = new ArrayList<>();
        for (int p = 0; p < a.paragraphStart.length; p++) {
            int ps = a.paragraphStart[p];
            int pe = a.paragraphEnd[p];
            for (int i = ps; i < pe; i++) {
                if (!isSingleOpening(a, i, ps, pe)) {
                    continue;
                }
                Quoted region = enclosing(doubles, i);
                for (int j = i + 2; j < pe && j - i < 600; j++) {
                    if (enclosing(doubles, j) != region) {
                        break;
                    }
                    if (isSingleClosing(a, j, ps, pe)) {
                        out.add(new Quoted(i, j + 1, false, true, region != null, false));
                        i = j;
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static boolean isSingleOpening(TextAnalysis a, int i, int ps, int pe) {
        int c = a.codePointAt(i);
        if (c != '\'' && c != '‘' && c != '‚') {
            return false;
        }
        int prev = i > ps ? a.codePointAt(i - 1) : -1;
        int next = i + 1 < pe ? a.codePointAt(i + 1) : -1;
        boolean afterSpace = prev < 0 || Character.isWhitespace(prev) || "([{—–-/:\"“„".indexOf(prev) >= 0;
        return afterSpace && next >= 0 && (Character.isLetterOrDigit(next) || next == '[' || next == '.');
    }

    private static boolean isSingleClosing(TextAnalysis a, int j, int ps, int pe) {
        int c = a.codePointAt(j);
        if (c != '\'' && c != '’') {
            return false;
        }
        int prev = a.codePointAt(j - 1);
        int next = j + 1 < pe ? a.codePointAt(j + 1) : -1;
        boolean afterWord = Character.isLetterOrDigit(prev) || ".,!?…)]".indexOf(prev) >= 0;
        return afterWord && (next < 0 || !Character.isLetterOrDigit(next));
    }

    private static Quoted enclosing(List<Quoted> doubles, int offset) {
        for (Quoted q : doubles) {
            if (q.start() < offset && offset < q.end() - (q.closed() ? 1 : 0)) {
                return q;
            }
            if (q.start() > offset) {
                break;
            }
        }
        return null;
    }
}
