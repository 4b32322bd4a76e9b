package org.newsmark.agreement.bootstrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.span.ArgumentF1;
import org.newsmark.agreement.span.LinkAgreement;
import org.newsmark.agreement.span.SpanMatching;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.EntityChains;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.LinkRole;

/**
 * The span-level and link values of the chosen layers for the article bootstrap. Per article and
 * pair of annotators, the counts behind each value are worked out once, as {@code SpanAgreement}
 * counts them (exact and overlap matches and the spans of both, agreeing and matched pairs of
 * each one-target role, by mention and, for a role whose targets form entity chains, by
 * identity, matched and all arguments), and kept as one array of numbers; a replicate adds up
 * the arrays of the drawn articles and computes F1 exact and overlap, each role's agreement (and
 * identity) and argument F1 per pair, and their means over the pairs. The {@code coref} role is
 * left to {@link CorefReplicates}, as the report leaves it to its coreference measures.
 */
final class SpanReplicates implements ReplicateStatistic {
    private static final int EXACT = 0;
    private static final int OVERLAP = 1;
    private static final int FIRST = 2;
    private static final int SECOND = 3;
    private static final int ARGUMENT_MATCHES = 4;
    private static final int ARGUMENTS = 5;
    private static final int ROLES = 6;

    private final AnnotatedCorpus corpus;
    private final List<Layer> layers;
    private final List<String> annotators;
    private final int labelSlots;
    private final int fields;
    /** Per pair, each article's counts; zeros where the pair does not both have the article. */
    private final ArticleCounts[] counts;
    /** rows[pair or pairs() for the mean][layer][label slot][measure], -1 for none. */
    private final int[][][][] rows;
    /**
     * Measure slots: 0 f1_exact, 1 f1_overlap, 2 argument_f1, 3 + r the r-th one-target role,
     * 3 + maxRoles + r its agreement by identity. Fields of a role: ROLES + 2 r (agreeing) and
     * + 1 (matched pairs); by identity the same from ROLES + 2 maxRoles.
     */
    private final List<List<String>> oneTargetRoles = new ArrayList<>();
    /** Per layer and one-target role, whether its targets form chains (it has an identity value). */
    private final List<boolean[]> chained = new ArrayList<>();

    private final int maxRoles;
    /** Whether some role has an identity value: the entities of each set are needed then. */
    private final boolean anyChained;

    private final List<Set<String>> manyTargetRoles = new ArrayList<>();

    SpanReplicates(AnnotatedCorpus corpus, List<Layer> layers, RowIndex index) {
        this.corpus = corpus;
        this.layers = layers;
        this.annotators = corpus.annotators();
        int maxLabels = 0;
        int mostRoles = 0;
        for (Layer layer : layers) {
            maxLabels = Math.max(maxLabels, layer.labels().size() + 1);
            List<String> one = new ArrayList<>();
            Set<String> many = new LinkedHashSet<>();
            for (LinkRole role : layer.roles()) {
                if (role.many()) {
                    many.add(role.name());
                } else if (!role.name().equals(EntityChains.ROLE)) {
                    one.add(role.name());
                }
            }
            oneTargetRoles.add(one);
            manyTargetRoles.add(many);
            chained.add(chained(corpus, layer, one));
            mostRoles = Math.max(mostRoles, one.size());
        }
        this.labelSlots = maxLabels;
        this.maxRoles = mostRoles;
        this.anyChained =
                chained.stream().anyMatch(c -> IntStream.range(0, c.length).anyMatch(r -> c[r]));
        this.fields = ROLES + 4 * maxRoles;
        this.rows = rows(index, 3 + 2 * maxRoles);
        List<Article> articles = corpus.articles();
        int pairs = annotators.size() * (annotators.size() - 1) / 2;
        this.counts = new ArticleCounts[pairs];
        for (int p = 0; p < pairs; p++) {
            counts[p] = new ArticleCounts(articles.size(), layers.size() * labelSlots * fields);
        }
        IntStream.range(0, articles.size()).parallel().forEach(a -> {
            long[][] perPair = article(articles.get(a).id());
            for (int p = 0; p < pairs; p++) {
                if (perPair[p] != null) {
                    counts[p].set(a, perPair[p]);
                }
            }
        });
    }

