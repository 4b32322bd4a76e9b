package org.newsmark.agreement.span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.Coverage;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.PairMean;
import org.newsmark.agreement.Score;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.EntityChains;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.LinkRole;

/**
 * The span-level and link measures of the chosen layers, per pair of annotators over the articles
 * both annotated, and their mean over pairs: F1 with exact and with overlap matching, agreement on
 * each role that takes one target ({@code speaker_agreement}) and F1 of the arguments (roles that
 * take many targets) of matched spans. The matching by overlap of an article is computed once for
 * all layers, and links are judged against it.
 */
public final class SpanAgreement {
    private final AnnotatedCorpus corpus;
    private final List<Layer> layers;
    private final boolean byDoc;
    private final List<Measurement> out;
    private final List<String> annotators;

    /** The counts of one pair for one layer and label ({@code *} included). */
    private static final class Counts {
        final SpanF1 exact = SpanF1.of(0, 0, 0);
        final SpanF1 overlap = SpanF1.of(0, 0, 0);
        final Map<String, LinkAgreement> roles = new HashMap<>();
        final Map<String, LinkAgreement> identities = new HashMap<>();
        final ArgumentF1 arguments = new ArgumentF1();

        void add(Counts other) {
            exact.add(other.exact);
            overlap.add(other.overlap);
            other.roles.forEach(
                    (r, l) -> roles.computeIfAbsent(r, k -> new LinkAgreement()).add(l));
            other.identities.forEach((r, l) ->
                    identities.computeIfAbsent(r, k -> new LinkAgreement()).add(l));
            arguments.add(other.arguments);
        }
    }

    public SpanAgreement(AnnotatedCorpus corpus, List<Layer> layers, boolean byDoc, List<Measurement> out) {
        this.corpus = corpus;
        this.layers = layers;
        this.byDoc = byDoc;
        this.out = out;
        this.annotators = corpus.annotators();
    }

    /** The counts of every pair on one article (null for a pair that does not both have it), and why not. */
    private record ArticleCounts(String doc, List<Map<String, Map<String, Counts>>> pairs, List<String> missing) {}

