package org.newsmark.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.span.SpanMatching;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.AttributeDef;
import org.newsmark.model.EntityChains;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.LinkRole;
import org.newsmark.model.Schema;

/**
 * Scores a trainee's annotations of one article against a reference and classifies every
 * difference. Counts: exact and overlap matching per label as {@link SpanMatching} defines them.
 * Errors: within a layer, the spans of both are paired one to one, first exactly (same label and
 * bounds), then by the largest overlap whatever the label (ties: earlier trainee span, then
 * earlier reference span); a pair with other bounds is a boundary error (too wide, too narrow,
 * shifted), a pair with another label a wrong label (the message says when the bounds differ
 * too), an unpaired trainee span is spurious, an unpaired reference span missed. Links are
 * compared on paired spans: a link target is right when it overlaps the reference's target (any
 * label, so that a mislabelled speaker is not counted twice).
 */
public final class TrainingScorer {
    private static final String SPEAKER = "speaker";
    private static final int CONTEXT = 40;
    private static final int SHORT = 61;

    private TrainingScorer() {}

    public static ArticleScore score(Schema schema, Article article, AnnotationSet trainee, AnnotationSet reference) {
        List<LabelCounts> counts = new ArrayList<>();
        List<TrainingError> errors = new ArrayList<>();
        Map<Annotation, Annotation> pairs = new LinkedHashMap<>();
        for (Layer layer : schema.layers()) {
            List<Annotation> t = trainee.inLayer(layer.name());
            List<Annotation> r = reference.inLayer(layer.name());
            LabelCounts all = new LabelCounts(layer.name(), Measurement.ALL, 0, 0, 0, 0);
            List<LabelCounts> perLabel = new ArrayList<>();
            for (Label label : layer.labels()) {
                List<Annotation> tl =
                        t.stream().filter(a -> a.label().equals(label.name())).toList();
                List<Annotation> rl =
                        r.stream().filter(a -> a.label().equals(label.name())).toList();
                LabelCounts c = new LabelCounts(
                        layer.name(),
                        label.name(),
                        tl.size(),
                        rl.size(),
                        SpanMatching.exactMatches(tl, rl),
                        SpanMatching.overlapMatches(tl, rl).size());
                perLabel.add(c);
                all = all.plus(c);
            }
            counts.add(all);
            counts.addAll(perLabel);
            pairSpans(schema, article, t, r, pairs, errors);
        }
        long[] links = new long[5];
        for (Map.Entry<Annotation, Annotation> p : pairs.entrySet()) {
            Layer layer = schema.requireLayer(p.getKey().layer());
            for (LinkRole role : layer.roles()) {
                if (!role.name().equals(EntityChains.ROLE)) {
                    compareLinks(article, trainee, reference, p.getKey(), p.getValue(), role, links, errors);
                }
            }
            compareAttributes(article, layer, p.getKey(), p.getValue(), errors);
        }
        ChainErrors.add(article, trainee, reference, pairs, errors);
        errors.sort(Comparator.comparingInt(TrainingError::start)
                .thenComparingInt(TrainingError::end)
                .thenComparing(TrainingError::kind)
                .thenComparing(TrainingError::role));
        return new ArticleScore(article.id(), counts, links[0], links[1], links[2], links[3], links[4], errors);
    }

