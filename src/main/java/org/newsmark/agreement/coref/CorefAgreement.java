package org.newsmark.agreement.coref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.Coverage;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.PairMean;
import org.newsmark.agreement.Score;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.EntityChains;
import org.newsmark.model.Layer;
import org.newsmark.model.Names;

/**
 * Coreference agreement between annotators, as the CoNLL-2012 reference scorer computes it: the
 * mentions are an article's ENTITY annotations (singletons included), matched by exact span, and
 * their entities the groups their {@code coref} links make. In a pair, the annotator whose name
 * sorts first plays the key (only BLANC's special cases depend on it); gold is always the key.
 * Over several articles the counts add up, as the scorer adds up documents. Rows: layer ENTITY,
 * label {@code *}, measures {@code coref_muc}, {@code coref_b3}, {@code coref_ceafm},
 * {@code coref_ceafe}, {@code coref_blanc}, {@code coref_conll}; the value is F1, recall and
 * precision are in the note; units are the mentions of both.
 */
public final class CorefAgreement {
    public static final String MUC = "coref_muc";
    public static final String B3 = "coref_b3";
    public static final String CEAFM = "coref_ceafm";
    public static final String CEAFE = "coref_ceafe";
    public static final String BLANC = "coref_blanc";
    public static final String CONLL = "coref_conll";
    /** The measures in report order. */
    public static final List<String> MEASURES = List.of(MUC, B3, CEAFM, CEAFE, BLANC, CONLL);

    private final AnnotatedCorpus corpus;
    private final Layer layer;
    private final boolean byDoc;
    private final List<Measurement> out;

    public CorefAgreement(AnnotatedCorpus corpus, Layer layer, boolean byDoc, List<Measurement> out) {
        this.corpus = corpus;
        this.layer = layer;
        this.byDoc = byDoc;
        this.out = out;
    }

    /** Whether a layer's mentions form chains: it has the {@code coref} role to itself. */
    public static boolean applies(Layer layer) {
        return layer.role(EntityChains.ROLE)
                .map(r -> r.targetLayer().equals(layer.name()))
                .orElse(false);
    }