    public void measure() {
        int pairs = annotators.size() * (annotators.size() - 1) / 2;
        // counts[pair] : layer -> label -> counts; null for a pair without a shared article.
        List<Map<String, Map<String, Counts>>> total = new ArrayList<>();
        long[] shared = new long[pairs];
        for (int p = 0; p < pairs; p++) {
            total.add(empty());
        }
        List<ArticleCounts> perArticle =
                corpus.articles().parallelStream().map(this::article).toList();
        for (ArticleCounts article : perArticle) {
            for (int p = 0; p < pairs; p++) {
                if (article.pairs().get(p) != null) {
                    add(total.get(p), article.pairs().get(p));
                    shared[p]++;
                }
            }
            if (byDoc) {
                emit(article.doc(), article.pairs(), article.missing(), null);
            }
        }
        List<String> missing = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            if (shared[p] == 0) {
                total.set(p, null);
                missing.add("no article that both annotated");
            } else {
                missing.add(null);
            }
        }
        emit(Measurement.ALL, total, missing, shared);
    }

    private ArticleCounts article(Article article) {
        List<Map<String, Map<String, Counts>>> scope = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++) {
                var a = corpus.set(article.id(), annotators.get(i));
                var b = corpus.set(article.id(), annotators.get(j));
                if (a.isEmpty() || b.isEmpty()) {
                    scope.add(null);
                    List<String> gone = new ArrayList<>();
                    if (a.isEmpty()) {
                        gone.add(annotators.get(i));
                    }
                    if (b.isEmpty()) {
                        gone.add(annotators.get(j));
                    }
                    missing.add(Coverage.missing(gone));
                    continue;
                }
                scope.add(pairCounts(article.id(), annotators.get(i), annotators.get(j), a.get(), b.get()));
                missing.add(null);
            }
        }
        return new ArticleCounts(article.id(), scope, missing);
    }

    private Map<String, Map<String, Counts>> empty() {
        Map<String, Map<String, Counts>> m = new HashMap<>();
        for (Layer layer : layers) {
            Map<String, Counts> perLabel = new HashMap<>();
            perLabel.put(Measurement.ALL, new Counts());
            for (Label label : layer.labels()) {
                perLabel.put(label.name(), new Counts());
            }
            m.put(layer.name(), perLabel);
        }
        return m;
    }

    private static void add(Map<String, Map<String, Counts>> into, Map<String, Map<String, Counts>> counts) {
        counts.forEach((layer, perLabel) ->
                perLabel.forEach((label, c) -> into.get(layer).get(label).add(c)));
    }

    /** The counts of two annotators on one article, for every chosen layer and label. */
    private Map<String, Map<String, Counts>> pairCounts(
            String doc, String firstName, String secondName, AnnotationSet first, AnnotationSet second) {
        Map<String, Map<String, Counts>> counts = empty();
        // The matching by overlap of every layer (link targets may lie in a layer not chosen), by label.
        Map<String, Map<String, List<SpanMatching.Match>>> matched = new HashMap<>();
        Map<String, Map<String, List<Annotation>>> firstSpans = new HashMap<>();
        Map<String, Map<String, List<Annotation>>> secondSpans = new HashMap<>();
        Map<String, String> targets = new HashMap<>();
        for (Layer layer : corpus.schema().layers()) {
            Map<String, List<Annotation>> a = byLabel(corpus.spans(doc, firstName, layer.name()));
            Map<String, List<Annotation>> b = byLabel(corpus.spans(doc, secondName, layer.name()));
            Map<String, List<SpanMatching.Match>> perLabel = new HashMap<>();
            for (Map.Entry<String, List<Annotation>> e : a.entrySet()) {
                List<Annotation> other = b.get(e.getKey());
                if (other != null) {
                    List<SpanMatching.Match> m = SpanMatching.overlapSameLabel(e.getValue(), other);
                    perLabel.put(e.getKey(), m);
                    for (SpanMatching.Match match : m) {
                        targets.put(match.first().id(), match.second().id());
                    }
                }
            }
            matched.put(layer.name(), perLabel);
            firstSpans.put(layer.name(), a);
            secondSpans.put(layer.name(), b);
        }
        Map<String, Set<String>> firstEntities = LinkAgreement.entityMentions(first);
        Map<String, Set<String>> secondEntities = LinkAgreement.entityMentions(second);
        for (Layer layer : layers) {
            Map<String, List<Annotation>> a = firstSpans.get(layer.name());
            Map<String, List<Annotation>> b = secondSpans.get(layer.name());
            Set<String> manyRoles = new LinkedHashSet<>();
            for (LinkRole role : layer.roles()) {
                if (role.many()) {
                    manyRoles.add(role.name());
                }
            }
            Map<String, Counts> perLabel = counts.get(layer.name());
            Counts all = perLabel.get(Measurement.ALL);
            for (Label label : layer.labels()) {
                List<Annotation> la = a.getOrDefault(label.name(), List.of());
                List<Annotation> lb = b.getOrDefault(label.name(), List.of());
                if (la.isEmpty() && lb.isEmpty()) {
                    continue;
                }
                List<SpanMatching.Match> lm = matched.get(layer.name()).getOrDefault(label.name(), List.of());
                Counts c = perLabel.get(label.name());
                c.exact.add(SpanMatching.sameBounds(la, lb), la.size(), lb.size());
                c.overlap.add(lm.size(), la.size(), lb.size());
                for (LinkRole role : layer.roles()) {
                    if (!role.many() && !isCoref(role)) {
                        c.roles
                                .computeIfAbsent(role.name(), k -> new LinkAgreement())
                                .add(lm, role.name(), targets, first, second);
                        if (chained(role)) {
                            c.identities
                                    .computeIfAbsent(role.name(), k -> new LinkAgreement())
                                    .addByIdentity(lm, role.name(), targets, firstEntities, secondEntities);
                        }
                    }
                }
                if (!manyRoles.isEmpty()) {
                    c.arguments.add(lm, manyRoles, targets);
                }
                all.add(c);
            }
        }
        return counts;
    }

    /** The role of a mention to an earlier one of its entity: measured as coreference, not as a link. */
    private static boolean isCoref(LinkRole role) {
        return role.name().equals(EntityChains.ROLE);
    }

    /** Whether the targets of a role form chains, so that agreement by identity means something. */
    private boolean chained(LinkRole role) {
        return corpus.schema()
                .layer(role.targetLayer())
                .flatMap(l -> l.role(EntityChains.ROLE))
                .map(r -> r.targetLayer().equals(role.targetLayer()))
                .orElse(false);
    }

    private static Map<String, List<Annotation>> byLabel(List<Annotation> spans) {
        Map<String, List<Annotation>> out = new HashMap<>();
        for (Annotation a : spans) {
            out.computeIfAbsent(a.label(), k -> new ArrayList<>()).add(a);
        }
        return out;
    }

    private void emit(String doc, List<Map<String, Map<String, Counts>>> pairs, List<String> missing, long[] shared) {
        for (Layer layer : layers) {
            List<String> labels = new ArrayList<>();
            labels.add(Measurement.ALL);
            layer.labels().forEach(l -> labels.add(l.name()));
            for (String label : labels) {
                emitMeasure(doc, layer, label, Measurement.F1_EXACT, pairs, missing, shared);
                emitMeasure(doc, layer, label, Measurement.F1_OVERLAP, pairs, missing, shared);
                boolean arguments = false;
                for (LinkRole role : layer.roles()) {
                    if (role.many()) {
                        arguments = true;
                    } else if (!isCoref(role)) {
                        emitMeasure(
                                doc,
                                layer,
                                label,
                                role.name() + Measurement.ROLE_AGREEMENT_SUFFIX,
                                pairs,
                                missing,
                                shared);
                        if (chained(role)) {
                            emitMeasure(
                                    doc,
                                    layer,
                                    label,
                                    role.name() + Measurement.IDENTITY_SUFFIX,
                                    pairs,
                                    missing,
                                    shared);
                        }
                    }
                }
                if (arguments) {
                    emitMeasure(doc, layer, label, Measurement.ARGUMENT_F1, pairs, missing, shared);
                }
            }
        }
    }

    private void emitMeasure(
            String doc,
            Layer layer,
            String label,
            String measure,
            List<Map<String, Map<String, Counts>>> pairs,
            List<String> missing,
            long[] shared) {
        List<Measurement> rows = new ArrayList<>();
        int p = 0;
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++, p++) {
                String pair = Measurement.pair(annotators.get(i), annotators.get(j));
                Measurement row;
                if (pairs.get(p) == null) {
                    Score none = Score.undefined(missing.get(p));
                    row = new Measurement(layer.name(), label, measure, pair, doc, none, 0, none.undefinedReason());
                } else {
                    Counts c = pairs.get(p).get(layer.name()).get(label);
                    Score score;
                    long units;
                    if (measure.equals(Measurement.F1_EXACT) || measure.equals(Measurement.F1_OVERLAP)) {
                        SpanF1 f = measure.equals(Measurement.F1_EXACT) ? c.exact : c.overlap;
                        score = f.score(
                                label.equals(Measurement.ALL) ? "no span in this layer" : "no span of this label");
                        units = f.units();
                    } else if (measure.equals(Measurement.ARGUMENT_F1)) {
                        score = c.arguments.score("no argument of a matched " + layer.name() + " span");
                        units = c.arguments.units();
                    } else if (measure.endsWith(Measurement.IDENTITY_SUFFIX)) {
                        String role = measure.substring(0, measure.length() - Measurement.IDENTITY_SUFFIX.length());
                        LinkAgreement l = c.identities.getOrDefault(role, new LinkAgreement());
                        score = l.score("no matched pair of " + layer.name() + " spans");
                        units = l.units();
                    } else {
                        String role =
                                measure.substring(0, measure.length() - Measurement.ROLE_AGREEMENT_SUFFIX.length());
                        LinkAgreement l = c.roles.getOrDefault(role, new LinkAgreement());
                        score = l.score("no matched pair of " + layer.name() + " spans");
                        units = l.units();
                    }
                    String note = shared == null || !score.defined() ? "" : Coverage.articles(shared[p]);
                    row = new Measurement(
                            layer.name(),
                            label,
                            measure,
                            pair,
                            doc,
                            score,
                            units,
                            score.defined() ? note : score.undefinedReason());
                }
                rows.add(row);
            }
        }
        out.addAll(rows);
        out.add(PairMean.of(rows, layer.name(), label, measure, doc, annotators.size()));
    }
}