    /** Pairs the spans of one layer, adds the span errors, and records the pairs for the links. */
    private static void pairSpans(
            Schema schema,
            Article article,
            List<Annotation> t,
            List<Annotation> r,
            Map<Annotation, Annotation> pairs,
            List<TrainingError> errors) {
        Set<Annotation> freeT = new LinkedHashSet<>(t);
        Set<Annotation> freeR = new LinkedHashSet<>(r);
        Map<List<Object>, List<Annotation>> refByKey = new HashMap<>();
        for (Annotation a : r) {
            refByKey.computeIfAbsent(List.of(a.label(), a.start(), a.end()), k -> new ArrayList<>())
                    .add(a);
        }
        for (Annotation a : t) {
            List<Annotation> same = refByKey.get(List.of(a.label(), a.start(), a.end()));
            if (same != null && !same.isEmpty()) {
                Annotation b = same.remove(0);
                pairs.put(a, b);
                freeT.remove(a);
                freeR.remove(b);
            }
        }
        List<Annotation[]> candidates = new ArrayList<>();
        for (Annotation a : freeT) {
            for (Annotation b : freeR) {
                if (a.overlaps(b.start(), b.end())) {
                    candidates.add(new Annotation[] {a, b});
                }
            }
        }
        candidates.sort(Comparator.<Annotation[]>comparingInt(c -> -overlap(c[0], c[1]))
                .thenComparingInt(c -> c[0].start())
                .thenComparingInt(c -> c[0].end())
                .thenComparingInt(c -> c[1].start())
                .thenComparingInt(c -> c[1].end())
                .thenComparing(c -> c[0].id())
                .thenComparing(c -> c[1].id()));
        for (Annotation[] c : candidates) {
            if (freeT.contains(c[0]) && freeR.contains(c[1])) {
                freeT.remove(c[0]);
                freeR.remove(c[1]);
                pairs.put(c[0], c[1]);
                errors.add(pairError(schema, article, c[0], c[1]));
            }
        }
        for (Annotation a : freeT) {
            errors.add(error(article, ErrorKind.SPURIOUS, a, a, null, "", ErrorHints.spurious(a)));
        }
        for (Annotation b : freeR) {
            errors.add(error(article, ErrorKind.MISSED, b, null, b, "", ErrorHints.missed(schema, b)));
        }
    }

    private static int overlap(Annotation a, Annotation b) {
        return Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    }

    private static TrainingError pairError(Schema schema, Article article, Annotation t, Annotation r) {
        ErrorKind kind;
        if (!t.label().equals(r.label())) {
            kind = ErrorKind.WRONG_LABEL;
        } else if (t.start() <= r.start() && t.end() >= r.end()) {
            kind = ErrorKind.BOUNDARY_TOO_WIDE;
        } else if (t.start() >= r.start() && t.end() <= r.end()) {
            kind = ErrorKind.BOUNDARY_TOO_NARROW;
        } else {
            kind = ErrorKind.BOUNDARY_SHIFTED;
        }
        String hint = kind == ErrorKind.WRONG_LABEL
                ? ErrorHints.wrongLabel(schema, t, r)
                : ErrorHints.boundary(article, t, r);
        if (kind == ErrorKind.WRONG_LABEL && (t.start() != r.start() || t.end() != r.end())) {
            hint = "the boundaries differ too; " + hint;
        }
        return error(article, kind, t, t, r, "", hint);
    }

    private static void compareLinks(
            Article article,
            AnnotationSet trainee,
            AnnotationSet reference,
            Annotation t,
            Annotation r,
            LinkRole role,
            long[] counts,
            List<TrainingError> errors) {
        List<Annotation> tt = targets(trainee, t, role.name());
        List<Annotation> rt = targets(reference, r, role.name());
        if (role.name().equals(SPEAKER)) {
            Annotation mine = tt.isEmpty() ? null : tt.get(0);
            Annotation theirs = rt.isEmpty() ? null : rt.get(0);
            if (theirs != null) {
                counts[1]++;
                if (mine != null && sameTarget(mine, theirs)) {
                    counts[0]++;
                    return;
                }
                ErrorKind kind = mine == null ? ErrorKind.MISSING_SPEAKER : ErrorKind.WRONG_SPEAKER;
                errors.add(
                        linkError(article, kind, t, role.name(), mine, theirs, ErrorHints.speaker(kind, mine, theirs)));
            } else if (mine != null) {
                errors.add(linkError(
                        article,
                        ErrorKind.WRONG_SPEAKER,
                        t,
                        role.name(),
                        mine,
                        null,
                        ErrorHints.speaker(ErrorKind.WRONG_SPEAKER, mine, null)));
            }
            return;
        }
        List<Annotation> freeT = new ArrayList<>(tt);
        List<Annotation> freeR = new ArrayList<>(rt);
        long matches = 0;
        for (Annotation a : tt) {
            for (Annotation b : freeR) {
                if (sameTarget(a, b)) {
                    freeR.remove(b);
                    freeT.remove(a);
                    matches++;
                    break;
                }
            }
        }
        if (role.many()) {
            counts[2] += matches;
            counts[3] += tt.size();
            counts[4] += rt.size();
        }
        int n = Math.max(freeT.size(), freeR.size());
        for (int i = 0; i < n; i++) {
            Annotation mine = i < freeT.size() ? freeT.get(i) : null;
            Annotation theirs = i < freeR.size() ? freeR.get(i) : null;
            ErrorKind kind = mine == null ? ErrorKind.MISSING_ARGUMENT : ErrorKind.WRONG_ARGUMENT;
            errors.add(linkError(
                    article, kind, t, role.name(), mine, theirs, ErrorHints.argument(kind, role, mine, theirs)));
        }
    }

