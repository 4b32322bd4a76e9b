package org.newsmark.agreement.coref;

/**
 * A mention in a coreference key or response, identified by its exact span: start and end offsets
 * (code points or tokens, end exclusive; key and response must use the same unit). Two mentions
 * are the same mention when their spans are equal, as in the CoNLL-2012 scorer's strict matching.
 */
public record Mention(int start, int end) implements Comparable<Mention> {
    public Mention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention span " + start + "-" + end);
        }
    }

    @Override
    public int compareTo(Mention o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
