package org.newsmark.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All annotations of one annotator on one article, kept in file order (start, end, id). Immutable:
 * every change returns a new set, which is what makes undo cheap and safe.
 */
public final class AnnotationSet {
    /** The order of rows in an annotation file, so that files diff cleanly. */
    public static final Comparator<Annotation> FILE_ORDER = Comparator.comparingInt(Annotation::start)
            .thenComparingInt(Annotation::end)
            .thenComparing(Annotation::id, AnnotationSet::compareIds);

    private final String doc;
    private final String annotator;
    private final List<Annotation> annotations;
    private final Map<String, Annotation> byId;
    /** Who links to whom, built on first use; the set never changes, so neither does this. */
    private volatile Map<String, List<Annotation>> incoming;
    /** The annotations of each layer asked for, in file order. */
    private final Map<String, List<Annotation>> byLayer = new ConcurrentHashMap<>();
    /** The highest number in use after each id prefix asked for ({@link #nextId}). */
    private final Map<String, Integer> highest = new ConcurrentHashMap<>();

    public AnnotationSet(String doc, String annotator, Collection<Annotation> annotations) {
        this(doc, annotator, sortedCopy(annotations), true);
    }

    private static List<Annotation> sortedCopy(Collection<Annotation> annotations) {
        List<Annotation> sorted = new ArrayList<>(annotations);
        sorted.sort(FILE_ORDER);
        return sorted;
    }

    /** For lists already in file order: edits keep the order instead of sorting again. */
    private AnnotationSet(String doc, String annotator, List<Annotation> sorted, boolean inFileOrder) {
        this.doc = Objects.requireNonNull(doc, "doc");
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.annotations = Collections.unmodifiableList(sorted);
        this.byId = new HashMap<>(sorted.size() * 2);
        for (Annotation a : sorted) {
            if (byId.put(a.id(), a) != null) {
                throw new IllegalArgumentException("duplicate annotation id " + a.id());
            }
        }
    }

    public static AnnotationSet empty(String doc, String annotator) {
        return new AnnotationSet(doc, annotator, List.of());
    }

    /** Ids compare by prefix, then by number when both end in digits (E2 before E10). */
    public static int compareIds(String a, String b) {
        int pa = digitsStart(a);
        int pb = digitsStart(b);
        int c = a.substring(0, pa).compareTo(b.substring(0, pb));
        if (c != 0 || pa == a.length() || pb == b.length()) {
            return c != 0 ? c : a.compareTo(b);
        }
        String na = withoutLeadingZeros(a.substring(pa));
        String nb = withoutLeadingZeros(b.substring(pb));
        c = Integer.compare(na.length(), nb.length());
        if (c == 0) {
            c = na.compareTo(nb);
        }
        return c != 0 ? c : a.compareTo(b);
    }

    private static String withoutLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static int digitsStart(String s) {
        int i = s.length();
        while (i > 0 && Character.isDigit(s.charAt(i - 1)) && s.charAt(i - 1) < 128) {
            i--;
        }
        return i;
    }

    public String doc() {
        return doc;
    }

    public String annotator() {
        return annotator;
    }

    /** The annotations in file order, unmodifiable. */
    public List<Annotation> annotations() {
        return annotations;
    }

    public int size() {
        return annotations.size();
    }

    public boolean isEmpty() {
        return annotations.isEmpty();
    }

    public Optional<Annotation> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The annotations of one layer in file order, unmodifiable; worked out once per layer. */
    public List<Annotation> inLayer(String layer) {
        return byLayer.computeIfAbsent(
                layer,
                l -> annotations.stream().filter(a -> a.layer().equals(l)).toList());
    }

    /** Whether an annotation of the layer has exactly this span (a binary search: the set is in file order). */
    public boolean hasSpan(String layer, int start, int end) {
        int lo = 0;
        int hi = annotations.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Annotation a = annotations.get(mid);
            if (a.start() < start || a.start() == start && a.end() < end) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            if (a.start() != start || a.end() != end) {
                return false;
            }
            if (a.layer().equals(layer)) {
                return true;
            }
        }
        return false;
    }

    /** The annotations that link to the given id. */
    public List<Annotation> linking(String targetId) {
        Map<String, List<Annotation>> index = incoming;
        if (index == null) {
            index = new HashMap<>();
            for (Annotation a : annotations) {
                for (Link l : a.links()) {
                    List<Annotation> sources = index.computeIfAbsent(l.target(), k -> new ArrayList<>(2));
                    if (sources.isEmpty() || sources.get(sources.size() - 1) != a) {
                        sources.add(a);
                    }
                }
            }
            incoming = index;
        }
        return index.getOrDefault(targetId, List.of());
    }

    /** The first free id with the given prefix, one above the highest number in use. */
    public String nextId(String prefix) {
        // Worked out once per set and prefix, and carried over to the set with one more annotation,
        // so that adding annotation after annotation does not go through them all each time.
        int max = highest.computeIfAbsent(prefix, p -> {
            int m = 0;
            for (Annotation a : annotations) {
                m = Math.max(m, number(a.id(), p));
            }
            return m;
        });
        return prefix + (max + 1);
    }

    /** The number after the prefix when the rest of the id is digits (at most nine), else 0. */
    private static int number(String id, String prefix) {
        int p = prefix.length();
        int n = id.length() - p;
        if (n <= 0 || n >= 10 || !id.startsWith(prefix)) {
            return 0;
        }
        int value = 0;
        for (int i = p; i < id.length(); i++) {
            char ch = id.charAt(i);
            if (ch < '0' || ch > '9') {
                return 0;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    public AnnotationSet with(Annotation annotation) {
        if (byId.containsKey(annotation.id())) {
            throw new IllegalArgumentException("duplicate annotation id " + annotation.id());
        }
        int at = Collections.binarySearch(annotations, annotation, FILE_ORDER);
        List<Annotation> list = new ArrayList<>(annotations.size() + 1);
        list.addAll(annotations);
        list.add(at < 0 ? -at - 1 : at, annotation);
        AnnotationSet next = new AnnotationSet(doc, annotator, list, true);
        highest.forEach((prefix, max) -> next.highest.put(prefix, Math.max(max, number(annotation.id(), prefix))));
        return next;
    }

    /** The set with the annotation of the same id replaced. */
    public AnnotationSet replacing(Annotation annotation) {
        if (!byId.containsKey(annotation.id())) {
            throw new IllegalArgumentException("no annotation " + annotation.id());
        }
        Annotation old = byId.get(annotation.id());
        if (old.start() != annotation.start() || old.end() != annotation.end()) {
            return without(annotation.id()).with(annotation);
        }
        List<Annotation> list = new ArrayList<>(annotations);
        list.set(annotations.indexOf(old), annotation);
        return new AnnotationSet(doc, annotator, list, true);
    }

    /** The set without the annotation (links to it are left; see {@link Edits#remove}). */
    public AnnotationSet without(String id) {
        if (!byId.containsKey(id)) {
            throw new IllegalArgumentException("no annotation " + id);
        }
        List<Annotation> list = new ArrayList<>(annotations);
        list.remove(byId.get(id));
        return new AnnotationSet(doc, annotator, list, true);
    }

    public AnnotationSet withAnnotations(Collection<Annotation> replacement) {
        return new AnnotationSet(doc, annotator, replacement);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnnotationSet other
                && doc.equals(other.doc)
                && annotator.equals(other.annotator)
                && annotations.equals(other.annotations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(doc, annotator, annotations);
    }

    @Override
    public String toString() {
        return "AnnotationSet[" + doc + ", " + annotator + ", " + annotations.size() + " annotations]";
    }
}