    /** Whether the targets of each role form chains: their layer links its mentions by {@code coref}. */
    private static boolean[] chained(AnnotatedCorpus corpus, Layer layer, List<String> roles) {
        boolean[] out = new boolean[roles.size()];
        for (int r = 0; r < out.length; r++) {
            String target = layer.role(roles.get(r)).orElseThrow().targetLayer();
            out[r] = corpus.schema()
                    .layer(target)
                    .flatMap(l -> l.role(EntityChains.ROLE))
                    .map(c -> c.targetLayer().equals(target))
                    .orElse(false);
        }
        return out;
    }

    private int[][][][] rows(RowIndex index, int measures) {
        List<String> pairs = pairNames();
        int[][][][] out = new int[pairs.size() + 1][layers.size()][labelSlots][measures];
        for (int p = 0; p <= pairs.size(); p++) {
            String group = p < pairs.size() ? pairs.get(p) : Measurement.ALL;
            for (int l = 0; l < layers.size(); l++) {
                Layer layer = layers.get(l);
                for (int j = 0; j < labelSlots; j++) {
                    Arrays.fill(out[p][l][j], -1);
                    if (j > layer.labels().size()) {
                        continue;
                    }
                    String label =
                            j == 0 ? Measurement.ALL : layer.labels().get(j - 1).name();
                    out[p][l][j][0] = index.row(layer.name(), label, Measurement.F1_EXACT, group);
                    out[p][l][j][1] = index.row(layer.name(), label, Measurement.F1_OVERLAP, group);
                    out[p][l][j][2] = index.row(layer.name(), label, Measurement.ARGUMENT_F1, group);
                    List<String> roles = oneTargetRoles.get(l);
                    for (int r = 0; r < roles.size(); r++) {
                        out[p][l][j][3 + r] =
                                index.row(layer.name(), label, roles.get(r) + Measurement.ROLE_AGREEMENT_SUFFIX, group);
                        if (chained.get(l)[r]) {
                            out[p][l][j][3 + maxRoles + r] =
                                    index.row(layer.name(), label, roles.get(r) + Measurement.IDENTITY_SUFFIX, group);
                        }
                    }
                }
            }
        }
        return out;
    }

