package org.newsmark.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsmark.model.Article;
import org.newsmark.model.Layer;
import org.newsmark.model.Names;
import org.newsmark.service.AgreementService;
import org.newsmark.service.ScoringService;
import org.newsmark.service.Workspace;
import org.newsmark.training.ErrorKind;
import org.newsmark.training.LabelCounts;
import org.newsmark.training.Scorecard;
import org.newsmark.training.TrainingError;

/** Training mode's check: the trainee's article scored against gold, as findings and a score card. */
final class TrainingFeedback {
    /** The differences, in text order, and the score card as one line of HTML. */
    record Result(List<Finding> findings, String scoreCard) {}

    /** There is nothing to compare with (no gold for this article), or the files have problems. */
    static final class NoReferenceException extends Exception {
        NoReferenceException(String message) {
            super(message);
        }
    }

    private TrainingFeedback() {}

    static Result check(Workspace workspace, Article article) throws NoReferenceException {
        if (!workspace.hasAnnotations(Names.GOLD, article.id())) {
            throw new NoReferenceException("There is no gold standard for " + article.id() + " (gold/" + article.id()
                    + ".csv): nothing to check against.");
        }
        ScoringService.Result r;
        try {
            r = workspace.scoring().score(workspace.annotator(), Names.GOLD, article.id());
        } catch (IOException | AgreementService.BadRequestException e) {
            throw new NoReferenceException("Cannot score: " + e.getMessage());
        }
        if (r.scorecard().isEmpty()) {
            throw new NoReferenceException("Cannot score, the files have problems:\n"
                    + String.join(
                            "\n",
                            r.problems().stream()
                                    .map(Object::toString)
                                    .limit(10)
                                    .toList()));
        }
        Scorecard card = r.scorecard().get();
        List<Finding> findings = new ArrayList<>();
        for (TrainingError e : card.errors()) {
            String why = e.message() + (e.hint().isEmpty() ? "" : " — " + e.hint());
            findings.add(new Finding(e.start(), e.end(), kind(e.kind()), why, e.guideline()));
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        StringBuilder b = new StringBuilder("<html><b>Score against gold</b> (overlap F1 / exact F1): ");
        for (Layer layer : workspace.schema().layers()) {
            card.total(layer.name(), "*")
                    .ifPresent(c -> b.append("&nbsp; ")
                            .append(Layers.plural(layer.name()))
                            .append(' ')
                            .append(pct(c, false))
                            .append(" / ")
                            .append(pct(c, true)));
        }
        b.append("&nbsp; · speakers ")
                .append(
                        card.speakerAccuracy().defined()
                                ? String.format(
                                        "%.0f%%", 100 * card.speakerAccuracy().value())
                                : "–");
        b.append("&nbsp; · arguments F1 ")
                .append(
                        card.argumentF1().defined()
                                ? String.format(
                                        "%.0f%%", 100 * card.argumentF1().value())
                                : "–");
        b.append("&nbsp; · ")
                .append(findings.size())
                .append(" difference(s); double-click a row for its guideline</html>");
        return new Result(findings, b.toString());
    }

    private static String pct(LabelCounts c, boolean exact) {
        return c.f1(exact).defined() ? String.format("%.0f%%", 100 * c.f1(exact).value()) : "–";
    }

    static Finding.Kind kind(ErrorKind k) {
        return switch (k) {
            case MISSED -> Finding.Kind.MISSED;
            case SPURIOUS -> Finding.Kind.SPURIOUS;
            case WRONG_LABEL -> Finding.Kind.LABEL;
            case BOUNDARY_TOO_WIDE, BOUNDARY_TOO_NARROW, BOUNDARY_SHIFTED -> Finding.Kind.BOUNDARY;
            default -> Finding.Kind.LINK;
        };
    }
}
