package org.newsmark.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.StatusFile;
import org.newsmark.model.FormatException;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;

/**
 * Where every annotator stands on every article: status, number of annotations, and per layer
 * the mean Cohen's kappa with the other annotators and the overlap F1 against gold.
 */
public final class ProgressService {

    /** One annotator on one article; agreement values are empty where undefined or not measured. */
    public record Row(
            String annotator,
            String doc,
            Workspace.Status status,
            int annotations,
            Map<String, OptionalDouble> kappaWithOthers,
            Map<String, OptionalDouble> f1WithGold) {}

    /** The rows, the layers they have values for, and the file problems that kept agreement from being measured. */
    public record Progress(List<String> layers, List<Row> rows, List<Problem> problems) {}

    private final ProjectFolder project;

    public ProgressService(ProjectFolder project) {
        this.project = project;
    }

    public Progress compute() throws IOException, FormatException {
        Schema schema = project.readSchema();
        List<String> annotators = project.annotators();
        List<String> docs = project.articleIds();
        List<String> measured = new ArrayList<>(annotators);
        if (project.hasGold()) {
            measured.add(Names.GOLD);
        }
        AgreementService.Result result =
                new AgreementService(project).run(new AgreementService.Request(measured, List.of(), List.of(), true));
        Optional<Map<String, Measurement>> report = result.report().map(ProgressService::index);
        List<Row> rows = new ArrayList<>();
        for (String annotator : annotators) {
            Map<String, String> status = StatusFile.read(project, annotator);
            for (String doc : docs) {
                boolean exists = project.hasAnnotations(annotator, doc);
                int count = 0;
                if (exists) {
                    try {
                        count = project.readAnnotationRows(annotator, doc)
                                .annotations()
                                .size();
                    } catch (FormatException e) {
                        count = 0;
                    }
                }
                Workspace.Status s = StatusFile.DONE.equals(status.get(doc))
                        ? Workspace.Status.DONE
                        : exists ? Workspace.Status.IN_PROGRESS : Workspace.Status.NOT_STARTED;
                Map<String, OptionalDouble> kappa = new LinkedHashMap<>();
                Map<String, OptionalDouble> f1 = new LinkedHashMap<>();
                for (String layer : schema.layerNames()) {
                    kappa.put(
                            layer,
                            report.map(r -> meanWithOthers(r, annotators, annotator, layer, doc))
                                    .orElse(OptionalDouble.empty()));
                    f1.put(
                            layer,
                            report.map(r -> value(
                                            r,
                                            layer,
                                            Measurement.F1_OVERLAP,
                                            Measurement.pair(annotator, Names.GOLD),
                                            doc))
                                    .orElse(OptionalDouble.empty()));
                }
                rows.add(new Row(annotator, doc, s, count, kappa, f1));
            }
        }
        return new Progress(schema.layerNames(), rows, result.problems());
    }

    private static Map<String, Measurement> index(AgreementReport report) {
        Map<String, Measurement> out = new HashMap<>();
        for (Measurement m : report.measurements()) {
            out.put(key(m.layer(), m.label(), m.measure(), m.annotators(), m.doc()), m);
        }
        return out;
    }

    private static String key(String layer, String label, String measure, String annotators, String doc) {
        return layer + '\0' + label + '\0' + measure + '\0' + annotators + '\0' + doc;
    }

    private static OptionalDouble meanWithOthers(
            Map<String, Measurement> r, List<String> annotators, String annotator, String layer, String doc) {
        return annotators.stream()
                .filter(o -> !o.equals(annotator))
                .map(o -> value(r, layer, Measurement.COHEN_KAPPA, Measurement.pair(annotator, o), doc))
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .average();
    }

    private static OptionalDouble value(
            Map<String, Measurement> r, String layer, String measure, String pair, String doc) {
        return Optional.ofNullable(r.get(key(layer, Measurement.ALL, measure, pair, doc)))
                .filter(m -> m.score().defined())
                .map(m -> OptionalDouble.of(m.score().value()))
                .orElse(OptionalDouble.empty());
    }
}