    private List<String> pairNames() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++) {
                out.add(Measurement.pair(annotators.get(i), annotators.get(j)));
            }
        }
        return out;
    }

    private int at(int layer, int label, int field) {
        return (layer * labelSlots + label) * fields + field;
    }

    private long[][] article(String doc) {
        long[][] out = new long[annotators.size() * (annotators.size() - 1) / 2][];
        int p = 0;
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++, p++) {
                var a = corpus.set(doc, annotators.get(i));
                var b = corpus.set(doc, annotators.get(j));
                if (a.isPresent() && b.isPresent()) {
                    out[p] = pairCounts(doc, annotators.get(i), annotators.get(j), a.get(), b.get());
                }
            }
        }
        return out;
    }

    /** The counts of two annotators on one article, as SpanAgreement counts them. */
    private long[] pairCounts(
            String doc, String firstName, String secondName, AnnotationSet first, AnnotationSet second) {
        long[] c = new long[layers.size() * labelSlots * fields];
        // Link targets may lie in a layer not chosen: the overlap matching of every layer.
        Map<String, String> targets = new HashMap<>();
        Map<String, Map<String, List<SpanMatching.Match>>> matched = new HashMap<>();
        for (Layer layer : corpus.schema().layers()) {
            Map<String, List<SpanMatching.Match>> byLabel = new HashMap<>();
            for (SpanMatching.Match m : SpanMatching.overlapMatches(
                    corpus.spans(doc, firstName, layer.name()), corpus.spans(doc, secondName, layer.name()))) {
                targets.put(m.first().id(), m.second().id());
                byLabel.computeIfAbsent(m.first().label(), k -> new ArrayList<>())
                        .add(m);
            }
            matched.put(layer.name(), byLabel);
        }
        Links links = new Links(
                targets,
                first,
                second,
                anyChained ? LinkAgreement.entityMentions(first) : Map.of(),
                anyChained ? LinkAgreement.entityMentions(second) : Map.of());
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            Map<String, List<Annotation>> a = byLabel(corpus.spans(doc, firstName, layer.name()));
            Map<String, List<Annotation>> b = byLabel(corpus.spans(doc, secondName, layer.name()));
            List<Label> labels = layer.labels();
            for (int j = 1; j <= labels.size(); j++) {
                String label = labels.get(j - 1).name();
                List<Annotation> la = a.getOrDefault(label, List.of());
                List<Annotation> lb = b.getOrDefault(label, List.of());
                if (la.isEmpty() && lb.isEmpty()) {
                    continue;
                }
                long[] v = labelCounts(l, la, lb, matched.get(layer.name()).getOrDefault(label, List.of()), links);
                for (int f = 0; f < fields; f++) {
                    c[at(l, j, f)] += v[f];
                    c[at(l, 0, f)] += v[f];
                }
            }
        }
        return c;
    }

    /** What links are judged against on one article: the overlap matching of all spans, the sets, the entities. */
    private record Links(
            Map<String, String> targets,
            AnnotationSet first,
            AnnotationSet second,
            Map<String, Set<String>> firstEntities,
            Map<String, Set<String>> secondEntities) {}

    /** The counts of one label of one layer: matches, spans, each one-target role, arguments. */
    private long[] labelCounts(
            int layer, List<Annotation> la, List<Annotation> lb, List<SpanMatching.Match> lm, Links links) {
        long[] v = new long[fields];
        v[EXACT] = SpanMatching.exactMatches(la, lb);
        v[OVERLAP] = lm.size();
        v[FIRST] = la.size();
        v[SECOND] = lb.size();
        List<String> roles = oneTargetRoles.get(layer);
        for (int r = 0; r < roles.size(); r++) {
            LinkAgreement link = new LinkAgreement();
            link.add(lm, roles.get(r), links.targets(), links.first(), links.second());
            v[ROLES + 2 * r] = link.agreeing();
            v[ROLES + 2 * r + 1] = link.units();
            if (chained.get(layer)[r]) {
                v[ROLES + 2 * maxRoles + 2 * r] = LinkAgreement.agreeingByIdentity(
                        lm, roles.get(r), links.targets(), links.firstEntities(), links.secondEntities());
                v[ROLES + 2 * maxRoles + 2 * r + 1] = lm.size();
            }
        }
        if (!manyTargetRoles.get(layer).isEmpty()) {
            ArgumentF1 arguments = new ArgumentF1();
            arguments.add(lm, manyTargetRoles.get(layer), links.targets());
            v[ARGUMENT_MATCHES] = arguments.matches();
            v[ARGUMENTS] = arguments.units();
        }
        return v;
    }

    private static Map<String, List<Annotation>> byLabel(List<Annotation> spans) {
        Map<String, List<Annotation>> out = new HashMap<>();
        for (Annotation a : spans) {
            out.computeIfAbsent(a.label(), k -> new ArrayList<>()).add(a);
        }
        return out;
    }

    @Override
    public void evaluate(int[] weights, double[] out) {
        int pairs = annotators.size() * (annotators.size() - 1) / 2;
        if (pairs == 0 || layers.isEmpty()) {
            return;
        }
        long[][] totals = new long[pairs][];
        for (int p = 0; p < pairs; p++) {
            totals[p] = counts[p].weightedSum(weights);
        }
        int measures = rows[0][0][0].length;
        double[] values = new double[pairs];
        for (int l = 0; l < layers.size(); l++) {
            for (int j = 0; j <= layers.get(l).labels().size(); j++) {
                for (int m = 0; m < measures; m++) {
                    for (int p = 0; p < pairs; p++) {
                        values[p] = value(totals[p], l, j, m);
                        RowIndex.put(out, rows[p][l][j][m], values[p]);
                    }
                    RowIndex.put(out, rows[pairs][l][j][m], TokenReplicates.meanOfDefined(values));
                }
            }
        }
    }

    /** One measure from added-up counts, NaN where it is undefined (no spans, pairs or arguments). */
    private double value(long[] t, int layer, int label, int measure) {
        switch (measure) {
            case 0, 1 -> {
                long units = t[at(layer, label, FIRST)] + t[at(layer, label, SECOND)];
                long matches = t[at(layer, label, measure == 0 ? EXACT : OVERLAP)];
                return units == 0 ? Double.NaN : 2.0 * matches / units;
            }
            case 2 -> {
                long units = t[at(layer, label, ARGUMENTS)];
                return units == 0 ? Double.NaN : 2.0 * t[at(layer, label, ARGUMENT_MATCHES)] / units;
            }
            default -> {
                boolean identity = measure >= 3 + maxRoles;
                int r = measure - 3 - (identity ? maxRoles : 0);
                if (r >= oneTargetRoles.get(layer).size()) {
                    return Double.NaN;
                }
                int first = ROLES + (identity ? 2 * maxRoles : 0) + 2 * r;
                long matched = t[at(layer, label, first + 1)];
                return matched == 0 ? Double.NaN : t[at(layer, label, first)] / (double) matched;
            }
        }
    }
}