    /** A typed attribute of a paired span with the same label whose value differs (a missing one is its default). */
    private static void compareAttributes(
            Article article, Layer layer, Annotation t, Annotation r, List<TrainingError> errors) {
        if (!t.label().equals(r.label())) {
            return;
        }
        for (AttributeDef attribute : layer.attributes()) {
            String mine = attribute.valueOf(t);
            String theirs = attribute.valueOf(r);
            if (!attribute.split(mine).stream()
                    .sorted()
                    .toList()
                    .equals(attribute.split(theirs).stream().sorted().toList())) {
                errors.add(new TrainingError(
                        article.id(),
                        ErrorKind.WRONG_ATTRIBUTE,
                        t.layer(),
                        t.label(),
                        r.label(),
                        t.start(),
                        t.end(),
                        t.text(),
                        context(article, t.start(), t.end()),
                        describe(t) + ": " + attribute.name() + "=" + mine,
                        describe(r) + ": " + attribute.name() + "=" + theirs,
                        attribute.name(),
                        "the reference has " + attribute.name() + "=" + theirs + ", not " + mine,
                        ""));
            }
        }
    }

    private static boolean sameTarget(Annotation a, Annotation b) {
        return a.layer().equals(b.layer()) && a.overlaps(b.start(), b.end());
    }

    private static List<Annotation> targets(AnnotationSet set, Annotation source, String role) {
        List<Annotation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id : source.targets(role)) {
            if (seen.add(id)) {
                set.get(id).ifPresent(out::add);
            }
        }
        return out;
    }

    private static TrainingError linkError(
            Article article,
            ErrorKind kind,
            Annotation source,
            String role,
            Annotation mine,
            Annotation theirs,
            String hint) {
        String marked = role + " → " + (mine == null ? "(none)" : describe(mine));
        String reference = role + " → " + (theirs == null ? "(none)" : describe(theirs));
        return new TrainingError(
                article.id(),
                kind,
                source.layer(),
                source.label(),
                source.label(),
                source.start(),
                source.end(),
                source.text(),
                context(article, source.start(), source.end()),
                describe(source) + ": " + marked,
                reference,
                role,
                hint,
                "");
    }

    private static TrainingError error(
            Article article,
            ErrorKind kind,
            Annotation at,
            Annotation mine,
            Annotation theirs,
            String role,
            String hint) {
        return new TrainingError(
                article.id(),
                kind,
                at.layer(),
                at.label(),
                theirs == null ? "" : theirs.label(),
                at.start(),
                at.end(),
                at.text(),
                context(article, at.start(), at.end()),
                mine == null ? "" : describe(mine),
                theirs == null ? "" : describe(theirs),
                role,
                hint,
                "");
    }

    /** {@code PERSON "Donald Trump" 56-68}. */
    public static String describe(Annotation a) {
        return a.label() + " \"" + shortened(oneLine(a.text())) + "\" " + a.start() + "-" + a.end();
    }

    /** Some characters either side of a span, the span in brackets, on one line. */
    public static String context(Article article, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(article.length(), end + CONTEXT);
        return (from > 0 ? "…" : "") + oneLine(article.slice(from, start)) + "["
                + shortened(oneLine(article.slice(start, end))) + "]" + oneLine(article.slice(end, to))
                + (to < article.length() ? "…" : "");
    }

    /** A long text as its beginning and end, so that an error stays readable on one line. */
    static String shortened(String s) {
        int n = s.codePointCount(0, s.length());
        if (n <= SHORT) {
            return s;
        }
        int half = (SHORT - 1) / 2;
        return s.substring(0, s.offsetByCodePoints(0, half)) + "…" + s.substring(s.offsetByCodePoints(0, n - half));
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\t', ' ').replace('\r', ' ');
    }
}
