package org.newsmark.agreement.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.newsmark.model.Annotation;
import org.newsmark.model.Token;

/**
 * The label each token gets from the spans of one layer of one annotator: the label of the span
 * that covers it (shares at least one code point with it), or {@code O} when none does. Where
 * several spans cover a token, the shortest wins, then the one that starts first, then the label
 * name in alphabetical order.
 */
public final class TokenLabels {
    /** The label of a token no span covers. */
    public static final String OUTSIDE = "O";
    /** Which span wins a token that several spans cover. */
    public static final Comparator<Annotation> PRECEDENCE = Comparator.comparingInt(Annotation::length)
            .thenComparingInt(Annotation::start)
            .thenComparing(Annotation::label);

    private TokenLabels() {}

    /**
     * The winning span's label index for each token (0 for {@link #OUTSIDE}, i + 1 for
     * {@code labels.get(i)}), given the tokens as start, end pairs.
     *
     * @throws IllegalArgumentException when a span has a label outside {@code labels}
     */
    public static int[] codes(int[] tokenBounds, List<Annotation> spans, List<String> labels) {
        int tokens = tokenBounds.length / 2;
        int[] out = new int[tokens];
        if (spans.isEmpty() || tokens == 0) {
            return out;
        }
        // Spans in precedence order: length, start, then label name (as PRECEDENCE, without boxing).
        int n = spans.size();
        int[] code = new int[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            code[i] = labels.indexOf(spans.get(i).label()) + 1;
            if (code[i] == 0) {
                throw new IllegalArgumentException("label " + spans.get(i).label() + " is not one of " + labels);
            }
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> {
            Annotation a = spans.get(x);
            Annotation b = spans.get(y);
            int c = Integer.compare(a.length(), b.length());
            if (c == 0) {
                c = Integer.compare(a.start(), b.start());
            }
            return c != 0 ? c : a.label().compareTo(b.label());
        });
        boolean[] taken = new boolean[tokens];
        for (int index : order) {
            Annotation a = spans.get(index);
            // The first token that ends after the span starts; tokens are sorted and disjoint.
            int lo = 0;
            int hi = tokens;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokenBounds[2 * mid + 1] <= a.start()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int t = lo; t < tokens && tokenBounds[2 * t] < a.end(); t++) {
                if (!taken[t]) {
                    taken[t] = true;
                    out[t] = code[index];
                }
            }
        }
        return out;
    }

    /** The labels of the tokens as names, {@link #OUTSIDE} where no span covers a token. */
    public static List<String> labels(List<Token> tokens, List<Annotation> spans, List<String> labels) {
        int[] bounds = new int[tokens.size() * 2];
        for (int i = 0; i < tokens.size(); i++) {
            bounds[2 * i] = tokens.get(i).start();
            bounds[2 * i + 1] = tokens.get(i).end();
        }
        int[] codes = codes(bounds, spans, labels);
        List<String> out = new ArrayList<>(codes.length);
        for (int c : codes) {
            out.add(c == 0 ? OUTSIDE : labels.get(c - 1));
        }
        return out;
    }
}
