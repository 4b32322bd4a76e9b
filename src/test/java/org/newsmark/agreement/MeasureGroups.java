package org.newsmark.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.newsmark.agreement.coding.TokenAgreement;
import org.newsmark.agreement.span.SpanAgreement;
import org.newsmark.agreement.unitizing.UnitizingAgreement;
import org.newsmark.model.Article;
import org.newsmark.model.Layer;
import org.newsmark.model.WordTokenizer;

/**
 * The three groups of measures that {@link AgreementCalculator} runs, one at a time, for the
 * benchmarks: the token measures (tokenizing, labelling every token, then observed agreement,
 * Cohen's and Fleiss' kappa and Krippendorff's alpha from the same counts, in one pass), αU, and
 * the span measures (F1 exact and by overlap, link agreement). Each returns how many values it made.
 */
public final class MeasureGroups {
    private MeasureGroups() {}

    public static int tokenMeasures(AnnotatedCorpus corpus) {
        Map<String, int[]> tokens = corpus.articles().parallelStream()
                .collect(Collectors.toMap(Article::id, a -> WordTokenizer.bounds(a.text())));
        List<Measurement> out = new ArrayList<>();
        for (Layer layer : corpus.schema().layers()) {
            new TokenAgreement(corpus, layer, tokens, false, out).measure();
        }
        return out.size();
    }

    public static int unitizingAlpha(AnnotatedCorpus corpus) {
        List<Measurement> out = new ArrayList<>();
        for (Layer layer : corpus.schema().layers()) {
            new UnitizingAgreement(corpus, layer, false, out).measure();
        }
        return out.size();
    }

    public static int spanMeasures(AnnotatedCorpus corpus) {
        List<Measurement> out = new ArrayList<>();
        new SpanAgreement(corpus, corpus.schema().layers(), false, out).measure();
        return out.size();
    }
}
