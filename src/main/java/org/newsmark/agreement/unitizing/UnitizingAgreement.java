package org.newsmark.agreement.unitizing;

import java.util.ArrayList;
import java.util.List;

import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.Coverage;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.Score;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;

/**
 * Krippendorff's αU of one layer, each label a category. For the corpus, the continuum is the
 * articles that every chosen annotator has, concatenated in document id order, and every chosen
 * annotator is a rater; for an article, the continuum is the article and the raters are the
 * annotators who have a file for it. An annotator's overlapping spans of one label are merged.
 */
public final class UnitizingAgreement {
    private final AnnotatedCorpus corpus;
    private final Layer layer;
    private final boolean byDoc;
    private final List<Measurement> out;
    private final List<String> labels;

    public UnitizingAgreement(AnnotatedCorpus corpus, Layer layer, boolean byDoc, List<Measurement> out) {
        this.corpus = corpus;
        this.layer = layer;
        this.byDoc = byDoc;
        this.out = out;
        this.labels = layer.labels().stream().map(Label::name).toList();
    }

    public void measure() {
        List<String> annotators = corpus.annotators();
        List<Article> complete = new ArrayList<>();
        for (Article a : corpus.articles()) {
            if (!annotators.isEmpty() && corpus.present(a.id()).size() == annotators.size()) {
                complete.add(a);
            }
        }
        if (byDoc) {
            corpus.articles().parallelStream().map(this::article).toList().forEach(out::addAll);
        }
        if (annotators.size() < 2) {
            undefined(out, Measurement.ALL, "needs at least two annotators");
            return;
        }
        if (complete.isEmpty()) {
            undefined(out, Measurement.ALL, "no article that every chosen annotator annotated");
            return;
        }
        long length = 0;
        for (Article a : complete) {
            length += a.length();
        }
        DefaultUnitizingStudy study = new DefaultUnitizingStudy(annotators, 0, length);
        long offset = 0;
        for (Article a : complete) {
            for (int r = 0; r < annotators.size(); r++) {
                addUnits(study, offset, r, corpus.spans(a.id(), annotators.get(r), layer.name()));
            }
            offset += a.length();
        }
        emit(
                out,
                study,
                Measurement.ALL,
                "continuum of " + length + " code points in " + Coverage.articles(complete.size()));
    }

    private List<Measurement> article(Article article) {
        List<Measurement> rows = new ArrayList<>();
        List<String> present = corpus.present(article.id());
        if (present.size() < 2) {
            undefined(
                    rows,
                    article.id(),
                    corpus.annotators().size() < 2
                            ? "needs at least two annotators"
                            : "fewer than two annotators have a file for this article");
            return rows;
        }
        DefaultUnitizingStudy study = new DefaultUnitizingStudy(present, 0, article.length());
        for (int r = 0; r < present.size(); r++) {
            addUnits(study, 0, r, corpus.spans(article.id(), present.get(r), layer.name()));
        }
        List<String> missing =
                corpus.annotators().stream().filter(a -> !present.contains(a)).toList();
        emit(
                rows,
                study,
                article.id(),
                missing.isEmpty() ? "" : "without " + String.join(", ", missing) + " (no file)");
        return rows;
    }

    private static void addUnits(DefaultUnitizingStudy study, long offset, int rater, List<Annotation> spans) {
        for (Annotation a : spans) {
            study.addUnit(offset + a.start(), a.length(), rater, a.label());
        }
    }

    private void emit(List<Measurement> rows, DefaultUnitizingStudy study, String doc, String note) {
        KrippendorffUnitizingAlpha alpha = new KrippendorffUnitizingAlpha(study);
        Score pooled = alpha.agreement();
        if (!pooled.defined() && pooled.undefinedReason().equals("no units")) {
            pooled = Score.undefined("no span in this layer");
        }
        rows.add(row(Measurement.ALL, doc, pooled, alpha.units(), join(note, merged(study.mergedCount()))));
        for (String label : labels) {
            Score score = alpha.categoryAgreement(label);
            if (!score.defined() && score.undefinedReason().equals("no units")) {
                score = Score.undefined("no span of this label");
            }
            rows.add(row(label, doc, score, alpha.units(label), join(note, merged(study.mergedCount(label)))));
        }
    }

    private static String merged(int count) {
        return count == 0 ? "" : count + " overlapping spans of one annotator and label merged";
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }

    private void undefined(List<Measurement> rows, String doc, String reason) {
        Score none = Score.undefined(reason);
        rows.add(row(Measurement.ALL, doc, none, 0, ""));
        for (String label : labels) {
            rows.add(row(label, doc, none, 0, ""));
        }
    }

    private Measurement row(String label, String doc, Score score, long units, String note) {
        return new Measurement(
                layer.name(),
                label,
                Measurement.UNITIZING_ALPHA,
                Measurement.ALL,
                doc,
                score,
                units,
                score.defined() ? note : score.undefinedReason());
    }
}
