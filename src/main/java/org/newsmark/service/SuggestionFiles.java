package org.newsmark.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsmark.io.ProjectFolder;
import org.newsmark.model.AnnotationRules;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.FormatException;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;
import org.newsmark.model.Violation;
import org.newsmark.suggest.Suggestion;
import org.newsmark.suggest.SuggestionBatch;

/**
 * Suggestions written as an annotator's files ({@code newsmark suggest}), so that a lead can review
 * them, pre-fill an annotator's work or measure them: each chosen article's suggestions, of the
 * chosen layers with the mentions they link to, accepted into an empty set (every annotation with
 * {@code source=suggest}), checked by the rules of {@code validate} and saved atomically. An
 * existing file is never replaced unless asked.
 */
public final class SuggestionFiles {
    /** Whose files, which articles (empty: all without a file of the annotator), which layers (empty: all). */
    public record Request(String annotator, List<String> docs, List<String> layers, boolean force) {
        public Request {
            docs = List.copyOf(docs);
            layers = List.copyOf(layers);
        }
    }

    /** One file written: its article, path as shown, and the number of annotations per layer. */
    public record Written(String doc, String file, Map<String, Integer> perLayer) {
        public int annotations() {
            return perLayer.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** What was written, or the existing files that kept anything from being written; and the model used. */
    public record Result(List<Written> written, List<String> existing, SuggestionService.Model model) {
        public Result {
            written = List.copyOf(written);
            existing = List.copyOf(existing);
        }
    }

    private final SuggestionService service;

    public SuggestionFiles(SuggestionService service) {
        this.service = service;
    }

    /**
     * Suggests and writes. Nothing is written when a chosen article already has a file of the
     * annotator and {@code force} is false (the result then names those files).
     *
     * @throws AgreementService.BadRequestException for a bad annotator name, {@code gold}, an unknown article or layer
     * @throws FormatException                      when the settings file, the schema or an article has problems
     */
    public Result write(Request request) throws IOException, FormatException {
        ProjectFolder project = service.project();
        String annotator = request.annotator();
        String nameProblem = Names.annotatorProblem(annotator);
        if (nameProblem != null || annotator.equals(Names.GOLD)) {
            throw new AgreementService.BadRequestException(
                    nameProblem != null
                            ? "bad annotator name: " + nameProblem
                            : "suggestions are written as an annotator's files, not as gold");
        }
        Schema schema = project.readSchema();
        SuggestionService.Settings settings = service.settings();
        if (!settings.problems().isEmpty()) {
            throw new FormatException(settings.problems());
        }
        for (String layer : request.layers()) {
            if (schema.layer(layer).isEmpty()) {
                throw new AgreementService.BadRequestException(
                        "no layer " + layer + " (the schema has " + String.join(", ", schema.layerNames()) + ")");
            }
        }
        List<String> docs = docs(project, request);
        List<String> existing = docs.stream()
                .filter(d -> project.hasAnnotations(annotator, d))
                .map(d -> project.shown(project.annotationFile(annotator, d)))
                .toList();
        if (!existing.isEmpty() && !request.force()) {
            return new Result(List.of(), existing, null);
        }
        SuggestionService.Model model = SuggestionService.await(service.model(annotator));
        List<AnnotationSet> sets = new ArrayList<>();
        List<Written> written = new ArrayList<>();
        for (String doc : docs) {
            List<Problem> problems = new ArrayList<>();
            Article article =
                    AnnotationFiles.article(project, doc, problems).orElseThrow(() -> new FormatException(problems));
            AnnotationSet set = suggested(model, article, annotator, request.layers());
            List<Violation> violations = AnnotationRules.check(article, schema, set.annotations());
            if (!violations.isEmpty()) {
                throw new IllegalStateException("the suggestions for " + doc + " break a rule: "
                        + violations.get(0).message());
            }
            sets.add(set);
            Map<String, Integer> perLayer = new LinkedHashMap<>();
            for (String layer : schema.layerNames()) {
                perLayer.put(layer, set.inLayer(layer).size());
            }
            written.add(new Written(doc, project.shown(project.annotationFile(annotator, doc)), perLayer));
        }
        project.writeAll(sets);
        return new Result(written, List.of(), model);
    }

    /** The suggestions of the chosen layers (all when none are chosen), with what they link to, in an empty set. */
    static AnnotationSet suggested(
            SuggestionService.Model model, Article article, String annotator, List<String> layers) {
        AnnotationSet empty = AnnotationSet.empty(article.id(), annotator);
        SuggestionBatch batch = model.suggester().suggest(article, empty, model.schema());
        List<String> keys = batch.suggestions().stream()
                .filter(s -> layers.isEmpty() || layers.contains(s.layer()))
                .map(Suggestion::key)
                .toList();
        return batch.accept(keys, model.schema()).apply(empty);
    }

    private static List<String> docs(ProjectFolder project, Request request) throws IOException {
        List<String> all = project.articleIds();
        if (request.docs().isEmpty()) {
            return all.stream()
                    .filter(d -> !project.hasAnnotations(request.annotator(), d))
                    .toList();
        }
        List<String> out = new ArrayList<>();
        for (String doc : request.docs()) {
            if (!all.contains(doc)) {
                throw new AgreementService.BadRequestException("no article " + doc + " (articles/" + doc + ".txt)");
            }
            if (!out.contains(doc)) {
                out.add(doc);
            }
        }
        return out;
    }
}