    public void measure() {
        List<String> annotators = corpus.annotators();
        int pairs = annotators.size() * (annotators.size() - 1) / 2;
        List<List<CorefDocument>> documents = new ArrayList<>();
        List<Integer> articles = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            documents.add(new ArrayList<>());
            articles.add(0);
        }
        for (Article article : corpus.articles()) {
            List<CorefDocument> perPair = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            int p = 0;
            for (int i = 0; i < annotators.size(); i++) {
                for (int j = i + 1; j < annotators.size(); j++, p++) {
                    CorefDocument d = document(article, annotators.get(i), annotators.get(j), missing);
                    perPair.add(d);
                    if (d != null) {
                        documents.get(p).add(d);
                        articles.set(p, articles.get(p) + 1);
                    }
                }
            }
            if (byDoc) {
                emit(
                        article.id(),
                        perPair.stream().map(d -> d == null ? null : List.of(d)).toList(),
                        missing,
                        null);
            }
        }
        List<String> missing = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            missing.add(articles.get(p) == 0 ? "no article that both annotated" : null);
        }
        emit(
                Measurement.ALL,
                documents.stream().map(d -> d.isEmpty() ? null : d).toList(),
                missing,
                articles);
    }

    /** The key and response of a pair on one article, or null (and why, in {@code missing}) without both files. */
    private CorefDocument document(Article article, String a, String b, List<String> missing) {
        boolean hasA = corpus.has(article.id(), a);
        boolean hasB = corpus.has(article.id(), b);
        if (!hasA || !hasB) {
            List<String> gone = new ArrayList<>();
            if (!hasA) {
                gone.add(a);
            }
            if (!hasB) {
                gone.add(b);
            }
            missing.add(Coverage.missing(gone));
            return null;
        }
        missing.add(null);
        return pairDocument(corpus, layer, article.id(), a, b);
    }

    /**
     * The key and response of a pair on one article that both annotated: the annotator whose name
     * sorts first is the key, unless the other is gold (only BLANC's special cases depend on it).
     */
    public static CorefDocument pairDocument(AnnotatedCorpus corpus, Layer layer, String doc, String a, String b) {
        boolean bIsKey = b.equals(Names.GOLD) || !a.equals(Names.GOLD) && b.compareTo(a) < 0;
        String key = bIsKey ? b : a;
        String response = bIsKey ? a : b;
        return new CorefDocument(
                doc,
                clusters(corpus.spans(doc, key, layer.name())),
                clusters(corpus.spans(doc, response, layer.name())));
    }

    /**
     * The entities of one annotator's mentions: mentions are spans (two annotations of the same
     * span are one mention), joined by their {@code coref} links, without recursion.
     */
    public static List<List<Mention>> clusters(List<Annotation> mentions) {
        Map<Mention, Integer> index = new TreeMap<>();
        Map<String, Mention> byId = new HashMap<>();
        for (Annotation a : mentions) {
            Mention m = new Mention(a.start(), a.end());
            index.putIfAbsent(m, index.size());
            byId.put(a.id(), m);
        }
        int[] parent = new int[index.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Annotation a : mentions) {
            for (String target : a.targets(EntityChains.ROLE)) {
                Mention t = byId.get(target);
                if (t != null) {
                    union(parent, index.get(byId.get(a.id())), index.get(t));
                }
            }
        }
        Map<Integer, List<Mention>> groups = new TreeMap<>();
        index.forEach((m, i) ->
                groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(m));
        return List.copyOf(groups.values());
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private void emit(String doc, List<List<CorefDocument>> documents, List<String> missing, List<Integer> articles) {
        List<String> annotators = corpus.annotators();
        Map<String, List<Measurement>> rows = new TreeMap<>(Comparator.comparingInt(MEASURES::indexOf));
        MEASURES.forEach(m -> rows.put(m, new ArrayList<>()));
        int p = 0;
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++, p++) {
                String pair = Measurement.pair(annotators.get(i), annotators.get(j));
                List<CorefDocument> docs = documents.get(p);
                if (docs == null) {
                    Score none = Score.undefined(missing.get(p));
                    MEASURES.forEach(m -> rows.get(m)
                            .add(new Measurement(
                                    layer.name(), Measurement.ALL, m, pair, doc, none, 0, none.undefinedReason())));
                    continue;
                }
                String coverage = articles == null ? "" : "; " + Coverage.articles(articles.get(p));
                pairRows(doc, pair, CorefScores.of(docs), mentions(docs), coverage, rows);
            }
        }
        rows.forEach((measure, pairRows) -> {
            out.addAll(pairRows);
            out.add(PairMean.of(pairRows, layer.name(), Measurement.ALL, measure, doc, annotators.size()));
        });
    }

    private static long mentions(List<CorefDocument> docs) {
        long n = 0;
        for (CorefDocument d : docs) {
            Set<Mention> all = new HashSet<>();
            d.key().forEach(all::addAll);
            d.response().forEach(all::addAll);
            n += all.size();
        }
        return n;
    }

    private void pairRows(
            String doc,
            String pair,
            CorefScores s,
            long mentions,
            String coverage,
            Map<String, List<Measurement>> rows) {
        if (mentions == 0) {
            Score none = Score.undefined("no " + layer.name() + " mention");
            MEASURES.forEach(m -> rows.get(m)
                    .add(new Measurement(
                            layer.name(), Measurement.ALL, m, pair, doc, none, 0, none.undefinedReason())));
            return;
        }
        add(
                rows,
                MUC,
                doc,
                pair,
                s.muc(),
                RecallPrecision::recall,
                RecallPrecision::precision,
                mentions,
                coverage,
                s.muc().recallDenominator() == 0 && s.muc().precisionDenominator() == 0
                        ? "no coreference link in either file"
                        : null);
        add(
                rows,
                B3,
                doc,
                pair,
                s.bCubed(),
                RecallPrecision::recall,
                RecallPrecision::precision,
                mentions,
                coverage,
                null);
        add(
                rows,
                CEAFM,
                doc,
                pair,
                s.ceafM(),
                RecallPrecision::recall,
                RecallPrecision::precision,
                mentions,
                coverage,
                null);
        add(
                rows,
                CEAFE,
                doc,
                pair,
                s.ceafE(),
                RecallPrecision::recall,
                RecallPrecision::precision,
                mentions,
                coverage,
                null);
        BlancScore b = s.blanc();
        rows.get(BLANC)
                .add(new Measurement(
                        layer.name(),
                        Measurement.ALL,
                        BLANC,
                        pair,
                        doc,
                        Score.of(b.f1()),
                        mentions,
                        note(b.recall(), b.precision()) + coverage));
        rows.get(CONLL)
                .add(new Measurement(
                        layer.name(),
                        Measurement.ALL,
                        CONLL,
                        pair,
                        doc,
                        Score.of(s.conll()),
                        mentions,
                        "mean of the F1 of MUC, B3 and CEAFe" + coverage));
    }

    private void add(
            Map<String, List<Measurement>> rows,
            String measure,
            String doc,
            String pair,
            RecallPrecision s,
            Function<RecallPrecision, Double> recall,
            Function<RecallPrecision, Double> precision,
            long mentions,
            String coverage,
            String undefined) {
        Score score = undefined == null ? Score.of(s.f1()) : Score.undefined(undefined);
        rows.get(measure)
                .add(new Measurement(
                        layer.name(),
                        Measurement.ALL,
                        measure,
                        pair,
                        doc,
                        score,
                        mentions,
                        undefined != null ? undefined : note(recall.apply(s), precision.apply(s)) + coverage));
    }

    private static String note(double recall, double precision) {
        return String.format(Locale.ROOT, "recall %.6f, precision %.6f", recall, precision);
    }
}
